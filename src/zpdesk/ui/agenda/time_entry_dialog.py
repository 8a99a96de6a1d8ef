"""A time entry: network work outside meetings (acquisition, preparation, travel…)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from zpdesk import clock
from zpdesk.domain.enums import TimeActivity
from zpdesk.services import timelog
from zpdesk.services.errors import ValidationError
from zpdesk.services.timelog import TimeEntryData
from zpdesk.store.models import Network
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import AgendaDialog, network_icon, select_data
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit, from_qdate, to_qdate
from zpdesk.ui.labels import choices


def parse_hours(text: str) -> int:
    """Hours as typed (``1,5``, ``1.5``, ``1:30``) to whole minutes; ValueError otherwise."""
    text = text.strip()
    if ":" in text:
        hours, _, minutes = text.partition(":")
        if not (hours.strip() or "0").isdigit() or not minutes.strip().isdigit():
            raise ValueError(text)
        return int(hours.strip() or "0") * 60 + int(minutes)
    return int((formatting.parse_decimal(text) * 60).to_integral_value())


class TimeEntryDialog(AgendaDialog):
    """New or existing entry: ``values()``/``set_values()``, ``accept()`` saves."""

    def __init__(
        self,
        context: ViewContext,
        entry_id: int | None = None,
        *,
        network_id: int | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.entry_id = entry_id
        self.setObjectName("time_entry_dialog")
        self.setWindowTitle(self.tr("Edit time") if entry_id else self.tr("Log time"))
        self.network = QComboBox()
        self.network.setObjectName("network")
        with context.db.session() as session:
            for nid, name, colour in session.execute(
                select(Network.id, Network.name, Network.colour).order_by(Network.name)
            ):
                self.network.addItem(network_icon(colour), name, nid)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("date")
        self.hours = QLineEdit()
        self.hours.setObjectName("hours")
        # The example in the language's own decimal sign: 1.5 (en), 1,5 (nl).
        example = formatting.number(Decimal("1.5"))
        self.hours.setPlaceholderText(formatting.fill(self.tr("e.g. %1 or 1:30"), example))
        self.activity = QComboBox()
        self.activity.setObjectName("activity")
        for text, value in choices(TimeActivity):
            self.activity.addItem(text, value)
        self.side = QComboBox()
        self.side.setObjectName("side")
        self.side.addItem(self.tr("Internal"), False)
        self.side.addItem(self.tr("External"), True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Hours"), self.hours)
        form.addRow(self.tr("Activity"), self.activity)
        form.addRow(self.tr("Time counts as"), self.side)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {"network_id": self.network, "minutes": self.hours}
        if entry_id is not None:
            with context.db.session() as session:
                self.set_values(timelog.entry(session, entry_id).data())
        else:
            self.set_values(
                TimeEntryData(
                    network_id=network_id or (self.network.itemData(0) or 0),
                    on=day or clock.today(),
                    minutes=60,
                )
            )
            self.hours.clear()

    def set_values(self, data: TimeEntryData) -> None:
        select_data(self.network, data.network_id)
        self.date_edit.setDate(to_qdate(data.on))
        self.hours.setText(formatting.hours(data.minutes, 2))
        select_data(self.activity, data.activity)
        select_data(self.side, data.is_external)
        self.note.setPlainText(data.note)

    def values(self) -> TimeEntryData:
        network_id = self.network.currentData()
        if network_id is None:
            raise ValidationError(self.tr("Add a network first."), "network_id")
        text = self.hours.text()
        if not text.strip():
            raise ValidationError(self.tr("Fill in the hours."), "minutes")
        try:
            minutes = parse_hours(text)
        except ValueError:
            raise ValidationError(
                self.tr("%1 is not a number of hours.").replace("%1", text.strip()), "minutes"
            ) from None
        return TimeEntryData(
            network_id=int(network_id),
            on=from_qdate(self.date_edit.date()),
            minutes=minutes,
            activity=TimeActivity(self.activity.currentData()),
            is_external=bool(self.side.currentData()),
            note=self.note.toPlainText(),
        )

    def save(self) -> int | None:
        data = self.values()
        hours = formatting.hours(data.minutes, 2)
        network = self.network.currentText()
        if self.entry_id is None:
            return self.context.actions.run(
                self.tr("Log %1 h for '%2'").replace("%1", hours).replace("%2", network),
                lambda session: timelog.create_entry(session, data),
            )
        entry_id = self.entry_id
        self.context.actions.run(
            self.tr("Change logged time for '%1'").replace("%1", network),
            lambda session: timelog.update_entry(session, entry_id, data),
        )
        return entry_id
