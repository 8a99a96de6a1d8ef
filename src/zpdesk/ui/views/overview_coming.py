"""The Overview's "Coming up": notice deadlines and renewals in the next 90 days (red when
a leave or reduce decision meets a deadline within 30 days), check-ins and health checks
falling due, and this week's meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from zpdesk import clock
from zpdesk.services import renewals
from zpdesk.services.renewals import ComingKind, ComingUp
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.contract.models import ID_ROLE
from zpdesk.ui.contract.overview_sections import _TableSection
from zpdesk.ui.labels import label
from zpdesk.ui.models.rows import RowsModel

URGENT = QColor("#c0392b")

KIND_TEXTS = {
    ComingKind.NOTICE: QT_TRANSLATE_NOOP("overview", "Last day to give notice"),
    ComingKind.RENEWAL: QT_TRANSLATE_NOOP("overview", "Renewal"),
    ComingKind.CONTRACT_END: QT_TRANSLATE_NOOP("overview", "Contract ends"),
    ComingKind.CHECKIN: QT_TRANSLATE_NOOP("overview", "Check-in due"),
    ComingKind.HEALTH_CHECK: QT_TRANSLATE_NOOP("overview", "Health check due"),
    ComingKind.MEETING: QT_TRANSLATE_NOOP("overview", "Meeting"),
}


class ComingUpModel(RowsModel[ComingUp]):
    """One line per thing coming up: when, what, which network, my last decision."""

    WHEN, WHAT, NETWORK, DECISION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("overview", "When"),
        QT_TRANSLATE_NOOP("overview", "What"),
        QT_TRANSLATE_NOOP("overview", "Network"),
        QT_TRANSLATE_NOOP("overview", "Decision after the last review"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("overview", self.HEADERS[section])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == ID_ROLE:
            return item.network_id
        if role == Qt.ItemDataRole.ForegroundRole and item.urgent:
            return URGENT
        if role == Qt.ItemDataRole.FontRole and item.urgent:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and item.urgent:
            return QCoreApplication.translate(
                "overview", "You decided to leave or reduce, and this deadline is near."
            )
        return None

    def _display(self, item: ComingUp, column: int) -> str:
        if column == self.WHEN:
            if item.starts_at is not None:
                return formatting.moment(item.starts_at)
            return formatting.day(item.on)
        if column == self.WHAT:
            what = QCoreApplication.translate("overview", KIND_TEXTS[item.kind])
            return f"{what}: {item.title}" if item.title else what
        if column == self.NETWORK:
            return item.network_name
        return label(item.decision)


class ComingUpSection(_TableSection):
    """The "Coming up" block; double-click opens the network."""

    STRETCH_COLUMN = ComingUpModel.DECISION

    def __init__(self, context: ViewContext, title: str) -> None:
        super().__init__(context, title, ComingUpModel())  # type: ignore[arg-type]

    def refresh(self, on: date) -> None:
        with self.context.db.session() as session:
            items = renewals.coming_up(session, on, clock.now())
        self.show_rows(items, self.tr("Nothing in the next 90 days."))
