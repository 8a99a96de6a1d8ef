"""Notice deadlines by hand (DOMAIN.md "Before deciding"): every renewal kind around month
ends and leap years, automatic vs not renewing, an announced fee change."""

from __future__ import annotations

from datetime import date

import pytest

from zpdesk.domain.enums import NoticeUnit, RenewalKind
from zpdesk.domain.renewal import (
    Deadline,
    DeadlineKind,
    RenewalTerms,
    add_months,
    earliest_leave,
    minus_notice,
    next_deadline,
    next_renewal,
)

pytestmark = pytest.mark.domain

MONTHS, WEEKS, DAYS = NoticeUnit.MONTHS, NoticeUnit.WEEKS, NoticeUnit.DAYS


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 2, date(2025, 3, 31)),  # from the entered date: no drift
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),  # across a year end
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_notice_in_days_weeks_and_months() -> None:
    renewal = date(2025, 3, 1)
    assert minus_notice(renewal, 30, DAYS) == date(2025, 1, 30)  # 28 Feb days + 2 of January
    assert minus_notice(renewal, 4, WEEKS) == date(2025, 2, 1)
    assert minus_notice(renewal, 1, MONTHS) == date(2025, 2, 1)
    assert minus_notice(date(2024, 3, 1), 1, DAYS) == date(2024, 2, 29)


def test_yearly_on_31_january_with_one_month_notice() -> None:
    terms = RenewalTerms(RenewalKind.YEARLY, date(2020, 1, 31), notice=1, notice_unit=MONTHS)
    # On 1 December 2024 the next renewal is 31 January 2025, notice by 31 December 2024.
    found = next_deadline(terms, date(2024, 12, 1), 25000)
    assert found == Deadline(
        DeadlineKind.NOTICE, date(2025, 1, 31), date(2024, 12, 31), 25000, False
    )
    # The deadline day itself still counts; the day after, the next year's renewal.
    assert next_deadline(terms, date(2024, 12, 31)).deadline == date(2024, 12, 31)
    after = next_deadline(terms, date(2025, 1, 1))
    assert (after.renewal, after.deadline) == (date(2026, 1, 31), date(2025, 12, 31))


def test_yearly_on_29_february() -> None:
    terms = RenewalTerms(RenewalKind.YEARLY, date(2024, 2, 29), notice=1, notice_unit=MONTHS)
    # 2025 has no 29 February: the renewal falls on the 28th, notice by 28 January.
    found = next_deadline(terms, date(2024, 6, 1))
    assert (found.renewal, found.deadline) == (date(2025, 2, 28), date(2025, 1, 28))
    # In the next leap year the 29th returns: notice by 29 January 2028.
    found = next_deadline(terms, date(2027, 3, 1))
    assert (found.renewal, found.deadline) == (date(2028, 2, 29), date(2028, 1, 29))


def test_yearly_on_31_march_with_one_month_notice_ends_february() -> None:
    terms = RenewalTerms(RenewalKind.YEARLY, date(2019, 3, 31), notice=1, notice_unit=MONTHS)
    assert next_deadline(terms, date(2024, 1, 1)).deadline == date(2024, 2, 29)
    assert next_deadline(terms, date(2025, 1, 1)).deadline == date(2025, 2, 28)


def test_term_of_one_month_from_31_january() -> None:
    terms = RenewalTerms(
        RenewalKind.TERM, date(2024, 1, 31), term_months=1, notice=2, notice_unit=WEEKS
    )
    # Renewals 31 Jan, 29 Feb, 31 Mar 2024 …; two weeks' notice.
    found = next_deadline(terms, date(2024, 2, 10))
    assert (found.renewal, found.deadline) == (date(2024, 2, 29), date(2024, 2, 15))
    found = next_deadline(terms, date(2024, 2, 16))
    assert (found.renewal, found.deadline) == (date(2024, 3, 31), date(2024, 3, 17))
    assert next_renewal(terms, date(2024, 2, 16)) == date(2024, 2, 29)


