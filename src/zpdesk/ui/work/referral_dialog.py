"""A referral I gave: to whom, in which network, when, what it was worth."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.work import NetworkOption, ReferralInput, validate_referral
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.work.widgets import ErrorLabel, MoneyEdit, fill_combo, select_data


class ReferralDialog(QDialog):
    def __init__(
        self,
        networks: list[NetworkOption],
        people: list[tuple[int, str]],
        save: Callable[[ReferralInput], None],
        data: ReferralInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referral given"))
        self.setMinimumWidth(460)
        self._save = save
        self._id: int | None = None
        self.on = DateEdit(clock.today())
        self.person = QComboBox()
        fill_combo(
            self.person,
            [(self.tr("— someone not in zpdesk —"), None), *[(n, i) for i, n in people]],
        )
        self.network = QComboBox()
        fill_combo(
            self.network,
            [(self.tr("— outside my networks —"), None), *[(o.name, o.id) for o in networks]],
        )
        self.client = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.value = MoneyEdit()
        self.became_work = QCheckBox(self.tr("It became work for them"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&To"), self.person)
        form.addRow(self.tr("In &network"), self.network)
        form.addRow(self.tr("&Client"), self.client)
        form.addRow(self.tr("&What"), self.description)
        form.addRow(self.tr("&Estimated value (€)"), self.value)
        form.addRow("", self.became_work)
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

    def set_values(self, data: ReferralInput) -> None:
        self._id = data.id
        self.on.set_date(data.on)
        select_data(self.person, data.to_person_id)
        select_data(self.network, data.network_id)
        self.client.setText(data.client)
        self.description.setPlainText(data.description)
        self.value.set_cents(data.estimated_value_cents)
        self.became_work.setChecked(data.became_work)

    def values(self) -> ReferralInput:
        try:
            cents = self.value.cents()
        except ValueError:
            raise ValidationError(
                self.tr("The value %1 is not a number of euros.").replace("%1", self.value.text()),
                "estimated_value",
            ) from None
        data = ReferralInput(
            id=self._id,
            on=self.on.date_value(),
            to_person_id=self.person.currentData(),
            network_id=self.network.currentData(),
            client=self.client.text().strip(),
            description=self.description.toPlainText().strip(),
            estimated_value_cents=cents,
            became_work=self.became_work.isChecked(),
        )
        try:
            validate_referral(data)
        except ValidationError as exc:
            messages = {
                "to_person_id": self.tr(
                    "Say to whom you referred, or for which client or what work."
                ),
                "estimated_value": self.tr("An estimated value cannot be negative."),
            }
            raise ValidationError(messages.get(exc.field or "", str(exc)), exc.field) from None
        return data

    def accept(self) -> None:
        try:
            self._save(self.values())
        except (ValidationError, NotFoundError) as exc:
            self.error.show_error(str(exc))
            return
        super().accept()
