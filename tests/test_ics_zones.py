"""Issue 21 and issue 15 (case 9): series in their own time zone, edited occurrences
matched by the instant they refer to, lenient reading, per-event refusal, big files.

Hand-computed expectations: 09:00 in New York is 15:00 in Amsterdam, except from the US
switch to summer time (8 March 2026) to the EU switch (29 March 2026), when it is 14:00,
and from the EU switch back (25 October) to the US one (1 November), when it is 14:00.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import func, select

from ics_corpus import expected
from zpdesk.cli import main
from zpdesk.domain.enums import NetworkKind
from zpdesk.domain.recurrence import expand, from_local, into_local
from zpdesk.services import agenda, ics
from zpdesk.services.agenda import CommitmentData
from zpdesk.services.errors import ValidationError
from zpdesk.services.occurrences import occurrences
from zpdesk.store.db import open_database
from zpdesk.store.models import Commitment, Network

pytestmark = pytest.mark.store
TODAY = date(2026, 1, 1)
STAMP = datetime(2026, 1, 1, 12, 0)


def _network(session, name: str = "Zones") -> int:
    network = Network(name=name, kind=NetworkKind.KNOWLEDGE_NETWORK)
    session.add(network)
    session.flush()
    return network.id


def _calendar(*events: str, head: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{head}{body}END:VCALENDAR\r\n"
    return text.replace("\n", "\r\n").replace("\r\r\n", "\r\n")


def _import(db, data: str | bytes) -> ics.ImportPreview:
    with db.session() as s:
        nid = s.scalar(select(Network.id)) or _network(s)
        preview = ics.preview_import(s, nid, data, TODAY)
        ics.apply_import(s, preview)
    return preview


def _agenda(db, first: date, last: date) -> list[tuple]:
    with db.session() as s:
        return [(r.title, r.start, r.minutes, r.is_cancelled) for r in occurrences(s, first, last)]


# --- time zones ----------------------------------------------------------------------------


@pytest.mark.domain
def test_a_new_york_series_repeats_in_new_york_time() -> None:
    start = into_local(datetime(2026, 3, 2, 9, 0), "America/New_York")
    assert start == datetime(2026, 3, 2, 15, 0)
    got = expand(start, "FREQ=WEEKLY", start, datetime(2026, 4, 7), zone="America/New_York")
    assert got == [
        datetime(2026, 3, 2, 15, 0),
        datetime(2026, 3, 9, 14, 0),  # US in summer time, EU not yet
        datetime(2026, 3, 16, 14, 0),
        datetime(2026, 3, 23, 14, 0),
        datetime(2026, 3, 30, 15, 0),
        datetime(2026, 4, 6, 15, 0),
    ]
    # Amsterdam's own series are unchanged: 15:00 every week.
    assert expand(start, "FREQ=WEEKLY", start, datetime(2026, 3, 17)) == [
        datetime(2026, 3, 2, 15, 0),
        datetime(2026, 3, 9, 15, 0),
        datetime(2026, 3, 16, 15, 0),
    ]


@pytest.mark.domain
def test_a_utc_series_stays_fixed_in_utc() -> None:
    start = datetime(2026, 10, 19, 11, 0)  # 09:00 UTC in summer time
    got = expand(start, "FREQ=WEEKLY;COUNT=3", start, datetime(2026, 12, 1), zone="UTC")
    assert got == [
        datetime(2026, 10, 19, 11, 0),
        datetime(2026, 10, 26, 10, 0),  # after the EU switch: still 09:00 UTC
        datetime(2026, 11, 2, 10, 0),
    ]


def test_import_of_a_chicago_series_keeps_its_zone_and_exports_it_back(db) -> None:
    data = _calendar(
        "UID:chi@x\nSUMMARY:Standup\nDTSTART;TZID=America/Chicago:20261019T090000\n"
        "DTEND;TZID=America/Chicago:20261019T093000\nRRULE:FREQ=WEEKLY;COUNT=3"
    )
    _import(db, data)
    assert _agenda(db, date(2026, 10, 1), date(2026, 11, 30)) == [
        ("Standup", datetime(2026, 10, 19, 16, 0), 30, False),
        ("Standup", datetime(2026, 10, 26, 15, 0), 30, False),  # EU back, US not yet
        ("Standup", datetime(2026, 11, 2, 16, 0), 30, False),
    ]
    with db.session() as s:
        assert s.scalar(select(Commitment.timezone)) == "America/Chicago"
        exported = ics.export_calendar(s, STAMP).decode()
    assert "DTSTART;TZID=America/Chicago:20261019T090000" in exported
    assert "TZID:America/Chicago" in exported  # its VTIMEZONE


def test_windows_zone_names_are_read_as_their_iana_zone(db) -> None:
    data = _calendar(
        "UID:w@x\nSUMMARY:Outlook\nDTSTART;TZID=Eastern Standard Time:20260302T090000\n"
        "DTEND;TZID=Eastern Standard Time:20260302T100000\nRRULE:FREQ=WEEKLY;COUNT=2"
    )
    _import(db, data)
    assert [r[1] for r in _agenda(db, date(2026, 3, 1), date(2026, 3, 31))] == [
        datetime(2026, 3, 2, 15, 0),
        datetime(2026, 3, 9, 14, 0),
    ]


def test_a_zone_defined_only_by_its_vtimezone_is_matched_to_an_iana_zone(db) -> None:
    zone = (
        "BEGIN:VTIMEZONE\nTZID:Custom Eastern\nBEGIN:STANDARD\nDTSTART:19701101T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700308T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n"
        "END:DAYLIGHT\nEND:VTIMEZONE\n"
    )
    data = _calendar(
        "UID:c@x\nSUMMARY:Custom\nDTSTART;TZID=Custom Eastern:20260302T090000\n"
        "DURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=2",
        head=zone,
    )
    _import(db, data)
    assert [r[1] for r in _agenda(db, date(2026, 3, 1), date(2026, 3, 31))] == [
        datetime(2026, 3, 2, 15, 0),
        datetime(2026, 3, 9, 14, 0),
    ]


ZONES = {
    # zone: wall-clock hours whose Amsterdam time never falls in the hour Amsterdam repeats
    # in October (a naive local time cannot tell its two 02:30s apart)
    "America/New_York": range(6, 19),
    "Asia/Tokyo": [*range(6, 9), *range(11, 22)],
    "UTC": range(6, 22),
}
SWITCHES = [(date(2026, 2, 20), 50), (date(2026, 10, 10), 35)]


@st.composite
def zoned_series(draw: st.DrawFn) -> tuple[str, datetime, str, int]:
    zone = draw(st.sampled_from(sorted(ZONES)))
    first, span = draw(st.sampled_from(SWITCHES))
    day = first + timedelta(days=draw(st.integers(0, span)))
    wall = datetime(day.year, day.month, day.day, draw(st.sampled_from(list(ZONES[zone]))))
    wall = wall.replace(minute=draw(st.sampled_from([0, 15, 30, 45])))
    frequency = draw(st.sampled_from(["DAILY", "WEEKLY"]))
    end = draw(st.sampled_from(["count", "until"]))
    if end == "count":
        rule = f"FREQ={frequency};COUNT={draw(st.integers(1, 40))}"
    else:
        until = wall.date() + timedelta(days=draw(st.integers(0, 60)))
        rule = f"FREQ={frequency};UNTIL={until:%Y%m%d}T235959"
    return zone, wall, rule, draw(st.integers(1, 8)) * 15


@settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(item=zoned_series())
def test_export_import_round_trip_across_both_dst_switches(item) -> None:
    zone, wall, rule, minutes = item
    start = into_local(wall, zone)
    window = (wall.date() - timedelta(days=2), wall.date() + timedelta(days=75))
    folder = Path(tempfile.mkdtemp())
    try:
        source = open_database(folder / "source.sqlite")
        target = open_database(folder / "target.sqlite")
        with source.session() as s:
            nid = _network(s)
            agenda.create_commitment(
                s,
                CommitmentData(
                    network_id=nid,
                    title="Zoned",
                    starts_at=start,
                    duration_minutes=minutes,
                    rrule=rule,
                    timezone=zone,
                ),
            )
            data = ics.export_calendar(s, STAMP)
        before = _agenda(source, *window)
        _import(target, data)
        after = _agenda(target, *window)
        with target.session() as s:
            assert s.scalar(select(Commitment.timezone)) == zone
        source.close()
        target.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    # The series keeps its wall-clock time in its own zone at every occurrence.
    assert {from_local(r[1], zone).time() for r in before} == {wall.time()}
    assert after == before
    # The reference reads the exported file the same way.
    reference = expected(Calendar.from_ical(data), *window)
    ours = {(r[1], r[1] + timedelta(minutes=r[2]), r[0]) for r in after}
    assert set(reference) == ours and all(n == 1 for n in reference.values())
    assert recurring_ical_events is not None


# --- edited occurrences, extra dates, versions ------------------------------------------------


def test_recurrence_id_in_any_form_finds_its_all_day_occurrence(db) -> None:
    data = _calendar(
        "UID:bin@x\nSUMMARY:Bin\nDTSTART;VALUE=DATE:20200914\nDTEND;VALUE=DATE:20200915\n"
        "RRULE:FREQ=WEEKLY;COUNT=4",
        # as a UTC midnight
        "UID:bin@x\nSUMMARY:Bin moved\nRECURRENCE-ID:20200921T000000Z\n"
        "DTSTART;VALUE=DATE:20200922\nDTEND;VALUE=DATE:20200923",
        # as midnight in a Windows zone
        "UID:bin@x\nSUMMARY:Bin\nRECURRENCE-ID;TZID=GMT Standard Time:20200928T000000\n"
        "DTSTART;VALUE=DATE:20200929\nDTEND;VALUE=DATE:20200930",
        # as a date
        "UID:bin@x\nSUMMARY:Bin\nRECURRENCE-ID;VALUE=DATE:20201005\nSTATUS:CANCELLED\n"
        "DTSTART;VALUE=DATE:20201005\nDTEND;VALUE=DATE:20201006",
    )
    _import(db, data)
    assert _agenda(db, date(2020, 9, 1), date(2020, 10, 31)) == [
        ("Bin", datetime(2020, 9, 14, 9, 0), 480, False),
        ("Bin moved", datetime(2020, 9, 22, 9, 0), 480, False),
        ("Bin", datetime(2020, 9, 29, 9, 0), 480, False),
        ("Bin", datetime(2020, 10, 5, 9, 0), 480, True),
    ]


def test_an_occurrence_made_all_day_and_an_rdate_period_keep_their_own_length(db) -> None:
    data = _calendar(
        "UID:s@x\nSUMMARY:Series\nLOCATION:Breda\nDTSTART;TZID=Europe/Amsterdam:20260105T140000\n"
        "DTEND;TZID=Europe/Amsterdam:20260105T150000\nRRULE:FREQ=WEEKLY;COUNT=3\n"
        "RDATE;VALUE=PERIOD:20260108T100000Z/PT3H",
        "UID:s@x\nSUMMARY:Series\nLOCATION:Tilburg\n"
        "RECURRENCE-ID;TZID=Europe/Amsterdam:20260112T140000\n"
        "DTSTART;VALUE=DATE:20260112\nDTEND;VALUE=DATE:20260113",
    )
    _import(db, data)
    with db.session() as s:
        rows = occurrences(s, date(2026, 1, 1), date(2026, 1, 31))
    assert [(r.start, r.minutes, r.location) for r in rows] == [
        (datetime(2026, 1, 5, 14, 0), 60, "Breda"),
        (datetime(2026, 1, 8, 11, 0), 180, "Breda"),  # the period: 10:00Z for 3 hours
        (datetime(2026, 1, 12, 9, 0), 480, "Tilburg"),  # made all-day, elsewhere
        (datetime(2026, 1, 19, 14, 0), 60, "Breda"),
    ]


def test_the_newest_sequence_of_an_event_wins(db) -> None:
    old = "UID:v@x\nSEQUENCE:1\nSUMMARY:Old\nDTSTART:20260105T100000\nDURATION:PT1H"
    new = "UID:v@x\nSEQUENCE:3\nSUMMARY:New\nDTSTART:20260106T100000\nDURATION:PT2H"
    _import(db, _calendar(new, old))
    assert _agenda(db, date(2026, 1, 1), date(2026, 1, 31)) == [
        ("New", datetime(2026, 1, 6, 10, 0), 120, False)
    ]


# --- lenient where the standard allows, per event where it does not -------------------------


def test_missing_uid_gets_a_stable_one_and_a_reimport_finds_it(db) -> None:
    data = _calendar("SUMMARY:Podcast\nDTSTART:20260105T100000Z\nDURATION:PT1H")
    first = _import(db, data)
    second = _import(db, data)
    assert (first.series_added, second.series_added, second.series_skipped) == (1, 0, 1)


def test_lenient_forms_import(db) -> None:
    data = _calendar(
        "UID:a@x\nSUMMARY:Moment\nDTSTART:20260105T100000",  # no end: a moment
        "UID:b@x\nSUMMARY:Same end\nDTSTART;VALUE=DATE:20260106\nDTEND;VALUE=DATE:20260106",
        "UID:c@x\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20260107\nRRULE:",  # empty rule
        "UID:d@x\nSUMMARY:Twice\nDTSTART:20260108T100000\nDURATION:PT1H\n"
        "RRULE:FREQ=DAILY;COUNT=2\nRRULE:FREQ=DAILY;COUNT=2",  # identical rules
    )
    _import(db, data)
    assert _agenda(db, date(2026, 1, 1), date(2026, 1, 31)) == [
        ("Moment", datetime(2026, 1, 5, 10, 0), 1, False),
        ("Same end", datetime(2026, 1, 6, 9, 0), 480, False),
        ("Holiday", datetime(2026, 1, 7, 9, 0), 480, False),
        ("Twice", datetime(2026, 1, 8, 10, 0), 60, False),
        ("Twice", datetime(2026, 1, 9, 10, 0), 60, False),
    ]


def test_what_cannot_be_represented_is_skipped_per_event_with_its_name(db) -> None:
    data = _calendar(
        "UID:good@x\nSUMMARY:Good\nDTSTART:20260105T100000\nDURATION:PT1H",
        "UID:long@x\nSUMMARY:Conference\nDTSTART:20260110T090000\nDTEND:20260122T170000",
        "UID:two@x\nSUMMARY:Two rules\nDTSTART:20260105T100000\nDURATION:PT1H\n"
        "RRULE:FREQ=DAILY;COUNT=2\nRRULE:FREQ=WEEKLY;COUNT=2",
        head="BEGIN:VTODO\r\nUID:t@x\r\nSUMMARY:Taxes\r\nEND:VTODO\r\n",
    )
    with db.session() as s:
        preview = ics.preview_import(s, _network(s), data, TODAY)
    assert [i.series.title for i in preview.items] == ["Good"]
    assert sorted(str(k) for k in preview.skipped) == [
        "'Conference' (2026-01-10 09:00): it lasts longer than 7 days, which zpdesk cannot "
        "hold as one meeting",
        "'Taxes': a task (VTODO), not a meeting",
        "'Two rules' (2026-01-05 10:00): it has two different rules (RRULE), which zpdesk "
        "cannot store",
    ]
    assert all("UID" not in str(k) for k in preview.skipped)


def test_a_file_with_nothing_importable_is_refused_naming_the_event(db) -> None:
    data = _calendar("SUMMARY:Bad\nDTSTART:20261006T090000\nDTEND:yesterday")
    with pytest.raises(ValidationError) as caught, db.session() as s:
        ics.preview_import(s, _network(s), data, TODAY)
    assert str(caught.value).startswith("nothing can be imported: event 'Bad' (2026-10-06 09:00)")


def test_cli_imports_what_it_can_and_lists_the_skipped(db_path, tmp_path, capsys) -> None:
    database = open_database(db_path)
    with database.session() as s:
        _network(s, "Netwerk")
    database.close()
    source = tmp_path / "mixed.ics"
    source.write_text(
        _calendar(
            "UID:good@x\nSUMMARY:Good\nDTSTART:20260105T100000\nDURATION:PT1H",
            "UID:f@x\nSUMMARY:Future\nDTSTART:20260105T100000\nDURATION:PT1H\n"
            "RRULE:FREQ=DAILY;COUNT=3",
            "UID:f@x\nSUMMARY:Future\nRECURRENCE-ID;RANGE=THISANDFUTURE:20260106T100000\n"
            "DTSTART:20260106T110000\nDURATION:PT1H",
        )
    )
    code = main(["import-ics", "--db", str(db_path), "--network", "Netwerk", str(source)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("mixed.ics → Netwerk: added 1 series with 1 occurrences")
    assert lines[1:] == [
        "skipped 1 event that cannot be imported:",
        "  'Future' (2026-01-05 10:00): it changes this and all later dates (RANGE=THISANDFUTURE)",
    ]


# --- big files (issue 15, case 9) -------------------------------------------------------------


def _many(count: int) -> str:
    events = [
        f"UID:ev{i}@big\nSUMMARY:Meeting {i}\nDTSTART:2026{1 + i % 12:02d}{1 + i % 28:02d}"
        f"T{8 + i % 10:02d}0000\nDURATION:PT1H"
        for i in range(count)
    ]
    return _calendar(*events)


def test_998_events_import_and_a_second_import_skips_them_all(db) -> None:
    data = _many(998)
    first = _import(db, data)
    second = _import(db, data)
    assert (first.series_added, second.series_added, second.series_skipped) == (998, 0, 998)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 998


def test_progress_is_reported_and_cancel_writes_nothing(db) -> None:
    seen: list[tuple[int, int]] = []

    def stop_halfway(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000

    with db.session() as s:
        preview = ics.preview_import(s, _network(s), _many(2500), TODAY)
    with pytest.raises(ics.ImportCancelled), db.session() as s:
        ics.apply_import(s, preview, stop_halfway)
    assert seen == [(0, 2500), (1000, 2500)]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 0


def test_a_repeating_all_day_event_of_days_becomes_working_days(db) -> None:
    data = _calendar(
        "UID:wk@x\nSUMMARY:Week\nDTSTART;VALUE=DATE:20240701\nDTEND;VALUE=DATE:20240704\n"
        "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2",
        "UID:wk@x\nSUMMARY:Short\nRECURRENCE-ID;VALUE=DATE:20240715\n"
        "DTSTART;VALUE=DATE:20240716\nDTEND;VALUE=DATE:20240717",
    )
    preview = _import(db, data)
    assert preview.series_added == 1  # one event of the file, kept as one group
    got = _agenda(db, date(2024, 6, 1), date(2024, 8, 31))
    assert got == [
        ("Week", datetime(2024, 7, 1, 9, 0), 480, False),
        ("Week", datetime(2024, 7, 2, 9, 0), 480, False),
        ("Week", datetime(2024, 7, 3, 9, 0), 480, False),
        ("Short", datetime(2024, 7, 16, 9, 0), 480, False),  # the changed one: one day
    ]
    reference = expected(Calendar.from_ical(data), date(2024, 6, 1), date(2024, 8, 31))
    assert set(reference) == {(r[1], r[1] + timedelta(minutes=r[2]), r[0]) for r in got}
    again = _import(db, data)
    assert (again.series_added, again.series_skipped) == (0, 1)
