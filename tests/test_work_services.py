"""Engagements, revenue, referrals and expenses through the services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from zpdesk.domain.enums import ExpenseCategory, NetworkKind, Route
from zpdesk.services import work
from zpdesk.services.errors import ValidationError
from zpdesk.services.work import EngagementInput, ExpenseInput, ReferralInput, RevenueLine
from zpdesk.store.models import Expense, Network, Person

pytestmark = [pytest.mark.store, pytest.mark.both_stores]


@pytest.fixture
def network_id(db) -> int:  # noqa: ANN001
    with db.session() as session:
        network = Network(
            name="Adviespool",
            kind=NetworkKind.NETWORK_ORGANISATION,
            joined_on=date(2023, 3, 15),
            annual_fee_cents=60000,
            commission_pct=Decimal("12.5"),
        )
        session.add(network)
        session.flush()
        return network.id


def test_list_engagements_totals_commission_and_names(db, network_id: int) -> None:
    with db.session() as session:
        person = Person(name="Petra")
        session.add(person)
        session.flush()
        first = work.save_engagement(
            session,
            EngagementInput(
                title="Interim",
                client="Breda",
                start_on=date(2025, 1, 1),
                network_id=network_id,
                via_person_id=person.id,
                route=Route.REFERRAL_RECEIVED,
                minutes_spent=90,
                revenue=[RevenueLine(date(2025, 1, 31), 100001), RevenueLine(date(2025, 2, 28), 1)],
            ),
        )
        work.save_engagement(
            session,
            EngagementInput(
                title="Eigen",
                start_on=date(2025, 3, 1),
                commission_pct_override=Decimal("2.5"),
                revenue=[],
            ),
        )
        rows = work.list_engagements(session)
    assert [r.title for r in rows] == ["Eigen", "Interim"]  # newest first
    interim = rows[1]
    assert interim.id == first
    assert (interim.network_name, interim.person_name) == ("Adviespool", "Petra")
    # 1 000.01 + 0.01 = 1 000.02 at the network's 12.5 % = 125.0025 euros, exact
    assert interim.revenue_cents == 100002
    assert interim.commission_pct == Decimal("12.5")
    assert interim.commission_cents == Decimal("12500.25")
    assert interim.minutes_spent == 90
    assert rows[0].commission_pct == Decimal("2.5") and rows[0].revenue_cents == 0


def test_revenue_lines_are_synced(db, network_id: int) -> None:
    with db.session() as session:
        eid = work.save_engagement(
            session,
            EngagementInput(
                title="X",
                start_on=date(2025, 1, 1),
                revenue=[RevenueLine(date(2025, 1, 2), 100), RevenueLine(date(2025, 1, 3), 200)],
            ),
        )
    with db.session() as session:
        data = work.get_engagement(session, eid)
        kept = data.revenue[1]
        kept.amount_cents = 250
        data.revenue = [kept, RevenueLine(date(2025, 2, 1), 300)]
        work.save_engagement(session, data)
    with db.session() as session:
        lines = work.get_engagement(session, eid).revenue
    assert [(line.on, line.amount_cents) for line in lines] == [
        (date(2025, 1, 3), 250),
        (date(2025, 2, 1), 300),
    ]
    assert lines[0].id == kept.id


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"end_on": date(2024, 12, 31)}, "end_on"),
        ({"route": Route.OWN_ACQUISITION, "network_id": 1}, "route"),
        ({"route": Route.JOINT_ASSIGNMENT}, "network_id"),
        ({"commission_pct_override": Decimal("100.5")}, "commission"),
        ({"commission_pct_override": Decimal("1.234")}, "commission"),
        ({"revenue": [RevenueLine(date(2025, 1, 1), -5)]}, "amount"),
    ],
)
def test_engagement_validation(db, network_id: int, changes: dict, field: str) -> None:
    data = EngagementInput(title="T", start_on=date(2025, 1, 1))
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as info, db.session() as session:
        work.save_engagement(session, data)
    assert info.value.field == field


def test_repeat_yearly_fee_is_idempotent(db, network_id: int) -> None:
    with db.session() as session:
        # joined 15 March 2023 → fees for 2023 (dated on joining), 2024, 2025
        assert work.repeat_yearly_fee(session, network_id, date(2025, 6, 1)) == [2023, 2024, 2025]
    with db.session() as session:
        assert work.repeat_yearly_fee(session, network_id, date(2025, 6, 1)) == []
        assert work.repeat_yearly_fee(session, network_id, date(2026, 1, 2)) == [2026]
        fees = session.execute(select(Expense.on, Expense.fee_year, Expense.amount_cents)).all()
    assert sorted(fees) == [
        (date(2023, 3, 15), 2023, 60000),
        (date(2024, 1, 1), 2024, 60000),
        (date(2025, 1, 1), 2025, 60000),
        (date(2026, 1, 1), 2026, 60000),
    ]


def test_repeat_fee_stops_at_leaving_and_needs_joining_date_and_fee(db, network_id: int) -> None:
    with db.session() as session:
        network = session.get(Network, network_id)
        network.left_on = date(2024, 5, 1)
    with db.session() as session:
        assert work.repeat_yearly_fee(session, network_id, date(2026, 1, 1)) == [2023, 2024]
        network = session.get(Network, network_id)
        network.joined_on = None
        network.left_on = None
    with pytest.raises(ValidationError), db.session() as session:
        work.repeat_yearly_fee(session, network_id, date(2026, 1, 1))
    with db.session() as session:
        network = session.get(Network, network_id)
        network.joined_on = date(2023, 1, 1)
        network.annual_fee_cents = 0
    with pytest.raises(ValidationError), db.session() as session:
        work.repeat_yearly_fee(session, network_id, date(2026, 1, 1))


def test_a_manual_fee_counts_for_its_year(db, network_id: int) -> None:
    with db.session() as session:
        work.save_expense(
            session,
            ExpenseInput(network_id, date(2024, 2, 1), 55000, ExpenseCategory.MEMBERSHIP_FEE),
        )
        other = work.save_expense(
            session, ExpenseInput(network_id, date(2024, 3, 1), 1000, ExpenseCategory.EVENT)
        )
        assert work.repeat_yearly_fee(session, network_id, date(2025, 6, 1)) == [2023, 2025]
    with pytest.raises(ValidationError), db.session() as session:
        data = work.get_expense(session, other)
        data.category = ExpenseCategory.MEMBERSHIP_FEE
        work.save_expense(session, data)
    with db.session() as session:
        rows = work.list_expenses(session, network_id)
    assert [(r.on.year, r.category, r.fee_year) for r in rows] == [
        (2025, ExpenseCategory.MEMBERSHIP_FEE, 2025),
        (2024, ExpenseCategory.EVENT, None),
        (2024, ExpenseCategory.MEMBERSHIP_FEE, 2024),
        (2023, ExpenseCategory.MEMBERSHIP_FEE, 2023),
    ]


def test_referrals(db, network_id: int) -> None:
    with pytest.raises(ValidationError), db.session() as session:
        work.save_referral(session, ReferralInput(date(2025, 1, 1)))
    with db.session() as session:
        person = Person(name="Karel")
        session.add(person)
        session.flush()
        rid = work.save_referral(
            session,
            ReferralInput(
                date(2025, 4, 1),
                to_person_id=person.id,
                network_id=network_id,
                estimated_value_cents=120000,
            ),
        )
        data = work.get_referral(session, rid)
        data.became_work = True
        work.save_referral(session, data)
        rows = work.list_referrals(session)
    assert [(r.person_name, r.network_name, r.became_work) for r in rows] == [
        ("Karel", "Adviespool", True)
    ]
