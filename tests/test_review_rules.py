"""Issue 13's rules of the yearly review, each on a small hand-computed case (DOMAIN.md,
"The yearly review"): fees that count by themselves, work hours and the effective rate,
the verdicts and their boundaries, the value of a referral received, rounding."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from zpdesk.domain.enums import ExpenseCategory, NetworkKind, Route
from zpdesk.domain.review import (
    Figures,
    ReviewRow,
    RowKind,
    Verdict,
    YearReview,
    money_places,
    shown_amounts,
    total_row,
)
from zpdesk.services import networks as network_service
from zpdesk.services import review, work
from zpdesk.services.work import EngagementInput, ExpenseInput, RevenueLine
from zpdesk.store.models import Network

pytestmark = [pytest.mark.store, pytest.mark.both_stores]

NOW = datetime(2027, 6, 1, 12, 0)  # everything reviewed lies in the past
TARGET = 9500


def _network(session, name: str = "Kring", **values) -> int:  # noqa: ANN001, ANN003
    network = Network(name=name, kind=NetworkKind.OTHER, **values)
    session.add(network)
    session.flush()
    return network.id


def _row(db, year: int, name: str = "Kring") -> ReviewRow:  # noqa: ANN001
    with db.session() as session:
        result = review.review_year(session, year, NOW)
    return next(r for r in result.networks if r.name == name)


# --------------------------------------------------------------------------- fees


def test_a_fee_nobody_booked_counts_as_expected(db) -> None:  # noqa: ANN001
    with db.session() as session:
        _network(session, joined_on=date(2024, 3, 10), annual_fee_cents=30000)
    for year in (2024, 2025):
        f = _row(db, year).figures
        # € 300 counts every membership year, though nothing was booked
        assert (f.fee_cents, f.expected_fee_cents, f.expected_fees) == (30000, 30000, 1)
        assert _row(db, year).costs_cents == 30000
    # year to date: the 2024 fee is dated on the joining day, 10 March
    with db.session() as session:
        early = review.year_to_date(session, date(2024, 3, 9), NOW)
        on_the_day = review.year_to_date(session, date(2024, 3, 10), NOW)
    assert early.networks[0].figures.fee_cents == 0
    assert on_the_day.networks[0].figures.fee_cents == 30000


def test_a_booked_fee_replaces_the_expected_one(db) -> None:  # noqa: ANN001
    with db.session() as session:
        nid = _network(session, joined_on=date(2024, 3, 10), annual_fee_cents=30000)
        work.save_expense(
            session, ExpenseInput(nid, date(2025, 2, 3), 28000, ExpenseCategory.MEMBERSHIP_FEE)
        )
        work.save_expense(session, ExpenseInput(nid, date(2025, 5, 1), 1500, ExpenseCategory.EVENT))
    f = _row(db, 2025).figures
    # booked € 280 instead of the expected € 300; plus an event of € 15
    assert (f.fee_cents, f.expected_fee_cents, f.expected_fees) == (28000, 0, 0)
    assert f.expense_cents == 29500
    assert _row(db, 2024).figures.expected_fee_cents == 30000  # 2024 still expected


def test_a_fee_change_mid_membership_counts_from_its_year(db) -> None:  # noqa: ANN001
    with db.session() as session:
        nid = _network(session, joined_on=date(2023, 1, 1), annual_fee_cents=30000)
        work.save_expense(
            session, ExpenseInput(nid, date(2023, 1, 20), 30000, ExpenseCategory.MEMBERSHIP_FEE)
        )
    with db.session() as session:
        values = network_service.get_network(session, nid).values
        values.annual_fee_cents = 45000
        network_service.update_network(session, nid, values, fee_from_year=2025)
    # 2023 booked (300) stays; 2024 expected at the old 300; 2025 and 2026 at the new 450
    assert _row(db, 2023).figures.fee_cents == 30000
    assert _row(db, 2024).figures.expected_fee_cents == 30000
    assert _row(db, 2025).figures.expected_fee_cents == 45000
    assert _row(db, 2026).figures.expected_fee_cents == 45000


# --------------------------------------------------------------------------- work hours


def test_work_hours_are_shared_over_three_years_by_revenue(db) -> None:  # noqa: ANN001
    with db.session() as session:
        nid = _network(session)
        work.save_engagement(
            session,
            EngagementInput(
                title="Traject",
                start_on=date(2024, 9, 1),
                network_id=nid,
                route=Route.NETWORK_CLIENT,
                minutes_spent=30 * 60,
                revenue=[
                    RevenueLine(date(2024, 12, 31), 100000),
                    RevenueLine(date(2025, 6, 30), 200000),
                    RevenueLine(date(2026, 3, 31), 300000),
                ],
            ),
        )
    # 30 h × 1 000/6 000, × 2 000/6 000, × 3 000/6 000 = 5 h, 10 h, 15 h
    assert [_row(db, y).work_minutes for y in (2024, 2025, 2026)] == [300, 600, 900]
    row = _row(db, 2025)
    # no networking hours: effective rate = 2 000 / 10 h = 200 per hour; net per hour empty
    assert row.net_per_hour_cents is None
    assert row.effective_rate_cents == Decimal(20000)


def test_an_engagement_without_revenue_counts_its_hours_in_its_first_year(db) -> None:  # noqa: ANN001
    with db.session() as session:
        nid = _network(session)
        work.save_engagement(
            session,
            EngagementInput(
                title="Offerte",
                start_on=date(2025, 5, 1),
                network_id=nid,
                route=Route.NETWORK_CLIENT,
                minutes_spent=10 * 60,
            ),
        )
    row = _row(db, 2025)
    assert row.work_minutes == 600
    assert _row(db, 2026).work_minutes == 0


# --------------------------------------------------------------------------- verdicts


def _network_row(
    *,
    revenue: int = 0,
    expenses: int = 0,
    minutes: int = 0,
    work_minutes: int = 0,
    fulfilment: Decimal | None = None,
    given: int = 0,
) -> ReviewRow:
    return ReviewRow(
        kind=RowKind.NETWORK,
        name="N",
        figures=Figures(
            revenue_cents=revenue,
            expense_cents=expenses,
            time_entry_minutes=minutes,
            work_minutes=Decimal(work_minutes),
            referrals_given=given,
            referrals_given_cents=given * 100000,
        ),
        fulfilment=fulfilment,
    )


@pytest.mark.parametrize(
    ("row", "target", "expected"),
    [
        # net = 0 is not "positive": with fulfilment 60 % it pays in other ways ...
        (_network_row(revenue=500, expenses=500, fulfilment=Decimal("0.6")), TARGET,
         Verdict.OTHER_VALUE),
        # ... and with 59.9 % (or nothing checked) it costs more than it brings
        (_network_row(revenue=500, expenses=500, fulfilment=Decimal("0.599")), TARGET,
         Verdict.COSTS_MORE),
        (_network_row(revenue=500, expenses=500), TARGET, Verdict.COSTS_MORE),
        # fulfilment does not matter once net > 0
        (_network_row(revenue=501, expenses=500, fulfilment=Decimal(0)), TARGET,
         Verdict.AT_OR_ABOVE_TARGET),  # no hours at all
        # effective rate = target exactly: 9 500 net over 30 min + 30 min work = 1 h
        (_network_row(revenue=10000, expenses=500, minutes=30, work_minutes=30), TARGET,
         Verdict.AT_OR_ABOVE_TARGET),
        # one cent below the target
        (_network_row(revenue=9999, expenses=500, minutes=30, work_minutes=30), TARGET,
         Verdict.BELOW_TARGET),
        # target 0: any positive net reaches it; a loss does not
        (_network_row(revenue=1, minutes=600), 0, Verdict.AT_OR_ABOVE_TARGET),
        (_network_row(expenses=1, minutes=600), 0, Verdict.COSTS_MORE),
        # referrals I gave never make a network pay
        (_network_row(expenses=58940, minutes=1435, given=3), TARGET, Verdict.COSTS_MORE),
    ],
)  # fmt: skip
def test_verdict_boundaries(row: ReviewRow, target: int, expected: Verdict) -> None:
    assert row.verdict(target) == expected


def test_no_verdict_for_own_acquisition_and_the_total() -> None:
    own = ReviewRow(kind=RowKind.OWN_ACQUISITION, name="own", figures=Figures(revenue_cents=1))
    assert own.verdict(TARGET) is None
    assert total_row([own], "total").verdict(TARGET) is None


def test_effective_rate_against_net_per_networking_hour() -> None:
    # the case: € 3 000 net, 1 h networking, 40 h doing the work
    row = _network_row(revenue=300000, minutes=60, work_minutes=40 * 60)
    assert row.net_per_hour_cents == Decimal(300000)  # € 3 000 per networking hour
    assert row.effective_rate_cents == Decimal(300000) / 41  # € 73.17 per hour of my time
    assert row.verdict(TARGET) == Verdict.BELOW_TARGET


# --------------------------------------------------------------------------- referrals


def test_a_referral_received_is_worth_its_estimate_else_its_revenue_to_year_end(db) -> None:  # noqa: ANN001
    with db.session() as session:
        nid = _network(session)
        for title, estimate, lines in (
            ("Met schatting", 500000, [(date(2025, 11, 28), 100000), (date(2026, 1, 30), 400000)]),
            ("Zonder schatting", None, [(date(2025, 12, 19), 150000), (date(2026, 2, 27), 250000)]),
        ):
            work.save_engagement(
                session,
                EngagementInput(
                    title=title,
                    start_on=date(2025, 11, 1),
                    network_id=nid,
                    route=Route.REFERRAL_RECEIVED,
                    estimated_value_cents=estimate,
                    revenue=[RevenueLine(on, cents) for on, cents in lines],
                ),
            )
    f = _row(db, 2025).figures
    # 5 000 (the estimate) + 1 500 (revenue dated up to 31 Dec 2025, not the 2 500 of 2026)
    assert (f.referrals_received, f.referrals_received_cents) == (2, 650000)
    # counted by start date: nothing in 2026, whatever is invoiced then
    assert _row(db, 2026).figures.referrals_received == 0
    # a later invoice does not change the closed year
    with db.session() as session:
        engagement_id = next(
            r.id for r in work.list_engagements(session) if r.title.startswith("Z")
        )
        data = work.get_engagement(session, engagement_id)
        assert data.revenue is not None
        data.revenue.append(RevenueLine(date(2026, 6, 30), 99999))
        work.save_engagement(session, data)
    assert _row(db, 2025).figures.referrals_received_cents == 650000


# --------------------------------------------------------------------------- rounding


def _review(rows: list[tuple[int, int]]) -> YearReview:
    """A year of network rows given as (revenue cents, expense cents)."""
    networks = [
        ReviewRow(
            kind=RowKind.NETWORK,
            name=f"N{i}",
            figures=Figures(revenue_cents=revenue, expense_cents=costs),
        )
        for i, (revenue, costs) in enumerate(rows)
    ]
    own = ReviewRow(kind=RowKind.OWN_ACQUISITION, name="own", figures=Figures())
    return YearReview(2025, TARGET, networks, own, total_row([*networks, own], "total"))


def test_whole_euros_round_every_amount_from_its_exact_value() -> None:
    # Zakenkring 2025 in the issue: 2 660.00 − 809.50 = 1 850.50 → € 1 851 (never 2 660 − 810)
    result = _review([(266000, 80950)])
    shown = shown_amounts(result, Decimal(1))[0]
    assert (shown.revenue, shown.costs, shown.net) == (Decimal(2660), Decimal(810), Decimal(1851))


def test_whole_euros_when_they_add_up_else_cents() -> None:
    # 10.40 + 10.40: whole euros 10 + 10 = 20, total 20.80 → 21: cents everywhere instead
    assert money_places(_review([(1040, 0), (1040, 0)])) == 2
    # 10.40 + 10.60 = 21.00: 10 + 11 = 21 in every column: whole euros
    assert money_places(_review([(1040, 0), (1060, 0)])) == 0
    # the total: 74 299.40 shown as € 74 299 with the rows adding up to it
    assert money_places(_review([(7429940, 0)])) == 0
