"""Commitment series, occurrence changes, weekly load, clashes, attendance rate, time log."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from zpdesk.domain.enums import Attendance, CommitmentKind, NetworkKind, TimeActivity
from zpdesk.services import agenda, timelog
from zpdesk.services.agenda import CommitmentData, OccurrenceChange, Scope
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.occurrences import occurrences
from zpdesk.store.models import (
    Commitment,
    CommitmentExdate,
    Network,
    Occurrence,
    TimeEntry,
    UserSettings,
)

pytestmark = [pytest.mark.store, pytest.mark.both_stores]

BREAKFAST = datetime(2026, 9, 1, 7, 30)  # a Tuesday


def _network(session, name: str = "KKP West-Brabant", colour: str = "#e15759") -> int:
    network = Network(name=name, kind=NetworkKind.KNOWLEDGE_NETWORK, colour=colour)
    session.add(network)
    session.flush()
    return network.id


def _breakfast(session, nid: int, /, **changes) -> int:
    data = CommitmentData(
        network_id=nid,
        title="Ontbijtsessie",
        starts_at=BREAKFAST,
        duration_minutes=90,
        kind=CommitmentKind.BREAKFAST,
        rrule="FREQ=WEEKLY;INTERVAL=2",
    )
    for key, value in changes.items():
        data = CommitmentData(**{**data.__dict__, key: value})
    return agenda.create_commitment(session, data)


def _starts(session, date_from: date, date_to: date) -> list[datetime]:
    return [row.start for row in occurrences(session, date_from, date_to)]


def test_create_and_read_back_a_series(db) -> None:
    with db.session() as s:
        nid = _network(s)
        cid = _breakfast(s, nid, location="  Breda  ", rrule="RRULE:freq=weekly;interval=2")
    with db.session() as s:
        record = agenda.commitment(s, cid)
        assert record.uid.endswith("@zpdesk")
        assert record.data.location == "Breda"
        assert record.data.rrule == "FREQ=WEEKLY;INTERVAL=2"
        assert record.first == BREAKFAST and record.last is None
        # September 2026: 1, 15, 29
        assert _starts(s, date(2026, 9, 1), date(2026, 9, 30)) == [
            datetime(2026, 9, 1, 7, 30),
            datetime(2026, 9, 15, 7, 30),
            datetime(2026, 9, 29, 7, 30),
        ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"duration_minutes": 0}, "duration"),
        ({"rrule": "FREQ=SOMETIMES"}, "rrule"),
        ({"rrule": "FREQ=MONTHLY;BYDAY=2TU"}, "starts_at"),  # 1 Sep is the 1st Tuesday
        ({"exdates": (datetime(2026, 9, 8, 7, 30),)}, "exdates"),  # not a date of the series
        ({"rrule": "FREQ=WEEKLY;COUNT=1", "exdates": (BREAKFAST,)}, "exdates"),
        ({"rrule": "", "exdates": (BREAKFAST,)}, "exdates"),
        ({"network_id": 999}, "network_id"),
    ],
)
def test_invalid_series_are_refused_and_nothing_is_saved(db, changes, field) -> None:
    with db.session() as s:
        nid = _network(s)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        _breakfast(s, nid, **changes)
    assert caught.value.field == field
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 0


def test_move_cancel_exclude_and_attendance_of_single_occurrences(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s))
        agenda.move_occurrence(s, cid, datetime(2026, 9, 15, 7, 30), datetime(2026, 9, 16, 8, 0))
        agenda.cancel_occurrence(s, cid, datetime(2026, 9, 29, 7, 30))
        agenda.exclude_occurrence(s, cid, datetime(2026, 10, 13, 7, 30))
        agenda.set_attendance(
            s, cid, datetime(2026, 9, 1, 7, 30), Attendance.LATE, actual_minutes=60, note="file"
        )
    with db.session() as s:
        rows = occurrences(s, date(2026, 9, 1), date(2026, 10, 31))
        assert [(r.start, r.stored_attendance) for r in rows] == [
            (datetime(2026, 9, 1, 7, 30), Attendance.LATE),
            (datetime(2026, 9, 16, 8, 0), Attendance.PLANNED),
            (datetime(2026, 9, 29, 7, 30), Attendance.CANCELLED),
            (datetime(2026, 10, 27, 7, 30), None),  # 13 October excluded
        ]
        assert rows[0].actual_minutes == 60 and rows[0].note == "file"
        # Moving the occurrence back to its own time and planned removes the record.
        agenda.update_occurrence(
            s, cid, datetime(2026, 9, 15, 7, 30), OccurrenceChange(datetime(2026, 9, 15, 7, 30), 90)
        )
        assert s.scalar(select(func.count()).select_from(Occurrence)) == 2
        with pytest.raises(NotFoundError):
            agenda.cancel_occurrence(s, cid, datetime(2026, 9, 8, 7, 30))
        with pytest.raises(ValidationError, match="8 weeks"):
            agenda.move_occurrence(
                s, cid, datetime(2026, 9, 15, 7, 30), datetime(2026, 12, 15, 7, 30)
            )


def test_excluding_the_only_date_of_a_single_meeting_deletes_it(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s), rrule="")
        agenda.exclude_occurrence(s, cid, BREAKFAST)
        assert s.get(Commitment, cid) is None


def test_whole_series_edit_keeps_records_that_follow_the_new_time(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s), exdates=(datetime(2026, 9, 29, 7, 30),))
        agenda.set_attendance(s, cid, datetime(2026, 9, 15, 7, 30), Attendance.ABSENT)
        # The series moves from 07:30 to 08:00 on the same days.
        new_id = agenda.change_series_time(
            s, cid, datetime(2026, 9, 15, 7, 30), Scope.SERIES, time(8, 0), 60
        )
        assert new_id == cid
    with db.session() as s:
        rows = occurrences(s, date(2026, 9, 1), date(2026, 10, 14))
        assert [(r.start, r.minutes, r.stored_attendance) for r in rows] == [
            (datetime(2026, 9, 1, 8, 0), 60, None),
            (datetime(2026, 9, 15, 8, 0), 60, Attendance.ABSENT),
            (datetime(2026, 10, 13, 8, 0), 60, None),  # 29 Sep stays excluded
        ]


def test_whole_series_edit_reports_records_it_must_drop(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s))
        agenda.set_attendance(s, cid, datetime(2026, 9, 15, 7, 30), Attendance.ABSENT)
        record = agenda.commitment(s, cid)
        # Weekly → monthly on the 1st: 15 September no longer exists.
        monthly = CommitmentData(**{**record.data.__dict__, "rrule": "FREQ=MONTHLY"})
        assert agenda.lost_exceptions(s, cid, monthly) == 1
        assert agenda.update_commitment(s, cid, monthly) == 1
        assert s.scalar(select(func.count()).select_from(Occurrence)) == 0


def test_edit_from_a_date_on_splits_the_series(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s))
        agenda.set_attendance(s, cid, datetime(2026, 9, 15, 7, 30), Attendance.ABSENT)
        agenda.cancel_occurrence(s, cid, datetime(2026, 10, 27, 7, 30))
        # From 13 October on the breakfast starts at 08:00.
        new_id = agenda.change_series_time(
            s, cid, datetime(2026, 10, 13, 7, 30), Scope.FOLLOWING, time(8, 0), 90
        )
    with db.session() as s:
        old, new = s.get(Commitment, cid), s.get(Commitment, new_id)
        assert new_id != cid and new.uid != old.uid
        assert old.rrule == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261012T235959"
        assert new.starts_at == datetime(2026, 10, 13, 8, 0)
        rows = occurrences(s, date(2026, 9, 1), date(2026, 11, 10))
        assert [(r.start, r.commitment_id, r.stored_attendance) for r in rows] == [
            (datetime(2026, 9, 1, 7, 30), cid, None),
            (datetime(2026, 9, 15, 7, 30), cid, Attendance.ABSENT),
            (datetime(2026, 9, 29, 7, 30), cid, None),
            (datetime(2026, 10, 13, 8, 0), new_id, None),
            (datetime(2026, 10, 27, 8, 0), new_id, Attendance.CANCELLED),  # record followed
            (datetime(2026, 11, 10, 8, 0), new_id, None),
        ]


def test_split_of_a_counted_series_keeps_the_number_of_dates(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s), rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=6")
        data = agenda.commitment(s, cid).data
        new_id = agenda.split_commitment(
            s,
            cid,
            date(2026, 10, 13),
            CommitmentData(**{**data.__dict__, "starts_at": datetime(2026, 10, 13, 9, 0)}),
        )
        # 1, 15, 29 Sep before the cut; 6 − 3 = 3 left: 13, 27 Oct and 10 Nov at 09:00.
        assert s.get(Commitment, new_id).rrule == "FREQ=WEEKLY;INTERVAL=2;COUNT=3"
        assert _starts(s, date(2026, 9, 1), date(2026, 12, 31))[3:] == [
            datetime(2026, 10, 13, 9, 0),
            datetime(2026, 10, 27, 9, 0),
            datetime(2026, 11, 10, 9, 0),
        ]


def test_end_series_stops_it_from_a_day_on(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s))
        agenda.cancel_occurrence(s, cid, datetime(2026, 10, 27, 7, 30))
        agenda.end_series(s, cid, date(2026, 10, 13))
        assert _starts(s, date(2026, 9, 1), date(2027, 12, 31)) == [
            datetime(2026, 9, 1, 7, 30),
            datetime(2026, 9, 15, 7, 30),
            datetime(2026, 9, 29, 7, 30),
        ]
        assert s.scalar(select(func.count()).select_from(Occurrence)) == 0


def test_delete_series_removes_its_records(db) -> None:
    with db.session() as s:
        cid = _breakfast(s, _network(s), exdates=(datetime(2026, 9, 15, 7, 30),))
        agenda.cancel_occurrence(s, cid, BREAKFAST)
        agenda.delete_commitment(s, cid)
    with db.session() as s:
        for model in (Commitment, CommitmentExdate, Occurrence):
            assert s.scalar(select(func.count()).select_from(model)) == 0


def test_clashes_ignore_cancelled_and_absent(db) -> None:
    with db.session() as s:
        nid = _network(s)
        other = _network(s, "Netwerk Noord", "#59a14f")
        cid = _breakfast(s, nid)  # 07:30–09:00
        clash = agenda.create_commitment(
            s,
            CommitmentData(
                network_id=other,
                title="Projectoverleg",
                starts_at=datetime(2026, 9, 1, 8, 30),
                duration_minutes=60,
                rrule="FREQ=WEEKLY;COUNT=3",
            ),
        )
        # back to back is not a clash: 09:30 starts when the project meeting ends
        agenda.create_commitment(
            s,
            CommitmentData(
                network_id=other,
                title="Koffie",
                starts_at=datetime(2026, 9, 1, 9, 30),
                duration_minutes=30,
            ),
        )
        agenda.cancel_occurrence(s, cid, datetime(2026, 9, 15, 7, 30))
        period = agenda.agenda_period(s, date(2026, 9, 1), date(2026, 9, 30), BREAKFAST)
    # 1 Sep: breakfast 07:30–09:00 and project 08:30–09:30 overlap; 15 Sep is cancelled.
    assert period.clashes == {
        (cid, datetime(2026, 9, 1, 7, 30)): [(clash, datetime(2026, 9, 1, 8, 30))],
        (clash, datetime(2026, 9, 1, 8, 30)): [(cid, datetime(2026, 9, 1, 7, 30))],
    }


def test_weekly_load_against_capacity(db) -> None:
    now = datetime(2026, 9, 3, 12, 0)  # Thursday of ISO week 36 (31 Aug – 6 Sep)
    with db.session() as s:
        s.add(UserSettings(id=1, weekly_capacity_minutes=240))
        nid = _network(s)
        cid = _breakfast(s, nid)  # Tue 1 Sep 07:30, 90 min, internal
        agenda.create_commitment(
            s,
            CommitmentData(
                network_id=nid,
                title="Klantsessie",
                starts_at=datetime(2026, 9, 4, 14, 0),
                duration_minutes=120,
                is_external=True,
            ),
        )
        timelog.create_entry(
            s, timelog.TimeEntryData(nid, date(2026, 9, 2), 45, TimeActivity.PREPARATION)
        )
        agenda.set_attendance(s, cid, BREAKFAST, Attendance.ATTENDED, actual_minutes=100)
        (week,) = agenda.weekly_load(s, date(2026, 9, 1), date(2026, 9, 6), now)
    # scheduled: internal 90 + 45 = 135, external 120 → 255 > 240: over capacity
    assert (week.scheduled_internal, week.scheduled_external) == (135, 120)
    assert week.over_capacity
    # counted: the past breakfast at its actual 100 min + the entry 45; Friday is future
    assert (week.counted_internal, week.counted_external) == (145, 0)
    assert week.iso_week == (2026, 36)
    with db.session() as s:
        agenda.cancel_occurrence(s, cid, BREAKFAST)
        (week,) = agenda.weekly_load(s, date(2026, 9, 1), date(2026, 9, 6), now)
    # cancelled by the network: 45 + 120 = 165 ≤ 240
    assert week.scheduled == 165 and not week.over_capacity and week.counted == 45


def test_attendance_rate_per_network_and_year(db) -> None:
    now = datetime(2026, 10, 1, 12, 0)
    with db.session() as s:
        nid = _network(s)
        cid = _breakfast(s, nid, rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=5")
        # 1 Sep cancelled, 15 Sep absent, 29 Sep late, 13 and 27 Oct in the future
        agenda.cancel_occurrence(s, cid, datetime(2026, 9, 1, 7, 30))
        agenda.set_attendance(s, cid, datetime(2026, 9, 15, 7, 30), Attendance.ABSENT)
        agenda.set_attendance(s, cid, datetime(2026, 9, 29, 7, 30), Attendance.LATE)
        (rate,) = agenda.attendance_rates(s, 2026, now)
    # eligible: 15 and 29 Sep (past, not cancelled) = 2; attended: 29 Sep (late) = 1 → 1/2
    assert (rate.attended, rate.eligible, rate.rate) == (1, 2, Decimal("0.5"))


def test_time_entries_crud(db) -> None:
    with db.session() as s:
        nid = _network(s)
        eid = timelog.create_entry(
            s, timelog.TimeEntryData(nid, date(2026, 9, 2), 30, TimeActivity.TRAVEL, True, " car ")
        )
        timelog.update_entry(
            s, eid, timelog.TimeEntryData(nid, date(2026, 9, 3), 45, TimeActivity.ADMIN)
        )
        row = timelog.entry(s, eid)
        assert (row.on, row.minutes, row.activity, row.is_external) == (
            date(2026, 9, 3),
            45,
            TimeActivity.ADMIN,
            False,
        )
        with pytest.raises(ValidationError):
            timelog.create_entry(s, timelog.TimeEntryData(nid, date(2026, 9, 2), 0))
        timelog.delete_entry(s, eid)
        assert timelog.entries(s, date(2026, 1, 1), date(2026, 12, 31)) == []


def test_week_sheet_saves_changed_cells_in_one_go(db) -> None:
    monday = date(2026, 9, 7)
    with db.session() as s:
        nid = _network(s)
        other = _network(s, "Netwerk Noord", "#59a14f")
        one = timelog.create_entry(
            s, timelog.TimeEntryData(nid, monday, 60, TimeActivity.ACQUISITION, True, "call")
        )
        timelog.create_entry(s, timelog.TimeEntryData(nid, date(2026, 9, 8), 30))
        timelog.create_entry(s, timelog.TimeEntryData(nid, date(2026, 9, 8), 45))
        sheet = timelog.week_sheet(s, date(2026, 9, 10))  # any day of the week
        assert sheet.monday == monday
        row = next(r for r in sheet.rows if r.network_id == nid)
        assert row.minutes == (60, 75, 0, 0, 0, 0, 0)
        result = timelog.save_week_sheet(
            s,
            monday,
            {
                (nid, monday): 90,  # one entry: updated in place (keeps its note)
                (nid, date(2026, 9, 8)): 40,  # 30 + 45 → 40: newest (45) trimmed to 10
                (other, date(2026, 9, 9)): 120,  # new entry with the row's defaults
                (other, date(2026, 9, 10)): 0,  # unchanged
            },
            {other: (TimeActivity.COORDINATION, False)},
        )
        assert (result.created, result.updated, result.deleted) == (1, 2, 0)
        assert timelog.entry(s, one).minutes == 90 and timelog.entry(s, one).note == "call"
        sheet = timelog.week_sheet(s, monday)
        grid = {r.network_id: r.minutes for r in sheet.rows}
        assert grid[nid] == (90, 40, 0, 0, 0, 0, 0)
        assert grid[other] == (0, 0, 120, 0, 0, 0, 0)
    with pytest.raises(ValidationError), db.session() as s:
        timelog.save_week_sheet(s, monday, {(nid, monday): 0, (nid, date(2026, 9, 14)): 30})
    with db.session() as s:  # the bad cell (next week) kept the good one from being saved
        assert s.scalar(select(func.sum(TimeEntry.minutes)).where(TimeEntry.on == monday)) == 90
