"""The editable obligations table in the network editor."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from zpdesk.domain.enums import Arrangement, ObligationKind
from zpdesk.services.networks import ObligationInput
from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui.labels import label

COL_KIND = 0
COL_TITLE = 1
COL_ARRANGEMENT = 2
COL_NOTE = 3

HEADERS = (
    QT_TRANSLATE_NOOP("ObligationTableModel", "Kind"),
    QT_TRANSLATE_NOOP("ObligationTableModel", "Title"),
    QT_TRANSLATE_NOOP("ObligationTableModel", "Arranged"),
    QT_TRANSLATE_NOOP("ObligationTableModel", "Note"),
)
ENUM_COLUMNS: dict[int, type[StrEnum]] = {COL_KIND: ObligationKind, COL_ARRANGEMENT: Arrangement}
_FIELDS = {COL_KIND: "kind", COL_TITLE: "title", COL_ARRANGEMENT: "arrangement", COL_NOTE: "note"}

Index = QModelIndex | QPersistentModelIndex


class ObligationTableModel(QAbstractTableModel):
    """Rows of ``ObligationInput`` edited in place; enum columns take enum values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ObligationInput] = []

    def set_obligations(self, obligations: list[ObligationInput]) -> None:
        self.beginResetModel()
        self._rows = [ObligationInput(o.kind, o.title, o.arrangement, o.note) for o in obligations]
        self.endResetModel()

    def obligations(self) -> list[ObligationInput]:
        return [ObligationInput(o.kind, o.title, o.arrangement, o.note) for o in self._rows]

    def add(self, obligation: ObligationInput | None = None) -> int:
        """Append a row; returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(obligation or ObligationInput())
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ObligationTableModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self._rows[index.row()], _FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return label(value) if index.column() in ENUM_COLUMNS else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column in ENUM_COLUMNS:
            try:
                value = ENUM_COLUMNS[column](value)
            except ValueError:
                return False
        else:
            value = str(value)
        setattr(self._rows[index.row()], _FIELDS[column], value)
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        return True
