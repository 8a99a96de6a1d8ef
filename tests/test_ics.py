"""iCalendar export and import: round trips, foreign files, malformed files rejected whole."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from zpdesk.domain.enums import Attendance, CommitmentKind, NetworkKind
from zpdesk.domain.recurrence import (
    Frequency,
    MonthlyMode,
    RecurrenceSpec,
    expand,
    weekday_ordinal,
)
from zpdesk.services import agenda, ics
from zpdesk.services.agenda import CommitmentData
from zpdesk.services.errors import ValidationError
from zpdesk.services.ics import IcsOverride, IcsSeries
from zpdesk.services.occurrences import occurrences
from zpdesk.store.models import Commitment, Network, Occurrence

pytestmark = pytest.mark.both_stores  # conftest: db on a file and on a server

STAMP = datetime(2026, 6, 1, 12, 0)
TODAY = date(2026, 6, 1)


def _network(session, name: str = "KKP West-Brabant") -> int:
    network = Network(name=name, kind=NetworkKind.KNOWLEDGE_NETWORK)
    session.add(network)
    session.flush()
    return network.id


def _seed(session) -> dict[str, int]:
    nid = _network(session)
    breakfast = agenda.create_commitment(
        session,
        CommitmentData(
            network_id=nid,
            title="Ontbijtsessie",
            starts_at=datetime(2026, 9, 1, 7, 30),
            duration_minutes=90,
            kind=CommitmentKind.BREAKFAST,
            location="Breda",
            rrule="FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T235959",
            exdates=(datetime(2026, 9, 29, 7, 30),),
        ),
    )
    monthly = agenda.create_commitment(
        session,
        CommitmentData(
            network_id=nid,
            title="Ledenvergadering",
            starts_at=datetime(2026, 9, 8, 19, 0),
            duration_minutes=120,
            is_external=True,
            rrule="FREQ=MONTHLY;BYDAY=2TU",
        ),
    )
    single = agenda.create_commitment(
        session,
        CommitmentData(
            network_id=nid,
            title="Themadag",
            starts_at=datetime(2026, 10, 24, 9, 0),
            duration_minutes=420,
            kind=CommitmentKind.THEME_DAY,
        ),
    )
    agenda.move_occurrence(
        session, breakfast, datetime(2026, 10, 13, 7, 30), datetime(2026, 10, 14, 8, 0), 60
    )
    agenda.cancel_occurrence(session, breakfast, datetime(2026, 10, 27, 7, 30))
    agenda.set_attendance(session, monthly, datetime(2026, 9, 8, 19, 0), Attendance.ABSENT)
    agenda.cancel_occurrence(session, single, datetime(2026, 10, 24, 9, 0))
    return {"network": nid, "breakfast": breakfast, "monthly": monthly, "single": single}


def _shape(session, date_from: date, date_to: date) -> list[tuple]:
    return [
        (r.title, r.start, r.minutes, r.is_cancelled, r.kind, r.is_external)
        for r in occurrences(session, date_from, date_to)
    ]


@pytest.mark.store
def test_export_then_import_gives_the_same_agenda(db, tmp_path) -> None:
    from zpdesk.store.db import open_database

    with db.session() as s:
        _seed(s)
        data = ics.export_calendar(s, STAMP)
        before = _shape(s, date(2026, 1, 1), date(2027, 12, 31))
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.session() as s:
            nid = _network(s, "Elders")
            preview = ics.preview_import(s, nid, data, TODAY)
            # 3 series; breakfast 1 Sep–29 Dec biweekly = 9 dates − 1 excluded = 8,
            # monthly open-ended to 1 Jun 2027 = Sep…May = 9, the theme day 1: 18
            assert (preview.series_added, preview.occurrences_added) == (3, 18)
            result = ics.apply_import(s, preview)
            assert result.series_added == 3
        with other.session() as s:
            assert _shape(s, date(2026, 1, 1), date(2027, 12, 31)) == before
            # attendance is mine, not the calendar's: the absence did not travel
            assert (
                s.scalar(
                    select(func.count())
                    .select_from(Occurrence)
                    .where(Occurrence.attendance == Attendance.ABSENT)
                )
                == 0
            )
            # importing again skips every series by UID
            again = ics.preview_import(s, nid, data, TODAY)
            assert (again.series_added, again.series_skipped) == (0, 3)
            assert ics.apply_import(s, again).commitment_ids == ()
    finally:
        other.close()


@pytest.mark.store
def test_exported_file_has_what_calendar_programs_need(db) -> None:
    from icalendar import Calendar

    with db.session() as s:
        ids = _seed(s)
        first = ics.export_calendar(s, STAMP)
        second = ics.export_calendar(s, STAMP + timedelta(days=1))
        uid = s.get(Commitment, ids["breakfast"]).uid
    text = first.decode()
    assert "PRODID:-//zpdesk//zpdesk" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam" in text
    assert "DTSTART;TZID=Europe/Amsterdam:20260901T073000" in text
    # UNTIL 31 Dec 23:59:59 CET is 22:59:59 UTC
    assert "UNTIL=20261231T225959Z" in text
    assert "EXDATE;TZID=Europe/Amsterdam:20260929T073000" in text
    assert "RECURRENCE-ID;TZID=Europe/Amsterdam:20261013T073000" in text
    calendar = Calendar.from_ical(first)
    events = calendar.walk("VEVENT")
    assert all(str(e["DTSTAMP"].to_ical().decode()).endswith("Z") for e in events)
    cancelled = [e for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 2  # the 27 Oct breakfast (override) and the theme day
    # UIDs are stable from one export to the next
    assert [e["UID"] for e in Calendar.from_ical(second).walk("VEVENT")] == [
        e["UID"] for e in events
    ]
    assert sum(1 for e in events if e["UID"] == uid) == 3  # master + two overrides


FOREIGN = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:kring-42@example.org
SUMMARY:Kenniskring ICT
DTSTART;TZID=Europe/Amsterdam:20261006T160000
DTEND;TZID=Europe/Amsterdam:20261006T180000
RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261201T150000Z
EXDATE;TZID=Europe/Amsterdam:20261020T160000
RDATE;TZID=Europe/Amsterdam:20261210T160000
LOCATION:Tilburg
END:VEVENT
BEGIN:VEVENT
UID:kring-42@example.org
RECURRENCE-ID;TZID=Europe/Amsterdam:20261103T160000
SUMMARY:Kenniskring ICT (verplaatst)
DTSTART;TZID=Europe/Amsterdam:20261104T090000
DTEND;TZID=Europe/Amsterdam:20261104T100000
END:VEVENT
BEGIN:VEVENT
UID:kring-42@example.org
RECURRENCE-ID:20261117T150000Z
STATUS:CANCELLED
SUMMARY:Kenniskring ICT
DTSTART:20261117T150000Z
DTEND:20261117T170000Z
END:VEVENT
BEGIN:VEVENT
UID:london@example.org
SUMMARY:Call with London
DTSTART;TZID=Europe/London:20261105T090000
DURATION:PT45M
END:VEVENT
BEGIN:VEVENT
UID:day@example.org
SUMMARY:Themadag
DTSTART;VALUE=DATE:20261121
DTEND;VALUE=DATE:20261122
END:VEVENT
BEGIN:VEVENT
UID:retreat@example.org
SUMMARY:Retreat
DTSTART;VALUE=DATE:20261126
DTEND;VALUE=DATE:20261128
END:VEVENT
BEGIN:VTODO
UID:todo@example.org
SUMMARY:not an event
END:VTODO
END:VCALENDAR
"""


