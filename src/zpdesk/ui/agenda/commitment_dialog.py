"""The editor of a meeting series (or a single meeting) with its recurrence.

Editing an existing series changes it as a whole, or — with "only from" ticked — from a
date on: the old series then ends the day before and a new one takes over.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import CommitmentKind
from zpdesk.domain.recurrence import RecurrenceError, next_occurrence
from zpdesk.locale_format import fill
from zpdesk.services import agenda
from zpdesk.services.agenda import CommitmentData
from zpdesk.services.errors import ValidationError
from zpdesk.services.networks import network_choices
from zpdesk.services.occurrences import day_start
from zpdesk.ui.agenda.common import AgendaDialog, combine, to_qtime
from zpdesk.ui.agenda.recurrence_builder import RecurrenceBuilder
from zpdesk.ui.combos import add_network_items, select_data
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit, from_qdate, to_qdate
from zpdesk.ui.errors import error_text
from zpdesk.ui.labels import choices


class CommitmentDialog(AgendaDialog):
    """New or existing series: ``values()``/``set_values()``, ``accept()`` saves."""

    def __init__(
        self,
        context: ViewContext,
        commitment_id: int | None = None,
        *,
        network_id: int | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.commitment_id = commitment_id
        self.setWindowTitle(self.tr("Edit meeting") if commitment_id else self.tr("New meeting"))
        self.setObjectName("commitment_dialog")

        self.network = QComboBox()
        self.network.setObjectName("network")
        with context.db.session() as session:
            add_network_items(self.network, network_choices(session))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. Breakfast session"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for text, value in choices(CommitmentKind):
            self.kind.addItem(text, value)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("date")
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("start_time")
        self.start_time.setDisplayFormat("HH:mm")
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("end_time")
        self.end_time.setDisplayFormat("HH:mm")
        self.next_day = QLabel()
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location.setMaxLength(300)
        self.side = QComboBox()
        self.side.setObjectName("side")
        self.side.addItem(self.tr("Internal (within the network)"), False)
        self.side.addItem(self.tr("External (clients, outside parties)"), True)
        self.required = QCheckBox(self.tr("Attendance expected"))
        self.required.setObjectName("required")
        self.required.setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMaximumHeight(60)
        self.recurrence = RecurrenceBuilder()
        self.recurrence.setObjectName("recurrence")

        self.only_from = QCheckBox(self.tr("Apply the changes only from"))
        self.only_from.setObjectName("only_from")
        self.from_date = DateEdit()
        self.from_date.setObjectName("from_date")
        self.from_date.setDate(QDate.currentDate())
        self.from_row = QWidget()
        row = QHBoxLayout(self.from_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.only_from)
        row.addWidget(self.from_date)
        row.addWidget(QLabel(self.tr("on (earlier dates keep the old schedule)")))
        row.addStretch(1)
        self.from_row.setVisible(commitment_id is not None)

        when = QWidget()
        line = QHBoxLayout(when)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.date_edit)
        line.addWidget(QLabel(self.tr("from")))
        line.addWidget(self.start_time)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.end_time)
        line.addWidget(self.next_day)
        line.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Time counts as"), self.side)
        form.addRow("", self.required)
        form.addRow(self.tr("Note"), self.note)
        box = QGroupBox(self.tr("Recurrence"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.recurrence)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.from_row)
        self.finish_layout(layout)
        self.field_widgets = {
            "network_id": self.network,
            "title": self.title_edit,
            "duration": self.end_time,
            "starts_at": self.date_edit,
            "rrule": self.recurrence.frequency,
            "exdates": self.recurrence.exception_list,
            "location": self.location,
        }

        self.date_edit.dateChanged.connect(self._on_start_changed)
        self.start_time.timeChanged.connect(self._on_start_changed)
        self.end_time.timeChanged.connect(self._update_next_day)

        start = datetime.combine(day or clock.today(), datetime.min.time()).replace(hour=9)
        self.set_values(
            CommitmentData(
                network_id=network_id or (self.network.itemData(0) or 0),
                title="",
                starts_at=start,
                duration_minutes=90,
            )
        )
        if commitment_id is not None:
            with context.db.session() as session:
                record = agenda.commitment(session, commitment_id)
            self.set_values(record.data)
            self.from_date.setDate(QDate.currentDate())
        self.resize(620, self.sizeHint().height())

    # --- values ---------------------------------------------------------------------------

    def set_values(self, data: CommitmentData) -> None:
        self._timezone = data.timezone  # an imported series keeps repeating in its own zone
        select_data(self.network, data.network_id)
        self.title_edit.setText(data.title)
        select_data(self.kind, data.kind)
        self.date_edit.setDate(to_qdate(data.starts_at.date()))
        self.start_time.setTime(to_qtime(data.starts_at.time()))
        end = data.starts_at + timedelta(minutes=data.duration_minutes)
        self.end_time.setTime(to_qtime(end.time()))
        self.location.setText(data.location)
        select_data(self.side, data.is_external)
        self.required.setChecked(data.required)
        self.note.setPlainText(data.note)
        self.recurrence.set_start(data.starts_at)
        self.recurrence.set_rule(data.rrule, data.exdates)
        self._update_next_day()

    def starts_at(self) -> datetime:
        return combine(self.date_edit.date(), self.start_time.time())

    def duration_minutes(self) -> int:
        start, end = self.start_time.time(), self.end_time.time()
        minutes = (start.secsTo(end) // 60) % (24 * 60)
        if minutes == 0:
            raise ValidationError(self.tr("The meeting needs an end after its start."), "duration")
        return minutes

    def values(self) -> CommitmentData:
        """What the fields say (ValidationError for what they cannot express)."""
        starts_at = self.starts_at()
        network_id = self.network.currentData()
        if network_id is None:
            raise ValidationError(self.tr("Add a network first."), "network_id")
        return CommitmentData(
            network_id=int(network_id),
            title=self.title_edit.text(),
            starts_at=starts_at,
            duration_minutes=self.duration_minutes(),
            kind=CommitmentKind(self.kind.currentData()),
            location=self.location.text(),
            is_external=bool(self.side.currentData()),
            required=self.required.isChecked(),
            rrule=self.recurrence.rule(),
            exdates=self.recurrence.exdates(starts_at),
            note=self.note.toPlainText(),
            timezone=self._timezone,
        )

    def set_only_from(self, day: date | None) -> None:
        """Edit the series from ``day`` on (None: the whole series)."""
        self.only_from.setChecked(day is not None)
        if day is not None:
            self.from_date.setDate(to_qdate(day))

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> int | None:
        data = self.values()
        title = data.title.strip()
        if self.commitment_id is None:
            return self.context.actions.run(
                fill(self.tr("Add meeting '%1'"), title),
                lambda session: agenda.create_commitment(session, data),
            )
        commitment_id = self.commitment_id
        if self.only_from.isChecked() and data.rrule:
            from_day = from_qdate(self.from_date.date())
            try:
                first = next_occurrence(data.starts_at, data.rrule, day_start(from_day))
            except RecurrenceError as exc:
                raise ValidationError(error_text(exc), "rrule") from exc
            if first is None:
                raise ValidationError(
                    self.tr("The new schedule has no dates from that day on."), "rrule"
                )
            split = CommitmentData(**{**data.__dict__, "starts_at": first})
            return self.context.actions.run(
                fill(self.tr("Change meeting '%1' from %2 on"), title, from_day.isoformat()),
                lambda session: agenda.split_commitment(session, commitment_id, from_day, split),
            )
        with self.context.db.session() as session:
            lost = agenda.lost_exceptions(session, commitment_id, data)
        if lost and not self._confirm_lost(lost):
            raise ValidationError(self.tr("Nothing was changed."))
        self.context.actions.run(
            fill(self.tr("Change meeting '%1'"), title),
            lambda session: agenda.update_commitment(session, commitment_id, data),
        )
        return commitment_id

    def _confirm_lost(self, lost: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Change the whole series?"),
            fill(
                self.tr(
                    "%1 recorded changes of single meetings (moves, attendance) do not fit the new "
                    "schedule and will be removed. Continue?"
                ),
                lost,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- reactions ------------------------------------------------------------------------

    def _on_start_changed(self, *_args: object) -> None:
        self.recurrence.set_start(self.starts_at())
        self._update_next_day()

    def _update_next_day(self, *_args: object) -> None:
        start, end = self.start_time.time(), self.end_time.time()
        self.next_day.setText(self.tr("(the next day)") if end <= start else "")
