"""Engagements with their revenue, referrals I gave, and expenses per network.

Services take a session, return plain values and raise ``ValidationError`` with a message
for the user; nothing is half-saved because the caller's action is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from zpdesk.domain.enums import EngagementStatus, ExpenseCategory, NetworkStatus, Route
from zpdesk.domain.limits import FIRST_YEAR, MAX_CENTS
from zpdesk.domain.review import fee_for_year, fee_history_after_change
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.store.models import (
    Engagement,
    Expense,
    Network,
    NetworkFee,
    Person,
    ReferralGiven,
    RevenueEntry,
)
from zpdesk.translation_marks import QT_TRANSLATE_NOOP

# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class NetworkOption:
    id: int
    name: str
    commission_pct: Decimal
    annual_fee_cents: int
    joined_on: date | None
    left_on: date | None


def network_options(session: Session) -> list[NetworkOption]:
    """Every network (ended ones too: history stays editable), by name."""
    return [
        NetworkOption(*row)
        for row in session.execute(
            select(
                Network.id,
                Network.name,
                Network.commission_pct,
                Network.annual_fee_cents,
                Network.joined_on,
                Network.left_on,
            ).order_by(func.lower(Network.name))
        )
    ]


def person_options(session: Session) -> list[tuple[int, str]]:
    return [
        (pid, name)
        for pid, name in session.execute(
            select(Person.id, Person.name).order_by(func.lower(Person.name))
        )
    ]


# --------------------------------------------------------------------------- engagements


@dataclass
class RevenueLine:
    """One revenue entry, amount excluding VAT."""

    on: date
    amount_cents: int
    invoice_ref: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class EngagementInput:
    """Everything the engagement editor holds; ``revenue`` None leaves revenue untouched."""

    title: str
    start_on: date
    client: str = ""
    end_on: date | None = None
    status: EngagementStatus = EngagementStatus.WON
    network_id: int | None = None
    via_person_id: int | None = None
    route: Route = Route.OWN_ACQUISITION
    commission_pct_override: Decimal | None = None
    minutes_spent: int = 0
    note: str = ""
    revenue: list[RevenueLine] | None = field(default=None)
    # A referral received's value estimated at intake (None: not entered); kept only
    # for that route.
    estimated_value_cents: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class EngagementRow:
    id: int
    client: str
    title: str
    start_on: date
    end_on: date | None
    status: EngagementStatus
    network_id: int | None
    network_name: str
    person_name: str
    route: Route
    revenue_cents: int
    commission_cents: Decimal
    commission_pct: Decimal  # the percentage that applies (override, else the network's)
    minutes_spent: int


def validate_engagement(data: EngagementInput) -> None:
    """Raise ValidationError for the first thing that cannot be saved."""
    if not data.title.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Give the engagement a title."), "title"
        )
    if data.end_on is not None and data.end_on < data.start_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The end date lies before the start date."), "end_on"
        )
    if data.route == Route.OWN_ACQUISITION and data.network_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "Work from own acquisition did not come through a network: choose another route "
                "or no network.",
            ),
            "route",
        )
    if data.route in (Route.JOINT_ASSIGNMENT, Route.NETWORK_CLIENT) and data.network_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose the network this work came through."),
            "network_id",
        )
    pct = data.commission_pct_override
    if pct is not None:
        if not Decimal(0) <= pct <= Decimal(100):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "A commission is between 0 and 100 %."), "commission"
            )
        if pct != pct.quantize(Decimal("0.01")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "A commission has at most two decimals."),
                "commission",
            )
    if data.minutes_spent < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Hours spent cannot be negative."), "minutes_spent"
        )
    if data.estimated_value_cents is not None and not 0 <= data.estimated_value_cents <= MAX_CENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "An estimated value is between 0 and ten billion."),
            "estimated_value",
        )
    for line in data.revenue or []:
        validate_revenue(line)


def validate_revenue(line: RevenueLine) -> None:
    if line.amount_cents < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "A revenue amount cannot be negative (enter credit notes as a lower amount).",
            ),
            "amount",
        )
    if line.amount_cents > MAX_CENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "That amount is too large."), "amount")


def save_engagement(session: Session, data: EngagementInput) -> int:
    """Create (``data.id`` None) or update an engagement and, when given, its revenue."""
    validate_engagement(data)
    if data.network_id is not None and session.get(Network, data.network_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("services", "the chosen network no longer exists"))
    if data.via_person_id is not None and session.get(Person, data.via_person_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("services", "the chosen person no longer exists"))
    if data.id is None:
        engagement = Engagement()
        session.add(engagement)
    else:
        found = session.get(Engagement, data.id)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("services", "engagement %1 no longer exists"), values=(data.id,)
            )
        engagement = found
    engagement.title = data.title.strip()
    engagement.client = data.client.strip()
    engagement.start_on = data.start_on
    engagement.end_on = data.end_on
    engagement.status = data.status
    engagement.network_id = data.network_id
    engagement.via_person_id = data.via_person_id
    engagement.route = data.route
    engagement.commission_pct_override = data.commission_pct_override
    engagement.minutes_spent = data.minutes_spent
    engagement.estimated_value_cents = (
        data.estimated_value_cents if data.route == Route.REFERRAL_RECEIVED else None
    )
    engagement.note = data.note
    session.flush()
    if data.revenue is not None:
        _sync_revenue(session, engagement, data.revenue)
    return engagement.id


def _sync_revenue(session: Session, engagement: Engagement, lines: list[RevenueLine]) -> None:
    existing = {entry.id: entry for entry in engagement.revenue}
    keep: set[int] = set()
    for line in lines:
        entry = existing.get(line.id) if line.id is not None else None
        if entry is None:
            entry = RevenueEntry(engagement_id=engagement.id)
            engagement.revenue.append(entry)
        else:
            keep.add(entry.id)
        entry.on = line.on
        entry.amount_cents = line.amount_cents
        entry.invoice_ref = line.invoice_ref.strip()
        entry.note = line.note
    for entry_id, entry in existing.items():
        if entry_id not in keep:
            engagement.revenue.remove(entry)
    session.flush()


def get_engagement(session: Session, engagement_id: int) -> EngagementInput:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "engagement %1 no longer exists"), values=(engagement_id,)
        )
    return EngagementInput(
        id=engagement.id,
        title=engagement.title,
        client=engagement.client,
        start_on=engagement.start_on,
        end_on=engagement.end_on,
        status=engagement.status,
        network_id=engagement.network_id,
        via_person_id=engagement.via_person_id,
        route=engagement.route,
        commission_pct_override=engagement.commission_pct_override,
        minutes_spent=engagement.minutes_spent,
        estimated_value_cents=engagement.estimated_value_cents,
        note=engagement.note,
        revenue=[
            RevenueLine(
                id=entry.id,
                on=entry.on,
                amount_cents=entry.amount_cents,
                invoice_ref=entry.invoice_ref,
                note=entry.note,
            )
            for entry in engagement.revenue
        ],
    )


def delete_engagement(session: Session, engagement_id: int) -> None:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "engagement %1 no longer exists"), values=(engagement_id,)
        )
    session.delete(engagement)


def list_engagements(session: Session) -> list[EngagementRow]:
    """Every engagement with its revenue and commission totals (one grouped query)."""
    scaled_pct = func.coalesce(
        type_coerce(Engagement.commission_pct_override, Integer),
        type_coerce(Network.commission_pct, Integer),
        0,
    )
    totals = (
        select(
            RevenueEntry.engagement_id.label("engagement_id"),
            func.sum(RevenueEntry.amount_cents).label("cents"),
        )
        .group_by(RevenueEntry.engagement_id)
        .subquery()
    )
    query = (
        select(
            Engagement.id,
            Engagement.client,
            Engagement.title,
            Engagement.start_on,
            Engagement.end_on,
            Engagement.status,
            Engagement.network_id,
            func.coalesce(Network.name, ""),
            func.coalesce(Person.name, ""),
            Engagement.route,
            func.coalesce(totals.c.cents, 0),
            scaled_pct,
            Engagement.minutes_spent,
        )
        .outerjoin(Network, Network.id == Engagement.network_id)
        .outerjoin(Person, Person.id == Engagement.via_person_id)
        .outerjoin(totals, totals.c.engagement_id == Engagement.id)
        .order_by(Engagement.start_on.desc(), Engagement.id.desc())
    )
    rows = []
    for (
        eid,
        client,
        title,
        start_on,
        end_on,
        status,
        network_id,
        network_name,
        person_name,
        route,
        revenue,
        pct_scaled,
        minutes,
    ) in session.execute(query):
        pct = Decimal(int(pct_scaled)).scaleb(-2)
        rows.append(
            EngagementRow(
                id=eid,
                client=client,
                title=title,
                start_on=start_on,
                end_on=end_on,
                status=status,
                network_id=network_id,
                network_name=network_name,
                person_name=person_name,
                route=route,
                revenue_cents=int(revenue),
                commission_cents=Decimal(int(revenue)) * pct / 100,
                commission_pct=pct,
                minutes_spent=minutes,
            )
        )
    return rows


@dataclass(frozen=True)
class RevenueRow:
    id: int
    on: date
    amount_cents: int
    invoice_ref: str
    note: str
    engagement_id: int
    client: str
    title: str
    network_name: str


def list_revenue(session: Session) -> list[RevenueRow]:
    """Every revenue entry with its engagement, oldest first."""
    return [
        RevenueRow(*row)
        for row in session.execute(
            select(
                RevenueEntry.id,
                RevenueEntry.on,
                RevenueEntry.amount_cents,
                RevenueEntry.invoice_ref,
                RevenueEntry.note,
                Engagement.id,
                Engagement.client,
                Engagement.title,
                func.coalesce(Network.name, ""),
            )
            .join(Engagement, Engagement.id == RevenueEntry.engagement_id)
            .outerjoin(Network, Network.id == Engagement.network_id)
            .order_by(RevenueEntry.on, RevenueEntry.id)
        )
    ]


# --------------------------------------------------------------------------- referrals


@dataclass
class ReferralInput:
    on: date
    to_person_id: int | None = None
    network_id: int | None = None
    client: str = ""
    description: str = ""
    estimated_value_cents: int = 0
    became_work: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: int
    on: date
    to_person_id: int | None
    person_name: str
    network_id: int | None
    network_name: str
    client: str
    description: str
    estimated_value_cents: int
    became_work: bool


def validate_referral(data: ReferralInput) -> None:
    if data.to_person_id is None and not data.client.strip() and not data.description.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Say to whom you referred, or for which client or what work."
            ),
            "to_person_id",
        )
    if data.estimated_value_cents < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "An estimated value cannot be negative."),
            "estimated_value",
        )
    if data.estimated_value_cents > MAX_CENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "That amount is too large."), "estimated_value"
        )


def save_referral(session: Session, data: ReferralInput) -> int:
    validate_referral(data)
    if data.id is None:
        referral = ReferralGiven()
        session.add(referral)
    else:
        found = session.get(ReferralGiven, data.id)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("services", "referral %1 no longer exists"), values=(data.id,)
            )
        referral = found
    referral.on = data.on
    referral.to_person_id = data.to_person_id
    referral.network_id = data.network_id
    referral.client = data.client.strip()
    referral.description = data.description
    referral.estimated_value_cents = data.estimated_value_cents
    referral.became_work = data.became_work
    session.flush()
    return referral.id


def get_referral(session: Session, referral_id: int) -> ReferralInput:
    referral = session.get(ReferralGiven, referral_id)
    if referral is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "referral %1 no longer exists"), values=(referral_id,)
        )
    return ReferralInput(
        id=referral.id,
        on=referral.on,
        to_person_id=referral.to_person_id,
        network_id=referral.network_id,
        client=referral.client,
        description=referral.description,
        estimated_value_cents=referral.estimated_value_cents,
        became_work=referral.became_work,
    )


def delete_referral(session: Session, referral_id: int) -> None:
    referral = session.get(ReferralGiven, referral_id)
    if referral is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "referral %1 no longer exists"), values=(referral_id,)
        )
    session.delete(referral)


def list_referrals(session: Session) -> list[ReferralRow]:
    return [
        ReferralRow(*tuple(row))
        for row in session.execute(
            select(
                ReferralGiven.id,
                ReferralGiven.on,
                ReferralGiven.to_person_id,
                func.coalesce(Person.name, ""),
                ReferralGiven.network_id,
                func.coalesce(Network.name, ""),
                ReferralGiven.client,
                ReferralGiven.description,
                ReferralGiven.estimated_value_cents,
                ReferralGiven.became_work,
            )
            .outerjoin(Person, Person.id == ReferralGiven.to_person_id)
            .outerjoin(Network, Network.id == ReferralGiven.network_id)
            .order_by(ReferralGiven.on.desc(), ReferralGiven.id.desc())
        )
    ]


# --------------------------------------------------------------------------- expenses


@dataclass
class ExpenseInput:
    network_id: int
    on: date
    amount_cents: int
    category: ExpenseCategory = ExpenseCategory.OTHER
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ExpenseRow:
    id: int | None  # None for an expected fee (nothing booked yet)
    network_id: int
    network_name: str
    on: date
    category: ExpenseCategory
    amount_cents: int
    fee_year: int | None
    note: str
    expected: bool = False  # an expected membership fee: counts, but is not booked

    def as_expected_fee(self) -> ExpectedFee:
        """The expected fee this row shows (``expected`` rows only)."""
        assert self.expected and self.fee_year is not None
        return ExpectedFee(
            self.network_id, self.network_name, self.fee_year, self.on, self.amount_cents
        )


def validate_expense(data: ExpenseInput) -> None:
    if data.amount_cents < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "An expense cannot be negative."), "amount"
        )
    if data.amount_cents > MAX_CENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "That amount is too large."), "amount")


def save_expense(session: Session, data: ExpenseInput) -> int:
    """Create or update an expense; a membership fee belongs to the year it is dated in."""
    validate_expense(data)
    network = session.get(Network, data.network_id)
    if network is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("services", "the chosen network no longer exists"))
    fee_year = data.on.year if data.category == ExpenseCategory.MEMBERSHIP_FEE else None
    if fee_year is not None:
        clash = session.scalar(
            select(Expense.id).where(
                Expense.network_id == data.network_id,
                Expense.fee_year == fee_year,
                Expense.id != (data.id or -1),
            )
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "'%1' already has a membership fee for %2."),
                "category",
                values=(network.name, fee_year),
            )
    if data.id is None:
        expense = Expense()
        session.add(expense)
    else:
        found = session.get(Expense, data.id)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("services", "expense %1 no longer exists"), values=(data.id,)
            )
        expense = found
    expense.network_id = data.network_id
    expense.on = data.on
    expense.category = data.category
    expense.amount_cents = data.amount_cents
    expense.fee_year = fee_year
    expense.note = data.note
    session.flush()
    return expense.id


def get_expense(session: Session, expense_id: int) -> ExpenseInput:
    expense = session.get(Expense, expense_id)
    if expense is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "expense %1 no longer exists"), values=(expense_id,)
        )
    return ExpenseInput(
        id=expense.id,
        network_id=expense.network_id,
        on=expense.on,
        amount_cents=expense.amount_cents,
        category=expense.category,
        note=expense.note,
    )


def delete_expense(session: Session, expense_id: int) -> None:
    expense = session.get(Expense, expense_id)
    if expense is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "expense %1 no longer exists"), values=(expense_id,)
        )
    session.delete(expense)


def list_expenses(
    session: Session, network_id: int | None = None, *, expected_until: date | None = None
) -> list[ExpenseRow]:
    """The booked expenses, newest first; with ``expected_until``, also the expected fees of
    the membership years up to that date's year (rows with ``expected`` set)."""
    query = (
        select(
            Expense.id,
            Expense.network_id,
            Network.name,
            Expense.on,
            Expense.category,
            Expense.amount_cents,
            Expense.fee_year,
            Expense.note,
        )
        .join(Network, Network.id == Expense.network_id)
        .order_by(Expense.on.desc(), Expense.id.desc())
    )
    if network_id is not None:
        query = query.where(Expense.network_id == network_id)
    rows = [ExpenseRow(*row) for row in session.execute(query)]
    if expected_until is None:
        return rows
    expected = [
        ExpenseRow(
            None,
            fee.network_id,
            fee.network_name,
            fee.on,
            ExpenseCategory.MEMBERSHIP_FEE,
            fee.amount_cents,
            fee.year,
            "",
            expected=True,
        )
        for fee in expected_fees(session, FIRST_YEAR, expected_until.year, network_id=network_id)
    ]
    return sorted([*rows, *expected], key=lambda r: (r.on, r.id or 0), reverse=True)


