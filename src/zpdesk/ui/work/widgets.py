"""Small input widgets shared by the work dialogs: dates, money, hours, choices."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from zpdesk.services.csv_import import parse_amount_cents
from zpdesk.ui import formatting


class MoneyEdit(QLineEdit):
    """Euros as the user types them (``1.234,56``, ``2.500``, ``1234.56``, ``€ 12``).

    Read with the CSV importer's money parser: unlike ``formatting.parse_money_cents`` it
    takes ``2.500`` as two thousand five hundred euros (a lone group of three digits is a
    thousands separator, as a Dutch user means it), never as 2,50.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(formatting.money(0, symbol=False))

    def cents(self) -> int:
        """The amount in cents; ValueError when it is not an amount."""
        if not self.text().strip():
            return 0
        return parse_amount_cents(self.text())

    def set_cents(self, cents: int) -> None:
        self.setText(formatting.money(cents, symbol=False) if cents else "")


class DecimalEdit(QLineEdit):
    """A decimal number (hours, percentages) in either convention."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder)

    def decimal(self) -> Decimal | None:
        """None when empty; ValueError when it is not a number."""
        if not self.text().strip():
            return None
        return formatting.parse_decimal(self.text())

    def set_decimal(self, value: Decimal | None, decimals: int = 2) -> None:
        if value is None:
            self.clear()
            return
        text = formatting.number(value, decimals)
        # drop trailing zeros after the decimal separator: "12,50" → "12,5", "15,00" → "15"
        separator = QLocale().decimalPoint()
        if separator in text:
            text = text.rstrip("0").rstrip(separator)
        self.setText(text)
