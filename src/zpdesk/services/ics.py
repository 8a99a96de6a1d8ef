"""iCalendar (.ics) export and import of commitments.

Export: one VEVENT per series with RRULE/EXDATE in the series' own zone (its VTIMEZONE
included, UNTIL in UTC as RFC 5545 asks), a stable UID per series, UTC DTSTAMP and PRODID.
Each moved occurrence, and each occurrence cancelled by the network, is a RECURRENCE-ID override; a
cancelled one carries STATUS:CANCELLED (it stays in the calendar, marked, as it does in the
agenda). Occurrences removed from a series are EXDATEs. Import reads these back the same way.

Import: a file that is not an iCalendar file at all is refused whole; otherwise every event
is judged on its own, and what cannot be represented (a task, a journal entry, two
different rules, RANGE=THISANDFUTURE, a meeting longer than 7 days) is listed as skipped,
named by its summary and start, while the rest is imported. Lenient where RFC 5545 allows:
a missing UID is made from the event's content (a re-import finds it), an event without
an end is a moment (kept as one minute), the newest SEQUENCE of an event wins, identical
rules and an empty ``RRULE:`` are read as one rule and none.

A series keeps the time zone its DTSTART names (IANA, UTC, a Windows name as Outlook
writes, or a VTIMEZONE matched to the IANA zone with the same offsets): it repeats in that
zone and is shown in Amsterdam time; floating times and dates are Amsterdam time. An edited
occurrence is matched by the instant its RECURRENCE-ID refers to (an all-day one by date,
also when written as midnight UTC), and keeps its own title, location and length; an RDATE
PERIOD keeps its own length. Extra dates a single RRULE cannot hold become one-off meetings
with the UID ``<series UID>#<local start>``; a repeating all-day event of several days
becomes one series per day (``<UID>#day2``…). Series whose UID is already in the database
are skipped. All-day events become 09:00–17:00 working days.

The ``icalendar`` library is imported inside the functions: it is not needed at start-up.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from zpdesk import __version__
from zpdesk.domain.enums import Attendance, CommitmentKind
from zpdesk.domain.limits import FIRST_YEAR, LAST_YEAR, in_range, range_text
from zpdesk.domain.recurrence import (
    LOCAL_ZONE_NAME,
    UTC,
    WEEKDAY_CODES,
    RecurrenceError,
    all_excluded,
    expand,
    first_occurrence,
    from_local,
    into_local,
    is_occurrence,
    join_parts,
    last_occurrence,
    localise_until,
    parse_until,
    rule_parts,
    to_aware,
    utc_until,
    validate_rule,
    zone_info,
)
from zpdesk.services.agenda import MAX_DURATION_MINUTES, CommitmentData, clean_commitment
from zpdesk.services.errors import ValidationError, shown
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence

PRODID = f"-//zpdesk//zpdesk {__version__}//EN"
TZID = LOCAL_ZONE_NAME
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
    """A changed occurrence: moved (start/minutes), retitled, and/or cancelled by the network."""

    original_start: datetime
    start: datetime
    minutes: int
    cancelled: bool = False
    title: str | None = None  # None: the series' own
    location: str | None = None


@dataclass(frozen=True)
class IcsSeries:
    """One series as the file holds it, in naive local (Amsterdam) wall-clock time.

    ``timezone`` is where the rule repeats: the zone the file anchored it in.
    """

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
    timezone: str = TZID

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
        series.timezone,
    ):
        override = overrides.get(original)
        start = override.start if override else original
        minutes = override.minutes if override else series.duration_minutes
        title = (override.title if override else None) or series.title
        if window_start <= start < window_end:
            found.append(
                IcsOccurrence(start, minutes, bool(override and override.cancelled), title)
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
            changed = o.moved_start or o.moved_duration_minutes or o.title or o.location is not None
            if not changed and not cancelled:
                continue  # attendance is mine, not the calendar's
            overrides[o.commitment_id].append(
                IcsOverride(
                    original_start=o.original_start,
                    start=o.moved_start or o.original_start,
                    minutes=o.moved_duration_minutes or durations[o.commitment_id],
                    cancelled=cancelled,
                    title=o.title,
                    location=o.location,
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
            timezone=c.timezone,
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


def _in_zone(local: datetime, zone: str) -> datetime:
    """A local (Amsterdam) time as an aware time in ``zone``: the file shows the series' zone."""
    if zone == TZID:
        return to_aware(local)
    return from_local(local, zone).replace(tzinfo=zone_info(zone))


def calendar_bytes(series: Sequence[IcsSeries], stamp: datetime, name: str = "zpdesk") -> bytes:
    """An iCalendar file of ``series``; ``stamp`` (aware or local) becomes the UTC DTSTAMP."""
    from icalendar import Calendar, Event, Timezone, vRecur

    dtstamp = (stamp if stamp.tzinfo else to_aware(stamp)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    if all(s.timezone != "UTC" for s in series):
        # Readers that honour X-WR-TIMEZONE move UTC times into it, which would make a
        # UTC-anchored series repeat in Amsterdam time: then it is left out.
        calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_vtimezone())
    others = sorted({s.timezone for s in series if s.rrule} - {TZID, "UTC"})
    for zone in others:
        # The series' own zone, so a calendar program repeats it where it was made.
        calendar.add_component(
            Timezone.from_tzinfo(
                zone_info(zone),
                tzid=zone,
                first_date=date(FIRST_YEAR, 1, 1),
                last_date=date(2040, 1, 1),
            )
        )

    def event(
        s: IcsSeries, start: datetime, minutes: int, override: IcsOverride | None = None
    ) -> Any:
        e = Event()
        e.add("uid", s.uid)
        e.add("dtstamp", dtstamp)
        e.add("dtstart", _in_zone(start, s.timezone))
        e.add("dtend", _in_zone(start + timedelta(minutes=minutes), s.timezone))
        title = (override.title if override else None) or s.title
        location = (
            s.location if override is None or override.location is None else override.location
        )
        e.add("summary", title)
        if location:
            e.add("location", location)
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
                override,
            )
            e.add("status", "CANCELLED" if override and override.cancelled else "CONFIRMED")
            calendar.add_component(e)
            continue
        master = event(s, s.starts_at, s.duration_minutes)
        master.add("rrule", vRecur.from_ical(utc_until(s.rrule)))
        if s.exdates:
            master.add("exdate", [_in_zone(d, s.timezone) for d in s.exdates])
        master.add("status", "CONFIRMED")
        calendar.add_component(master)
        for o in s.overrides:
            e = event(s, o.start, o.minutes, o)
            e.add("recurrence-id", _in_zone(o.original_start, s.timezone))
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


