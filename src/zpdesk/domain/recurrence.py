"""Expanding RFC 5545 recurrence rules (python-dateutil) in local wall-clock time.

Commitments are stored as naive Europe/Amsterdam wall-clock times: a breakfast at 07:30
stays at 07:30 across the switch to and from summer time, as people expect. Aware
datetimes are made only where .ics files need them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from dateutil.rrule import rrulestr


class RecurrenceError(ValueError):
    """An RRULE that cannot be understood."""


def validate_rule(rule: str, starts_at: datetime) -> None:
    """Raise RecurrenceError with a readable message when ``rule`` is not a valid RRULE."""
    if not rule:
        return
    try:
        rrulestr(_strip(rule), dtstart=starts_at)
    except (ValueError, TypeError) as exc:
        raise RecurrenceError(f"not a valid recurrence rule: {rule!r} ({exc})") from exc


def _strip(rule: str) -> str:
    rule = rule.strip()
    return rule[6:] if rule.upper().startswith("RRULE:") else rule


def expand(
    starts_at: datetime,
    rule: str,
    window_start: datetime,
    window_end: datetime,
    exdates: Collection[datetime] = (),
) -> list[datetime]:
    """Original starts of the occurrences in [window_start, window_end), oldest first.

    ``rule`` empty means the single occurrence at ``starts_at``. ``exdates`` are removed.
    """
    if not rule:
        starts = [starts_at] if window_start <= starts_at < window_end else []
    else:
        try:
            recurrence = rrulestr(_strip(rule), dtstart=starts_at)
        except (ValueError, TypeError) as exc:
            raise RecurrenceError(f"not a valid recurrence rule: {rule!r} ({exc})") from exc
        starts = [
            s for s in recurrence.between(window_start, window_end, inc=True) if s < window_end
        ]
    excluded = set(exdates)
    return [s for s in starts if s not in excluded]