# --------------------------------------------------------------------------- fees


@dataclass(frozen=True)
class ExpectedFee:
    """A membership year's annual fee that counts although nobody booked it (DOMAIN.md)."""

    network_id: int
    network_name: str
    year: int
    on: date  # 1 January, or the joining date in the year joined
    amount_cents: int


def membership_years(
    joined_on: date | None, left_on: date | None, status: NetworkStatus, first: int, last: int
) -> list[int]:
    """The years of ``first``..``last`` my membership overlaps (joined → left).

    Without a joining date the years are unknown, and a network ended without a leaving
    date has no known last year: neither has expected fees.
    """
    if joined_on is None:
        return []
    if left_on is None and status == NetworkStatus.ENDED:
        return []
    end = last if left_on is None else min(left_on.year, last)
    return list(range(max(joined_on.year, first), end + 1))


def fee_histories(session: Session) -> dict[int, list[tuple[int, int]]]:
    """Every network's fee history: (from year, cents), by network id."""
    result: dict[int, list[tuple[int, int]]] = {}
    for network_id, from_year, cents in session.execute(
        select(NetworkFee.network_id, NetworkFee.from_year, NetworkFee.amount_cents)
    ):
        result.setdefault(network_id, []).append((from_year, cents))
    return result


def expected_fees(
    session: Session,
    first: int,
    last: int,
    *,
    until: date | None = None,
    network_id: int | None = None,
) -> list[ExpectedFee]:
    """The fees of the membership years ``first``..``last`` that no booked fee replaces.

    A fee dated after ``until`` (a year-to-date view) does not count yet. By year, then
    network name.
    """
    query = select(
        Network.id,
        Network.name,
        Network.joined_on,
        Network.left_on,
        Network.status,
        Network.annual_fee_cents,
    ).where(Network.joined_on.is_not(None))
    booked_query = select(Expense.network_id, Expense.fee_year).where(
        Expense.fee_year.between(first, last)
    )
    if network_id is not None:
        query = query.where(Network.id == network_id)
        booked_query = booked_query.where(Expense.network_id == network_id)
    booked = {(nid, year) for nid, year in session.execute(booked_query)}
    histories = fee_histories(session)
    fees = []
    for nid, name, joined_on, left_on, status, current in session.execute(query):
        for year in membership_years(joined_on, left_on, status, first, last):
            amount = fee_for_year(histories.get(nid, []), current, year)
            on = date(year, 1, 1) if joined_on is None else max(date(year, 1, 1), joined_on)
            if amount <= 0 or (nid, year) in booked or (until is not None and on > until):
                continue
            fees.append(ExpectedFee(nid, name, year, on, amount))
    fees.sort(key=lambda fee: (fee.year, fee.network_name.lower()))
    return fees


