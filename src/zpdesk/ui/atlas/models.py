"""The lists beside the atlas: who brings me work, where my work goes, reciprocity, overlap,
and the list of the selected node."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from zpdesk.locale_format import fill
from zpdesk.services.atlas import AtlasPerson, Ranked
from zpdesk.services.overlap import Overlap, OverlapPerson
from zpdesk.ui import formatting
from zpdesk.ui.models import ID_ROLE, SORT_ROLE
from zpdesk.ui.models.rows import RowsModel

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class DetailRow:
    """One line of the selected node's list: a person or network and the work either way."""

    id: int
    name: str
    in_cents: int
    out_cents: int


TEXT, MONEY, COUNT = "text", "money", "count"
Cell = tuple[str, str | int]  # (TEXT, MONEY or COUNT, value)
R = TypeVar("R")


class _CellsModel(RowsModel[R]):
    """A list whose rows say their cells as (kind, value); the kind decides how it shows."""

    def cells(self, row: R) -> tuple[Cell, ...]:
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        return int(getattr(row, "id"))  # noqa: B009 - every row type here has an id

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        kind, value = self.cells(row)[index.column()]
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != TEXT:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if kind == MONEY:
            return formatting.money(int(value), 0) if value else ""
        if kind == COUNT:
            return str(value) if value else ""
        return value


class WorkInModel(_CellsModel[Ranked]):
    """Networks or people ranked by the revenue of the work they brought in the year."""

    HEADERS = (
        QT_TRANSLATE_NOOP("WorkInModel", "Through"),
        QT_TRANSLATE_NOOP("WorkInModel", "Revenue"),
        QT_TRANSLATE_NOOP("WorkInModel", "Engagements"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("WorkInModel", self.HEADERS[section])

    def cells(self, row: Ranked) -> tuple[Cell, ...]:
        return ((TEXT, row.name), (MONEY, row.cents), (COUNT, row.count))


class WorkOutModel(WorkInModel):
    """Networks or people ranked by the estimated value of the referrals I gave them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("WorkOutModel", "To"),
        QT_TRANSLATE_NOOP("WorkOutModel", "Estimated value"),
        QT_TRANSLATE_NOOP("WorkOutModel", "Referrals"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("WorkOutModel", self.HEADERS[section])


class ReciprocityModel(_CellsModel[AtlasPerson]):
    """Per person: referrals I gave them against referrals received via them, in the year."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReciprocityModel", "Person"),
        QT_TRANSLATE_NOOP("ReciprocityModel", "Given"),
        QT_TRANSLATE_NOOP("ReciprocityModel", "Value given"),
        QT_TRANSLATE_NOOP("ReciprocityModel", "Received"),
        QT_TRANSLATE_NOOP("ReciprocityModel", "Value received"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("ReciprocityModel", self.HEADERS[section])

    def cells(self, row: AtlasPerson) -> tuple[Cell, ...]:
        return (
            (TEXT, row.name),
            (COUNT, row.given_count),
            (MONEY, row.given_cents),
            (COUNT, row.received_count),
            (MONEY, row.received_cents),
        )


class OverlapPeopleModel(_CellsModel[OverlapPerson]):
    """People I meet in two or more of my current networks."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OverlapPeopleModel", "Person"),
        QT_TRANSLATE_NOOP("OverlapPeopleModel", "Networks"),
        QT_TRANSLATE_NOOP("OverlapPeopleModel", "Which"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("OverlapPeopleModel", self.HEADERS[section])

    def row_id(self, row: OverlapPerson) -> int:
        return row.person_id

    def cells(self, row: OverlapPerson) -> tuple[Cell, ...]:
        names = ", ".join(name for _, name in row.networks)
        return ((TEXT, row.name), (COUNT, len(row.networks)), (TEXT, names))

    def tooltip(self, row: OverlapPerson, column: int) -> str | None:
        return "\n".join(name for _, name in row.networks) if column == 2 else None


class DetailModel(_CellsModel[DetailRow]):
    """The selected node's list: its people (a network) or its networks (a person)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DetailModel", "Name"),
        QT_TRANSLATE_NOOP("DetailModel", "Work to me"),
        QT_TRANSLATE_NOOP("DetailModel", "Work I passed on"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("DetailModel", self.HEADERS[section])

    def cells(self, row: DetailRow) -> tuple[Cell, ...]:
        return ((TEXT, row.name), (MONEY, row.in_cents), (MONEY, row.out_cents))


class OverlapMatrixModel(QAbstractTableModel):
    """Shared current members of each pair of my networks: "count · share of the row's"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overlap: Overlap | None = None

    def set_overlap(self, overlap: Overlap | None) -> None:
        self.beginResetModel()
        self.overlap = overlap
        self.endResetModel()

    def _networks(self) -> tuple[tuple[int, str], ...]:
        return self.overlap.networks if self.overlap is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._networks())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return self.rowCount(parent)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = self._networks()[section][1]
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return name if len(name) <= 12 else name[:11] + "…"
            return name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overlap is None:
            return None
        a = self._networks()[index.row()][0]
        b = self._networks()[index.column()][0]
        count = self.overlap.count(a, b)
        if role == Qt.ItemDataRole.DisplayRole:
            if a == b:
                return str(count)
            if count == 0:
                return ""
            return f"{count} · {formatting.percent(self.overlap.share(a, b))}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and a != b:
            return fill(
                QCoreApplication.translate("OverlapMatrixModel", "Members of %1 also in %2: %3"),
                self._networks()[index.row()][1],
                self._networks()[index.column()][1],
                count,
            )
        if role == SORT_ROLE:
            return count
        return None
