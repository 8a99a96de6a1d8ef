"""Recurrence rules against hand-computed dates (python-dateutil in local wall-clock time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from zpdesk.domain.recurrence import (
    UTC,
    Frequency,
    MonthlyMode,
    RecurrenceError,
    RecurrenceSpec,
    count_before,
    expand,
    first_occurrence,
    is_occurrence,
    last_occurrence,
    localise_until,
    parse_rule,
    to_aware,
    to_local,
    utc_until,
    validate_rule,
    weekday_ordinal,
    with_until,
)

pytestmark = pytest.mark.domain

YEAR_START, YEAR_END = datetime(2026, 1, 1), datetime(2027, 1, 1)


def test_weekly_sunday_meeting_across_the_switch_to_summer_time() -> None:
    # Summer time starts on Sunday 29 March 2026 at 02:00 (last Sunday of March).
    starts = expand(datetime(2026, 3, 22, 10, 0), "FREQ=WEEKLY;COUNT=3", YEAR_START, YEAR_END)
    assert starts == [
        datetime(2026, 3, 22, 10, 0),
        datetime(2026, 3, 29, 10, 0),  # the switch day: still 10:00 on the wall clock
        datetime(2026, 4, 5, 10, 0),
    ]
    # 10:00 CET is 09:00 UTC; 10:00 CEST is 08:00 UTC.
    assert [to_aware(s).astimezone(UTC).hour for s in starts] == [9, 8, 8]


def test_weekly_sunday_meeting_across_the_switch_back_to_winter_time() -> None:
    # Winter time returns on Sunday 25 October 2026 at 03:00 (last Sunday of October).
    starts = expand(datetime(2026, 10, 18, 10, 0), "FREQ=WEEKLY;COUNT=3", YEAR_START, YEAR_END)
    assert starts == [
        datetime(2026, 10, 18, 10, 0),
        datetime(2026, 10, 25, 10, 0),
        datetime(2026, 11, 1, 10, 0),
    ]
    # 10:00 CEST = 08:00 UTC; from 25 October 10:00 CET = 09:00 UTC.
    assert [to_aware(s).astimezone(UTC).hour for s in starts] == [8, 9, 9]
    assert [to_local(to_aware(s).astimezone(UTC)) for s in starts] == starts


def test_biweekly_breakfast_over_both_switches() -> None:
    # Every two weeks on Tuesday from 17 March: 17 and 31 March (after the March switch),
    # 17 March + 30 weeks = 13 October (CEST), then 27 October (CET): always 07:30 local.
    starts = expand(datetime(2026, 3, 17, 7, 30), "FREQ=WEEKLY;INTERVAL=2", YEAR_START, YEAR_END)
    assert starts[:2] == [datetime(2026, 3, 17, 7, 30), datetime(2026, 3, 31, 7, 30)]
    assert datetime(2026, 10, 13, 7, 30) in starts
    assert datetime(2026, 10, 27, 7, 30) in starts
    assert {s.time().isoformat() for s in starts} == {"07:30:00"}
    # 17 March to 22 December is 280 days = 40 weeks: 40 / 2 + 1 = 21 occurrences
    assert len(starts) == 21 and starts[-1] == datetime(2026, 12, 22, 7, 30)


def test_every_second_tuesday() -> None:
    # Jan 2026 starts on a Thursday: Tuesdays 6, 13 → 13. Feb/Mar start on Sunday: 3, 10 → 10.
    # Apr starts on Wednesday: 7, 14 → 14. May starts on Friday: 5, 12 → 12. June: 2, 9 → 9.
    starts = expand(
        datetime(2026, 1, 13, 19, 0), "FREQ=MONTHLY;BYDAY=2TU", YEAR_START, datetime(2026, 7, 1)
    )
    assert [s.date() for s in starts] == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
        date(2026, 4, 14),
        date(2026, 5, 12),
        date(2026, 6, 9),
    ]


def test_last_friday() -> None:
    # Last days: 31 Jan is a Saturday → 30; 28 Feb Saturday → 27; 31 Mar Tuesday → 27;
    # 30 Apr Thursday → 24; 31 May Sunday → 29; 30 Jun Tuesday → 26.
    starts = expand(
        datetime(2026, 1, 30, 16, 0), "FREQ=MONTHLY;BYDAY=-1FR", YEAR_START, datetime(2026, 7, 1)
    )
    assert [s.day for s in starts] == [30, 27, 27, 24, 29, 26]


def test_until_and_count_end_the_series_on_the_same_day() -> None:
    start = datetime(2026, 10, 6, 9, 0)
    by_until = expand(start, "FREQ=WEEKLY;UNTIL=20261020T235959", YEAR_START, YEAR_END)
    by_count = expand(start, "FREQ=WEEKLY;COUNT=3", YEAR_START, YEAR_END)
    assert by_until == by_count == [start, start + timedelta(days=7), start + timedelta(days=14)]
    assert last_occurrence(start, "FREQ=WEEKLY;COUNT=3") == datetime(2026, 10, 20, 9, 0)
    assert last_occurrence(start, "FREQ=WEEKLY") is None


def test_exdates_are_left_out() -> None:
    start = datetime(2026, 10, 6, 9, 0)
    starts = expand(
        start, "FREQ=WEEKLY;COUNT=4", YEAR_START, YEAR_END, exdates=[datetime(2026, 10, 13, 9, 0)]
    )
    assert starts == [start, datetime(2026, 10, 20, 9, 0), datetime(2026, 10, 27, 9, 0)]


def test_window_is_half_open_and_single_meetings_work() -> None:
    start = datetime(2026, 10, 6, 9, 0)
    assert expand(start, "FREQ=DAILY", start, start + timedelta(days=2)) == [
        start,
        start + timedelta(days=1),
    ]
    assert expand(start, "", start, start + timedelta(minutes=1)) == [start]
    assert expand(start, "", start + timedelta(minutes=1), YEAR_END) == []


def test_unaligned_start_is_not_an_occurrence_in_dateutil() -> None:
    # 5 October 2026 is a Monday; the 2nd Tuesday of October is the 13th.
    assert first_occurrence(datetime(2026, 10, 5, 9, 0), "FREQ=MONTHLY;BYDAY=2TU") == datetime(
        2026, 10, 13, 9, 0
    )


def test_count_before_and_is_occurrence() -> None:
    start = datetime(2026, 9, 1, 7, 30)
    rule = "FREQ=WEEKLY;INTERVAL=2"
    # 1, 15, 29 September before 1 October
    assert count_before(start, rule, datetime(2026, 10, 1)) == 3
    assert is_occurrence(start, rule, datetime(2026, 9, 15, 7, 30))
    assert not is_occurrence(start, rule, datetime(2026, 9, 8, 7, 30))
    assert not is_occurrence(start, rule, datetime(2026, 9, 15, 8, 0))


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SOMETIMES",
        "INTERVAL=2",
        "FREQ=WEEKLY;COUNT=3;UNTIL=20261231T000000",
        "FREQ=HOURLY",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;INTERVAL=two",
        "garbage",
    ],
)
def test_bad_rules_are_refused_with_a_message(rule: str) -> None:
    with pytest.raises(RecurrenceError, match="not a valid recurrence rule"):
        validate_rule(rule, datetime(2026, 10, 6, 9, 0))


def test_until_is_stored_local_and_exported_in_utc() -> None:
    # 31 Dec 23:59:59 CET (UTC+1) is 22:59:59 UTC; 1 Jul 23:59:59 CEST (UTC+2) is 21:59:59 UTC.
    assert utc_until("FREQ=WEEKLY;UNTIL=20261231T235959") == "FREQ=WEEKLY;UNTIL=20261231T225959Z"
    assert utc_until("FREQ=WEEKLY;UNTIL=20260701T235959") == "FREQ=WEEKLY;UNTIL=20260701T215959Z"
    assert localise_until("FREQ=WEEKLY;UNTIL=20261231T225959Z") == (
        "FREQ=WEEKLY;UNTIL=20261231T235959"
    )
    # a date-only UNTIL means the end of that day
    assert localise_until("FREQ=DAILY;UNTIL=20261231") == "FREQ=DAILY;UNTIL=20261231T235959"
    assert with_until("FREQ=WEEKLY;COUNT=10", date(2026, 11, 30)) == (
        "FREQ=WEEKLY;UNTIL=20261130T235959"
    )


def test_spec_builds_the_rules_the_builder_offers() -> None:
    tuesday = datetime(2026, 10, 13, 19, 0)  # the 2nd Tuesday of October
    friday = datetime(2026, 10, 30, 16, 0)  # the last Friday of October
    assert RecurrenceSpec().to_rule(tuesday) == ""
    assert RecurrenceSpec(Frequency.DAILY, count=5).to_rule(tuesday) == "FREQ=DAILY;COUNT=5"
    assert (
        RecurrenceSpec(Frequency.WEEKLY, interval=2, weekdays=(1,)).to_rule(tuesday)
        == "FREQ=WEEKLY;INTERVAL=2"
    )
    assert (
        RecurrenceSpec(Frequency.WEEKLY, weekdays=(1, 3)).to_rule(tuesday)
        == "FREQ=WEEKLY;BYDAY=TU,TH"
    )
    assert (
        RecurrenceSpec(Frequency.MONTHLY, monthly_mode=MonthlyMode.WEEKDAY, ordinal=2).to_rule(
            tuesday
        )
        == "FREQ=MONTHLY;BYDAY=2TU"
    )
    assert (
        RecurrenceSpec(Frequency.MONTHLY, monthly_mode=MonthlyMode.WEEKDAY, ordinal=-1).to_rule(
            friday
        )
        == "FREQ=MONTHLY;BYDAY=-1FR"
    )
    assert (
        RecurrenceSpec(Frequency.MONTHLY, until=date(2027, 6, 30)).to_rule(tuesday)
        == "FREQ=MONTHLY;BYMONTHDAY=13;UNTIL=20270630T235959"
    )
    assert RecurrenceSpec(Frequency.YEARLY).to_rule(tuesday) == "FREQ=YEARLY"
    with pytest.raises(RecurrenceError):
        RecurrenceSpec(Frequency.WEEKLY, until=date(2027, 1, 1), count=3).to_rule(tuesday)
    with pytest.raises(RecurrenceError):
        RecurrenceSpec(Frequency.WEEKLY, until=date(2026, 1, 1)).to_rule(tuesday)


@pytest.mark.parametrize(
    "spec",
    [
        RecurrenceSpec(),
        RecurrenceSpec(Frequency.DAILY, interval=3, count=10),
        RecurrenceSpec(Frequency.WEEKLY, interval=2, weekdays=(1,)),
        RecurrenceSpec(Frequency.WEEKLY, weekdays=(0, 1, 4), until=date(2027, 3, 1)),
        RecurrenceSpec(Frequency.MONTHLY, monthly_mode=MonthlyMode.DAY_OF_MONTH),
        RecurrenceSpec(Frequency.MONTHLY, monthly_mode=MonthlyMode.WEEKDAY, ordinal=2),
        RecurrenceSpec(Frequency.YEARLY, count=4),
    ],
)
def test_parse_rule_reads_back_what_the_builder_wrote(spec: RecurrenceSpec) -> None:
    tuesday = datetime(2026, 10, 13, 19, 0)
    assert parse_rule(spec.to_rule(tuesday), tuesday) == spec


def test_parse_rule_gives_up_on_rules_the_builder_cannot_show() -> None:
    start = datetime(2026, 10, 13, 19, 0)
    assert parse_rule("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", start) is None
    assert parse_rule("FREQ=YEARLY;BYMONTH=3,9", start) is None
    assert parse_rule("FREQ=MONTHLY;BYDAY=3TU", start) is None  # start is the 2nd Tuesday


def test_weekday_ordinal() -> None:
    assert weekday_ordinal(date(2026, 10, 13)) == 2
    assert weekday_ordinal(date(2026, 10, 30)) == -1  # 30 October is the 5th (last) Friday
    assert weekday_ordinal(date(2026, 10, 1)) == 1
