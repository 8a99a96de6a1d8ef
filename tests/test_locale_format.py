"""Money, numbers, dates and weeks shown and read in the user's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from zpdesk import locale_format as lf
from zpdesk.ui import formatting

pytestmark = pytest.mark.domain

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def in_locale() -> Iterator:
    """Switch Qt's default locale for one test and put the old one back."""
    before = QLocale()

    def switch(loc: QLocale) -> None:
        QLocale.setDefault(loc)

    yield switch
    QLocale.setDefault(before)


@pytest.fixture
def dutch(in_locale) -> None:
    in_locale(DUTCH)


@pytest.fixture
def british(in_locale) -> None:
    in_locale(BRITISH)


def test_ui_formatting_is_the_same_code() -> None:
    # The window and the reports must format identically: one implementation.
    assert formatting.money is lf.money
    assert formatting.parse_money_cents is lf.parse_money_cents
    assert formatting.week_label is lf.week_label


def test_locale_format_needs_only_qtcore() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(lf.__file__).read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert {m for m in modules if m and m.startswith("PySide6")} == {"PySide6.QtCore"}


class TestDutch:
    def test_money(self, dutch) -> None:
        assert lf.money(123456) == "€ 1.234,56"
        assert lf.money(-123456) == "€ -1.234,56"
        assert lf.money(5) == "€ 0,05"
        assert lf.money(100_000_000_00) == "€ 100.000.000,00"
        assert lf.money(123456, symbol=False) == "1.234,56"
        assert lf.money(123456, 0) == "€ 1.235"  # € 1234,56 rounds half up to € 1235
        assert lf.money(-49, decimals=0) == "€ 0"  # -€ 0,49 rounds to zero: no sign
        assert lf.money(None) == ""

    def test_money_rounds_half_up_to_the_cent_only_when_shown(self, dutch) -> None:
        # 1234.5 cents = € 12,345 -> € 12,35; -0.4 cents rounds to zero, shown without a sign
        assert lf.money(Decimal("1234.5")) == "€ 12,35"
        assert lf.money(Decimal("-0.4")) == "€ 0,00"

    def test_numbers_hours_percent(self, dutch) -> None:
        assert lf.number(Decimal("1234.55"), 1) == "1.234,6"
        assert lf.number(-3, 0) == "-3"
        assert lf.integer(12345) == "12.345"
        assert lf.hours(150) == "2,5"  # 150 min = 2.5 h
        assert lf.hours(20, 2) == "0,33"  # 20/60 = 0.333…
        assert lf.percent(Decimal("0.735")) == "74 %"  # 73.5 rounds half up
        assert lf.percent(Decimal("0.5"), 1) == "50,0 %"

    def test_dates_and_times(self, dutch) -> None:
        d = date(2026, 11, 23)  # a Monday
        assert lf.day(d) == "23-11-2026"
        assert lf.day(d, long=True) == "maandag 23 november 2026"
        assert lf.weekday_name(d) == "maandag"
        assert lf.month_name(3) == "maart"
        assert lf.clock(time(9, 5)) == "09:05"
        assert lf.moment(datetime(2026, 11, 23, 14, 30)) == "23-11-2026 14:30"
        assert lf.day_short(d).startswith("ma 23 nov")

    def test_weeks_are_iso(self, dutch) -> None:
        # 29 Dec 2025 is a Monday; the Thursday of its week is 1 Jan 2026 -> week 1 of 2026
        assert lf.week_label(date(2025, 12, 29)) == "week 1, 2026"
        assert lf.week_number(date(2026, 11, 23)) == 48
        assert lf.iso_week(date(2025, 12, 29)) == "2026-W01"
        # 3 Jan 2027 is a Sunday; that week's Thursday is 31 Dec 2026 -> week 53 of 2026
        assert lf.week_label(date(2027, 1, 3)) == "week 53, 2026"

    def test_parse_dutch_input(self, dutch) -> None:
        assert lf.parse_money_cents("1.234,56") == 123456
        assert lf.parse_money_cents("€ 1.234,56") == 123456
        assert lf.parse_money_cents("1234,5") == 123450
        assert lf.parse_money_cents("1.234") == 123400  # a Dutch thousands separator
        assert lf.parse_money_cents("12.50") == 1250  # not groups of three: a decimal point
        assert lf.parse_money_cents("€ -12,50") == -1250
        assert lf.parse_money_cents("1.234.567") == 123456700
        assert lf.parse_decimal(" 3,75 ") == Decimal("3.75")
        assert lf.parse_minutes("1,5") == 90
        assert lf.parse_minutes("1:30") == 90
        assert lf.parse_minutes("2u") == 120
        assert lf.parse_day("23-11-2026") == date(2026, 11, 23)
        assert lf.parse_day("1/2/26") == date(2026, 2, 1)  # day first in Dutch
        assert lf.parse_day("2026-11-23") == date(2026, 11, 23)

    @pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12.34,5", "1.23.4", "--1", "€"])
    def test_parse_rejects_garbage(self, dutch, text: str) -> None:
        with pytest.raises(ValueError):
            lf.parse_decimal(text)

    def test_parse_errors_are_dutch_sentences(self, qapp, dutch) -> None:
        from zpdesk.ui import i18n

        i18n.install_translators(qapp, "nl")
        try:
            with pytest.raises(ValueError, match="geen getal"):
                lf.parse_decimal("abc")
            with pytest.raises(ValueError, match="hele centen"):
                lf.parse_money_cents("1,234")
            with pytest.raises(ValueError, match="geen datum.*23-11-2026"):
                lf.parse_day("31-02-2026")
        finally:
            i18n.install_translators(qapp, "en")

    def test_more_than_two_decimals_is_not_money(self, dutch) -> None:
        with pytest.raises(ValueError):
            lf.parse_money_cents("1,234")


