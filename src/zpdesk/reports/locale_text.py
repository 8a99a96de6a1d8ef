"""Numbers, money and dates for reports in the current QLocale.

Reports may not use ``zpdesk.ui`` (no widgets there), so this mirrors the few display
rules of ``ui.formatting`` they need: ``€ 1.234,56`` in Dutch, rounding only when shown.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale


def _dutch() -> bool:
    return QLocale().language() == QLocale.Language.Dutch


def _with_symbol(text: str, negative: bool) -> str:
    digits = text.lstrip("-")
    if _dutch():
        return f"€ -{digits}" if negative else f"€ {digits}"
    return f"-€{digits}" if negative else f"€{digits}"


def money(cents: int | Decimal | None, decimals: int = 2) -> str:
    """``€ 1.234,56`` (nl) / ``€1,234.56`` (en); "" for None."""
    if cents is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    euros = (Decimal(cents) / 100).quantize(quantum, rounding=ROUND_HALF_UP)
    text = QLocale().toString(float(euros), "f", decimals)
    return _with_symbol(text, euros < 0)


def number(value: Decimal | int | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return QLocale().toString(float(rounded), "f", decimals)


def hours(minutes: int | None, decimals: int = 1) -> str:
    if minutes is None:
        return ""
    return number(Decimal(minutes) / 60, decimals)


def percent(fraction: Decimal | None) -> str:
    if fraction is None:
        return ""
    return f"{number(fraction * 100, 0)} %"


def day(value: date, *, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)
