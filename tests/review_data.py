"""A small, hand-computable data set for the yearly review (used by several test modules).

Networks (year under review: 2025; "now" is 2026-06-01 so all of 2025 lies in the past):
- A "Adviespool": network organisation, joined 2023-03-01, 10 % commission, fee € 600.
- B "Kenniskring": knowledge network, joined 2022-01-01, fee € 150, LEFT 2025-06-30 (ended).
- C "Zorgproject": joined 2025-09-01, nothing recorded (a row of zeros).
- D "Oud netwerk": joined 2019-01-01, left 2023-12-31 (absent from 2025).
- E "Nieuwe kring": joins 2026-03-01, but a referral given into it on 2025-11-11 (data in 2025).
- own acquisition: engagements without a network.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from zpdesk.domain.enums import (
    Attendance,
    Decision,
    Direction,
    EngagementStatus,
    ExpectationArea,
    ExpenseCategory,
    NetworkKind,
    NetworkStatus,
    Route,
    TimeActivity,
)
from zpdesk.services import review, work
from zpdesk.services.work import EngagementInput, ExpenseInput, ReferralInput, RevenueLine
from zpdesk.store.models import (
    CheckIn,
    Commitment,
    Expectation,
    Network,
    Occurrence,
    Person,
    TimeEntry,
)

NOW = datetime(2026, 6, 1, 12, 0)


def build(session) -> dict[str, int]:  # noqa: ANN001 - a Session
    """Write the data set; returns the ids by short name."""
    a = Network(
        name="Adviespool",
        kind=NetworkKind.NETWORK_ORGANISATION,
        joined_on=date(2023, 3, 1),
        annual_fee_cents=60000,
        commission_pct=Decimal("10"),
        colour="#e15759",
    )
    b = Network(
        name="Kenniskring",
        kind=NetworkKind.KNOWLEDGE_NETWORK,
        joined_on=date(2022, 1, 1),
        left_on=date(2025, 6, 30),
        status=NetworkStatus.ENDED,
        annual_fee_cents=15000,
    )
    c = Network(
        name="Zorgproject", kind=NetworkKind.PROJECT_COLLABORATION, joined_on=date(2025, 9, 1)
    )
    d = Network(
        name="Oud netwerk",
        kind=NetworkKind.REFERRAL_GROUP,
        joined_on=date(2019, 1, 1),
        left_on=date(2023, 12, 31),
        status=NetworkStatus.ENDED,
    )
    e = Network(name="Nieuwe kring", kind=NetworkKind.OTHER, joined_on=date(2026, 3, 1))
    p1 = Person(name="Petra Jansen")
    session.add_all([a, b, c, d, e, p1])
    session.flush()

    # A: E1 referral received 2024-11-01, revenue spread over 2024 (2 000) and 2025 (3 000)
    work.save_engagement(
        session,
        EngagementInput(
            title="Interim HR",
            client="Gemeente Breda",
            start_on=date(2024, 11, 1),
            network_id=a.id,
            via_person_id=p1.id,
            route=Route.REFERRAL_RECEIVED,
            revenue=[
                RevenueLine(date(2024, 12, 15), 200000),
                RevenueLine(date(2025, 1, 20), 300000),
            ],
        ),
    )
    # A: E2 joint assignment with a 5 % commission override
    work.save_engagement(
        session,
        EngagementInput(
            title="Verandertraject",
            client="Zorggroep West",
            start_on=date(2025, 3, 1),
            network_id=a.id,
            route=Route.JOINT_ASSIGNMENT,
            commission_pct_override=Decimal("5"),
            revenue=[
                RevenueLine(date(2025, 4, 30), 100000),
                RevenueLine(date(2025, 6, 30), 150000),
            ],
        ),
    )
    # A: E3 referral received 2025-09-01, its only revenue falls in 2026 (700)
    work.save_engagement(
        session,
        EngagementInput(
            title="Teamcoaching",
            client="Bouwbedrijf Oost",
            start_on=date(2025, 9, 1),
            network_id=a.id,
            route=Route.REFERRAL_RECEIVED,
            revenue=[RevenueLine(date(2026, 2, 1), 70000)],
        ),
    )
    # own acquisition: E4 (no commission) and E5 (an outside referral, 2 % to the referrer)
    work.save_engagement(
        session,
        EngagementInput(
            title="Workshop",
            client="Provincie",
            start_on=date(2025, 2, 1),
            revenue=[RevenueLine(date(2025, 3, 31), 400000)],
        ),
    )
    work.save_engagement(
        session,
        EngagementInput(
            title="Advies",
            client="Stichting Noord",
            start_on=date(2025, 10, 1),
            status=EngagementStatus.DONE,
            route=Route.REFERRAL_RECEIVED,
            commission_pct_override=Decimal("2"),
            revenue=[RevenueLine(date(2025, 10, 31), 100000)],
        ),
    )

    # fees: A 2023..2025, B 2022..2025 (left 2025)
    for fee in work.expected_fees(session, 2022, 2025):
        assert fee.network_id in (a.id, b.id)
        work.book_fee(session, fee, fee.on, fee.amount_cents)
    work.save_expense(
        session,
        ExpenseInput(a.id, date(2025, 5, 10), 4550, ExpenseCategory.EVENT),
    )
    work.save_expense(
        session,
        ExpenseInput(b.id, date(2025, 3, 4), 1230, ExpenseCategory.TRAVEL),
    )

    session.add_all(
        [
            TimeEntry(
                network_id=a.id, on=date(2025, 2, 3), minutes=120, activity=TimeActivity.ACQUISITION
            ),
            TimeEntry(network_id=a.id, on=date(2024, 12, 1), minutes=60),
        ]
    )

    # A: monthly meeting Jan/Feb/Mar 2025, 120 min; Feb absent, Mar took 150 min
    meeting = Commitment(
        network_id=a.id,
        uid="a-meeting@test",
        title="Ledenavond",
        starts_at=datetime(2025, 1, 15, 18, 0),
        duration_minutes=120,
        rrule="FREQ=MONTHLY;COUNT=3",
    )
    # B: biweekly breakfast 2025-01-07 .. 2025-06-24 (13 times), 90 min
    breakfast = Commitment(
        network_id=b.id,
        uid="b-breakfast@test",
        title="Ontbijtsessie",
        starts_at=datetime(2025, 1, 7, 7, 30),
        duration_minutes=90,
        rrule="FREQ=WEEKLY;INTERVAL=2;UNTIL=20250630T000000",
    )
    session.add_all([meeting, breakfast])
    session.flush()
    session.add_all(
        [
            Occurrence(
                commitment_id=meeting.id,
                original_start=datetime(2025, 2, 15, 18, 0),
                attendance=Attendance.ABSENT,
            ),
            Occurrence(
                commitment_id=meeting.id,
                original_start=datetime(2025, 3, 15, 18, 0),
                actual_minutes=150,
            ),
            Occurrence(
                commitment_id=breakfast.id,
                original_start=datetime(2025, 1, 21, 7, 30),
                attendance=Attendance.CANCELLED,
            ),
            Occurrence(
                commitment_id=breakfast.id,
                original_start=datetime(2025, 2, 4, 7, 30),
                attendance=Attendance.SUBSTITUTE,
            ),
            Occurrence(
                commitment_id=breakfast.id,
                original_start=datetime(2025, 4, 1, 7, 30),
                attendance=Attendance.LATE,
                actual_minutes=60,
            ),
        ]
    )

    # referrals given
    for data in (
        ReferralInput(
            date(2025, 7, 1),
            to_person_id=p1.id,
            network_id=a.id,
            client="X",
            estimated_value_cents=80000,
        ),
        ReferralInput(
            date(2024, 5, 1),
            to_person_id=p1.id,
            network_id=a.id,
            client="Y",
            estimated_value_cents=50000,
        ),
        ReferralInput(date(2025, 11, 11), network_id=e.id, client="Z", estimated_value_cents=25000),
        ReferralInput(date(2025, 8, 8), client="W", estimated_value_cents=30000),
    ):
        work.save_referral(session, data)

    # expectations of A
    def expectation(
        network: Network,
        importance: int,
        opened: date,
        retired: date | None,
        checkins: list[tuple[date, int]],
    ) -> None:
        item = Expectation(
            network_id=network.id,
            direction=Direction.GET,
            area=ExpectationArea.WORK_REFERRALS,
            statement=f"expectation {importance} {opened}",
            importance=importance,
            opened_on=opened,
            retired_on=retired,
        )
        session.add(item)
        session.flush()
        session.add_all([CheckIn(expectation_id=item.id, on=on, score=s) for on, s in checkins])

    expectation(
        a,
        4,
        date(2024, 1, 1),
        None,
        [(date(2025, 3, 1), 3), (date(2025, 11, 1), 5), (date(2026, 1, 10), 1)],
    )
    expectation(a, 2, date(2025, 2, 1), None, [(date(2025, 6, 1), 2)])
    expectation(a, 5, date(2024, 1, 1), date(2025, 12, 31), [(date(2024, 10, 1), 1)])
    expectation(a, 3, date(2025, 6, 1), None, [])
    expectation(b, 3, date(2022, 1, 1), None, [(date(2024, 6, 1), 5)])

    review.set_decision(session, a.id, 2025, Decision.RENEGOTIATE, "Lower the cut")
    session.flush()
    return {"A": a.id, "B": b.id, "C": c.id, "D": d.id, "E": e.id, "P1": p1.id}
