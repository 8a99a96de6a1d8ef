"""The one clock of the app: today and now on Europe/Amsterdam wall time.

Every stored time is a naive Europe/Amsterdam wall-clock time (``store.models.LOCAL_TZ``),
so "now", "today" and "past" are judged on that clock too, whatever zone the computer is
set to: a meeting that just ended in Amsterdam is past for the agenda and the review alike.
Nothing else in services, reports, the CLI or the window asks the system for the time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Amsterdam")


def now() -> datetime:
    """Now as a naive Europe/Amsterdam wall-clock time (to the microsecond)."""
    return datetime.now(ZONE).replace(tzinfo=None)


def today() -> date:
    """Today's date in Europe/Amsterdam."""
    return now().date()