# --- import: reading the file ----------------------------------------------------------------
#
# The file is read with a small content-line reader of our own rather than icalendar: it is
# ~20 times faster (a calendar of 100,000 events is read in seconds) and it lets every event
# be judged on its own. icalendar is used for what it does well: the VTIMEZONE definitions
# and the names of the Windows time zones Outlook writes.


def _lines(text: str) -> Iterator[str]:
    """The physical lines of ``text`` one by one (no list of the whole file)."""
    for line in io.StringIO(text, newline=""):
        yield line.rstrip("\r\n")


def _check_structure(text: str) -> None:
    """BEGIN/END must pair up; a file that does not is refused whole."""
    stack: list[str] = []
    seen_calendar = False
    for number, line in enumerate(_lines(text), start=1):
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


@dataclass(frozen=True)
class _Prop:
    params: dict[str, str]
    value: str


Props = dict[str, list[_Prop]]


def _split_line(line: str) -> tuple[str, dict[str, str], str]:
    """``NAME;P=V;Q="x:y":value`` → (NAME, {P: V, Q: x:y}, value)."""
    colon = line.find(":")
    if colon >= 0 and ";" not in line[:colon]:
        return line[:colon].strip().upper(), {}, line[colon + 1 :]
    params: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n and line[i] not in ";:":
        i += 1
    name = line[:i].strip().upper()
    while i < n and line[i] == ";":
        j = i + 1
        while j < n and line[j] not in "=;:":
            j += 1
        key = line[i + 1 : j].strip().upper()
        value_parts: list[str] = []
        if j < n and line[j] == "=":
            j += 1
            while True:
                if j < n and line[j] == '"':
                    end = line.find('"', j + 1)
                    end = n if end < 0 else end
                    value_parts.append(line[j + 1 : end])
                    j = end + 1
                else:
                    k = j
                    while k < n and line[k] not in ",;:":
                        k += 1
                    value_parts.append(line[j:k])
                    j = k
                if j < n and line[j] == ",":
                    j += 1
                    continue
                break
        params[key] = ",".join(value_parts)
        i = j
    value = line[i + 1 :] if i < n else ""
    return name, params, value


def _unfold(text: str) -> Iterator[str]:
    """Logical content lines (folded continuation lines joined)."""
    current: str | None = None
    for line in _lines(text):
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None:
            yield current
        current = line
    if current is not None:
        yield current


@dataclass
class _Component:
    """One component as its content lines; the properties are read when first asked for.

    Holding the lines (not parsed properties) keeps a file of 100,000 events small in memory
    until each event is turned into a series.
    """

    kind: str
    block: str  # the component's content lines joined by "\n", nested components included
    _props: Props | None = None

    @property
    def lines(self) -> list[str]:
        return self.block.split("\n")

    @property
    def props(self) -> Props:
        if self._props is None:
            props: Props = {}
            depth = 0
            for line in self.lines[1:-1]:
                keyword = line[:6].upper()
                if keyword == "BEGIN:":
                    depth += 1
                elif keyword.startswith("END:"):
                    depth -= 1
                elif depth == 0:
                    name, params, value = _split_line(line)
                    if name:
                        props.setdefault(name, []).append(_Prop(params, value))
            self._props = props
        return self._props

    def peek(self, name: str) -> str | None:
        """The value of the first ``name`` line, without reading every property."""
        size = len(name)
        for line in self.lines[1:-1]:
            if line[:size].upper() == name and line[size : size + 1] in (":", ";"):
                return _split_line(line)[2]
        return None

    def first(self, name: str) -> _Prop | None:
        found = self.props.get(name)
        return found[0] if found else None

    def text(self, name: str, limit: int) -> str:
        prop = self.first(name)
        return _CONTROL.sub("", _unescape(prop.value)).strip()[:limit] if prop else ""


def _components(text: str) -> Iterator[_Component]:
    """Each component directly inside a VCALENDAR, then the VCALENDAR's own properties."""
    depth = 0
    calendar: list[str] = []
    current: list[str] | None = None
    for line in _unfold(text):
        head = line[:6].upper()
        if head == "BEGIN:" or head.startswith("END:"):
            keyword = "BEGIN" if head == "BEGIN:" else "END"
        else:
            name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
            keyword = name if name in ("BEGIN", "END") else ""
        if keyword == "BEGIN":
            depth += 1
            if depth == 1:
                calendar = [line]
                continue
            if depth == 2:
                current = []
        elif keyword == "END":
            depth -= 1
            if depth == 0:
                calendar.append(line)
                yield _Component("VCALENDAR", "\n".join(calendar))
                calendar = []
                continue
        if current is not None:
            current.append(line)
            if keyword == "END" and depth == 1:
                kind = current[0].partition(":")[2].strip().upper()
                yield _Component(kind, "\n".join(current))
                current = None
        elif depth == 1:
            calendar.append(line)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    out: list[str] = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class _Skip(Exception):
    """This event cannot be imported; the others can."""


_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)?", re.IGNORECASE)
_DURATION = re.compile(
    r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", re.IGNORECASE
)


def _duration(text: str) -> timedelta | None:
    match = _DURATION.fullmatch(text.strip())
    if match is None or text.strip().upper() in ("P", "PT", "+P", "-P"):
        return None
    sign, weeks, days, hours, minutes, seconds = match.groups()
    length = timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return -length if sign == "-" else length


_ZONES: dict[str, tuple[str, Any] | None] = {}


