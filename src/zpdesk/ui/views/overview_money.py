"""The Overview's "year to date" section: revenue, hours and effective rate per network.

A self-contained widget with ``refresh()``; the Overview view places it. It uses the
review's figures cut at today, so it always agrees with the Review view.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.review import ReviewRow, RowKind, YearReview
from zpdesk.services import review as review_service
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class YearToDateModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("year_to_date", "Network"),
        QT_TRANSLATE_NOOP("year_to_date", "Revenue"),
        QT_TRANSLATE_NOOP("year_to_date", "Hours"),
        QT_TRANSLATE_NOOP("year_to_date", "Effective rate"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.review: YearReview | None = None
        self.rows: list[ReviewRow] = []

    def set_review(self, review: YearReview) -> None:
        self.beginResetModel()
        self.review = review
        self.rows = review.rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("year_to_date", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.review is None:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return formatting.money(row.revenue_cents)
            if column == 2:
                return formatting.hours(row.minutes)
            rate = row.effective_rate_cents
            return formatting.money(rate) if rate is not None else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            # only the effective rate is set against the target (DOMAIN.md)
            rate = row.effective_rate_cents
            if rate is not None and rate >= self.review.target_rate_cents:
                return QBrush(QColor("#2e7d32"))
            if rate is not None and rate < 0:
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and row.kind == RowKind.TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.kind == RowKind.NETWORK:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return (
                QCoreApplication.translate(
                    "year_to_date", "Net %1 over %2 hours networking and %4 on the work; target %3"
                )
                .replace("%1", formatting.money(row.net_cents))
                .replace("%2", formatting.hours(row.minutes))
                .replace("%4", formatting.hours(row.work_minutes))
                .replace("%3", formatting.money(self.review.target_rate_cents))
            )
        return None


class YearToDateWidget(QWidget):
    """This year so far, per network; call ``refresh()`` to reload."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setObjectName("yearToDateTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = YearToDateModel(self)
        self.table = QTableView()
        self.table.setObjectName("yearToDate")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def refresh(self, today: date | None = None) -> None:
        today = today or clock.today()
        with self.context.db.session() as session:
            review = review_service.year_to_date(
                session,
                today,
                clock.now(),
                own_name=self.tr("Own acquisition"),
                total_name=self.tr("Total"),
            )
        self.model.set_review(review)
        self.title.setText(
            self.tr("%1 so far (up to %2)")
            .replace("%1", str(today.year))
            .replace("%2", formatting.day(today))
        )
        rows = self.model.rowCount()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
