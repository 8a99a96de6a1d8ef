"""Preferences: the settings that change figures (stored in the database)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from zpdesk.services import settings as service
from zpdesk.services.errors import ValidationError
from zpdesk.services.settings import SettingsValues
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs.base import EditorDialog


class SettingsDialog(EditorDialog):
    """Name, target hourly rate, weekly capacity for networks, default check-in rhythm."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Preferences"))
        with context.db.session() as session:
            values = service.get_settings(session)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(service.MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("shown on printed overviews"))
        self.profession_edit = QLineEdit()
        self.profession_edit.setMaxLength(service.MAX_PROFESSION_LENGTH)
        self.profession_edit.setPlaceholderText(
            self.tr("e.g. interim HR; for networks with one member per profession")
        )
        self.rate_edit = QLineEdit()
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 24)
        self.interval_spin.setSuffix(self.tr(" months"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("Your &profession:"), self.profession_edit)
        form.addRow(self.tr("&Target hourly rate (€):"), self.rate_edit)
        form.addRow(self.tr("&Weekly time for networks (hours):"), self.capacity_edit)
        form.addRow(self.tr("&Check-in on expectations every:"), self.interval_spin)
        hint = QLabel(
            self.tr(
                "The review sets each network's net result per invested hour against your "
                "target rate; the agenda sets your weekly load against the time you want to "
                "give your networks. A network can have its own check-in rhythm."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {
            "name": self.name_edit,
            "profession": self.profession_edit,
            "target_rate_cents": self.rate_edit,
            "weekly_capacity_minutes": self.capacity_edit,
            "checkin_interval_months": self.interval_spin,
        }
        self.set_values(values)
        self.resize(540, self.sizeHint().height())

    def set_values(self, values: SettingsValues) -> None:
        self.name_edit.setText(values.name)
        self.profession_edit.setText(values.profession)
        self.rate_edit.setText(formatting.money(values.target_rate_cents, symbol=False))
        self.capacity_edit.setText(formatting.hours(values.weekly_capacity_minutes, 1))
        self.interval_spin.setValue(values.checkin_interval_months)

    def values(self) -> SettingsValues:
        """What the fields say; ValidationError when a number cannot be read."""
        rate_text = self.rate_edit.text().strip()
        try:
            rate = formatting.parse_money_cents(rate_text) if rate_text else 0
        except ValueError:
            raise ValidationError(
                self.tr("'%1' is not an amount in euros.").replace("%1", rate_text),
                "target_rate_cents",
            ) from None
        capacity_text = self.capacity_edit.text().strip()
        try:
            hours = formatting.parse_decimal(capacity_text) if capacity_text else Decimal(0)
        except ValueError:
            raise ValidationError(
                self.tr("'%1' is not a number of hours.").replace("%1", capacity_text),
                "weekly_capacity_minutes",
            ) from None
        minutes = int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        return SettingsValues(
            name=self.name_edit.text(),
            target_rate_cents=rate,
            weekly_capacity_minutes=minutes,
            checkin_interval_months=self.interval_spin.value(),
            profession=self.profession_edit.text(),
        )

    def save(self) -> None:
        values = self.values()
        self.context.actions.run(
            self.tr("Change preferences"),
            lambda session: service.update_settings(session, values),
        )
