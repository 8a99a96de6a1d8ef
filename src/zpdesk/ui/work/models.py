"""Table models of the Work view: one row per record, columns declared once.

Each column has a display function and a sort key (``SORT_ROLE``), so a
``QSortFilterProxyModel`` sorts amounts as numbers and dates as dates while the filter
box matches what the user sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from zpdesk.domain.text import fold
from zpdesk.services.work import EngagementRow, ExpenseRow, ReferralRow, RevenueLine
from zpdesk.ui import formatting
from zpdesk.ui.labels import label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str  # untranslated, in the "work_columns" context
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    align: Qt.AlignmentFlag = LEFT


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of plain records shown through ``columns``."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._search: list[str] | None = None

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._search = None
        self.endResetModel()

    def search_texts(self) -> list[str]:
        """Per row, the texts of its columns joined and folded (``domain.text.fold``): what the
        filter searches.

        Made once per set of rows, when the filter is first used.
        """
        if self._search is None:
            self._search = [
                fold("\n".join(column.text(record) for column in self.columns))
                for record in self.rows
            ]
        return self._search

    def row_at(self, row: int) -> R:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("work_columns", column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        return None


def _date_key(value: Any) -> str:
    return value.isoformat() if value is not None else ""


class EngagementsModel(RowsModel[EngagementRow]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Client"),
            lambda r: r.client,
            lambda r: r.client.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Title"), lambda r: r.title, lambda r: r.title.lower()
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Start"),
            lambda r: formatting.day(r.start_on),
            lambda r: _date_key(r.start_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "End"),
            lambda r: formatting.day(r.end_on),
            lambda r: _date_key(r.end_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Status"),
            lambda r: label(r.status),
            lambda r: r.status.value,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Network"),
            lambda r: r.network_name,
            lambda r: r.network_name.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Via"),
            lambda r: r.person_name,
            lambda r: r.person_name.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Route"),
            lambda r: label(r.route),
            lambda r: label(r.route),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Revenue"),
            lambda r: formatting.money(r.revenue_cents),
            lambda r: r.revenue_cents,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Commission"),
            lambda r: formatting.money(r.commission_cents) if r.commission_cents else "",
            lambda r: float(r.commission_cents),
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Hours"),
            lambda r: formatting.hours(r.minutes_spent) if r.minutes_spent else "",
            lambda r: r.minutes_spent,
            RIGHT,
        ),
    )


class ReferralsModel(RowsModel[ReferralRow]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Date"),
            lambda r: formatting.day(r.on),
            lambda r: _date_key(r.on),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "To"),
            lambda r: r.person_name,
            lambda r: r.person_name.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Network"),
            lambda r: r.network_name,
            lambda r: r.network_name.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Client"),
            lambda r: r.client,
            lambda r: r.client.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Description"),
            lambda r: r.description.splitlines()[0] if r.description else "",
            lambda r: r.description.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Estimated value"),
            lambda r: formatting.money(r.estimated_value_cents),
            lambda r: r.estimated_value_cents,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Became work"),
            lambda r: QCoreApplication.translate("work_columns", "Yes") if r.became_work else "",
            lambda r: int(r.became_work),
        ),
    )


class ExpensesModel(RowsModel[ExpenseRow]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Date"),
            lambda r: formatting.day(r.on),
            lambda r: _date_key(r.on),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Network"),
            lambda r: r.network_name,
            lambda r: r.network_name.lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Category"),
            lambda r: _category_text(r),
            lambda r: r.category.value,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Amount"),
            lambda r: formatting.money(r.amount_cents),
            lambda r: r.amount_cents,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Note"),
            lambda r: _note_text(r),
            lambda r: r.note.lower(),
        ),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Expected fees (not booked) look different: grey and italic."""
        if index.isValid() and self.rows[index.row()].expected:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#7a6a3a"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


def _category_text(row: ExpenseRow) -> str:
    if row.fee_year is None:
        return label(row.category)
    if row.expected:
        return (
            QCoreApplication.translate("work_columns", "%1 %2 (expected)")
            .replace("%1", label(row.category))
            .replace("%2", str(row.fee_year))
        )
    return f"{label(row.category)} {row.fee_year}"


def _note_text(row: ExpenseRow) -> str:
    if row.expected:
        return QCoreApplication.translate(
            "work_columns", "Counts in the review; not booked yet (Book to enter it)"
        )
    return row.note


class RevenueLinesModel(RowsModel[RevenueLine]):
    """The revenue entries inside the engagement dialog (not yet saved)."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Date"),
            lambda r: formatting.day(r.on),
            lambda r: _date_key(r.on),
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Amount excl. VAT"),
            lambda r: formatting.money(r.amount_cents),
            lambda r: r.amount_cents,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("work_columns", "Invoice"),
            lambda r: r.invoice_ref,
            lambda r: r.invoice_ref,
        ),
        Column(QT_TRANSLATE_NOOP("work_columns", "Note"), lambda r: r.note, lambda r: r.note),
    )


class FilterProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; the filter matches any shown column, case-insensitively.

    The filter tests the model's ``search_texts`` instead of letting Qt ask ``data()`` for
    every cell on every keystroke: with 4,000 engagements that was 36,000 Python calls,
    ~0.15 s a key (bench/RESULTS.md).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        """Show the rows with ``text`` in one of their columns (any case); "" shows all."""
        needle = fold(text)
        if needle == self._needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return self._needle in model.search_texts()[source_row]

    def matching_records(self) -> list[Any]:
        """The records the filter lets through, in the model's order (cheap: no mapping)."""
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        if not self._needle:
            return list(model.rows)
        return [
            r
            for r, text in zip(model.rows, model.search_texts(), strict=True)
            if self._needle in text
        ]
