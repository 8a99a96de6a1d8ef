"""Small pieces the agenda's dialogs and tables share."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QTime

from zpdesk.ui.date_edit import from_qdate
from zpdesk.ui.dialogs.base import EditorDialog


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def combine(day: QDate, moment: QTime) -> datetime:
    return datetime.combine(from_qdate(day), from_qtime(moment))


# The agenda's dialogs share the editor shape of every other dialog.
AgendaDialog = EditorDialog
