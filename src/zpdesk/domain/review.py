"""The figures of the yearly review (DOMAIN.md, "The yearly review"), on plain inputs.

The services gather the sums (SQL aggregates, counted occurrences); this module turns them
into the figures the user reads: costs (expected fees included), net, net per invested
hour, work hours and the effective hourly rate, attendance rate, the totals row, and the
verdict of each network. Amounts stay exact (integer cents or Decimal) and are rounded only
when shown (``shown_amounts``, ``money_places``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from zpdesk.domain.enums import Decision
from zpdesk.domain.limits import FIRST_YEAR

# Fulfilment at or above this fraction counts as "the network gives what I expect".
GOOD_FULFILMENT = Decimal("0.6")


class RowKind(StrEnum):
    NETWORK = "network"
    OWN_ACQUISITION = "own_acquisition"
    TOTAL = "total"


class Verdict(StrEnum):
    """Whether a network pays (DOMAIN.md "verdict"); the values are the CSV's words."""

    AT_OR_ABOVE_TARGET = "at_or_above_target"  # net > 0, effective rate ≥ target (or no hours)
    BELOW_TARGET = "below_target"  # net > 0, effective rate < target
    OTHER_VALUE = "other_value"  # net ≤ 0, fulfilment ≥ 60 %
    COSTS_MORE = "costs_more"  # otherwise: costs more than it brings


@dataclass(frozen=True)
class Figures:
    """The raw sums of one row for one period; every field adds up across rows."""

    revenue_cents: int = 0
    commission_cents: Decimal = Decimal(0)  # exact: revenue × percentage / 100
    expense_cents: int = 0  # all costs but commission: booked expenses + expected fees
    fee_cents: int = 0  # the membership-fee part of expense_cents (booked + expected)
    expected_fee_cents: int = 0  # the part of fee_cents not booked (expected fees)
    expected_fees: int = 0  # how many expected fees count
    occurrence_minutes: int = 0  # counted (attended, past) occurrence minutes
    time_entry_minutes: int = 0
    work_minutes: Decimal = Decimal(0)  # exact: engagement minutes shared out by revenue
    referrals_received: int = 0
    referrals_received_cents: int = 0
    referrals_given: int = 0
    referrals_given_cents: int = 0
    attended: int = 0  # past occurrences counted as attended
    attendable: int = 0  # past occurrences not cancelled by the network

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)}
        )

    @property
    def is_empty(self) -> bool:
        return self == Figures()


def sum_figures(items: Iterable[Figures]) -> Figures:
    total = Figures()
    for item in items:
        total = total + item
    return total


def fee_for_year(history: Sequence[tuple[int, int]], current_cents: int, year: int) -> int:
    """A network's annual fee for ``year``: from its history of (from year, cents).

    The latest change on or before ``year`` holds; years before every change keep the
    earliest amount; without any history the current fee holds for every year.
    """
    if not history:
        return current_cents
    ordered = sorted(history)
    amount = ordered[0][1]
    for from_year, cents in ordered:
        if from_year <= year:
            amount = cents
    return amount


def fee_history_after_change(
    history: Sequence[tuple[int, int]], old_cents: int, new_cents: int, year: int
) -> list[tuple[int, int]]:
    """The history once the fee changed from ``old_cents`` to ``new_cents`` in ``year``.

    The change applies from ``year`` on; earlier years keep what they had (from
    ``limits.FIRST_YEAR``: "from the start" when there was no history yet).
    """
    if old_cents == new_cents:
        return sorted(history)
    kept = {from_year: cents for from_year, cents in history if from_year < year}
    if not kept:
        kept[FIRST_YEAR] = fee_for_year(history, old_cents, year - 1)
    kept[year] = new_cents
    later = [(y, c) for y, c in history if y > year]  # changes entered for later years stay
    return sorted([*kept.items(), *later])


def commission_cents(revenue_cents: int, pct: Decimal) -> Decimal:
    """Commission on revenue at a percentage (12.5 means 12.5 %), exact."""
    return Decimal(revenue_cents) * pct / 100


@dataclass(frozen=True)
class ReviewRow:
    """One row of the review: a network, own acquisition, or the totals."""

    kind: RowKind
    name: str
    figures: Figures
    network_id: int | None = None
    colour: str = "#4e79a7"
    fulfilment: Decimal | None = None  # 0–1; None when nothing was checked
    decision: Decision | None = None
    decision_note: str = ""
    ended: bool = False  # the membership ended in or before the year

    @property
    def revenue_cents(self) -> int:
        return self.figures.revenue_cents

    @property
    def costs_cents(self) -> Decimal:
        """Expenses (fees included) + commission."""
        return self.figures.expense_cents + self.figures.commission_cents

    @property
    def net_cents(self) -> Decimal:
        return self.figures.revenue_cents - self.costs_cents

    @property
    def minutes(self) -> int:
        """Hours invested, in minutes: counted occurrences + time entries."""
        return self.figures.occurrence_minutes + self.figures.time_entry_minutes

    @property
    def hours(self) -> Decimal:
        return Decimal(self.minutes) / 60

    @property
    def net_per_hour_cents(self) -> Decimal | None:
        """Net per invested hour, in cents; None when no hours were invested."""
        if self.minutes == 0:
            return None
        return self.net_cents * 60 / self.minutes

    @property
    def work_minutes(self) -> Decimal:
        """Work hours, in (exact, possibly fractional) minutes."""
        return self.figures.work_minutes

    @property
    def all_minutes(self) -> Decimal:
        """Hours invested + work hours, in minutes: all my time in this stream."""
        return self.minutes + self.figures.work_minutes

    @property
    def effective_rate_cents(self) -> Decimal | None:
        """net / (hours invested + work hours), in cents; None when there are no hours."""
        if self.all_minutes == 0:
            return None
        return self.net_cents * 60 / self.all_minutes

    @property
    def attendance_rate(self) -> Decimal | None:
        """attended / (past occurrences not cancelled by the network); None when there were none."""
        if self.figures.attendable == 0:
            return None
        return Decimal(self.figures.attended) / self.figures.attendable

    def verdict(self, target_rate_cents: int) -> Verdict | None:
        return verdict(self, target_rate_cents)


