"""A referral I gave: to whom, in which network, when, what it was worth."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.locale_format import fill
from zpdesk.services.errors import ValidationError
from zpdesk.services.work import NetworkOption, ReferralInput, validate_referral
from zpdesk.ui.combos import fill_combo, select_data
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.dialogs.base import SavingDialog
from zpdesk.ui.work.widgets import MoneyEdit


class ReferralDialog(SavingDialog[ReferralInput]):
    def __init__(
        self,
        networks: list[NetworkOption],
        people: list[tuple[int, str]],
        save: Callable[[ReferralInput], None],
        data: ReferralInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Referral given"))
        self.setMinimumWidth(460)
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
        self.field_widgets = {"to_person_id": self.person, "estimated_value": self.value}
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&To"), self.person)
        form.addRow(self.tr("In &network"), self.network)
        form.addRow(self.tr("&Client"), self.client)
        form.addRow(self.tr("&What"), self.description)
        form.addRow(self.tr("&Estimated value (€)"), self.value)
        form.addRow("", self.became_work)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
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
                fill(self.tr("The value %1 is not a number of euros."), self.value.text()),
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
        validate_referral(data)
        return data
