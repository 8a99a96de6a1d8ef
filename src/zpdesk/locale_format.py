"""Showing and reading money, numbers, dates, times and weeks in the user's locale.

Only QtCore, so that both the window (``ui.formatting`` re-exports all of this) and the
reports can use it. The locale is Qt's default locale, which ``ui.i18n`` sets from the
chosen language: Dutch users see ``€ 1.234,56``, ``23-11-2026`` and ``week 48`` and can type
``1.234,56`` back.

Amounts are formatted from integers and Decimals digit by digit: no float ever touches
money, so nothing is lost however large the amount.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

_MINUS_SIGNS = "-\u2212\u2012\u2013"


def locale() -> QLocale:
    """The locale everything is shown in (Qt's default, set by the chosen language)."""
    return QLocale()


def _is_dutch(loc: QLocale) -> bool:
    return loc.language() == QLocale.Language.Dutch


def _digits(value: Decimal, decimals: int, loc: QLocale) -> str:
    """``value`` rounded half-up to ``decimals`` places, with the locale's separators."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    negative = rounded < 0
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = loc.toString(int(whole))  # the locale's digit grouping: 1.234.567
    if decimals > 0:
        text += loc.decimalPoint() + fraction.ljust(decimals, "0")[:decimals]
    return (loc.negativeSign() + text) if negative else text


def money(cents: int | Decimal | None, decimals: int = 2, *, symbol: bool = True) -> str:
    """``€ 1.234,56`` (nl) / ``€1,234.56`` (en); "" for None. Rounds only here.

    Negative amounts: ``€ -1.234,56`` (nl), ``-€1,234.56`` (en). ``decimals=0`` gives whole
    euros (``€ 1.235``) for charts and summaries.
    """
    if cents is None:
        return ""
    loc = locale()
    # to the cent first, so whole euros agree with the same amount shown with cents
    euros = (Decimal(cents) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = _digits(abs(euros), decimals, loc)
    quantum = Decimal(1).scaleb(-decimals)
    negative = euros.quantize(quantum, rounding=ROUND_HALF_UP) < 0
    sign = loc.negativeSign() if negative else ""
    if not symbol:
        return sign + text
    if _is_dutch(loc):
        return f"€ {sign}{text}"
    return f"{sign}€{text}"


def number(value: Decimal | int | None, decimals: int = 1) -> str:
    """A number with the locale's separators: ``1.234,5`` (nl); "" for None."""
    if value is None:
        return ""
    return _digits(Decimal(value), decimals, locale())


def integer(value: int | None) -> str:
    """A whole number with the locale's digit grouping: ``12.345`` (nl)."""
    if value is None:
        return ""
    return locale().toString(int(value))


def hours(minutes: int | Decimal | None, decimals: int = 1) -> str:
    """Minutes shown as hours: ``2,5`` (nl)."""
    if minutes is None:
        return ""
    return number(Decimal(minutes) / 60, decimals)


def percent(fraction: Decimal | None, decimals: int = 0) -> str:
    """A 0–1 fraction as ``73 %``; "" for None."""
    if fraction is None:
        return ""
    return f"{number(Decimal(fraction) * 100, decimals)} {locale().percent()}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def day(value: date | None, *, long: bool = False) -> str:
    """A date in the locale's short (``23-11-2026``) or long format; "" for None."""
    if value is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(_qdate(value), fmt)


def day_short(value: date | None) -> str:
    """Weekday and date for lists and agendas: ``ma 23 nov.`` (nl), ``Mon 23 Nov`` (en)."""
    if value is None:
        return ""
    loc = locale()
    weekday = loc.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    month = loc.monthName(value.month, QLocale.FormatType.ShortFormat)
    return f"{weekday} {value.day} {month}"


def weekday_name(value: date, *, short: bool = False) -> str:
    """``maandag`` / ``Monday`` (or the short form)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale().dayName(value.isoweekday(), fmt)


def month_name(month: int, *, short: bool = False) -> str:
    """``november`` / ``November`` as it stands alone (a column or chart label)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale().standaloneMonthName(month, fmt)


def clock(value: time | None) -> str:
    """A time of day in the locale's short format: ``09:30`` (nl)."""
    if value is None:
        return ""
    return locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def moment(value: datetime | None) -> str:
    """Date and time: ``23-11-2026 09:30`` (nl)."""
    if value is None:
        return ""
    return f"{day(value.date())} {clock(value.time())}"


def week_number(value: date) -> int:
    """The ISO 8601 week number (weeks start on Monday; week 1 holds the first Thursday)."""
    return value.isocalendar()[1]


def week_label(value: date) -> str:
    """The ISO week with its year as people say it: ``week 48, 2026`` (nl: ``week 48, 2026``).

    The year is the ISO week-year: 29 December 2025 is in ``week 1, 2026``.
    """
    year, week, _ = value.isocalendar()
    return (
        QCoreApplication.translate("formatting", "week %1, %2")
        .replace("%1", locale().toString(week))
        .replace("%2", str(year))
    )


def iso_week(value: date) -> str:
    """The machine form ``2026-W48`` for files and sorting, never translated."""
    year, week, _ = value.isocalendar()
    return f"{year}-W{week:02d}"


# --- reading what the user typed ------------------------------------------------------


def _normalise_number(text: str, loc: QLocale) -> str:
    """Strip currency and spaces; turn the separators into Python's ``.``-decimal form.

    Both conventions are accepted whatever the locale: the last of ``,`` and ``.`` is the
    decimal separator when both appear. When only one kind appears, a separator followed
    by groups of exactly three digits is a thousands separator in the locale that groups
    with it (``1.234`` is 1234 in Dutch, 1.234 in English); otherwise it is the decimal one.
    """
    cleaned = text.strip()
    for junk in ("€", "EUR", "eur", "\u00a0", "\u202f", " ", "'"):
        cleaned = cleaned.replace(junk, "")
    negative = False
    if cleaned[:1] and cleaned[0] in _MINUS_SIGNS:
        negative, cleaned = True, cleaned[1:]
    elif cleaned[-1:] and cleaned[-1] in _MINUS_SIGNS:  # "12,50-" as some ledgers write
        negative, cleaned = True, cleaned[:-1]
    elif cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    elif cleaned[:1] == "+":
        cleaned = cleaned[1:]
    if not cleaned:
        raise ValueError(QCoreApplication.translate("formatting", "Enter a number."))
    if "," in cleaned and "." in cleaned:
        decimal_sep = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole, _, fraction = cleaned.rpartition(decimal_sep)
        if decimal_sep in whole or not _grouped(whole, group_sep):
            raise _not_a_number(text)
        cleaned = whole.replace(group_sep, "") + "." + fraction
    elif "," in cleaned or "." in cleaned:
        sep = "," if "," in cleaned else "."
        locale_groups_with = loc.groupSeparator()
        if cleaned.count(sep) > 1 or (sep == locale_groups_with and _grouped(cleaned, sep)):
            if not _grouped(cleaned, sep):
                raise _not_a_number(text)
            cleaned = cleaned.replace(sep, "")
        else:
            cleaned = cleaned.replace(sep, ".")
    if not re.fullmatch(r"\d*\.?\d*", cleaned) or cleaned in ("", "."):
        raise _not_a_number(text)
    return ("-" if negative else "") + cleaned


def _not_a_number(text: str) -> ValueError:
    message = QCoreApplication.translate("formatting", "“%1” is not a number.")
    return ValueError(message.replace("%1", text.strip()))


def _grouped(text: str, sep: str) -> bool:
    """``1.234.567`` with ``sep`` ".": one to three digits, then groups of exactly three."""
    return re.fullmatch(r"\d{1,3}(" + re.escape(sep) + r"\d{3})+|\d+", text) is not None


def parse_decimal(text: str, loc: QLocale | None = None) -> Decimal:
    """A number as typed: ``1.234,56``, ``1234.56``, ``€ 12``, ``-3,5``.

    Raises ValueError with a message that can be shown to the user.
    """
    cleaned = _normalise_number(text, loc if loc is not None else locale())
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise _not_a_number(text) from None


def parse_money_cents(text: str, loc: QLocale | None = None) -> int:
    """Euros as typed (``1.234,56``) to integer cents; at most two decimals."""
    value = parse_decimal(text, loc)
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(
            QCoreApplication.translate(
                "formatting", "“%1” has more than two decimals; amounts are in whole cents."
            ).replace("%1", text.strip())
        )
    return int(cents)


def parse_minutes(text: str, loc: QLocale | None = None) -> int:
    """A duration as typed, to whole minutes: ``1,5`` or ``1.5`` hours, or ``1:30``."""
    cleaned = text.strip().lower().removesuffix("u").removesuffix("h").strip()
    match = re.fullmatch(r"(\d+):([0-5]\d)", cleaned)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2))
    value = parse_decimal(cleaned, loc) * 60
    if value < 0:
        raise ValueError(QCoreApplication.translate("formatting", "A duration cannot be negative."))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_day(text: str, loc: QLocale | None = None) -> date:
    """A date as typed: the locale's short format (``23-11-2026``), with ``-``, ``/`` or
    ``.`` between the parts, a two-digit year, or ISO ``2026-11-23``."""
    loc = loc if loc is not None else locale()
    cleaned = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned)
    parts = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", cleaned)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if parts:
            first, second, year = (int(p) for p in parts.groups())
            if len(parts.group(3)) == 2:
                year += 2000
            month_first = loc.dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("m")
            month, dom = (first, second) if month_first else (second, first)
            return date(year, month, dom)
    except ValueError:
        pass
    raised = QCoreApplication.translate("formatting", "“%1” is not a date; type it like %2.")
    example = loc.toString(QDate(2026, 11, 23), QLocale.FormatType.ShortFormat)
    raise ValueError(raised.replace("%1", cleaned).replace("%2", example))


# --- filling translated texts ----------------------------------------------------------

_ARGUMENT = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` in one pass.

    One pass, so a value that itself holds ``%2`` stays as it is (chained ``replace``
    calls would fill it in). ``%n`` is Qt's plural count and is filled by ``translate``.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _ARGUMENT.sub(value, text)