def verdict(row: ReviewRow, target_rate_cents: int) -> Verdict | None:
    """DOMAIN.md's verdict of a network row (None for own acquisition and the totals).

    It rests on what I received: referrals I gave never make a network "pay".
    """
    if row.kind != RowKind.NETWORK:
        return None
    if row.net_cents > 0:
        rate = row.effective_rate_cents
        if rate is None or rate >= target_rate_cents:
            return Verdict.AT_OR_ABOVE_TARGET
        return Verdict.BELOW_TARGET
    if row.fulfilment is not None and row.fulfilment >= GOOD_FULFILMENT:
        return Verdict.OTHER_VALUE
    return Verdict.COSTS_MORE


def total_row(rows: Sequence[ReviewRow], name: str) -> ReviewRow:
    """The totals row: every sum added up. Fulfilment has no meaningful total and stays empty."""
    return ReviewRow(kind=RowKind.TOTAL, name=name, figures=sum_figures(r.figures for r in rows))


@dataclass(frozen=True)
class YearReview:
    """The review of one year (or the part of it up to ``until``)."""

    year: int
    target_rate_cents: int
    networks: list[ReviewRow]
    own: ReviewRow
    total: ReviewRow
    until: date | None = None  # the last day counted; None: the whole year

    @property
    def rows(self) -> list[ReviewRow]:
        """Networks, then own acquisition, then the totals."""
        return [*self.networks, self.own, self.total]


@dataclass(frozen=True)
class TrendPoint:
    year: int
    revenue_cents: int
    net_cents: Decimal
    minutes: int
    net_per_hour_cents: Decimal | None
    effective_rate_cents: Decimal | None = None


@dataclass(frozen=True)
class TrendSeries:
    network_id: int | None
    name: str
    colour: str
    points: list[TrendPoint] = field(default_factory=list)


def trend_point(year: int, row: ReviewRow) -> TrendPoint:
    return TrendPoint(
        year=year,
        revenue_cents=row.revenue_cents,
        net_cents=row.net_cents,
        minutes=row.minutes,
        net_per_hour_cents=row.net_per_hour_cents,
        effective_rate_cents=row.effective_rate_cents,
    )


def with_decision(row: ReviewRow, decision: Decision | None, note: str) -> ReviewRow:
    return replace(row, decision=decision, decision_note=note)


CENT = Decimal("0.01")


@dataclass(frozen=True)
class ShownAmounts:
    """Revenue, costs and net of a row in euros, each rounded from its exact value."""

    revenue: Decimal
    costs: Decimal
    net: Decimal


def euros(cents: int | Decimal, quantum: Decimal = CENT) -> Decimal:
    """Cents as euros rounded half up to ``quantum`` (the moment of showing).

    Whole euros are rounded from the amount to the cent (as the CSV shows it), so the two
    never disagree: 1 850,495 is 1 850,50 in the CSV and 1 851 in whole euros.
    """
    exact = (Decimal(cents) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP)


def shown_amounts(review: YearReview, quantum: Decimal = CENT) -> list[ShownAmounts]:
    """The amounts of ``review.rows`` as shown: every one rounded from its exact value.

    Never rounded-minus-rounded: net is the exact net rounded, and the totals row is the
    exact total rounded. Where that makes a total differ from the sum of its shown rows,
    ``whole_euros_add_up`` says so and whole-euro places show cents instead.
    """
    return [
        ShownAmounts(
            euros(row.revenue_cents, quantum),
            euros(row.costs_cents, quantum),
            euros(row.net_cents, quantum),
        )
        for row in review.rows
    ]


WHOLE = Decimal(1)


def whole_euros_add_up(review: YearReview) -> bool:
    """Whether, in whole euros, every total equals the sum of the rows shown above it."""
    shown = shown_amounts(review, WHOLE)
    rows, total = shown[:-1], shown[-1]
    return all(
        sum((getattr(s, name) for s in rows), Decimal(0)) == getattr(total, name)
        for name in ("revenue", "costs", "net")
    )


def money_places(review: YearReview) -> int:
    """Decimal places for the amounts of whole-euro places (summary, printed table): 0 when
    the whole euros add up, else 2 — the same choice for every place that shows them."""
    return 0 if whole_euros_add_up(review) else 2