@pytest.mark.store
def test_import_of_a_foreign_calendar(db) -> None:
    with db.session() as s:
        nid = _network(s)
        preview = ics.preview_import(s, nid, FOREIGN.replace("\n", "\r\n"), TODAY)
        ics.apply_import(s, preview)
    with db.session() as s:
        rows = occurrences(s, date(2026, 10, 1), date(2026, 12, 31))
        got = [(r.title, r.start, r.minutes, r.is_cancelled) for r in rows]
    kring = "Kenniskring ICT"
    # Biweekly from 6 Oct until 1 Dec 16:00 local (15:00Z): 6 Oct, (20 Oct excluded),
    # 3 Nov moved to 4 Nov 09:00 for 60 min, 17 Nov cancelled, 1 Dec; RDATE 10 Dec extra.
    # London 09:00 GMT = 10:00 Amsterdam, 45 min. All-day: 09:00 for 8 h; the two-day
    # retreat becomes two working days.
    assert got == [
        (kring, datetime(2026, 10, 6, 16, 0), 120, False),
        (f"{kring} (verplaatst)", datetime(2026, 11, 4, 9, 0), 60, False),  # its own title
        ("Call with London", datetime(2026, 11, 5, 10, 0), 45, False),
        (kring, datetime(2026, 11, 17, 16, 0), 120, True),
        ("Themadag", datetime(2026, 11, 21, 9, 0), 480, False),
        ("Retreat", datetime(2026, 11, 26, 9, 0), 480, False),
        ("Retreat", datetime(2026, 11, 27, 9, 0), 480, False),
        (kring, datetime(2026, 12, 1, 16, 0), 120, False),
        (kring, datetime(2026, 12, 10, 16, 0), 120, False),
    ]
    assert preview.series_added == 4  # four UIDs; the RDATE is part of the kring
    assert preview.occurrences_added == 9
    with db.session() as s:
        kinds = dict(s.execute(select(Commitment.title, Commitment.kind)).all())
    assert kinds["Themadag"] is CommitmentKind.THEME_DAY
    assert kinds[kring] is CommitmentKind.KNOWLEDGE_GROUP


