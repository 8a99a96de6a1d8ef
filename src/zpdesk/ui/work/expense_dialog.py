"""An expense for a network: membership fee, event, travel or other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import ExpenseCategory
from zpdesk.locale_format import fill
from zpdesk.services.errors import ValidationError
from zpdesk.services.work import ExpenseInput, NetworkOption, validate_expense
from zpdesk.ui.combos import fill_combo, select_data
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.dialogs.base import SavingDialog
from zpdesk.ui.labels import choices
from zpdesk.ui.work.widgets import MoneyEdit


class ExpenseDialog(SavingDialog[ExpenseInput]):
    def __init__(
        self,
        networks: list[NetworkOption],
        save: Callable[[ExpenseInput], None],
        data: ExpenseInput | None = None,
        network_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Expense"))
        self.setMinimumWidth(420)
        self._id: int | None = None
        self.network = QComboBox()
        fill_combo(self.network, [(o.name, o.id) for o in networks], network_id)
        self.on = DateEdit(clock.today())
        self.category = QComboBox()
        fill_combo(self.category, choices(ExpenseCategory), ExpenseCategory.EVENT)
        self.amount = MoneyEdit()
        self.note = QLineEdit()
        self.field_widgets = {"amount": self.amount, "category": self.category}
        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Amount (€)"), self.amount)
        form.addRow(self.tr("N&ote"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        if data is not None:
            self.set_values(data)

    def set_values(self, data: ExpenseInput) -> None:
        self._id = data.id
        select_data(self.network, data.network_id)
        self.on.set_date(data.on)
        select_data(self.category, data.category)
        self.amount.set_cents(data.amount_cents)
        self.note.setText(data.note)

    def values(self) -> ExpenseInput:
        if self.network.currentData() is None:
            raise ValidationError(self.tr("Add a network first: every expense belongs to one."))
        try:
            cents = self.amount.cents()
        except ValueError:
            raise ValidationError(
                fill(self.tr("The amount %1 is not a number of euros."), self.amount.text()),
                "amount",
            ) from None
        if cents < 0:  # zero is allowed, as the service allows it
            raise ValidationError(self.tr("An amount cannot be negative."), "amount")
        data = ExpenseInput(
            id=self._id,
            network_id=self.network.currentData(),
            on=self.on.date_value(),
            amount_cents=cents,
            category=ExpenseCategory(self.category.currentData()),
            note=self.note.text().strip(),
        )
        validate_expense(data)
        return data
