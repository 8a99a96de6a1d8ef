"""Showing and reading money, hours, dates and percentages in the user's locale.

Everything the window shows goes through here, so Dutch users see ``€ 1.234,56`` and
``23-11-2026`` and can type ``1.234,56`` back.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale


def locale() -> QLocale:
    return QLocale()


def money(cents: int | Decimal | None, *, symbol: bool = True) -> str:
    """``€ 1.234,56`` (nl) / ``€1,234.56`` (en); "" for None. Rounds to the cent only here."""
    if cents is None:
        return ""
    euros = (Decimal(cents) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = locale().toString(float(euros), "f", 2)  # float only for the final string, 2 decimals
    if not symbol:
        return text
    if locale().language() == QLocale.Language.Dutch:
        return f"€ {text}" if euros >= 0 else f"€ -{text.lstrip('-')}"
    return f"€{text}" if euros >= 0 else f"-€{text.lstrip('-')}"


def number(value: Decimal | int | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return locale().toString(float(rounded), "f", decimals)


def hours(minutes: int | None, decimals: int = 1) -> str:
    """Minutes shown as hours: ``2,5`` (nl)."""
    if minutes is None:
        return ""
    return number(Decimal(minutes) / 60, decimals)


def percent(fraction: Decimal | None) -> str:
    """A 0–1 fraction as ``73 %``; "" for None."""
    if fraction is None:
        return ""
    return f"{number(fraction * 100, 0)} %"


def day(value: date | None, *, long: bool = False) -> str:
    """A date in the locale's short (or long) format."""
    if value is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(QDate(value.year, value.month, value.day), fmt)


def week_label(value: date) -> str:
    """ISO week number with year, e.g. ``2026-W48``."""
    year, week, _ = value.isocalendar()
    return f"{year}-W{week:02d}"


def parse_decimal(text: str) -> Decimal:
    """Read a number as typed by the user in either convention: ``1.234,56``, ``1234.56``,
    ``€ 12``. Raises ValueError with a readable message."""
    cleaned = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ValueError("empty")
    if "," in cleaned and "." in cleaned:
        # the last separator is the decimal one
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None


def parse_money_cents(text: str) -> int:
    """Euros as typed (``1.234,56``) to integer cents; at most two decimals."""
    value = parse_decimal(text)
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{text!r} has more than two decimals")
    return int(cents)
