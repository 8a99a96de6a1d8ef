"""Renewals and notice deadlines (DOMAIN.md "Before deciding").

A membership renews yearly on a date or per term of N months from a date; a project
collaboration ends on a contract date. The **notice deadline** of a renewal is the renewal
date minus the notice period: the last day on which notice still stops that renewal.

Month arithmetic clamps to the month's end, always counted from the entered date (never
step by step, which would drift): 31 January + 1 month is 28 (or 29) February, + 2 months
31 March; a yearly renewal entered as 29 February falls on 28 February in other years.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from zpdesk.domain.enums import NoticeUnit, RenewalKind


@dataclass(frozen=True)
class RenewalTerms:
    """How a network renews and how it is ended.

    ``on``: for YEARLY a renewal date (its day and month repeat every year), for TERM a
    renewal date the terms are counted from, for CONTRACT_END the date the contract ends.
    """

    kind: RenewalKind = RenewalKind.NONE
    on: date | None = None
    term_months: int | None = None
    notice: int = 0
    notice_unit: NoticeUnit = NoticeUnit.MONTHS
    automatic: bool = True
    fee_change_cents: int | None = None  # an announced new annual fee …
    fee_change_from: date | None = None  # … from this date

    @property
    def step_months(self) -> int | None:
        """Months between renewals; None when the network does not renew on a rhythm."""
        if self.on is None:
            return None
        if self.kind == RenewalKind.YEARLY:
            return 12
        if self.kind == RenewalKind.TERM and self.term_months:
            return self.term_months
        return None


class DeadlineKind(StrEnum):
    NOTICE = "notice"  # give notice by the deadline, or it renews
    RENEWAL = "renewal"  # does not renew by itself: renew by the date, or it ends
    CONTRACT_END = "contract_end"  # the contract ends on the date


@dataclass(frozen=True)
class Deadline:
    """The next thing to act on for one network."""

    kind: DeadlineKind
    renewal: date  # the renewal (or end) date this is about
    deadline: date  # the last day to act: renewal − notice (NOTICE) or the date itself
    fee_cents: int  # the annual fee from that renewal on
    fee_changes: bool  # an announced fee change applies from that renewal


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back), clamped to the end of the month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def minus_notice(renewal: date, notice: int, unit: NoticeUnit) -> date:
    """The notice deadline of ``renewal``: the renewal date minus the notice period."""
    if unit == NoticeUnit.MONTHS:
        return add_months(renewal, -notice)
    days = notice * 7 if unit == NoticeUnit.WEEKS else notice
    return renewal - timedelta(days=days)


def plus_notice(day: date, notice: int, unit: NoticeUnit) -> date:
    """``day`` plus the notice period (notice given on ``day`` takes effect then)."""
    if unit == NoticeUnit.MONTHS:
        return add_months(day, notice)
    days = notice * 7 if unit == NoticeUnit.WEEKS else notice
    return day + timedelta(days=days)


def _renewals(terms: RenewalTerms, step: int, not_before: date) -> Iterator[date]:
    """Renewal dates counted from ``terms.on``, each from the entered date: those on or
    after ``not_before``, in order, without end."""
    assert terms.on is not None
    months_apart = (not_before.year - terms.on.year) * 12 + not_before.month - terms.on.month
    k = max(0, months_apart // step - 1)
    while True:
        candidate = add_months(terms.on, k * step)
        if candidate >= not_before:
            yield candidate
        k += 1


def next_renewal(terms: RenewalTerms, today: date) -> date | None:
    """The first renewal (or contract end) on or after ``today``; None when there is none."""
    if terms.on is None:
        return None
    if terms.kind == RenewalKind.CONTRACT_END:
        return terms.on if terms.on >= today else None
    step = terms.step_months
    return next(_renewals(terms, step, today)) if step else None


def _fee_at(terms: RenewalTerms, renewal: date, current_fee_cents: int) -> tuple[int, bool]:
    if (
        terms.fee_change_cents is not None
        and terms.fee_change_from is not None
        and terms.fee_change_from <= renewal
    ):
        return terms.fee_change_cents, terms.fee_change_cents != current_fee_cents
    return current_fee_cents, False


def next_deadline(terms: RenewalTerms, today: date, current_fee_cents: int = 0) -> Deadline | None:
    """The next deadline on or after ``today``.

    Automatic renewal: the first renewal whose notice deadline has not passed, and that
    deadline. Not automatic: the next renewal (nothing to give notice of; renew or it ends).
    A contract end: its notice deadline while that lies ahead and the contract renews by
    itself, else the end date.
    """
    if terms.on is None or terms.kind == RenewalKind.NONE:
        return None
    if terms.kind == RenewalKind.CONTRACT_END:
        end = terms.on
        deadline = minus_notice(end, terms.notice, terms.notice_unit)
        fee, changes = _fee_at(terms, end, current_fee_cents)
        if terms.automatic and deadline >= today:
            return Deadline(DeadlineKind.NOTICE, end, deadline, fee, changes)
        if end >= today:
            return Deadline(DeadlineKind.CONTRACT_END, end, end, fee, changes)
        return None
    step = terms.step_months
    if step is None:
        return None
    if not terms.automatic:
        renewal = next(_renewals(terms, step, today))
        fee, changes = _fee_at(terms, renewal, current_fee_cents)
        return Deadline(DeadlineKind.RENEWAL, renewal, renewal, fee, changes)
    for renewal in _renewals(terms, step, today):
        deadline = minus_notice(renewal, terms.notice, terms.notice_unit)
        if deadline >= today:
            fee, changes = _fee_at(terms, renewal, current_fee_cents)
            return Deadline(DeadlineKind.NOTICE, renewal, deadline, fee, changes)
    raise AssertionError("unreachable: renewals never end")


def earliest_leave(terms: RenewalTerms, today: date) -> date:
    """The earliest day the membership can end when notice is given ``today``.

    With a renewal rhythm: the renewal the notice still reaches (or the next renewal when it
    does not renew by itself); a contract: its end; without renewal terms: today plus the
    notice period.
    """
    found = next_deadline(terms, today)
    if found is not None:
        return found.renewal
    return plus_notice(today, terms.notice, terms.notice_unit)