class _Zones:
    """The time zones one file names: TZID → (IANA name, tzinfo)."""

    def __init__(self) -> None:
        self.defined: dict[str, Any] = {}  # TZID → tzinfo made from the file's VTIMEZONE

    def add(self, component: _Component) -> None:
        tzid_prop = component.first("TZID")
        if tzid_prop is None:
            return
        try:
            from icalendar import Timezone

            zone: Any = Timezone.from_ical("\r\n".join(component.lines))
            self.defined[tzid_prop.value.strip()] = zone.to_tz()
        except Exception:  # a broken definition: the name may still be known
            return

    def resolve(self, tzid: str) -> tuple[str, Any]:
        """(stored zone name, tzinfo); _Skip naming the zone when it is unknown."""
        tzid = tzid.strip().strip('"')
        known = _known_zone(tzid)
        if known is not None:
            return known
        custom = self.defined.get(tzid)
        if custom is not None:
            name = _equivalent_zone(tzid, custom)
            if name is not None:
                return name, ZoneInfo(name)
        raise _Skip(f"it uses an unknown time zone {_brief(tzid, 60)!r}")


_UTC_NAMES = {"UTC", "Z", "GMT", "ETC/UTC", "ETC/GMT", "UNIVERSAL", "ZULU", "ETC/ZULU"}


def _known_zone(tzid: str) -> tuple[str, Any] | None:
    """An IANA name, a Windows name (CLDR, as icalendar maps it) or a prefixed IANA name."""
    if tzid in _ZONES:
        return _ZONES[tzid]
    found: tuple[str, Any] | None = None
    if tzid.upper() in _UTC_NAMES:
        found = ("UTC", UTC)
    else:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        candidates = [tzid, WINDOWS_TO_OLSON.get(tzid, "")]
        # "/mozilla.org/20050126_1/Europe/Amsterdam", "(UTC+01:00) Amsterdam, Berlin, …"
        parts = tzid.strip("/").split("/")
        candidates += ["/".join(parts[-2:]), "/".join(parts[-3:])]
        for name in candidates:
            if not name or name.startswith("/") or ".." in name:
                continue
            try:
                info = ZoneInfo(name)
            except (ValueError, KeyError, OSError):
                continue
            found = ("UTC", UTC) if name.upper() in _UTC_NAMES else (name, info)
            break
    _ZONES[tzid] = found
    return found


def _equivalent_zone(tzid: str, custom: Any) -> str | None:
    """The IANA zone whose offsets equal a file's own definition over 2000–2035 (by name)."""
    from zoneinfo import available_timezones

    samples = [
        datetime(year, month, 15, 12) for year in range(2000, 2036, 5) for month in (1, 4, 7, 10)
    ]
    wanted = [custom.utcoffset(moment) for moment in samples]
    words = {w.lower() for w in re.split(r"[^A-Za-z]+", tzid) if len(w) > 2}
    best: tuple[int, str] | None = None
    for name in sorted(available_timezones()):
        if name.startswith(("posix/", "right/")):
            continue
        info = ZoneInfo(name)
        if all(info.utcoffset(m) == w for m, w in zip(samples, wanted, strict=True)):
            score = sum(w in name.lower() for w in words)
            if best is None or score > best[0]:
                best = (score, name)
    return None if best is None else best[1]


@dataclass(frozen=True)
class _When:
    """A DTSTART-like value: a date, a floating time, or an instant with its zone."""

    value: datetime  # naive: the wall-clock time of ``zone`` (floating: as written)
    all_day: bool
    zone: str  # "" for floating and dates

    def local(self) -> datetime:
        """As an Amsterdam wall-clock time (dates at the all-day start)."""
        if self.all_day:
            return datetime.combine(self.value.date(), ALL_DAY_START)
        return into_local(self.value, self.zone) if self.zone else self.value


def _parse_when(text: str, params: dict[str, str], zones: _Zones, what: str) -> _When:
    text = text.strip()
    value_type = params.get("VALUE", "").upper()
    match = _DATE_TIME.fullmatch(text)
    try:
        if match is not None and value_type != "DATE":
            year, month, day, hour, minute, second, utc = match.groups()
            moment = datetime(int(year), int(month), int(day), int(hour), int(minute))
            _in_years(moment, what)
            del second  # zpdesk keeps whole minutes
            if utc:
                return _When(moment, False, "UTC")
            tzid = params.get("TZID")
            if tzid:
                zone, _info = zones.resolve(tzid)
                return _When(moment, False, zone)
            return _When(moment, False, "")
        day_match = _DATE.fullmatch(text[:8]) if len(text) in (8, 15, 16) else None
        if day_match is not None and (len(text) == 8 or value_type == "DATE"):
            year, month, day = day_match.groups()
            moment = datetime(int(year), int(month), int(day))
            _in_years(moment, what)
            return _When(moment, True, "")
    except ValueError as exc:
        raise _Skip(f"{what} is not a valid date or time ({_brief(text, 40)})") from exc
    raise _Skip(f"{what} is not a valid date or time ({_brief(text, 40)})")


def _in_years(moment: datetime, what: str) -> None:
    if not in_range(moment):
        raise _Skip(f"{what} {moment:%Y-%m-%d} lies outside the years {range_text()}")


def _values(component: _Component, name: str) -> list[tuple[str, dict[str, str]]]:
    """Every comma-separated value of every ``name`` line, with that line's parameters."""
    found = []
    for prop in component.props.get(name, []):
        for item in prop.value.split(","):
            if item.strip():
                found.append((item.strip(), prop.params))
    return found


def _describe(component: _Component) -> str:
    """How messages name an event: its summary and its start as written."""
    summary = _brief(component.text("SUMMARY", 200) or "(no title)", 60)
    start = component.first("DTSTART")
    if start is None:
        return f"'{summary}'"
    value = start.value.strip()
    match = _DATE_TIME.fullmatch(value)
    if match:
        year, month, day, hour, minute, _s, utc = match.groups()
        shown_start = f"{year}-{month}-{day} {hour}:{minute}{' UTC' if utc else ''}"
    elif _DATE.fullmatch(value):
        shown_start = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    else:
        shown_start = _brief(value, 30)
    return f"'{summary}' ({shown_start})"


