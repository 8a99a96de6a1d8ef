"""Expanding RFC 5545 recurrence rules (python-dateutil) in local wall-clock time.

Commitments are stored as naive Europe/Amsterdam wall-clock times: a breakfast at 07:30
stays at 07:30 across the switch to and from summer time, as people expect. Aware
datetimes are made only where .ics files need them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

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
            recurrence = rrulestr(
                _strip(rule), dtstart=_later_start(starts_at, _strip(rule), window_start)
            )
        except (ValueError, TypeError) as exc:
            raise RecurrenceError(f"not a valid recurrence rule: {rule!r} ({exc})") from exc
        starts = [
            s for s in recurrence.between(window_start, window_end, inc=True) if s < window_end
        ]
    excluded = set(exdates)
    return [s for s in starts if s not in excluded]


# Rule parts under which shifting the start by whole periods leaves every later
# occurrence where it was: each period's candidates depend only on the calendar and on
# the start's weekday, day, month and time, which the shift keeps. COUNT is not here:
# it counts from the start.
_SHIFT_SAFE_PARTS = frozenset(
    {
        "FREQ",
        "INTERVAL",
        "UNTIL",
        "WKST",
        "BYDAY",
        "BYMONTHDAY",
        "BYMONTH",
        "BYYEARDAY",
        "BYWEEKNO",
        "BYSETPOS",
        "BYHOUR",
        "BYMINUTE",
        "BYSECOND",
    }
)


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def _later_start(starts_at: datetime, rule: str, window_start: datetime) -> datetime:
    """A start whole periods later, at or before ``window_start``, with the same occurrences.

    dateutil walks a rule from its start, so a weekly series begun ten years ago walks
    ~500 weeks before reaching this year (bench/RESULTS.md). A start moved by a whole
    number of periods (INTERVAL x FREQ) keeps the periods aligned, so every occurrence
    from the new start on is the same; the ones the move drops lie before the new start,
    so before the window. Rules this cannot be sure of keep their start.
    """
    if window_start <= starts_at or "\n" in rule:
        return starts_at
    try:
        parts = dict(part.split("=", 1) for part in rule.upper().split(";") if part)
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError:
        return starts_at
    if not parts.keys() <= _SHIFT_SAFE_PARTS or interval < 1:
        return starts_at
    freq = parts.get("FREQ")
    if freq in ("DAILY", "WEEKLY"):
        period = timedelta(days=interval * (7 if freq == "WEEKLY" else 1))
        return starts_at + period * ((window_start - starts_at) // period)
    if freq in ("MONTHLY", "YEARLY"):
        # Day 29-31 (or 29 February) does not exist in every month (year).
        if starts_at.day > 28:
            return starts_at
        step = interval * (12 if freq == "YEARLY" else 1)
        months = (window_start.year - starts_at.year) * 12 + window_start.month - starts_at.month
        moved = _add_months(starts_at, months // step * step)
        if moved > window_start:
            moved = _add_months(moved, -step)
        return max(moved, starts_at)
    return starts_at
