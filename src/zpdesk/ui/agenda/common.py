"""Small pieces the agenda's dialogs and tables share."""

from __future__ import annotations

from datetime import datetime, time
from functools import lru_cache

from PySide6.QtCore import QDate, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox

from zpdesk.ui.date_edit import from_qdate
from zpdesk.ui.dialogs.base import EditorDialog


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


# The agenda's dialogs share the editor shape of every other dialog.
AgendaDialog = EditorDialog
