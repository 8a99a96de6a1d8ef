"""The counting rule for occurrences and the basic expansion."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from zpdesk.domain.enums import Attendance, NetworkKind
from zpdesk.domain.fulfilment import fulfilment
from zpdesk.domain.recurrence import expand
from zpdesk.services.occurrences import occurrences
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence

pytestmark = pytest.mark.both_stores  # conftest: db on a file and on a server


@pytest.mark.domain
def test_biweekly_expansion_keeps_wall_clock_time_across_dst() -> None:
    starts = expand(
        datetime(2026, 3, 18, 7, 30),
        "FREQ=WEEKLY;INTERVAL=2",
        datetime(2026, 3, 1),
        datetime(2026, 4, 16),
    )
    assert starts == [
        datetime(2026, 3, 18, 7, 30),
        datetime(2026, 4, 1, 7, 30),
        datetime(2026, 4, 15, 7, 30),
    ]


@pytest.mark.domain
def test_fulfilment_is_importance_weighted() -> None:
    # (5*(4-1)/4 + 1*(1-1)/4) / 6 = 3.75/6 = 0.625; never-checked expectations do not count
    assert fulfilment([(5, 4), (1, 1), (3, None)]) == Decimal("0.625")
    assert fulfilment([(3, None)]) is None


@pytest.mark.store
def test_exceptions_moves_and_counting(db) -> None:
    with db.session() as s:
        network = Network(name="KKP", kind=NetworkKind.KNOWLEDGE_NETWORK)
        s.add(network)
        s.flush()
        c = Commitment(
            network_id=network.id,
            uid="a@zpdesk",
            title="Ontbijt",
            starts_at=datetime(2025, 1, 7, 7, 30),
            duration_minutes=90,
            rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=4",
        )
        s.add(c)
        s.flush()
        s.add(CommitmentExdate(commitment_id=c.id, original_start=datetime(2025, 1, 21, 7, 30)))
        s.add(
            Occurrence(
                commitment_id=c.id,
                original_start=datetime(2025, 1, 7, 7, 30),
                attendance=Attendance.ABSENT,
            )
        )
        s.add(
            Occurrence(
                commitment_id=c.id,
                original_start=datetime(2025, 2, 4, 7, 30),
                moved_start=datetime(2025, 2, 5, 8, 0),
                actual_minutes=60,
            )
        )
    with db.session() as s:
        rows = occurrences(s, date(2025, 1, 1), date(2025, 2, 28))
    # COUNT=4 every two weeks: Jan 7 (absent), Jan 21 (excluded), Feb 4 (moved to Feb 5 08:00)
    assert [r.start for r in rows] == [
        datetime(2025, 1, 7, 7, 30),
        datetime(2025, 2, 5, 8, 0),
        datetime(2025, 2, 18, 7, 30),
    ]
    now = datetime(2025, 2, 10, 12, 0)
    assert [r.attendance(now) for r in rows] == [
        Attendance.ABSENT,
        Attendance.ATTENDED,
        Attendance.PLANNED,
    ]
    assert [r.counted_minutes(now) for r in rows] == [0, 60, 0]
    assert rows[1].is_moved and rows[1].original_start == datetime(2025, 2, 4, 7, 30)