def _calendar(*events: str, head: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{head}{body}END:VCALENDAR\n"


GOOD = "UID:good@x\nSUMMARY:Good\nDTSTART:20261006T090000\nDTEND:20261006T100000"

# Every malformed input tried, with the words the message must contain.
MALFORMED = [
    ("empty", "", "empty"),
    ("plain text", "hello, this is not a calendar", "not an iCalendar"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8"),
    ("truncated", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\n", "END:VEVENT is missing"),
    (
        "mismatched END",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261006T090000\nEND:VTODO\nEND:VCALENDAR\n",
        "END:VTODO does not close BEGIN:VEVENT",
    ),
    ("END without BEGIN", "END:VEVENT\nBEGIN:VCALENDAR\nEND:VCALENDAR\n", "without a BEGIN"),
    ("no events", _calendar(), "no events"),
    ("no DTSTART", _calendar("UID:a\nSUMMARY:X\nDTEND:20261006T100000"), "no start"),
    (
        "impossible date",
        _calendar("UID:a\nSUMMARY:X\nDTSTART:20261345T090000\nDTEND:20261006T100000"),
        "DTSTART is not a valid date",
    ),
    (
        "bad RRULE",
        _calendar(GOOD.replace("good@x", "a") + "\nRRULE:FREQ=SOMETIMES"),
        "not a valid recurrence rule: 'FREQ=SOMETIMES'",
    ),
    (
        "COUNT and UNTIL",
        _calendar(GOOD.replace("good@x", "a") + "\nRRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20261231"),
        "COUNT and UNTIL",
    ),
    (
        "hourly rule",
        _calendar(GOOD.replace("good@x", "a") + "\nRRULE:FREQ=HOURLY"),
        "at most daily",
    ),
    (
        "ends before it starts",
        _calendar("UID:a\nSUMMARY:X\nDTSTART:20261006T090000\nDTEND:20261006T080000"),
        "ends before",
    ),
    (
        "unknown time zone",
        _calendar(
            "UID:a\nSUMMARY:X\nDTSTART;TZID=Mars/Olympus:20261006T090000\n"
            "DTEND;TZID=Mars/Olympus:20261006T100000"
        ),
        "unknown time zone 'Mars/Olympus'",
    ),
    (
        "bad EXDATE",
        _calendar(GOOD.replace("good@x", "a") + "\nRRULE:FREQ=WEEKLY\nEXDATE:2026-10-13"),
        "EXDATE",
    ),
    (
        "cancellation message",
        _calendar(GOOD, head="METHOD:CANCEL\n"),
        "cancellation message",
    ),
    (
        "THISANDFUTURE",
        _calendar(
            GOOD + "\nRRULE:FREQ=WEEKLY",
            "UID:good@x\nRECURRENCE-ID;RANGE=THISANDFUTURE:20261013T090000\n"
            "DTSTART:20261013T100000\nDTEND:20261013T110000",
        ),
        "THISANDFUTURE",
    ),
]


@pytest.mark.store
@pytest.mark.parametrize(("name", "content", "words"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_files_are_rejected_whole(db, name, content, words) -> None:
    with db.session() as s:
        nid = _network(s)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        ics.apply_import(s, ics.preview_import(s, nid, content, TODAY))
    assert words in str(caught.value), str(caught.value)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 0


# --- hypothesis: a rule expanded directly == the same rule exported and imported ------------

WINDOW = timedelta(days=800)
# Titles and locations are one line of text (no control characters), as the editor allows.
_LINE = st.characters(blacklist_categories=("Cc", "Cs"))


@st.composite
def series(draw: st.DrawFn) -> IcsSeries:
    day = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)))
    # Meetings between 06:00 and 21:45: never in the hour the clocks skip.
    start = datetime(day.year, day.month, day.day, draw(st.integers(6, 21)))
    start = start.replace(minute=draw(st.sampled_from([0, 15, 30, 45])))
    frequency = draw(st.sampled_from(list(Frequency)))
    end = draw(st.sampled_from(["never", "until", "count"]))
    spec = RecurrenceSpec(
        frequency=frequency,
        interval=draw(st.integers(1, 4)),
        weekdays=tuple(sorted({start.weekday(), *draw(st.lists(st.integers(0, 6), max_size=3))})),
        monthly_mode=draw(st.sampled_from(list(MonthlyMode))),
        ordinal=weekday_ordinal(start.date()),
        until=start.date() + timedelta(days=draw(st.integers(0, 500))) if end == "until" else None,
        count=draw(st.integers(1, 30)) if end == "count" else None,
    )
    rule = spec.to_rule(start)
    minutes = draw(st.integers(1, 32)) * 15
    first = expand(start, rule, start, start + WINDOW)[:12]
    exdates = draw(st.lists(st.sampled_from(first), unique=True, max_size=max(0, len(first) - 1)))
    overrides = []
    for original in draw(st.lists(st.sampled_from(first), unique=True, max_size=4)):
        if original in exdates or not rule:
            continue
        shift = timedelta(days=draw(st.integers(-2, 2)), minutes=15 * draw(st.integers(-4, 4)))
        overrides.append(
            IcsOverride(
                original,
                original + shift,
                draw(st.integers(1, 16)) * 15,
                draw(st.booleans()),
            )
        )
    return IcsSeries(
        uid=f"{draw(st.uuids())}@zpdesk",
        title=draw(st.text(_LINE, min_size=1, max_size=30).filter(lambda t: t.strip())).strip(),
        starts_at=start,
        duration_minutes=minutes,
        rrule=rule,
        exdates=tuple(sorted(exdates)) if rule else (),
        overrides=tuple(sorted(overrides, key=lambda o: o.original_start)),
        location=draw(st.text(_LINE, max_size=20)).strip(),
    )


def _all(items: list[IcsSeries], start: datetime) -> list[tuple]:
    found = []
    for item in items:
        for o in ics.series_occurrences(item, start - timedelta(days=3), start + WINDOW):
            found.append((o.start, o.minutes, o.cancelled))
    return sorted(found)


@pytest.mark.domain
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series())
def test_export_import_keeps_the_occurrences(item: IcsSeries) -> None:
    parsed = ics.parse_calendar(ics.calendar_bytes([item], STAMP))
    assert _all(parsed, item.starts_at) == _all([item], item.starts_at)
    assert {p.title for p in parsed} <= {item.title}
    if parsed and parsed[0].uid == item.uid:
        assert parsed[0].rrule == item.rrule
