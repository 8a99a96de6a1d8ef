"""expand() starts late series nearer the window; the occurrences must not change."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from zpdesk.domain.recurrence import _later_start, expand

pytestmark = pytest.mark.domain

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _reference(start: datetime, rule: str, window_start: datetime, window_end: datetime):
    """What dateutil gives when it walks the rule from its real start."""
    found = rrulestr(rule, dtstart=start).between(window_start, window_end, inc=True)
    return [s for s in found if s < window_end]


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    interval = draw(st.integers(1, 4))
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if freq in ("WEEKLY", "DAILY") and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    if freq == "MONTHLY":
        choice = draw(st.sampled_from(["none", "nth", "monthday", "setpos"]))
        if choice == "nth":
            parts.append(
                f"BYDAY={draw(st.sampled_from([1, 2, 3, 4, -1]))}{draw(st.sampled_from(DAYS))}"
            )
        elif choice == "monthday":
            parts.append(f"BYMONTHDAY={draw(st.sampled_from([1, 15, 28, 31, -1]))}")
        elif choice == "setpos":
            parts.append("BYDAY=MO,TU,WE,TH,FR;BYSETPOS=" + str(draw(st.sampled_from([1, -1]))))
    if freq == "YEARLY" and draw(st.booleans()):
        parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
        if draw(st.booleans()):
            parts.append(f"BYDAY={draw(st.sampled_from([1, 2, -1]))}{draw(st.sampled_from(DAYS))}")
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(DAYS))}")
    ending = draw(st.sampled_from(["none", "until", "count"]))
    if ending == "until":
        until = datetime(2016, 1, 1) + timedelta(days=draw(st.integers(0, 4000)))
        parts.append("UNTIL=" + until.strftime("%Y%m%dT%H%M%S"))
    elif ending == "count":
        parts.append(f"COUNT={draw(st.integers(1, 300))}")
    return ";".join(parts)


@settings(deadline=None)
@given(
    rule=rules(),
    start_day=st.integers(0, 3650),
    start_minutes=st.sampled_from([0, 450, 1140]),
    offset_days=st.integers(-40, 4000),
    length_days=st.integers(1, 400),
)
def test_expand_gives_what_walking_from_the_start_gives(
    rule: str, start_day: int, start_minutes: int, offset_days: int, length_days: int
) -> None:
    start = datetime(2015, 1, 1) + timedelta(days=start_day, minutes=start_minutes)
    window_start = start + timedelta(days=offset_days, hours=5)
    window_end = window_start + timedelta(days=length_days)
    assert expand(start, rule, window_start, window_end) == _reference(
        start, rule, window_start, window_end
    )


def test_a_ten_year_old_weekly_series_starts_walking_near_the_window() -> None:
    # 2016-01-04 is a Monday; weekly every 2 weeks: 2026-03-02 is 3,710 days later
    # = 265 fortnights exactly, the last whole period before 2026-03-10.
    start = datetime(2016, 1, 4, 7, 30)
    moved = _later_start(start, "FREQ=WEEKLY;INTERVAL=2", datetime(2026, 3, 10))
    assert moved == datetime(2026, 3, 2, 7, 30)
    assert expand(start, "FREQ=WEEKLY;INTERVAL=2", datetime(2026, 3, 1), datetime(2026, 3, 31)) == [
        datetime(2026, 3, 2, 7, 30),
        datetime(2026, 3, 16, 7, 30),
        datetime(2026, 3, 30, 7, 30),
    ]


@pytest.mark.parametrize(
    ("start", "rule"),
    [
        (datetime(2016, 1, 31, 9), "FREQ=MONTHLY"),  # the 31st is not in every month
        (datetime(2016, 2, 29, 9), "FREQ=YEARLY"),  # nor 29 February in every year
        (datetime(2016, 1, 4, 9), "FREQ=WEEKLY;COUNT=600"),  # counts from the real start
        (datetime(2016, 1, 4, 9), "FREQ=HOURLY;INTERVAL=5"),
    ],
)
def test_rules_that_cannot_move_keep_their_start(start: datetime, rule: str) -> None:
    assert _later_start(start, rule, datetime(2026, 6, 1)) == start