@dataclass(frozen=True)
class IcsSkipped:
    """An event of the file that is not imported, and why."""

    event: str  # "'Summary' (2026-10-06 09:00)"
    reason: str

    def __str__(self) -> str:
        return f"{self.event}: {self.reason}"


@dataclass(frozen=True)
class IcsCalendar:
    """What a file holds: the series to import and the events skipped with their reason."""

    series: tuple[IcsSeries, ...]
    skipped: tuple[IcsSkipped, ...]


def _generated_uid(component: _Component) -> str:
    """A UID from the event's content: a second import of the same file finds it again."""
    digest = hashlib.sha256()
    for name in ("SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "LOCATION"):
        for prop in component.props.get(name, []):
            digest.update(f"{name}:{prop.value.strip()}\n".encode())
    return f"{digest.hexdigest()[:32]}@generated.zpdesk"


def _sequence(component: _Component) -> int:
    prop = component.first("SEQUENCE")
    try:
        return int(prop.value.strip()) if prop else 0
    except ValueError:
        return 0


@dataclass
class _Group:
    uid: str
    masters: list[_Component] = field(default_factory=list)
    overrides: list[_Component] = field(default_factory=list)


_NOT_MEETINGS = {
    "VTODO": "a task (VTODO), not a meeting",
    "VJOURNAL": "a journal entry (VJOURNAL), not a meeting",
}


def _decode(data: bytes | str) -> str:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"the file is not UTF-8 text ({exc.reason})") from exc
    else:
        text = data
    if not text.strip():
        raise ValidationError("the file is empty")
    return text


def read_calendar(data: bytes | str) -> IcsCalendar:
    """Every importable series of an .ics file and the events it skips (with the reason).

    A file that is not an iCalendar file at all raises ValidationError; an event that
    cannot be represented is skipped on its own, so one bad event does not sink the file.
    """
    text = _decode(data)
    _check_structure(text)
    zones = _Zones()
    groups: dict[str, _Group] = {}
    skipped: list[IcsSkipped] = []
    components = 0
    for component in _components(text):
        if component.kind == "VCALENDAR":
            method = component.first("METHOD")
            if method is not None and method.value.strip().upper() == "CANCEL":
                raise ValidationError(
                    "this is a cancellation message, not an invitation or calendar; "
                    "cancel the meetings in the agenda instead"
                )
            continue
        components += 1
        if component.kind == "VTIMEZONE":
            zones.add(component)
        elif component.kind in _NOT_MEETINGS:
            skipped.append(IcsSkipped(_describe(component), _NOT_MEETINGS[component.kind]))
        elif component.kind == "VEVENT":
            uid_value = component.peek("UID")
            uid = _CONTROL.sub("", _unescape(uid_value)).strip() if uid_value else ""
            if not uid:
                uid = _generated_uid(component)
            if len(uid) > MAX_UID_LENGTH:
                skipped.append(
                    IcsSkipped(
                        _describe(component), f"its UID is longer than {MAX_UID_LENGTH} characters"
                    )
                )
                continue
            group = groups.setdefault(uid, _Group(uid))
            if component.peek("RECURRENCE-ID") is not None:
                group.overrides.append(component)
            else:
                group.masters.append(component)
    if not groups and not skipped:
        raise ValidationError("the file holds no events (VEVENT)")
    series: list[IcsSeries] = []
    seen_uids: set[str] = set()
    for uid in list(groups):
        # One series at a time, each let go when done: memory stays near the file's size.
        group = groups.pop(uid)
        head = _newest(group.masters) if group.masters else group.overrides[0]
        try:
            found = _group_series(group, zones)
            uids = [one.uid for one in found]
            if len(set(uids)) != len(uids) or not seen_uids.isdisjoint(uids):
                raise _Skip("two of its versions start at the same time")
            seen_uids.update(uids)
            series.extend(found)
        except _Skip as exc:
            skipped.append(IcsSkipped(_describe(head), str(exc)))
        except (RecurrenceError, ValueError, OverflowError) as exc:
            skipped.append(IcsSkipped(_describe(head), _brief(exc, 200)))
    return IcsCalendar(tuple(series), tuple(skipped))


def parse_calendar(data: bytes | str) -> list[IcsSeries]:
    """Every importable series in an .ics file (skipped events left out)."""
    return list(read_calendar(data).series)


def _newest(components: list[_Component]) -> _Component:
    """The version a calendar program shows: the highest SEQUENCE, then the last written."""
    if len(components) == 1:
        return components[0]
    return max(enumerate(components), key=lambda item: (_sequence(item[1]), item[0]))[1]


def _text_of(component: _Component, name: str, limit: int) -> str:
    return component.text(name, limit)


def _base(
    component: _Component, uid: str, start: datetime, minutes: int, zone: str = TZID
) -> IcsSeries:
    title = _text_of(component, "SUMMARY", 200) or "(no title)"
    categories = component.first("CATEGORIES")
    network = ""
    if categories is not None:
        network = ", ".join(c.strip() for c in _unescape(categories.value).split(",") if c.strip())
        network = _CONTROL.sub("", network)[:200]
    return IcsSeries(
        uid=uid,
        title=title,
        starts_at=start,
        duration_minutes=minutes,
        location=_text_of(component, "LOCATION", 300),
        note=_text_of(component, "DESCRIPTION", 10_000),
        kind=_kind(component, title),
        is_external=_flag(component, "X-ZPDESK-EXTERNAL", False),
        required=_flag(component, "X-ZPDESK-REQUIRED", True),
        network_name=network,
        group_uid=uid,
        timezone=zone,
    )


def _flag(component: _Component, name: str, default: bool) -> bool:
    prop = component.first(name)
    if prop is None:
        return default
    return prop.value.strip().upper() in ("TRUE", "YES", "1")


def _kind(component: _Component, title: str) -> CommitmentKind:
    prop = component.first("X-ZPDESK-KIND")
    if prop is not None:
        try:
            return CommitmentKind(prop.value.strip().lower())
        except ValueError:
            pass
    lowered = title.lower()
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(lowered):
            return kind
    return CommitmentKind.OTHER


