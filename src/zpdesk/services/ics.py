"""iCalendar (.ics) export and import of commitments.

Export: one VEVENT per series with RRULE/EXDATE (TZID=Europe/Amsterdam, VTIMEZONE included,
UNTIL in UTC as RFC 5545 asks), a stable UID per series, UTC DTSTAMP and PRODID. Each moved
occurrence, and each occurrence cancelled by the network, is a RECURRENCE-ID override; a
cancelled one carries STATUS:CANCELLED (it stays in the calendar, marked, as it does in the
agenda). Occurrences removed from a series are EXDATEs. Import reads these back the same way.

Import: reads a whole file into plain ``IcsSeries`` values first (RRULE, EXDATE, RDATE and
RECURRENCE-ID overrides), so a malformed file is rejected as a whole with a message naming
the problem before anything is written. Extra dates a single RRULE cannot hold (RDATEs, a
DTSTART that the rule itself does not produce, overrides of dates the rule does not give)
become one-off meetings with the UID ``<series UID>#<local start>``. Series whose UID is
already in the database are skipped. All-day events become 09:00–17:00 working days.

The ``icalendar`` library is imported inside the functions: it is not needed at start-up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from zpdesk import __version__
from zpdesk.domain.enums import Attendance, CommitmentKind
from zpdesk.domain.limits import FIRST_YEAR, LAST_YEAR, in_range, range_text
from zpdesk.domain.recurrence import (
    UTC,
    RecurrenceError,
    all_excluded,
    expand,
    first_occurrence,
    is_occurrence,
    join_parts,
    last_occurrence,
    localise_until,
    rule_parts,
    to_aware,
    to_local,
    utc_until,
)
from zpdesk.services.agenda import MAX_DURATION_MINUTES, CommitmentData, create_commitment
from zpdesk.services.errors import ValidationError, shown
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence

PRODID = f"-//zpdesk//zpdesk {__version__}//EN"
TZID = "Europe/Amsterdam"
ALL_DAY_START = time(9, 0)
ALL_DAY_MINUTES = 8 * 60
OPEN_ENDED_HORIZON = timedelta(days=365)  # how far open-ended series are counted
_KIND_WORDS: tuple[tuple[CommitmentKind, tuple[str, ...]], ...] = (
    (CommitmentKind.BREAKFAST, ("ontbijt", "breakfast")),
    (CommitmentKind.KNOWLEDGE_GROUP, ("kennisgroep", "knowledge group", "kenniskring")),
    (CommitmentKind.THEME_DAY, ("themadag", "theme day", "zaterdag", "saturday")),
    (CommitmentKind.INTERVISION, ("intervisie", "intervision")),
    (CommitmentKind.BOARD, ("bestuur", "board", "alv")),
    (CommitmentKind.PROJECT_MEETING, ("project",)),
    (
        CommitmentKind.SOCIAL_EVENT,
        ("borrel", "diner", "dinner", "kerst", "christmas", "drinks", "familiedag", "uitje"),
    ),
    (CommitmentKind.MONTHLY_MEETING, ("maandelijks", "monthly", "ledenvergadering", "overleg")),
)


MAX_UID_LENGTH = 200  # the column holds 255; derived one-offs add "#YYYYMMDDTHHMM"
# Control characters a calendar program never means (NUL ends a string in SQLite's length()).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _brief(value: object, limit: int = 80) -> str:
    """Foreign text (a value from the file, a library's message) fit for a one-line message."""
    text = str(value)
    if isinstance(value, Exception) and "broken property" in text and "): " in text:
        # icalendar: "Cannot access 'dt' on broken property 'X' (expected 'Y'): the reason"
        text = text.split("): ", 1)[1]
    return shown(text, limit)


@dataclass(frozen=True)
class IcsOverride:
    """A changed occurrence: moved (start/minutes) and/or cancelled by the network."""

    original_start: datetime
    start: datetime
    minutes: int
    cancelled: bool = False


@dataclass(frozen=True)
class IcsSeries:
    """One series as the file holds it, in naive local wall-clock time."""

    uid: str
    title: str
    starts_at: datetime
    duration_minutes: int
    rrule: str = ""
    exdates: tuple[datetime, ...] = ()
    overrides: tuple[IcsOverride, ...] = ()
    location: str = ""
    note: str = ""
    kind: CommitmentKind = CommitmentKind.OTHER
    is_external: bool = False
    required: bool = True
    network_name: str = ""
    group_uid: str = ""  # the file's UID; differs from ``uid`` for derived one-offs

    @property
    def group(self) -> str:
        return self.group_uid or self.uid


@dataclass(frozen=True)
class IcsOccurrence:
    start: datetime
    minutes: int
    cancelled: bool
    title: str


def series_occurrences(
    series: IcsSeries, window_start: datetime, window_end: datetime
) -> list[IcsOccurrence]:
    """The occurrences of one series starting in [window_start, window_end), by start."""
    overrides = {o.original_start: o for o in series.overrides}
    margin = timedelta(days=62)
    found: list[IcsOccurrence] = []
    for original in expand(
        series.starts_at,
        series.rrule,
        window_start - margin,
        window_end + margin,
        series.exdates,
    ):
        override = overrides.get(original)
        start = override.start if override else original
        minutes = override.minutes if override else series.duration_minutes
        if window_start <= start < window_end:
            found.append(
                IcsOccurrence(start, minutes, bool(override and override.cancelled), series.title)
            )
    return sorted(found, key=lambda o: o.start)


# --- export --------------------------------------------------------------------------------


def series_for_export(
    session: Session,
    network_ids: Iterable[int] | None = None,
    commitment_ids: Iterable[int] | None = None,
) -> list[IcsSeries]:
    """The stored series as plain values, with their moved and cancelled occurrences."""
    query = select(Commitment, Network.name).join(Network, Network.id == Commitment.network_id)
    if network_ids is not None:
        query = query.where(Commitment.network_id.in_(list(network_ids)))
    if commitment_ids is not None:
        query = query.where(Commitment.id.in_(list(commitment_ids)))
    query = query.order_by(Network.name, Commitment.starts_at, Commitment.id)
    found = session.execute(query).all()
    ids = [c.id for c, _ in found]
    exdates: dict[int, list[datetime]] = defaultdict(list)
    overrides: dict[int, list[IcsOverride]] = defaultdict(list)
    if ids:
        for cid, original in session.execute(
            select(CommitmentExdate.commitment_id, CommitmentExdate.original_start)
            .where(CommitmentExdate.commitment_id.in_(ids))
            .order_by(CommitmentExdate.original_start)
        ):
            exdates[cid].append(original)
        durations = {c.id: c.duration_minutes for c, _ in found}
        for o in session.scalars(
            select(Occurrence)
            .where(Occurrence.commitment_id.in_(ids))
            .order_by(Occurrence.original_start)
        ):
            cancelled = o.attendance is Attendance.CANCELLED
            if o.moved_start is None and o.moved_duration_minutes is None and not cancelled:
                continue  # attendance is mine, not the calendar's
            overrides[o.commitment_id].append(
                IcsOverride(
                    original_start=o.original_start,
                    start=o.moved_start or o.original_start,
                    minutes=o.moved_duration_minutes or durations[o.commitment_id],
                    cancelled=cancelled,
                )
            )
    return [
        IcsSeries(
            uid=c.uid,
            title=c.title,
            starts_at=c.starts_at,
            duration_minutes=c.duration_minutes,
            rrule=c.rrule,
            exdates=tuple(exdates[c.id]),
            overrides=tuple(overrides[c.id]),
            location=c.location,
            note=c.note,
            kind=c.kind,
            is_external=c.is_external,
            required=c.required,
            network_name=network_name,
        )
        for c, network_name in found
    ]


def _vtimezone() -> Any:
    """Europe/Amsterdam's rules since 1996 (what calendar programs write)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add("x-lic-location", TZID)
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("dtstart", datetime(1981, 3, 29, 2, 0))
    daylight.add("rrule", vRecur.from_ical("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("dtstart", datetime(1996, 10, 27, 3, 0))
    standard.add("rrule", vRecur.from_ical("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def calendar_bytes(series: Sequence[IcsSeries], stamp: datetime, name: str = "zpdesk") -> bytes:
    """An iCalendar file of ``series``; ``stamp`` (aware or local) becomes the UTC DTSTAMP."""
    from icalendar import Calendar, Event, vRecur

    dtstamp = (stamp if stamp.tzinfo else to_aware(stamp)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_vtimezone())

    def event(s: IcsSeries, start: datetime, minutes: int) -> Any:
        e = Event()
        e.add("uid", s.uid)
        e.add("dtstamp", dtstamp)
        e.add("dtstart", to_aware(start))
        e.add("dtend", to_aware(start + timedelta(minutes=minutes)))
        e.add("summary", s.title)
        if s.location:
            e.add("location", s.location)
        if s.note:
            e.add("description", s.note)
        if s.network_name:
            e.add("categories", [s.network_name])
        e.add("x-zpdesk-kind", s.kind.value)
        e.add("x-zpdesk-external", "TRUE" if s.is_external else "FALSE")
        e.add("x-zpdesk-required", "TRUE" if s.required else "FALSE")
        return e

    for s in series:
        if not s.rrule:
            # A single meeting is written where it takes place now.
            override = s.overrides[0] if s.overrides else None
            e = event(
                s,
                override.start if override else s.starts_at,
                override.minutes if override else s.duration_minutes,
            )
            e.add("status", "CANCELLED" if override and override.cancelled else "CONFIRMED")
            calendar.add_component(e)
            continue
        master = event(s, s.starts_at, s.duration_minutes)
        master.add("rrule", vRecur.from_ical(utc_until(s.rrule)))
        if s.exdates:
            master.add("exdate", [to_aware(d) for d in s.exdates])
        master.add("status", "CONFIRMED")
        calendar.add_component(master)
        for o in s.overrides:
            e = event(s, o.start, o.minutes)
            e.add("recurrence-id", to_aware(o.original_start))
            e.add("status", "CANCELLED" if o.cancelled else "CONFIRMED")
            calendar.add_component(e)
    return calendar.to_ical()


def export_calendar(
    session: Session,
    stamp: datetime,
    network_ids: Iterable[int] | None = None,
    commitment_ids: Iterable[int] | None = None,
) -> bytes:
    """The .ics of the stored series (all, or of some networks or series)."""
    return calendar_bytes(series_for_export(session, network_ids, commitment_ids), stamp)


# --- import: reading and checking the whole file --------------------------------------------


def _check_structure(text: str) -> None:
    """BEGIN/END must pair up; icalendar alone accepts some broken nesting silently."""
    stack: list[str] = []
    seen_calendar = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line[0] in " \t":
            continue
        name, _, value = line.partition(":")
        keyword = name.split(";", 1)[0].strip().upper()
        if keyword == "BEGIN":
            stack.append(value.strip().upper())
            if value.strip().upper() == "VCALENDAR":
                seen_calendar = True
        elif keyword == "END":
            closing = value.strip().upper()
            if not stack:
                raise ValidationError(f"line {number}: END:{_brief(closing)} without a BEGIN")
            if stack[-1] != closing:
                raise ValidationError(
                    f"line {number}: END:{_brief(closing)} does not close BEGIN:{_brief(stack[-1])}"
                )
            stack.pop()
    if not seen_calendar:
        raise ValidationError("this is not an iCalendar file (no BEGIN:VCALENDAR)")
    if stack:
        inside = _brief(stack[-1])
        raise ValidationError(f"the file ends inside {inside} (END:{inside} is missing)")


def _describe(component: Any) -> str:
    uid = _brief(component.get("UID", "") or "", 60)
    summary = _brief(component.get("SUMMARY", "") or "", 60)
    if summary and uid:
        return f"event '{summary}' (UID {uid})"
    return f"event '{summary}'" if summary else f"event with UID '{uid}'"


def _prop_values(component: Any, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _moment(prop: Any, what: str, where: str, all_day_time: time) -> tuple[datetime, bool]:
    """A DTSTART/DTEND/RECURRENCE-ID/EXDATE value as (naive local, was a date)."""
    if isinstance(prop, list):
        raise ValidationError(f"{where}: has more than one {what}")
    try:
        value = prop.dt
    except Exception as exc:  # icalendar reports broken values on access
        raise ValidationError(
            f"{where}: {what} is not a valid date or time ({_brief(exc)})"
        ) from exc
    return _local(value, getattr(prop, "params", {}), what, where, all_day_time)


def _local(
    value: Any, params: Any, what: str, where: str, all_day_time: time
) -> tuple[datetime, bool]:
    if isinstance(value, date):
        _check_range(value, what, where)
    if isinstance(value, datetime):
        tzid = params.get("TZID") if params else None
        if value.tzinfo is None and tzid:
            raise ValidationError(f"{where}: {what} uses an unknown time zone {tzid!r}")
        return to_local(value).replace(second=0, microsecond=0), False
    if isinstance(value, date):
        return datetime.combine(value, all_day_time), True
    if isinstance(value, tuple) and value:  # a PERIOD (start, end or duration)
        return _local(value[0], params, what, where, all_day_time)
    raise ValidationError(f"{where}: {what} is not a date or time")


def _check_range(value: date, what: str, where: str) -> None:
    """Dates far outside a working life are typos or attacks, and overflow in arithmetic."""
    if not in_range(value):
        raise ValidationError(
            f"{where}: {what} {value.isoformat()[:10]} lies outside the years {range_text()}"
        )


def _dates(component: Any, name: str, where: str, start_time: time) -> list[datetime]:
    found: list[datetime] = []
    for prop in _prop_values(component, name):
        try:
            items = prop.dts
        except Exception as exc:
            raise ValidationError(
                f"{where}: {name} is not a list of dates ({_brief(exc)})"
            ) from exc
        for item in items:
            try:
                value = item.dt
            except Exception as exc:
                raise ValidationError(f"{where}: {name} holds a bad date ({_brief(exc)})") from exc
            params = getattr(item, "params", None) or getattr(prop, "params", {})
            found.append(_local(value, params, name, where, start_time)[0])
    return found


def _minutes(component: Any, start: datetime, all_day: bool, where: str) -> int:
    """The length of the event in minutes, from DTEND or DURATION."""
    dtstart = component.get("DTSTART")
    for name in ("DTEND", "DURATION"):
        if isinstance(component.get(name), list):
            raise ValidationError(f"{where}: has more than one {name}")
    if component.get("DTEND") is not None:
        end_prop = component.get("DTEND")
        try:
            end_value, start_value = end_prop.dt, dtstart.dt
        except Exception as exc:
            raise ValidationError(
                f"{where}: DTEND is not a valid date or time ({_brief(exc)})"
            ) from exc
        if isinstance(end_value, date):
            _check_range(end_value, "DTEND", where)
        if all_day:
            if not isinstance(end_value, date) or isinstance(end_value, datetime):
                raise ValidationError(f"{where}: an all-day event must end on a date")
            days = (end_value - start_value).days
            if days <= 0:
                raise ValidationError(f"{where}: ends before it starts")
            return ALL_DAY_MINUTES if days == 1 else (days - 1) * 24 * 60 + ALL_DAY_MINUTES
        if not isinstance(end_value, datetime):
            raise ValidationError(f"{where}: DTEND is a date but DTSTART a date-time")
        if (end_value.tzinfo is None) != (start_value.tzinfo is None):
            end_local = to_local(end_value)
            length = end_local - start
        elif end_value.tzinfo is not None:
            length = end_value - start_value  # real elapsed time, across a DST switch too
        else:
            length = end_value - start_value
    elif component.get("DURATION") is not None:
        try:
            length = component.get("DURATION").dt
        except Exception as exc:
            raise ValidationError(f"{where}: DURATION is not valid ({_brief(exc)})") from exc
        if not isinstance(length, timedelta):
            raise ValidationError(f"{where}: DURATION is not a length of time")
        if all_day and length == timedelta(days=1):
            return ALL_DAY_MINUTES
    elif all_day:
        return ALL_DAY_MINUTES
    else:
        raise ValidationError(f"{where}: has no end (neither DTEND nor DURATION)")
    minutes = int(length.total_seconds() // 60)
    if minutes <= 0:
        raise ValidationError(f"{where}: ends before or when it starts")
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(f"{where}: lasts longer than 7 days")
    return minutes


def _flag(component: Any, name: str, default: bool) -> bool:
    value = component.get(name)
    if value is None:
        return default
    return str(value).strip().upper() in ("TRUE", "YES", "1")


def _kind(component: Any) -> CommitmentKind:
    value = component.get("X-ZPDESK-KIND")
    if value is not None:
        try:
            return CommitmentKind(str(value).strip().lower())
        except ValueError:
            pass
    title = str(component.get("SUMMARY", "") or "").lower()
    for kind, words in _KIND_WORDS:
        if any(re.search(rf"\b{re.escape(word)}", title) for word in words):
            return kind
    return CommitmentKind.OTHER


def _text(component: Any, name: str, limit: int) -> str:
    return _CONTROL.sub("", str(component.get(name, "") or "")).strip()[:limit]


def _rule(component: Any, start: datetime, where: str) -> str:
    rules = _prop_values(component, "RRULE")
    if not rules:
        return ""
    if len(rules) > 1:
        raise ValidationError(f"{where}: has more than one RRULE, which zpdesk cannot store")
    try:
        text = rules[0].to_ical().decode()
    except Exception as exc:
        raise ValidationError(f"{where}: RRULE is not valid ({_brief(exc)})") from exc
    # icalendar keeps a rule it cannot read as escaped text ("FREQ=DAILY\\;COUNT=x"):
    # unescape it, so that the message below names the real fault.
    text = text.replace("\\;", ";").replace("\\,", ",").upper()
    if len(text) > 500:
        raise ValidationError(f"{where}: RRULE is too long")
    try:
        parts = rule_parts(text)
        until = parts.get("UNTIL", "")
        year = int(until[:4]) if until[:4].isdigit() else None
        if year is not None and year > LAST_YEAR:
            # "Until 31-12-9999" is how some programs write "no end".
            del parts["UNTIL"]
        elif year is not None and year < FIRST_YEAR:
            raise ValidationError(f"{where}: the RRULE ends (UNTIL) before {FIRST_YEAR}")
        if not parts:
            raise ValidationError(f"{where}: RRULE is empty")
        rule = localise_until(join_parts(parts))
        parts = rule_parts(rule)
        if "BYSECOND" in parts or "BYMINUTE" in parts or "BYHOUR" in parts:
            raise RecurrenceError("zpdesk repeats meetings at most daily (BYHOUR/BYMINUTE)")
        first_occurrence(start, rule)
    except ValidationError:
        raise
    except (RecurrenceError, ValueError, OverflowError) as exc:
        raise ValidationError(f"{where}: {_brief(exc, 200)}") from exc
    return rule


def _derived_uid(uid: str, start: datetime) -> str:
    return f"{uid}#{start:%Y%m%dT%H%M}"


@dataclass
class _Group:
    uid: str
    master: Any = None
    overrides: list[Any] = field(default_factory=list)


def parse_calendar(data: bytes | str) -> list[IcsSeries]:
    """Every series in an .ics file; ValidationError naming the first problem found."""
    from icalendar import Calendar

    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"the file is not UTF-8 text ({exc.reason})") from exc
    else:
        text = data
    if not text.strip():
        raise ValidationError("the file is empty")
    _check_structure(text)
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:
        raise ValidationError(f"the file is not valid iCalendar: {_brief(exc, 200)}") from exc
    if not calendars:
        raise ValidationError("this is not an iCalendar file (no VCALENDAR)")
    for calendar in calendars:
        method = str(calendar.get("METHOD", "") or "").upper()
        if method == "CANCEL":
            raise ValidationError(
                "this is a cancellation message, not an invitation or calendar; "
                "cancel the meetings in the agenda instead"
            )
    groups: dict[str, _Group] = {}
    order: list[str] = []
    for calendar in calendars:
        for component in calendar.walk("VEVENT"):
            where = _describe(component)
            uid = _CONTROL.sub("", str(component.get("UID", "") or "")).strip()
            if not uid:
                raise ValidationError(f"{where}: has no UID")
            if len(uid) > MAX_UID_LENGTH:
                raise ValidationError(
                    f"{where}: its UID is longer than {MAX_UID_LENGTH} characters"
                )
            if component.get("DTSTART") is None:
                raise ValidationError(f"{where}: has no start (DTSTART)")
            group = groups.get(uid)
            if group is None:
                group = groups[uid] = _Group(uid)
                order.append(uid)
            if component.get("RECURRENCE-ID") is not None:
                group.overrides.append(component)
            elif group.master is not None:
                raise ValidationError(f"UID '{_brief(uid)}' is used by two different events")
            else:
                group.master = component
    if not groups:
        raise ValidationError("the file holds no events (VEVENT)")
    series: list[IcsSeries] = []
    for uid in order:
        try:
            series.extend(_group_series(groups[uid]))
        except RecurrenceError as exc:  # e.g. a bounded rule with too many dates
            where = _describe(groups[uid].master or groups[uid].overrides[0])
            raise ValidationError(f"{where}: {_brief(exc, 200)}") from exc
    return series


def _base(component: Any, uid: str, start: datetime, minutes: int) -> IcsSeries:
    title = _text(component, "SUMMARY", 200) or "(no title)"
    categories = component.get("CATEGORIES")
    network = ""
    if categories is not None:
        try:
            first = categories[0] if isinstance(categories, list) else categories
            network = ", ".join(str(c) for c in first.cats)
        except Exception:  # CATEGORIES is informative only
            network = ""
    return IcsSeries(
        uid=uid,
        title=title,
        starts_at=start,
        duration_minutes=minutes,
        location=_text(component, "LOCATION", 300),
        note=_text(component, "DESCRIPTION", 10_000),
        kind=_kind(component),
        is_external=_flag(component, "X-ZPDESK-EXTERNAL", False),
        required=_flag(component, "X-ZPDESK-REQUIRED", True),
        network_name=network,
        group_uid=uid,
    )


def _is_cancelled(component: Any) -> bool:
    return str(component.get("STATUS", "") or "").strip().upper() == "CANCELLED"


def _override_values(
    component: Any, where: str, start_time: time
) -> tuple[datetime, datetime, int]:
    rid_prop = component.get("RECURRENCE-ID")
    if str(getattr(rid_prop, "params", {}).get("RANGE", "")).upper() == "THISANDFUTURE":
        raise ValidationError(f"{where}: RANGE=THISANDFUTURE overrides are not supported")
    original, _ = _moment(rid_prop, "RECURRENCE-ID", where, start_time)
    start, all_day = _moment(component.get("DTSTART"), "DTSTART", where, start_time)
    minutes = _minutes(component, start, all_day, where)
    return original, start, minutes


def _group_series(group: _Group) -> list[IcsSeries]:
    uid = group.uid
    if group.master is None:
        # Only changed instances (e.g. an invitation to one occurrence): each is a one-off.
        found: list[IcsSeries] = []
        for component in group.overrides:
            where = _describe(component)
            _original, start, minutes = _override_values(component, where, ALL_DAY_START)
            one = _base(component, _derived_uid(uid, start), start, minutes)
            found.append(
                replace(
                    one,
                    overrides=(IcsOverride(start, start, minutes, True),)
                    if _is_cancelled(component)
                    else (),
                )
            )
        return found
    master = group.master
    where = _describe(master)
    start, all_day = _moment(master.get("DTSTART"), "DTSTART", where, ALL_DAY_START)
    minutes = _minutes(master, start, all_day, where)
    rule = _rule(master, start, where)
    if rule and _is_cancelled(master):
        return []  # a whole cancelled series: nothing to attend
    if all_day and not rule and minutes > ALL_DAY_MINUTES:
        # A multi-day event: one working day per day.
        days = (minutes - ALL_DAY_MINUTES) // (24 * 60) + 1
        rule, minutes = f"FREQ=DAILY;COUNT={days}", ALL_DAY_MINUTES
    exdates = set(_dates(master, "EXDATE", where, start.time()))
    rdates = _dates(master, "RDATE", where, start.time())
    base = _base(master, uid, start, minutes)
    extras: dict[datetime, IcsSeries] = {}
    main_start: datetime | None = start
    if rule:
        first = first_occurrence(start, rule)
        if first != start:
            # RFC 5545 counts DTSTART as the first occurrence even when the rule skips it.
            if start not in exdates:
                extras[start] = replace(base, uid=_derived_uid(uid, start), group_uid=uid)
            main_start = first
        if main_start is not None and all_excluded(main_start, rule, exdates):
            main_start = None
    for rdate in rdates:
        in_rule = main_start is not None and rule and is_occurrence(main_start, rule, rdate)
        if not in_rule and rdate not in exdates and rdate not in extras and rdate != main_start:
            extras[rdate] = replace(
                base, uid=_derived_uid(uid, rdate), starts_at=rdate, group_uid=uid
            )
    overrides: list[IcsOverride] = []
    single_cancelled = not rule and _is_cancelled(master)
    for component in group.overrides:
        o_where = _describe(component)
        original, o_start, o_minutes = _override_values(component, o_where, start.time())
        cancelled = _is_cancelled(component)
        belongs = (
            main_start is not None
            and (is_occurrence(main_start, rule, original) if rule else original == main_start)
            and original not in exdates
        )
        if belongs:
            if o_start != original or o_minutes != minutes or cancelled:
                overrides.append(IcsOverride(original, o_start, o_minutes, cancelled))
        elif original in extras:
            extra = extras[original]
            extras[original] = replace(
                extra,
                overrides=(IcsOverride(original, o_start, o_minutes, cancelled),),
            )
        else:
            extras[o_start] = replace(
                _base(component, _derived_uid(uid, o_start), o_start, o_minutes),
                group_uid=uid,
                overrides=(IcsOverride(o_start, o_start, o_minutes, True),) if cancelled else (),
            )
    found = []
    if main_start is not None:
        if single_cancelled:
            overrides = [IcsOverride(main_start, main_start, minutes, True)]
        found.append(
            replace(
                base,
                starts_at=main_start,
                rrule=rule,
                exdates=tuple(
                    sorted(d for d in exdates if rule and is_occurrence(main_start, rule, d))
                ),
                overrides=tuple(sorted(overrides, key=lambda o: o.original_start)),
            )
        )
    found.extend(extras[key] for key in sorted(extras))
    return found


# --- import: preview and writing -------------------------------------------------------------


@dataclass(frozen=True)
class PreviewItem:
    series: IcsSeries
    exists: bool  # its UID is already in the database: skipped
    occurrences: int  # counted up to ``horizon`` when open-ended
    open_ended: bool
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True)
class ImportPreview:
    network_id: int
    network_name: str
    items: tuple[PreviewItem, ...]
    horizon: date  # open-ended series are counted up to this day

    def _groups(self, exists: bool) -> set[str]:
        return {i.series.group for i in self.items if i.exists is exists}

    @property
    def series_added(self) -> int:
        return len(self._groups(False))

    @property
    def series_skipped(self) -> int:
        return len(self._groups(True))

    @property
    def occurrences_added(self) -> int:
        return sum(i.occurrences for i in self.items if not i.exists)

    @property
    def occurrences_skipped(self) -> int:
        return sum(i.occurrences for i in self.items if i.exists)

    @property
    def has_open_ended(self) -> bool:
        return any(i.open_ended for i in self.items)


def _like_escape(text: str) -> str:
    """``text`` taken literally in a LIKE pattern (a UID may hold % or _)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _count(series: IcsSeries, horizon: datetime) -> tuple[int, bool, datetime | None]:
    last = last_occurrence(series.starts_at, series.rrule)
    open_ended = last is None
    end = horizon if last is None else last + timedelta(seconds=1)
    starts = expand(series.starts_at, series.rrule, series.starts_at, end, series.exdates)
    return len(starts), open_ended, last


def preview_import(
    session: Session, network_id: int, data: bytes | str, today: date
) -> ImportPreview:
    """Read and check the whole file and say what importing it into the network would do."""
    network = session.get(Network, network_id)
    if network is None:
        raise ValidationError("Choose the network to import into.", "network_id")
    series = parse_calendar(data)
    groups = {s.group for s in series}
    existing: set[str] = set()
    if groups:
        stored = session.scalars(
            select(Commitment.uid).where(
                or_(
                    Commitment.uid.in_(list(groups)),
                    *[Commitment.uid.like(f"{_like_escape(g)}#%", escape="\\") for g in groups],
                )
            )
        )
        for uid in stored:
            existing.add(uid.split("#", 1)[0] if uid not in groups else uid)
    horizon = today + OPEN_ENDED_HORIZON
    items = []
    for s in series:
        try:
            count, open_ended, last = _count(s, datetime.combine(horizon, time()))
        except RecurrenceError as exc:
            raise ValidationError(f"event '{_brief(s.title, 60)}': {_brief(exc, 200)}") from exc
        items.append(
            PreviewItem(
                series=s,
                exists=s.group in existing,
                occurrences=count,
                open_ended=open_ended,
                first=s.starts_at,
                last=last,
            )
        )
    return ImportPreview(
        network_id=network_id, network_name=network.name, items=tuple(items), horizon=horizon
    )


@dataclass(frozen=True)
class ImportResult:
    series_added: int
    occurrences_added: int
    series_skipped: int
    occurrences_skipped: int
    commitment_ids: tuple[int, ...]


def apply_import(session: Session, preview: ImportPreview) -> ImportResult:
    """Write what the preview shows (in the caller's one transaction; a failure writes nothing)."""
    ids: list[int] = []
    for item in preview.items:
        if item.exists:
            continue
        s = item.series
        if session.scalar(select(Commitment.id).where(Commitment.uid == s.uid)) is not None:
            raise ValidationError(f"UID '{_brief(s.uid)}' was added meanwhile; import again")
        commitment_id = create_commitment(
            session,
            CommitmentData(
                network_id=preview.network_id,
                title=s.title,
                starts_at=s.starts_at,
                duration_minutes=s.duration_minutes,
                kind=s.kind,
                location=s.location,
                is_external=s.is_external,
                required=s.required,
                rrule=s.rrule,
                exdates=s.exdates,
                note=s.note,
            ),
            uid=s.uid,
        )
        for o in s.overrides:
            session.add(
                Occurrence(
                    commitment_id=commitment_id,
                    original_start=o.original_start,
                    moved_start=o.start if o.start != o.original_start else None,
                    moved_duration_minutes=o.minutes if o.minutes != s.duration_minutes else None,
                    attendance=Attendance.CANCELLED if o.cancelled else Attendance.PLANNED,
                )
            )
        ids.append(commitment_id)
    session.flush()
    return ImportResult(
        series_added=preview.series_added,
        occurrences_added=preview.occurrences_added,
        series_skipped=preview.series_skipped,
        occurrences_skipped=preview.occurrences_skipped,
        commitment_ids=tuple(ids),
    )
