"""Expanding RFC 5545 recurrence rules (python-dateutil) in local wall-clock time.

Commitments are stored as naive Europe/Amsterdam wall-clock times: a breakfast at 07:30
stays at 07:30 across the switch to and from summer time, as people expect. Aware
datetimes are made only where .ics files need them (``to_aware``/``to_local``).

A series may repeat in another time zone (``zone``, an IANA name such as America/New_York
or UTC): its start, UNTIL, exdates and the occurrences going in and out are still
Amsterdam wall-clock times, but the rule is walked in the series' own wall-clock time, so
a 09:00 New York meeting stays at 09:00 in New York when the US and EU switch to summer
time on different dates (15:00 in Amsterdam most weeks, 14:00 in the weeks between).

``RecurrenceSpec`` is the structured form the recurrence builder edits (none, daily, weekly,
every N weeks, monthly by day of the month or by weekday such as "every 2nd Tuesday" or
"last Friday", yearly; until or count). ``parse_rule`` reads a rule back into it when the
rule is one the builder can show; other valid rules are kept as text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

LOCAL_ZONE_NAME = "Europe/Amsterdam"
LOCAL_ZONE = ZoneInfo(LOCAL_ZONE_NAME)
UTC = ZoneInfo("UTC")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Safety net: a rule that yields more than this many occurrences in one window is a mistake
# (e.g. FREQ=SECONDLY) and would freeze the window.
MAX_OCCURRENCES_PER_WINDOW = 20_000


class RecurrenceError(ValueError):
    """An RRULE that cannot be understood."""


def _strip(rule: str) -> str:
    rule = rule.strip()
    return rule[6:] if rule.upper().startswith("RRULE:") else rule


def rule_parts(rule: str) -> dict[str, str]:
    """The ``NAME=value`` parts of a rule, names upper-cased (no validation)."""
    parts: dict[str, str] = {}
    for chunk in _strip(rule).split(";"):
        if not chunk.strip():
            continue
        name, sep, value = chunk.partition("=")
        if not sep:
            raise RecurrenceError(f"not a valid recurrence rule: {rule!r} (part {chunk!r})")
        parts[name.strip().upper()] = value.strip()
    return parts


_PART_ORDER = (
    "FREQ",
    "INTERVAL",
    "BYMONTH",
    "BYWEEKNO",
    "BYYEARDAY",
    "BYMONTHDAY",
    "BYDAY",
    "BYHOUR",
    "BYMINUTE",
    "BYSECOND",
    "BYSETPOS",
    "WKST",
    "UNTIL",
    "COUNT",
)


def join_parts(parts: dict[str, str]) -> str:
    """A rule from its parts in one fixed order, so equal rules are equal strings."""

    def position(name: str) -> int:
        return _PART_ORDER.index(name) if name in _PART_ORDER else len(_PART_ORDER)

    ordered = sorted(parts.items(), key=lambda item: position(item[0]))
    return ";".join(f"{name}={value}" for name, value in ordered)


# RFC 5545 ranges of the numeric parts (zero is never allowed); INTERVAL and COUNT are
# also capped: python-dateutil loops for ever on INTERVAL=0 and walks every one of a
# billion occurrences of COUNT=1000000000 before it can say which is the last.
MAX_INTERVAL = 1000
MAX_COUNT = MAX_OCCURRENCES_PER_WINDOW
_NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "INTERVAL": (1, MAX_INTERVAL),
    "COUNT": (1, MAX_COUNT),
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYSETPOS": (-366, 366),
    "BYHOUR": (0, 23),
    "BYMINUTE": (0, 59),
    "BYSECOND": (0, 60),
}
_SINGLE = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST")
_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_NUMBER = re.compile(r"[+-]?[0-9]{1,6}")
_WEEKDAY = re.compile(r"(?P<n>[+-]?[0-9]{1,2})?(?P<day>MO|TU|WE|TH|FR|SA|SU)")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: in leap years


def _check_parts(rule: str, parts: dict[str, str]) -> None:
    """Refuse what python-dateutil would loop on, crash on, or scan to the year 9999 for."""

    def bad(reason: str) -> RecurrenceError:
        return RecurrenceError(f"not a valid recurrence rule: {rule!r} ({reason})")

    if "FREQ" not in parts:
        raise bad("FREQ is missing")
    freq = parts["FREQ"].upper()
    if freq in ("SECONDLY", "MINUTELY", "HOURLY"):
        raise bad("meetings repeat at most daily")
    if freq not in _FREQUENCIES:
        raise bad(f"FREQ must be one of {', '.join(_FREQUENCIES)}")
    if "COUNT" in parts and "UNTIL" in parts:
        raise bad("COUNT and UNTIL cannot both be given")
    numbers: dict[str, list[int]] = {}
    for name, (low, high) in _NUMBER_RANGES.items():
        if name not in parts:
            continue
        items = parts[name].split(",") if name not in _SINGLE else [parts[name]]
        values = []
        for item in items:
            text = item.strip()
            if not _NUMBER.fullmatch(text):
                raise bad(f"{name} must be a whole number, not {text!r}")
            value = int(text)
            if not low <= value <= high or (value == 0 and low < 0):
                raise bad(f"{name}={value} is outside {low}…{high}")
            values.append(value)
        numbers[name] = values
    if "WKST" in parts and parts["WKST"].upper() not in WEEKDAY_CODES:
        raise bad(f"WKST must be one of {', '.join(WEEKDAY_CODES)}")
    if "BYDAY" in parts:
        limit = {"MONTHLY": 5, "YEARLY": 53}.get(freq, 0)
        for item in parts["BYDAY"].upper().split(","):
            match = _WEEKDAY.fullmatch(item.strip())
            if match is None:
                raise bad(f"BYDAY {item.strip()!r} is not a weekday like MO or 2TU")
            if match["n"] is not None:
                n = int(match["n"])
                if limit == 0:
                    raise bad(f"BYDAY={item.strip()}: a numbered weekday needs MONTHLY or YEARLY")
                if n == 0 or abs(n) > limit:
                    raise bad(f"BYDAY={item.strip()}: the number must be 1…{limit} or -1…-{limit}")
    monthdays = numbers.get("BYMONTHDAY", [])
    months = numbers.get("BYMONTH", list(range(1, 13)))
    if monthdays and all(abs(d) > _MONTH_DAYS[m - 1] for m in months for d in monthdays):
        # No such date exists: python-dateutil would search until the year 9999.
        raise bad("no month has that day, so the rule gives no dates")


class _Rule(Protocol):
    """What zpdesk uses of a python-dateutil rrule (the library has no type hints)."""

    def after(self, dt: datetime, inc: bool = False) -> datetime | None: ...

    def xafter(
        self, dt: datetime, count: int | None = None, inc: bool = False
    ) -> Iterator[datetime]: ...

    def __iter__(self) -> Iterator[datetime]: ...


def _build(rule: str, starts_at: datetime) -> _Rule:
    stripped = _strip(rule)
    _check_parts(rule, rule_parts(stripped))
    try:
        built: _Rule = rrulestr(stripped, dtstart=starts_at)
        return built
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise RecurrenceError(f"not a valid recurrence rule: {rule!r} ({exc})") from exc


def validate_rule(rule: str, starts_at: datetime) -> None:
    """Raise RecurrenceError with a readable message when ``rule`` is not a valid RRULE."""
    if not rule:
        return
    _build(rule, starts_at)


def zone_info(zone: str) -> ZoneInfo:
    """The ZoneInfo of a stored zone name; RecurrenceError when this machine does not know it."""
    try:
        return ZoneInfo(zone)
    except (ValueError, KeyError, OSError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise RecurrenceError(f"unknown time zone {zone!r}") from exc


def from_local(local: datetime, zone: str) -> datetime:
    """An Amsterdam wall-clock time as the wall-clock time of ``zone`` (naive)."""
    if zone == LOCAL_ZONE_NAME:
        return local
    return local.replace(tzinfo=LOCAL_ZONE).astimezone(zone_info(zone)).replace(tzinfo=None)


def into_local(wall: datetime, zone: str) -> datetime:
    """A wall-clock time of ``zone`` as an Amsterdam wall-clock time (naive).

    A time the clocks skip in ``zone`` (02:30 on a spring switch) is read with the offset
    before the switch, as RFC 5545 asks: it becomes the hour after.
    """
    if zone == LOCAL_ZONE_NAME:
        return wall
    return wall.replace(tzinfo=zone_info(zone)).astimezone(LOCAL_ZONE).replace(tzinfo=None)


def _zone_rule(rule: str, zone: str) -> str:
    """``rule`` with its (Amsterdam) UNTIL as the wall-clock time of ``zone``."""
    if not rule or zone == LOCAL_ZONE_NAME:
        return rule
    parts = rule_parts(rule)
    if "UNTIL" not in parts:
        return rule
    parts["UNTIL"] = f"{from_local(parse_until(parts['UNTIL']), zone):%Y%m%dT%H%M%S}"
    return join_parts(parts)


def expand(
    starts_at: datetime,
    rule: str,
    window_start: datetime,
    window_end: datetime,
    exdates: Collection[datetime] = (),
    zone: str = LOCAL_ZONE_NAME,
) -> list[datetime]:
    """Original starts of the occurrences in [window_start, window_end), oldest first.

    ``rule`` empty means the single occurrence at ``starts_at``. ``exdates`` are removed.
    ``zone`` is where the rule repeats (see the module's note); times in and out are local.
    """
    if rule and zone != LOCAL_ZONE_NAME:
        # Walked a day wider in the series' zone; the answer is cut back in local time.
        walked = expand(
            from_local(starts_at, zone),
            _zone_rule(rule, zone),
            from_local(window_start, zone) - timedelta(days=1),
            from_local(window_end, zone) + timedelta(days=1),
        )
        excluded = set(exdates)
        found = (into_local(start, zone) for start in walked)
        return [s for s in found if window_start <= s < window_end and s not in excluded]
    if not rule:
        starts = [starts_at] if window_start <= starts_at < window_end else []
    else:
        # Walk from a start near the window: same occurrences, far fewer steps.
        recurrence = _build(rule, _later_start(starts_at, _strip(rule), window_start))
        starts = []
        for start in recurrence.xafter(window_start, inc=True):
            if start >= window_end:
                break
            starts.append(start)
            if len(starts) > MAX_OCCURRENCES_PER_WINDOW:
                raise RecurrenceError(f"the rule {rule!r} gives too many occurrences")
    excluded = set(exdates)
    return [s for s in starts if s not in excluded]


def is_occurrence(
    starts_at: datetime, rule: str, candidate: datetime, zone: str = LOCAL_ZONE_NAME
) -> bool:
    """True when ``candidate`` is an original start of the series (exdates not considered)."""
    if not rule:
        return candidate == starts_at
    window_end = candidate + timedelta(seconds=1)
    return candidate in expand(starts_at, rule, candidate, window_end, zone=zone)


def first_occurrence(
    starts_at: datetime, rule: str, zone: str = LOCAL_ZONE_NAME
) -> datetime | None:
    """The first start the rule produces (python-dateutil leaves out an unaligned start)."""
    if not rule:
        return starts_at
    found = _build(_zone_rule(rule, zone), from_local(starts_at, zone))
    first = found.after(from_local(starts_at, zone), inc=True)
    return None if first is None else into_local(first, zone)


def next_occurrence(
    starts_at: datetime, rule: str, moment: datetime, zone: str = LOCAL_ZONE_NAME
) -> datetime | None:
    """The first original start at or after ``moment`` (exdates not considered)."""
    if not rule:
        return starts_at if starts_at >= moment else None
    found = _build(_zone_rule(rule, zone), from_local(starts_at, zone))
    after = found.after(from_local(moment, zone) - timedelta(days=1), inc=True)
    while after is not None and into_local(after, zone) < moment:
        after = found.after(after, inc=False)
    return None if after is None else into_local(after, zone)


def last_occurrence(starts_at: datetime, rule: str, zone: str = LOCAL_ZONE_NAME) -> datetime | None:
    """The last start of a bounded series; None when it never ends."""
    if not rule:
        return starts_at
    parts = rule_parts(rule)
    if "COUNT" not in parts and "UNTIL" not in parts:
        return None
    recurrence = _build(_zone_rule(rule, zone), from_local(starts_at, zone))
    last = None
    for last in recurrence:  # noqa: B007 - bounded by COUNT/UNTIL
        pass
    return None if last is None else into_local(last, zone)


def all_excluded(
    starts_at: datetime, rule: str, exdates: Collection[datetime], zone: str = LOCAL_ZONE_NAME
) -> bool:
    """True when every date of a bounded series is one of ``exdates``.

    Walks at most ``len(exdates) + 1`` occurrences, so a long series with a few
    exceptions is answered at once (expanding it whole could exceed the window limit).
    """
    if not rule or not exdates:
        return False
    if not is_bounded(rule):
        return False
    excluded = set(exdates)
    walked = _build(_zone_rule(rule, zone), from_local(starts_at, zone))
    for seen, start in enumerate(walked, start=1):
        if into_local(start, zone) not in excluded or seen > len(excluded):
            return False
    return True


def count_before(
    starts_at: datetime, rule: str, moment: datetime, zone: str = LOCAL_ZONE_NAME
) -> int:
    """How many occurrences start before ``moment`` (exdates not considered)."""
    if not rule:
        return 1 if starts_at < moment else 0
    return len(expand(starts_at, rule, starts_at, moment, zone=zone))


def is_bounded(rule: str) -> bool:
    """True for a single occurrence or a rule with COUNT or UNTIL."""
    if not rule:
        return True
    parts = rule_parts(rule)
    return "COUNT" in parts or "UNTIL" in parts


def until_value(day: date) -> str:
    """UNTIL as stored: the end of ``day`` in local wall-clock time (naive, no ``Z``)."""
    return f"{day:%Y%m%d}T235959"


def parse_until(value: str) -> datetime:
    """A stored or imported UNTIL value as a naive local datetime.

    ``20261231`` (a date) means the end of that day; ``...Z`` (UTC) is converted to local.
    """
    text = value.strip().upper()
    try:
        if len(text) == 8:
            return datetime.combine(datetime.strptime(text, "%Y%m%d").date(), time(23, 59, 59))
        if text.endswith("Z"):
            aware = datetime.strptime(text[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            return to_local(aware)
        return datetime.strptime(text, "%Y%m%dT%H%M%S")
    except ValueError as exc:
        raise RecurrenceError(f"UNTIL={value!r} is not a date or date-time") from exc


def with_until(rule: str, last_day: date) -> str:
    """``rule`` ending on ``last_day`` (COUNT removed): for ending a series at a date."""
    parts = rule_parts(rule)
    parts.pop("COUNT", None)
    parts["UNTIL"] = until_value(last_day)
    return join_parts(parts)


def with_count(rule: str, count: int) -> str:
    parts = rule_parts(rule)
    parts.pop("UNTIL", None)
    parts["COUNT"] = str(count)
    return join_parts(parts)


def localise_until(rule: str) -> str:
    """The rule as stored: upper case, parts in a fixed order, UNTIL as naive local time."""
    if not rule:
        return rule
    parts = {name: value.upper() for name, value in rule_parts(rule).items()}
    if "UNTIL" in parts:
        parts["UNTIL"] = f"{parse_until(parts['UNTIL']):%Y%m%dT%H%M%S}"
    return join_parts(parts)


def utc_until(rule: str) -> str:
    """The rule with its naive local UNTIL written in UTC, as RFC 5545 asks with a TZID."""
    if not rule:
        return rule
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        local = parse_until(parts["UNTIL"])
        parts["UNTIL"] = f"{to_aware(local).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return join_parts(parts)


def to_aware(local: datetime) -> datetime:
    """A naive Europe/Amsterdam wall-clock time as an aware datetime."""
    return local.replace(tzinfo=LOCAL_ZONE)


def to_local(moment: datetime) -> datetime:
    """Any datetime as a naive Europe/Amsterdam wall-clock time (naive input is kept)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(LOCAL_ZONE).replace(tzinfo=None)


# --- the structured form the recurrence builder edits -------------------------------------


class Frequency(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


class MonthlyMode(StrEnum):
    DAY_OF_MONTH = "day_of_month"  # "on the 15th"
    WEEKDAY = "weekday"  # "on the 2nd Tuesday", "on the last Friday"


@dataclass(frozen=True)
class RecurrenceSpec:
    """A recurrence as the builder shows it. Weekdays are 0 = Monday … 6 = Sunday."""

    frequency: Frequency = Frequency.NONE
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # weekly: empty means the start's weekday
    monthly_mode: MonthlyMode = MonthlyMode.DAY_OF_MONTH
    ordinal: int = 1  # monthly by weekday: 1–4, or -1 for the last
    until: date | None = None
    count: int | None = None

    def to_rule(self, starts_at: datetime) -> str:
        """The RRULE for this spec, aligned with ``starts_at`` ("" for no recurrence)."""
        if self.frequency is Frequency.NONE:
            return ""
        if self.interval < 1:
            raise RecurrenceError("the interval must be at least 1")
        if self.until is not None and self.count is not None:
            raise RecurrenceError("give an end date or a number of times, not both")
        if self.count is not None and self.count < 1:
            raise RecurrenceError("the number of times must be at least 1")
        if self.until is not None and self.until < starts_at.date():
            raise RecurrenceError("the end date lies before the start")
        parts: dict[str, str] = {"FREQ": self.frequency.value.upper()}
        if self.interval != 1:
            parts["INTERVAL"] = str(self.interval)
        if self.frequency is Frequency.WEEKLY and self.weekdays:
            days = sorted(set(self.weekdays))
            if days != [starts_at.weekday()]:
                parts["BYDAY"] = ",".join(WEEKDAY_CODES[d] for d in days)
        elif self.frequency is Frequency.MONTHLY:
            if self.monthly_mode is MonthlyMode.WEEKDAY:
                if self.ordinal not in (1, 2, 3, 4, -1):
                    raise RecurrenceError("choose the 1st to 4th or the last weekday")
                parts["BYDAY"] = f"{self.ordinal}{WEEKDAY_CODES[starts_at.weekday()]}"
            else:
                parts["BYMONTHDAY"] = str(starts_at.day)
        if self.until is not None:
            parts["UNTIL"] = until_value(self.until)
        if self.count is not None:
            parts["COUNT"] = str(self.count)
        return join_parts(parts)


def weekday_ordinal(day: date) -> int:
    """Which weekday of its month ``day`` is: 1–4, or -1 when it is the last one (5th)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth >= 5 else nth


def is_last_weekday(day: date) -> bool:
    return (day + timedelta(days=7)).month != day.month


def ordinal_fits(day: date, ordinal: int) -> bool:
    """True when ``day`` is the ``ordinal``-th (or, for -1, the last) weekday of its month."""
    if ordinal == -1:
        return is_last_weekday(day)
    return ordinal == (day.day - 1) // 7 + 1


_SPEC_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}


def parse_rule(rule: str, starts_at: datetime) -> RecurrenceSpec | None:
    """The builder's form of ``rule``; None when the builder cannot show it (kept as text)."""
    if not rule:
        return RecurrenceSpec()
    validate_rule(rule, starts_at)
    parts = rule_parts(rule)
    if set(parts) - _SPEC_PARTS or parts.get("WKST", "MO").upper() != "MO":
        return None
    try:
        frequency = Frequency(parts["FREQ"].lower())
    except ValueError:
        return None
    interval = int(parts.get("INTERVAL", "1"))
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    until = parse_until(parts["UNTIL"]).date() if "UNTIL" in parts else None
    byday = [code.strip().upper() for code in parts.get("BYDAY", "").split(",") if code.strip()]
    common = RecurrenceSpec(frequency=frequency, interval=interval, until=until, count=count)
    if frequency is Frequency.WEEKLY:
        if "BYMONTHDAY" in parts or any(code not in WEEKDAY_CODES for code in byday):
            return None
        days = tuple(sorted(WEEKDAY_CODES.index(code) for code in byday))
        if days and starts_at.weekday() not in days:
            return None
        return replace(common, weekdays=days or (starts_at.weekday(),))
    if frequency is Frequency.MONTHLY:
        if "BYMONTHDAY" in parts:
            if byday or parts["BYMONTHDAY"] != str(starts_at.day):
                return None
            return replace(common, monthly_mode=MonthlyMode.DAY_OF_MONTH)
        if not byday:
            return replace(common, monthly_mode=MonthlyMode.DAY_OF_MONTH)
        if len(byday) != 1 or byday[0][-2:] != WEEKDAY_CODES[starts_at.weekday()]:
            return None
        try:
            ordinal = int(byday[0][:-2] or "0")
        except ValueError:
            return None
        if ordinal not in (1, 2, 3, 4, -1) or not ordinal_fits(starts_at.date(), ordinal):
            return None
        return replace(common, monthly_mode=MonthlyMode.WEEKDAY, ordinal=ordinal)
    if byday or "BYMONTHDAY" in parts:
        return None
    return common


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
