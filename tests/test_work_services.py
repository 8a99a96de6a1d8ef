"""Engagements, revenue, referrals and expenses through the services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zpdesk.domain.enums import ExpenseCategory, NetworkKind, Route
from zpdesk.services import work
from zpdesk.services.errors import ValidationError
from zpdesk.services.work import EngagementInput, ExpenseInput, ReferralInput, RevenueLine
from zpdesk.store.models import Network, Person

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


def _expected(session, last: int) -> list[tuple[int, date, int]]:  # noqa: ANN001
    return [(f.year, f.on, f.amount_cents) for f in work.expected_fees(session, 1900, last)]


def test_every_membership_year_has_an_expected_fee_until_one_is_booked(db, network_id: int) -> None:
    """Issue 13 replaced "Repeat the yearly fee": fees count without a button press."""
    with db.session() as session:
        # joined 15 March 2023 → 2023 (dated on joining), 2024, 2025: nothing booked
        assert _expected(session, 2025) == [
            (2023, date(2023, 3, 15), 60000),
            (2024, date(2024, 1, 1), 60000),
            (2025, date(2025, 1, 1), 60000),
        ]
        fee_2024 = work.expected_fees(session, 2024, 2024)[0]
        # booking one (another amount, another day) replaces the expected one
        work.book_fee(session, fee_2024, date(2024, 2, 10), 58000)
    with db.session() as session:
        assert [year for year, _on, _cents in _expected(session, 2026)] == [2023, 2025, 2026]
        with pytest.raises(ValidationError, match="2025"):
            work.book_fee(session, work.expected_fees(session, 2025, 2025)[0], date(2026, 1, 5), 1)
        # the list shows both kinds, the expected ones marked
        rows = work.list_expenses(session, network_id, expected_until=date(2025, 6, 1))
    assert [(r.fee_year, r.expected, r.amount_cents) for r in rows] == [
        (2025, True, 60000),
        (2024, False, 58000),
        (2023, True, 60000),
    ]


def test_expected_fees_stop_at_leaving_and_need_joining_date_and_fee(db, network_id: int) -> None:
    with db.session() as session:
        network = session.get(Network, network_id)
        network.left_on = date(2024, 5, 1)
    with db.session() as session:
        assert [y for y, _o, _c in _expected(session, 2026)] == [2023, 2024]
        network = session.get(Network, network_id)
        network.joined_on = None
        network.left_on = None
    with db.session() as session:
        assert _expected(session, 2026) == []  # membership years unknown
        network = session.get(Network, network_id)
        network.joined_on = date(2023, 1, 1)
        network.annual_fee_cents = 0
    with db.session() as session:
        assert _expected(session, 2026) == []  # no fee, nothing expected


def test_a_fee_change_counts_from_the_year_it_is_entered(db, network_id: int) -> None:
    """€ 600 since joining in 2023; raised to € 750 in 2025: 2023 and 2024 keep € 600."""
    from zpdesk.services import networks as network_service

    with db.session() as session:
        values = network_service.get_network(session, network_id).values
        values.annual_fee_cents = 75000
        network_service.update_network(session, network_id, values, fee_from_year=2025)
    with db.session() as session:
        assert [(y, c) for y, _o, c in _expected(session, 2026)] == [
            (2023, 60000),
            (2024, 60000),
            (2025, 75000),
            (2026, 75000),
        ]
        # a second change in 2026 keeps 2025's
        values = network_service.get_network(session, network_id).values
        values.annual_fee_cents = 80000
        network_service.update_network(session, network_id, values, fee_from_year=2026)
    with db.session() as session:
        assert [c for _y, _o, c in _expected(session, 2026)] == [60000, 60000, 75000, 80000]


def test_a_manual_fee_counts_for_its_year(db, network_id: int) -> None:
    with db.session() as session:
        work.save_expense(
            session,
            ExpenseInput(network_id, date(2024, 2, 1), 55000, ExpenseCategory.MEMBERSHIP_FEE),
        )
        other = work.save_expense(
            session, ExpenseInput(network_id, date(2024, 3, 1), 1000, ExpenseCategory.EVENT)
        )
        # the booked 2024 fee replaces that year's expected one
        assert [y for y, _o, _c in _expected(session, 2025)] == [2023, 2025]
    with pytest.raises(ValidationError), db.session() as session:
        data = work.get_expense(session, other)
        data.category = ExpenseCategory.MEMBERSHIP_FEE
        work.save_expense(session, data)
    with db.session() as session:
        rows = work.list_expenses(session, network_id, expected_until=date(2025, 6, 1))
    # booked rows and (no longer booked by a button) the expected fees of 2023 and 2025
    assert [(r.on.year, r.category, r.fee_year, r.expected) for r in rows] == [
        (2025, ExpenseCategory.MEMBERSHIP_FEE, 2025, True),
        (2024, ExpenseCategory.EVENT, None, False),
        (2024, ExpenseCategory.MEMBERSHIP_FEE, 2024, False),
        (2023, ExpenseCategory.MEMBERSHIP_FEE, 2023, True),
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