_KIND_PATTERNS = tuple(
    (kind, re.compile("|".join(rf"\b{re.escape(word)}" for word in words)))
    for kind, words in _KIND_WORDS
)


def _is_cancelled(component: _Component) -> bool:
    prop = component.first("STATUS")
    return prop is not None and prop.value.strip().upper() == "CANCELLED"


def _single(component: _Component, name: str) -> _Prop | None:
    found = component.props.get(name, [])
    if len(found) > 1 and len({(tuple(p.params.items()), p.value) for p in found}) > 1:
        raise _Skip(f"it has more than one {name}")
    return found[0] if found else None


def _start(component: _Component, zones: _Zones) -> _When:
    prop = _single(component, "DTSTART")
    if prop is None:
        raise _Skip("it has no start (DTSTART)")
    return _parse_when(prop.value, prop.params, zones, "DTSTART")


def _minutes(component: _Component, start: _When, zones: _Zones) -> int:
    """The length in minutes, from DTEND or DURATION (all-day: working days)."""
    end_prop = _single(component, "DTEND")
    duration_prop = _single(component, "DURATION")
    if end_prop is not None:
        end = _parse_when(end_prop.value, end_prop.params, zones, "DTEND")
        if start.all_day:
            if not end.all_day:
                # Some programs end an all-day event at a time; its date is what counts.
                end = _When(end.value.replace(hour=0, minute=0), True, "")
            days = max(1, (end.value.date() - start.value.date()).days)
            return _all_day_minutes(days)
        if end.all_day:
            end = _When(end.value, False, start.zone)  # a date: that day's midnight
        length = _instant(end, start.zone) - _instant(start, start.zone)
    elif duration_prop is not None:
        found = _duration(duration_prop.value)
        if found is None:
            raise _Skip(f"DURATION is not a length of time ({_brief(duration_prop.value, 30)})")
        if start.all_day:
            return _all_day_minutes(max(1, found.days))
        length = found
    elif start.all_day:
        return ALL_DAY_MINUTES
    else:
        length = timedelta(0)  # RFC 5545: a date-time start without an end is a moment
    return _checked_minutes(length)


