"""The figures of the yearly review (DOMAIN.md, "The yearly review"), on plain inputs.

The services gather the sums (SQL aggregates, counted occurrences); this module turns them
into the figures the user reads: costs, net, net per invested hour, attendance rate, the
totals row, and a plain verdict used for the summary in words. Amounts stay exact
(integer cents or Decimal) and are rounded only when shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from zpdesk.domain.enums import Decision

# Fulfilment at or above this fraction counts as "the network gives what I expect".
GOOD_FULFILMENT = Decimal("0.6")


class RowKind(StrEnum):
    NETWORK = "network"
    OWN_ACQUISITION = "own_acquisition"
    TOTAL = "total"


class Verdict(StrEnum):
    """How a network pays off, for the summary in words."""

    ABOVE_TARGET = "above_target"  # net per hour at or above the target rate
    PROFITABLE = "profitable"  # positive net, below the target rate (or no hours)
    OTHER_VALUE = "other_value"  # no money gain, but good fulfilment or referrals
    COSTS_ONLY = "costs_only"  # costs money, little else to show
    NO_ACTIVITY = "no_activity"  # nothing recorded in the year


@dataclass(frozen=True)
class Figures:
    """The raw sums of one row for one period; every field adds up across rows."""

    revenue_cents: int = 0
    commission_cents: Decimal = Decimal(0)  # exact: revenue × percentage / 100
    expense_cents: int = 0  # all expenses, membership fees included
    fee_cents: int = 0  # the membership-fee part of expense_cents
    occurrence_minutes: int = 0  # counted (attended, past) occurrence minutes
    time_entry_minutes: int = 0
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
    def attendance_rate(self) -> Decimal | None:
        """attended / (past occurrences not cancelled by the network); None when there were none."""
        if self.figures.attendable == 0:
            return None
        return Decimal(self.figures.attended) / self.figures.attendable

    def verdict(self, target_rate_cents: int) -> Verdict:
        return verdict(self, target_rate_cents)


def verdict(row: ReviewRow, target_rate_cents: int) -> Verdict:
    """Whether ``row`` pays off in money, in other value, or not at all."""
    if row.figures.is_empty and row.fulfilment is None:
        return Verdict.NO_ACTIVITY
    per_hour = row.net_per_hour_cents
    if row.net_cents > 0:
        if per_hour is not None and per_hour >= target_rate_cents:
            return Verdict.ABOVE_TARGET
        return Verdict.PROFITABLE
    gives_other_value = (
        row.fulfilment is not None and row.fulfilment >= GOOD_FULFILMENT
    ) or row.figures.referrals_received + row.figures.referrals_given > 0
    return Verdict.OTHER_VALUE if gives_other_value else Verdict.COSTS_ONLY


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
    )


def with_decision(row: ReviewRow, decision: Decision | None, note: str) -> ReviewRow:
    return replace(row, decision=decision, decision_note=note)


CENT = Decimal("0.01")


@dataclass(frozen=True)
class ShownAmounts:
    """Revenue, costs and net of a row in euros, rounded so that they add up as shown."""

    revenue: Decimal
    costs: Decimal
    net: Decimal


def euros(cents: int | Decimal, quantum: Decimal = CENT) -> Decimal:
    """Cents as euros rounded half up to ``quantum`` (the moment of showing)."""
    return (Decimal(cents) / 100).quantize(quantum, rounding=ROUND_HALF_UP)


def shown_amounts(review: YearReview, quantum: Decimal = CENT) -> list[ShownAmounts]:
    """The amounts of ``review.rows`` as shown in tables, the PDF and the CSV.

    Revenue and costs are rounded per row (to the cent, or to ``quantum`` such as whole
    euros), net is revenue − costs of the rounded figures, and the totals row is the sum
    of the rows above it, so every printed line and column adds up.
    """
    shown = []
    for row in [*review.networks, review.own]:
        revenue = euros(row.revenue_cents, quantum)
        costs = euros(row.costs_cents, quantum)
        shown.append(ShownAmounts(revenue, costs, revenue - costs))
    shown.append(
        ShownAmounts(
            sum((s.revenue for s in shown), Decimal(0).quantize(quantum)),
            sum((s.costs for s in shown), Decimal(0).quantize(quantum)),
            sum((s.net for s in shown), Decimal(0).quantize(quantum)),
        )
    )
    return shown
