"""One occurrence: move it, mark attendance (or cancelled by the network), actual hours, note.

A new time of day and length can apply to this occurrence only, to this one and the ones
after it (the series is split), or to the whole series. Attendance, actual hours and the
note always belong to this one occurrence. "Remove from the series" skips the date (EXDATE).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from zpdesk.domain.enums import Attendance
from zpdesk.locale_format import fill
from zpdesk.services import agenda
from zpdesk.services.agenda import OccurrenceChange, Scope
from zpdesk.services.errors import ValidationError
from zpdesk.services.occurrences import OccurrenceRow, occurrence_at
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import AgendaDialog, combine, from_qtime, to_qtime
from zpdesk.ui.agenda.describe import weekday_name
from zpdesk.ui.combos import select_data
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit, to_qdate
from zpdesk.ui.labels import choices
from zpdesk.ui.models.swatch import colour_icon


class OccurrenceDialog(AgendaDialog):
    """Edit one occurrence of a series, found by its original start."""

    def __init__(
        self,
        context: ViewContext,
        commitment_id: int,
        original_start: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("occurrence_dialog")
        self.commitment_id = commitment_id
        self.original_start = original_start
        with context.db.session() as session:
            self.row: OccurrenceRow = occurrence_at(session, commitment_id, original_start)
            self.is_recurring = bool(agenda.commitment(session, commitment_id).data.rrule)
        row = self.row
        self.setWindowTitle(fill(self.tr("Meeting on %1"), formatting.day(row.start.date())))

        heading = QLabel(
            f"<b>{row.title}</b><br/>{row.network_name}"
            + (f" · {row.location}" if row.location else "")
        )
        heading.setObjectName("heading")
        icon = QLabel()
        icon.setPixmap(colour_icon(row.network_colour, 18).pixmap(18, 18))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.date_edit = DateEdit()
        self.date_edit.setObjectName("date")
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("start_time")
        self.start_time.setDisplayFormat("HH:mm")
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("end_time")
        self.end_time.setDisplayFormat("HH:mm")
        when = QWidget()
        line = QHBoxLayout(when)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.date_edit)
        line.addWidget(QLabel(self.tr("from")))
        line.addWidget(self.start_time)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.end_time)
        line.addStretch(1)

        self.scope_this = QRadioButton(self.tr("This meeting only"))
        self.scope_this.setObjectName("scope_this")
        self.scope_following = QRadioButton(self.tr("This and the following meetings"))
        self.scope_following.setObjectName("scope_following")
        self.scope_series = QRadioButton(self.tr("The whole series"))
        self.scope_series.setObjectName("scope_series")
        group = QButtonGroup(self)
        scope_box = QWidget()
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.scope_this, self.scope_following, self.scope_series):
            group.addButton(button)
            scope_layout.addWidget(button)
            button.setEnabled(self.is_recurring or button is self.scope_this)
        self.scope_this.setChecked(True)

        self.attendance = QComboBox()
        self.attendance.setObjectName("attendance")
        for text, value in choices(Attendance):
            self.attendance.addItem(text, value)
        self.actual = QLineEdit()
        self.actual.setObjectName("actual")
        self.actual.setPlaceholderText(
            fill(self.tr("as scheduled (%1 h)"), formatting.hours(row.minutes, 2))
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMaximumHeight(60)
        self.moved_label = QLabel()
        self.moved_label.setObjectName("moved")
        self.moved_label.setStyleSheet("color: palette(mid);")

        self.exclude_button = QPushButton(self.tr("Remove from the series…"))
        self.exclude_button.setObjectName("exclude")
        self.exclude_button.clicked.connect(self.exclude)
        self.edit_series_button = QPushButton(self.tr("Edit series…"))
        self.edit_series_button.setObjectName("edit_series")
        self.buttons.addButton(self.exclude_button, self.buttons.ButtonRole.ResetRole)
        self.buttons.addButton(self.edit_series_button, self.buttons.ButtonRole.ResetRole)

        form = QFormLayout()
        form.addRow(self.tr("When"), when)
        form.addRow("", self.moved_label)
        form.addRow(self.tr("Time change applies to"), scope_box)
        form.addRow(self.tr("Attendance"), self.attendance)
        form.addRow(self.tr("Actual hours"), self.actual)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.field_widgets = {
            "start": self.date_edit,
            "minutes": self.end_time,
            "actual_minutes": self.actual,
            "rrule": self.date_edit,
        }
        self.excluded = False
        self.set_values(
            OccurrenceChange(
                start=row.start,
                minutes=row.minutes,
                attendance=row.stored_attendance or Attendance.PLANNED,
                actual_minutes=row.actual_minutes,
                note=row.note,
            )
        )
        if row.is_moved:
            self.moved_label.setText(
                fill(
                    self.tr("Moved; originally %1 %2 at %3"),
                    weekday_name(row.original_start.weekday()),
                    formatting.day(row.original_start.date()),
                    f"{row.original_start:%H:%M}",
                )
            )
        else:
            self.moved_label.hide()

    # --- values ---------------------------------------------------------------------------

    def set_values(self, change: OccurrenceChange) -> None:
        self.date_edit.setDate(to_qdate(change.start.date()))
        self.start_time.setTime(to_qtime(change.start.time()))
        self.end_time.setTime(to_qtime((change.start + timedelta(minutes=change.minutes)).time()))
        select_data(self.attendance, change.attendance)
        self.actual.setText(
            "" if change.actual_minutes is None else formatting.hours(change.actual_minutes, 2)
        )
        self.note.setPlainText(change.note)

    def values(self) -> OccurrenceChange:
        start = combine(self.date_edit.date(), self.start_time.time())
        minutes = (self.start_time.time().secsTo(self.end_time.time()) // 60) % (24 * 60)
        if minutes == 0:
            raise ValidationError(self.tr("The meeting needs an end after its start."), "minutes")
        actual = None
        text = self.actual.text().strip()
        if text:
            try:
                hours = formatting.parse_decimal(text)
            except ValueError:
                raise ValidationError(
                    fill(self.tr("Actual hours: %1 is not a number."), text),
                    "actual_minutes",
                ) from None
            actual = int((hours * 60).to_integral_value())
        return OccurrenceChange(
            start=start,
            minutes=minutes,
            attendance=Attendance(self.attendance.currentData()),
            actual_minutes=actual,
            note=self.note.toPlainText(),
        )

    def scope(self) -> Scope:
        if self.scope_following.isChecked():
            return Scope.FOLLOWING
        if self.scope_series.isChecked():
            return Scope.SERIES
        return Scope.THIS

    def set_scope(self, scope: Scope) -> None:
        {
            Scope.THIS: self.scope_this,
            Scope.FOLLOWING: self.scope_following,
            Scope.SERIES: self.scope_series,
        }[scope].setChecked(True)

    # --- saving ---------------------------------------------------------------------------

    def _describe(self, what: str) -> str:
        return fill(what, self.row.title, formatting.day(self.original_start.date()))

    def save(self) -> int | None:
        change = self.values()
        scope = self.scope()
        cid, original = self.commitment_id, self.original_start
        if scope is Scope.THIS:
            self.context.actions.run(
                self._describe(self.tr("Change meeting '%1' of %2")),
                lambda session: agenda.update_occurrence(session, cid, original, change),
            )
            return cid
        if change.start.date() != self.row.start.date():
            raise ValidationError(
                self.tr(
                    "Moving to another day applies to this meeting only; change the series' "
                    "recurrence in the series editor."
                ),
                "start",
            )
        new_time = from_qtime(self.start_time.time())
        timed = self.row.start.time() != new_time or self.row.minutes != change.minutes

        def act(session) -> int:
            target = cid
            new_original = original
            if timed:
                target = agenda.change_series_time(
                    session, cid, original, scope, new_time, change.minutes
                )
                new_original = datetime.combine(original.date(), new_time)
            personal = OccurrenceChange(
                start=new_original,
                minutes=change.minutes,
                attendance=change.attendance,
                actual_minutes=change.actual_minutes,
                note=change.note,
            )
            agenda.update_occurrence(session, target, new_original, personal)
            return target

        text = (
            self.tr("Change meeting '%1' from %2 on")
            if scope is Scope.FOLLOWING
            else self.tr("Change every meeting '%1'")
        )
        return self.context.actions.run(self._describe(text), act)

    def exclude(self) -> None:
        """Skip this date in the series (after asking)."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove this meeting?"),
            fill(
                self.tr(
                    "Remove '%1' of %2 from the series? (To keep it visible as cancelled, "
                    "choose 'Cancelled by the network' instead.)"
                ),
                self.row.title,
                formatting.day(self.original_start.date()),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        cid, original = self.commitment_id, self.original_start
        self.context.actions.run(
            self._describe(self.tr("Remove meeting '%1' of %2 from its series")),
            lambda session: agenda.exclude_occurrence(session, cid, original),
        )
        self.excluded = True
        self.done(self.DialogCode.Accepted)