def _checked_minutes(length: timedelta) -> int:
    minutes = int(length.total_seconds() // 60)
    if minutes < 0:
        raise _Skip("it ends before it starts")
    if minutes > MAX_DURATION_MINUTES:
        raise _Skip("it lasts longer than 7 days, which zpdesk cannot hold as one meeting")
    # A moment (no length) is kept as one minute: a meeting in zpdesk lasts at least that.
    return max(minutes, 1)


def _all_day_minutes(days: int) -> int:
    return ALL_DAY_MINUTES if days == 1 else (days - 1) * 24 * 60 + ALL_DAY_MINUTES


def _instant(when: _When, zone: str) -> datetime:
    """An aware datetime (a floating time read in ``zone``, else in Amsterdam)."""
    name = when.zone or zone or TZID
    return when.value.replace(tzinfo=zone_info(name))


def _rule(component: _Component, zone: str) -> str:
    """The one RRULE (identical copies and an empty line ignored), UNTIL as local time."""
    texts = {
        p.value.strip().upper().removeprefix("RRULE:")
        for p in component.props.get("RRULE", [])
        if p.value.strip()
    }
    if not texts:
        return ""
    if len(texts) > 1:
        raise _Skip("it has two different rules (RRULE), which zpdesk cannot store")
    text = texts.pop()
    if len(text) > 500:
        raise _Skip("its RRULE is too long")
    parts = rule_parts(text)
    until = parts.get("UNTIL", "")
    year = int(until[:4]) if until[:4].isdigit() else None
    if year is not None and year > LAST_YEAR:
        del parts["UNTIL"]  # "until 31-12-9999" is how some programs write "no end"
    elif year is not None and year < FIRST_YEAR:
        raise _Skip(f"its RRULE ends (UNTIL) before {FIRST_YEAR}")
    count = parts.get("COUNT", "1").strip()
    if "UNTIL" in parts and not (count.isdigit() and int(count) > 0):
        del parts["COUNT"]  # "COUNT=-1" beside UNTIL: programs mean "until", as the reference
    if not parts:
        return ""
    if "UNTIL" in parts and not parts["UNTIL"].upper().endswith("Z") and zone not in ("", TZID):
        # A local UNTIL is the series' own wall-clock time.
        wall = parse_until(parts["UNTIL"])
        parts["UNTIL"] = f"{into_local(wall, zone):%Y%m%dT%H%M%S}"
    rule = localise_until(join_parts(parts))
    parts = rule_parts(rule)
    if "BYSECOND" in parts or "BYMINUTE" in parts or "BYHOUR" in parts:
        raise RecurrenceError("zpdesk repeats meetings at most daily (BYHOUR/BYMINUTE)")
    validate_rule(rule, datetime(2000, 1, 1))
    return rule


def _derived_uid(uid: str, start: datetime) -> str:
    return f"{uid}#{start:%Y%m%dT%H%M}"


def _group_series(group: _Group, zones: _Zones) -> list[IcsSeries]:
    uid = group.uid
    if not group.masters:
        # Only changed instances (e.g. an invitation to one occurrence): each is a one-off.
        found: list[IcsSeries] = []
        for component in _latest_overrides(group.overrides):
            start = _start(component, zones)
            minutes = _minutes(component, start, zones)
            local = start.local()
            one = _base(component, _derived_uid(uid, local), local, minutes)
            if _is_cancelled(component):
                one = replace(one, overrides=(IcsOverride(local, local, minutes, True),))
            found.append(one)
        return found
    master = _newest(group.masters)
    start = _start(master, zones)
    zone = start.zone or TZID  # floating times and dates are Amsterdam time
    minutes = _minutes(master, start, zones)
    rule = _rule(master, zone)
    local_start = start.local()
    if rule and _is_cancelled(master):
        raise _Skip("the whole series is cancelled")
    span = _span_days(minutes) if start.all_day and rule else 1
    if start.all_day and not rule and minutes > ALL_DAY_MINUTES:
        # A multi-day event: one working day per day.
        days = (minutes - ALL_DAY_MINUTES) // (24 * 60) + 1
        rule, minutes = f"FREQ=DAILY;COUNT={days}", ALL_DAY_MINUTES
    rdates: dict[datetime, int] = {}
    for value, params in _values(master, "RDATE"):
        when, length = _rdate(value, params, zones, start, minutes)
        rdates.setdefault(when, length)
    exdates = {
        _original(_parse_when(value, params, zones, "EXDATE"), start, rule)
        for value, params in _values(master, "EXDATE")
    }
    base = _base(master, uid, local_start, minutes, zone if rule else TZID)
    if not (rule or rdates or exdates or group.overrides):
        # A single meeting (most of a big file): nothing more to match.
        if _is_cancelled(master):
            return [
                replace(base, overrides=(IcsOverride(local_start, local_start, minutes, True),))
            ]
        return [base]
    extras: dict[datetime, IcsSeries] = {}
    main_start: datetime | None = local_start
    if rule:
        first = first_occurrence(local_start, rule, zone)
        if first != local_start:
            # RFC 5545 counts DTSTART as the first occurrence even when the rule skips it.
            if local_start not in exdates:
                extras[local_start] = replace(
                    base, uid=_derived_uid(uid, local_start), timezone=TZID
                )
            main_start = first
        if first is None and not rdates:
            raise _Skip("its rule ends (UNTIL) before it starts, so it gives no dates")
        if main_start is not None and all_excluded(main_start, rule, exdates, zone):
            main_start = None
    for rdate, length in sorted(rdates.items()):
        in_rule = main_start is not None and rule and is_occurrence(main_start, rule, rdate, zone)
        fits = in_rule or rdate == main_start
        if fits and length == minutes or rdate in exdates or rdate in extras:
            continue
        extras[rdate] = replace(
            base,
            uid=_derived_uid(uid, rdate),
            starts_at=rdate,
            duration_minutes=length,
            timezone=TZID,
        )
        if fits and main_start is not None:
            # The same start with its own length: the extra date replaces the rule's.
            exdates.add(rdate)
    overrides: dict[datetime, IcsOverride] = {}
    single_cancelled = not rule and _is_cancelled(master)
    for component in _latest_overrides(group.overrides):
        rid = _single(component, "RECURRENCE-ID")
        assert rid is not None
        if rid.params.get("RANGE", "").upper() == "THISANDFUTURE":
            raise _Skip("it changes this and all later dates (RANGE=THISANDFUTURE)")
        original = _original(
            _parse_when(rid.value, rid.params, zones, "RECURRENCE-ID"),
            start,
            rule,
            main_start,
            zone,
        )
        o_start = _start(component, zones)
        o_minutes = _minutes(component, o_start, zones)
        o_local = o_start.local()
        cancelled = _is_cancelled(component)
        o_title = _text_of(component, "SUMMARY", 200)
        o_location = _text_of(component, "LOCATION", 300)
        title = o_title if o_title and o_title != base.title else None
        location = o_location if o_location != base.location else None
        belongs = (
            main_start is not None
            and (
                is_occurrence(main_start, rule, original, zone) if rule else original == main_start
            )
            and original not in exdates
        )
        if not belongs and original not in extras and _sequence(component) < _sequence(master):
            continue  # a newer version of the series no longer has this occurrence
        override = IcsOverride(original, o_local, o_minutes, cancelled, title, location)
        if belongs:
            if o_local != original or o_minutes != minutes or cancelled or title or location:
                overrides[original] = override
        elif original in extras:
            extras[original] = replace(extras[original], overrides=(override,))
        else:
            one = _base(component, _derived_uid(uid, o_local), o_local, o_minutes)
            extras[o_local] = replace(
                one,
                group_uid=uid,
                overrides=(IcsOverride(o_local, o_local, o_minutes, True),) if cancelled else (),
            )
    result: list[IcsSeries] = []
    if main_start is not None:
        kept: tuple[IcsOverride, ...] = tuple(sorted(overrides.values(), key=_by_original))
        if single_cancelled:
            kept = (IcsOverride(main_start, main_start, minutes, True),)
        result.append(
            replace(
                base,
                starts_at=main_start,
                rrule=rule,
                exdates=tuple(
                    sorted(d for d in exdates if rule and is_occurrence(main_start, rule, d, zone))
                ),
                overrides=kept,
            )
        )
    result.extend(extras[key] for key in sorted(extras))
    if span > 1:
        return _split_days(result, span)
    return result


def _span_days(minutes: int) -> int:
    """How many days an all-day length covers (1 for one working day)."""
    return (minutes - ALL_DAY_MINUTES) // (24 * 60) + 1 if minutes > ALL_DAY_MINUTES else 1


def _split_days(found: list[IcsSeries], span: int) -> list[IcsSeries]:
    """A repeating all-day event of ``span`` days as one series of working days per day.

    zpdesk repeats meetings within a day, so day k of every occurrence becomes series k:
    the same rule shifted by k days. Where shifting could change which dates the rule
    gives (a month's last days, weeks counted from WKST), the event is refused.
    """
    split: list[IcsSeries] = []
    for series in found:
        if not series.rrule:
            days = _span_days(series.duration_minutes)
            if days > 1 and series.starts_at.time() == ALL_DAY_START:
                series = replace(
                    series, rrule=f"FREQ=DAILY;COUNT={days}", duration_minutes=ALL_DAY_MINUTES
                )
            split.append(series)
            continue
        for k in range(span):
            split.append(_day_of(series, k, span))
    return split


def _day_of(series: IcsSeries, k: int, span: int) -> IcsSeries:
    shift = timedelta(days=k)
    exdates = [d + shift for d in series.exdates]
    overrides: list[IcsOverride] = []
    for o in series.overrides:
        original = o.original_start + shift
        if o.cancelled:
            overrides.append(replace(o, original_start=original, start=original, minutes=480))
            continue
        all_day = o.start.time() == ALL_DAY_START and (o.minutes - ALL_DAY_MINUTES) % 1440 == 0
        days = _span_days(o.minutes) if all_day else 1
        if k >= days:
            exdates.append(original)  # the changed occurrence is shorter
        elif all_day:
            overrides.append(
                replace(o, original_start=original, start=o.start + shift, minutes=480)
            )
        else:
            overrides.append(replace(o, original_start=original))
    return replace(
        series,
        uid=series.uid if k == 0 else f"{series.uid}#day{k + 1}",
        group_uid=series.group,
        starts_at=series.starts_at + shift,
        duration_minutes=ALL_DAY_MINUTES,
        rrule=_shifted_rule(series.rrule, series.starts_at, k, span),
        exdates=tuple(sorted(exdates)),
        overrides=tuple(sorted(overrides, key=_by_original)),
    )


_SHIFTABLE = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY"}


def _shifted_rule(rule: str, start: datetime, k: int, span: int) -> str:
    parts = rule_parts(rule)
    refuse = _Skip(
        f"it repeats and spans {span} days each time in a way zpdesk cannot repeat day by day"
    )
    if not parts.keys() <= _SHIFTABLE:
        raise refuse
    freq = parts["FREQ"].upper()
    if freq in ("MONTHLY", "YEARLY"):
        if "BYDAY" in parts or start.day + span - 1 > 28:
            raise refuse
    elif freq == "WEEKLY":
        codes = [c.strip() for c in parts.get("BYDAY", WEEKDAY_CODES[start.weekday()]).split(",")]
        if any(c not in WEEKDAY_CODES for c in codes):
            raise refuse
        first = WEEKDAY_CODES.index(parts.get("WKST", "MO").upper())
        if int(parts.get("INTERVAL", "1")) > 1 and any(
            (WEEKDAY_CODES.index(c) - first) % 7 + span - 1 >= 7 for c in codes
        ):
            raise refuse
        if "BYDAY" in parts:
            parts["BYDAY"] = ",".join(
                WEEKDAY_CODES[(WEEKDAY_CODES.index(c) + k) % 7] for c in codes
            )
    elif "BYDAY" in parts:
        raise refuse
    if "UNTIL" in parts:
        parts["UNTIL"] = f"{parse_until(parts['UNTIL']) + timedelta(days=k):%Y%m%dT%H%M%S}"
    return join_parts(parts)


def _by_original(override: IcsOverride) -> datetime:
    return override.original_start


def _latest_overrides(components: list[_Component]) -> list[_Component]:
    """One version per RECURRENCE-ID as written: the newest (highest SEQUENCE, then last)."""
    by_rid: dict[str, list[_Component]] = {}
    for component in components:
        rid = component.first("RECURRENCE-ID")
        key = rid.value.strip().upper() if rid else ""
        by_rid.setdefault(key, []).append(component)
    return [_newest(found) for found in by_rid.values()]


def _rdate(
    value: str, params: dict[str, str], zones: _Zones, start: _When, minutes: int
) -> tuple[datetime, int]:
    """An extra date as (local start, its length): a PERIOD keeps its own length."""
    if "/" in value:
        first, _, second = value.partition("/")
        begin = _parse_when(first, params, zones, "RDATE")
        zone = begin.zone or start.zone
        length = _duration(second)
        if length is None:
            end = _parse_when(second, params, zones, "RDATE")
            length = _instant(end, zone) - _instant(begin, zone)
        return _local_of(begin, start), _checked_minutes(length)
    when = _parse_when(value, params, zones, "RDATE")
    return _local_of(when, start), minutes


def _local_of(when: _When, start: _When) -> datetime:
    """A date or time of the series as local time: floating is the series' own zone."""
    if when.all_day:
        if start.all_day:
            return datetime.combine(when.value.date(), ALL_DAY_START)
        # A date in a timed series: that day at the series' own time.
        wall = datetime.combine(when.value.date(), start.value.time())
        return into_local(wall, start.zone) if start.zone else wall
    if not when.zone and start.zone:
        return into_local(when.value, start.zone)
    return when.local()


def _original(
    when: _When,
    start: _When,
    rule: str,
    main_start: datetime | None = None,
    zone: str = TZID,
) -> datetime:
    """The original start an EXDATE or RECURRENCE-ID refers to, whatever form it takes.

    An all-day series is matched by date, also when the reference is written as midnight
    (in UTC or in the writer's zone, as Outlook does); a timed series by instant.
    """
    if start.all_day:
        day = when.value.date()
        if not when.all_day and when.zone and when.value.time() != time():
            day = when.local().date()
        return datetime.combine(day, ALL_DAY_START)
    found = _local_of(when, start)
    if when.all_day and rule and main_start is not None:
        # A date for a timed series: its occurrence on that day, wherever the clock was.
        day = datetime.combine(when.value.date(), time())
        on_day = expand(main_start, rule, day, day + timedelta(days=1), zone=zone)
        if on_day:
            return on_day[0]
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
    skipped: tuple[IcsSkipped, ...] = ()  # events of the file that cannot be imported

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


def _count(series: IcsSeries, horizon: datetime) -> tuple[int, bool, datetime | None]:
    if not series.rrule:
        return 1, False, series.starts_at
    zone = series.timezone
    last = last_occurrence(series.starts_at, series.rrule, zone)
    open_ended = last is None
    end = horizon if last is None else last + timedelta(seconds=1)
    starts = expand(series.starts_at, series.rrule, series.starts_at, end, series.exdates, zone)
    return len(starts), open_ended, last


def _existing_groups(session: Session, groups: set[str]) -> set[str]:
    """Which of the file's UIDs are stored already (a series, or one-offs derived from it).

    One pass over the stored UIDs: a query with one condition per UID overflows SQLite's
    expression depth at ~1,000 UIDs.
    """
    existing: set[str] = set()
    for (uid,) in session.execute(select(Commitment.uid)).yield_per(5000):
        group = uid if uid in groups else uid.split("#", 1)[0]
        if group in groups:
            existing.add(group)
    return existing


def preview_import(
    session: Session,
    network_id: int,
    data: bytes | str,
    today: date,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportPreview:
    """Read the file and say what importing it into the network would do.

    ``progress(done, total)`` is called now and then while the series are counted; it
    returns False to stop (ImportCancelled). Events that cannot be imported are listed in
    ``skipped``; when nothing at all can be imported, ValidationError names why.
    """
    network = session.get(Network, network_id)
    if network is None:
        raise ValidationError("Choose the network to import into.", "network_id")
    calendar = read_calendar(data)
    skipped = list(calendar.skipped)
    existing = _existing_groups(session, {s.group for s in calendar.series})
    horizon = today + OPEN_ENDED_HORIZON
    horizon_start = datetime.combine(horizon, time())
    items = []
    bad_groups: dict[str, IcsSkipped] = {}
    total = len(calendar.series)
    for done, s in enumerate(calendar.series):
        if progress is not None and done % 500 == 0 and not progress(done, total):
            raise ImportCancelled("the import was cancelled")
        try:
            s = _cleaned(network_id, s)
            count, open_ended, last = _count(s, horizon_start)
        except (RecurrenceError, ValidationError) as exc:  # e.g. too many dates
            event = f"'{_brief(s.title, 60)}' ({s.starts_at:%Y-%m-%d %H:%M})"
            bad_groups.setdefault(s.group, IcsSkipped(event, _brief(exc, 200)))
            continue
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
    skipped.extend(bad_groups.values())
    items = [i for i in items if i.series.group not in bad_groups]
    if not items and skipped:
        first = skipped[0]
        more = f" (and {len(skipped) - 1} more events)" if len(skipped) > 1 else ""
        raise ValidationError(f"nothing can be imported: event {first}{more}")
    return ImportPreview(
        network_id=network_id,
        network_name=network.name,
        items=tuple(items),
        horizon=horizon,
        skipped=tuple(skipped),
    )


class ImportCancelled(Exception):
    """The user stopped an import; nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    series_added: int
    occurrences_added: int
    series_skipped: int
    occurrences_skipped: int
    commitment_ids: tuple[int, ...]


BATCH = 1000  # rows per INSERT: few round trips, bounded memory


def apply_import(
    session: Session,
    preview: ImportPreview,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportResult:
    """Write what the preview shows (in the caller's one transaction; a failure writes nothing).

    Rows are inserted in batches; ``progress(done, total)`` may return False to stop
    (ImportCancelled: the caller's transaction then writes nothing).
    """
    todo = [item.series for item in preview.items if not item.exists]
    clash = set(_existing_uids(session, {s.uid for s in todo}))
    if clash:
        raise ValidationError(f"UID '{_brief(sorted(clash)[0])}' was added meanwhile; import again")
    ids: list[int] = []
    for begin in range(0, len(todo), BATCH):
        if progress is not None and not progress(begin, len(todo)):
            raise ImportCancelled("the import was cancelled")
        batch = todo[begin : begin + BATCH]
        rows = [_commitment_row(preview.network_id, s) for s in batch]
        connection = session.connection()
        connection.execute(insert(_table(Commitment)), rows)
        # The new ids by UID (an INSERT … RETURNING in a fixed order runs row by row).
        by_uid = dict(
            connection.execute(
                select(Commitment.uid, Commitment.id).where(
                    Commitment.uid.in_([s.uid for s in batch])
                )
            ).all()
        )
        batch_ids = [by_uid[s.uid] for s in batch]
        exdates = [
            {"commitment_id": cid, "original_start": d}
            for cid, s in zip(batch_ids, batch, strict=True)
            for d in s.exdates
        ]
        if exdates:
            connection.execute(insert(_table(CommitmentExdate)), exdates)
        occurrences = [
            _occurrence_row(cid, s, o)
            for cid, s in zip(batch_ids, batch, strict=True)
            for o in s.overrides
        ]
        if occurrences:
            connection.execute(insert(_table(Occurrence)), occurrences)
        ids.extend(batch_ids)
    if progress is not None:
        progress(len(todo), len(todo))
    session.flush()
    return ImportResult(
        series_added=preview.series_added,
        occurrences_added=preview.occurrences_added,
        series_skipped=preview.series_skipped,
        occurrences_skipped=preview.occurrences_skipped,
        commitment_ids=tuple(ids),
    )


def _table(model: type[Any]) -> Table:
    """A model's table, for Core's many-row INSERT (one statement per batch)."""
    table: Table = model.__table__
    return table


def _existing_uids(session: Session, uids: set[str]) -> Iterator[str]:
    for (uid,) in session.execute(select(Commitment.uid)).yield_per(5000):
        if uid in uids:
            yield uid


def _cleaned(network_id: int, s: IcsSeries) -> IcsSeries:
    """The series as the one definition of a valid series cleans it (ValidationError)."""
    data = CommitmentData(
        network_id=network_id,
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
        timezone=s.timezone,
    )
    data = clean_commitment(data)
    if (data.title, data.rrule, data.exdates, data.location, data.note) == (
        s.title,
        s.rrule,
        s.exdates,
        s.location,
        s.note,
    ):
        return s
    return replace(
        s,
        title=data.title,
        rrule=data.rrule,
        exdates=data.exdates,
        location=data.location,
        note=data.note,
    )


def _commitment_row(network_id: int, s: IcsSeries) -> dict[str, Any]:
    return {
        "network_id": network_id,
        "uid": s.uid,
        "title": s.title,
        "kind": s.kind.value,
        "starts_at": s.starts_at,
        "duration_minutes": s.duration_minutes,
        "location": s.location,
        "is_external": s.is_external,
        "required": s.required,
        "rrule": s.rrule,
        "note": s.note,
        "timezone": s.timezone,
    }


def _occurrence_row(commitment_id: int, s: IcsSeries, o: IcsOverride) -> dict[str, Any]:
    return {
        "commitment_id": commitment_id,
        "original_start": o.original_start,
        "moved_start": o.start if o.start != o.original_start else None,
        "moved_duration_minutes": o.minutes if o.minutes != s.duration_minutes else None,
        "attendance": (Attendance.CANCELLED if o.cancelled else Attendance.PLANNED).value,
        "title": o.title,
        "location": o.location,
        "note": "",
    }