def book_fee(session: Session, fee: ExpectedFee, on: date, amount_cents: int) -> int:
    """Book an expected fee as an expense (it then replaces the expected one)."""
    if on.year != fee.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The fee for %1 must be dated in %1."),
            "on",
            values=(fee.year,),
        )
    return save_expense(
        session,
        ExpenseInput(
            network_id=fee.network_id,
            on=on,
            amount_cents=amount_cents,
            category=ExpenseCategory.MEMBERSHIP_FEE,
        ),
    )


def record_fee_change(session: Session, network: Network, new_cents: int, year: int) -> None:
    """Keep the fee history when a network's fee changes: the new fee counts from ``year``."""
    history = fee_histories(session).get(network.id, [])
    wanted = fee_history_after_change(history, network.annual_fee_cents, new_cents, year)
    if wanted == sorted(history):
        return
    # row by row through the ORM, so undo records every change
    existing = {
        fee.from_year: fee
        for fee in session.scalars(select(NetworkFee).where(NetworkFee.network_id == network.id))
    }
    for from_year, cents in wanted:
        fee = existing.pop(from_year, None)
        if fee is None:
            session.add(NetworkFee(network_id=network.id, from_year=from_year, amount_cents=cents))
        elif fee.amount_cents != cents:
            fee.amount_cents = cents
    for fee in existing.values():
        session.delete(fee)