class TestEnglish:
    def test_money_and_numbers(self, british) -> None:
        assert lf.money(123456) == "€1,234.56"
        assert lf.money(-123456) == "-€1,234.56"
        assert lf.number(Decimal("1234.55"), 1) == "1,234.6"
        assert lf.day(date(2026, 11, 23)) == "23/11/2026"

    def test_parse_english_input(self, british) -> None:
        assert lf.parse_money_cents("1,234.56") == 123456
        assert lf.parse_money_cents("1,234") == 123400  # an English thousands separator
        assert lf.parse_money_cents("12,5") == 1250  # a Dutch habit still understood
        assert lf.parse_decimal("1.5") == Decimal("1.5")

    def test_american_dates_are_month_first(self, in_locale) -> None:
        in_locale(AMERICAN)
        assert lf.parse_day("2/1/26") == date(2026, 2, 1)


# --- properties ----------------------------------------------------------------------

cents_values = st.integers(min_value=-(10**13), max_value=10**13)
locales = st.sampled_from([DUTCH, BRITISH, AMERICAN])


@given(cents=cents_values, loc=locales)
def test_money_round_trips(cents: int, loc: QLocale) -> None:
    """Whatever zpdesk shows, the user can type back and get the same cents."""
    before = QLocale()
    QLocale.setDefault(loc)
    try:
        shown = lf.money(cents)
        assert lf.parse_money_cents(shown, loc) == cents
        assert lf.parse_money_cents(lf.money(cents, symbol=False), loc) == cents
    finally:
        QLocale.setDefault(before)


@given(
    value=st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False),
    loc=locales,
)
def test_numbers_round_trip(value: Decimal, loc: QLocale) -> None:
    before = QLocale()
    QLocale.setDefault(loc)
    try:
        assert lf.parse_decimal(lf.number(value, 3), loc) == value
    finally:
        QLocale.setDefault(before)


@given(cents=st.integers(min_value=0, max_value=10**11))
def test_plain_dutch_typing_is_understood(cents: int) -> None:
    """What a Dutch user types without grouping: ``1234,56`` (or ``1234`` for whole euros)."""
    euros, rest = divmod(cents, 100)
    typed = f"{euros},{rest:02d}"
    assert lf.parse_money_cents(typed, DUTCH) == cents
    assert lf.parse_money_cents(f"{euros}", DUTCH) == euros * 100


@given(cents=st.integers(min_value=0, max_value=10**11))
def test_plain_english_typing_is_understood(cents: int) -> None:
    euros, rest = divmod(cents, 100)
    assert lf.parse_money_cents(f"{euros}.{rest:02d}", BRITISH) == cents


# Two-digit years (American short dates) are read as 20xx.
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), loc=locales)
def test_dates_round_trip(day: date, loc: QLocale) -> None:
    before = QLocale()
    QLocale.setDefault(loc)
    try:
        assert lf.parse_day(lf.day(day), loc) == day
    finally:
        QLocale.setDefault(before)


@given(text=st.text(max_size=20))
def test_parse_decimal_fails_only_with_value_error(text: str) -> None:
    try:
        lf.parse_decimal(text, DUTCH)
    except ValueError:
        pass
