"""Small pieces the agenda's dialogs and tables share."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from PySide6.QtCore import QDate, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.ui.context import ViewContext

ERROR_STYLE = "color: #b3261e; font-weight: 600;"


@lru_cache(maxsize=128)
def network_icon(colour: str, size: int = 14) -> QIcon:
    """A rounded square in the network's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(fill.darker(140) if fill.isValid() else QColor("#888888"), 1))
    painter.setBrush(fill if fill.isValid() else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def combine(day: QDate, moment: QTime) -> datetime:
    return datetime.combine(from_qdate(day), from_qtime(moment))


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (nothing changes when there is none)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


class AgendaDialog(QDialog):
    """Fields, an inline message in red, OK/Cancel; ``accept`` runs ``save``.

    When ``save`` raises ValidationError the message appears in the dialog, the offending
    field gets the focus and the dialog stays open: nothing was stored (the action's
    transaction was rolled back).
    """

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field_widgets: dict[str, QWidget] = {}

    def save(self) -> int | None:
        """Store the input through ``context.actions``."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except (ValidationError, NotFoundError) as exc:
            self.show_error(str(exc), getattr(exc, "field", None))
            return
        self.error_label.hide()
        super().accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        """The message shown, or "" when there is none."""
        return "" if self.error_label.isHidden() else self.error_label.text()
