"""An expense for a network: membership fee, event, travel or other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import ExpenseCategory
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.work import ExpenseInput, NetworkOption, validate_expense
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.labels import choices
from zpdesk.ui.work.widgets import ErrorLabel, MoneyEdit, fill_combo, select_data


class ExpenseDialog(QDialog):
    def __init__(
        self,
        networks: list[NetworkOption],
        save: Callable[[ExpenseInput], None],
        data: ExpenseInput | None = None,
        network_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expense"))
        self.setMinimumWidth(420)
        self._save = save
        self._id: int | None = None
        self.network = QComboBox()
        fill_combo(self.network, [(o.name, o.id) for o in networks], network_id)
        self.on = DateEdit(clock.today())
        self.category = QComboBox()
        fill_combo(self.category, choices(ExpenseCategory), ExpenseCategory.EVENT)
        self.amount = MoneyEdit()
        self.note = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Amount (€)"), self.amount)
        form.addRow(self.tr("N&ote"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
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
                self.tr("The amount %1 is not a number of euros.").replace(
                    "%1", self.amount.text()
                ),
                "amount",
            ) from None
        if cents <= 0:
            raise ValidationError(self.tr("Enter an amount above zero."), "amount")
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

    def accept(self) -> None:
        try:
            data = self.values()
            self._save(data)
        except ValidationError as exc:
            if exc.field == "category":  # a second membership fee in one year
                self.error.show_error(
                    self.tr("%1 already has a membership fee for %2.")
                    .replace("%1", self.network.currentText())
                    .replace("%2", str(self.on.date_value().year))
                )
            else:
                self.error.show_error(str(exc))
            return
        except NotFoundError as exc:
            self.error.show_error(str(exc))
            return
        super().accept()