def test_term_of_six_months_with_three_months_notice() -> None:
    terms = RenewalTerms(
        RenewalKind.TERM, date(2023, 8, 31), term_months=6, notice=3, notice_unit=MONTHS
    )
    # Renewals 31 Aug 2023, 29 Feb 2024, 31 Aug 2024, 28 Feb 2025.
    found = next_deadline(terms, date(2023, 11, 29))
    assert (found.renewal, found.deadline) == (date(2024, 2, 29), date(2023, 11, 29))
    found = next_deadline(terms, date(2023, 11, 30))
    assert (found.renewal, found.deadline) == (date(2024, 8, 31), date(2024, 5, 31))


def test_notice_longer_than_the_term() -> None:
    terms = RenewalTerms(
        RenewalKind.TERM, date(2024, 1, 1), term_months=1, notice=5, notice_unit=MONTHS
    )
    found = next_deadline(terms, date(2024, 1, 2))
    assert (found.renewal, found.deadline) == (date(2024, 7, 1), date(2024, 2, 1))


def test_automatic_vs_not_renewing() -> None:
    automatic = RenewalTerms(RenewalKind.YEARLY, date(2020, 1, 1), notice=3, notice_unit=MONTHS)
    lapsing = RenewalTerms(
        RenewalKind.YEARLY, date(2020, 1, 1), notice=3, notice_unit=MONTHS, automatic=False
    )
    today = date(2024, 11, 15)
    # Automatic: the deadline for 1 January 2025 (1 October) has passed; the next is 2026's.
    found = next_deadline(automatic, today)
    assert found.kind == DeadlineKind.NOTICE
    assert (found.renewal, found.deadline) == (date(2026, 1, 1), date(2025, 10, 1))
    assert earliest_leave(automatic, today) == date(2026, 1, 1)
    # Not renewing by itself: no notice, it simply ends on 1 January unless I renew.
    found = next_deadline(lapsing, today)
    assert found.kind == DeadlineKind.RENEWAL
    assert (found.renewal, found.deadline) == (date(2025, 1, 1), date(2025, 1, 1))
    assert earliest_leave(lapsing, today) == date(2025, 1, 1)


def test_contract_end() -> None:
    terms = RenewalTerms(RenewalKind.CONTRACT_END, date(2025, 6, 30), notice=1, automatic=False)
    found = next_deadline(terms, date(2025, 1, 1))
    assert (found.kind, found.deadline) == (DeadlineKind.CONTRACT_END, date(2025, 6, 30))
    assert next_deadline(terms, date(2025, 7, 1)) is None
    extending = RenewalTerms(RenewalKind.CONTRACT_END, date(2025, 6, 30), notice=1)
    found = next_deadline(extending, date(2025, 1, 1))
    assert (found.kind, found.deadline) == (DeadlineKind.NOTICE, date(2025, 5, 30))
    # Past its notice deadline it still ends (or extends) on the contract date.
    found = next_deadline(extending, date(2025, 6, 1))
    assert (found.kind, found.renewal) == (DeadlineKind.CONTRACT_END, date(2025, 6, 30))


def test_announced_fee_change() -> None:
    terms = RenewalTerms(
        RenewalKind.YEARLY,
        date(2020, 1, 1),
        notice=1,
        notice_unit=MONTHS,
        fee_change_cents=32500,
        fee_change_from=date(2026, 1, 1),
    )
    # The renewal of 1 January 2025 keeps the current fee; the change applies from 2026.
    found = next_deadline(terms, date(2024, 11, 1), 25000)
    assert (found.renewal, found.fee_cents, found.fee_changes) == (date(2025, 1, 1), 25000, False)
    found = next_deadline(terms, date(2024, 12, 15), 25000)
    assert (found.renewal, found.fee_cents, found.fee_changes) == (date(2026, 1, 1), 32500, True)


def test_no_terms_no_deadline() -> None:
    assert next_deadline(RenewalTerms(), date(2025, 1, 1)) is None
    assert next_renewal(RenewalTerms(), date(2025, 1, 1)) is None
    # Without renewal terms, notice takes effect after the notice period.
    assert earliest_leave(RenewalTerms(notice=1), date(2025, 1, 31)) == date(2025, 2, 28)
