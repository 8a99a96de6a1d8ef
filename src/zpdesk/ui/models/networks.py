"""The networks tree: a model over ``NetworkRow``s (a network that is part of another sits
under it) and a proxy that sorts and filters it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle

from zpdesk import clock
from zpdesk.domain.text import fold
from zpdesk.services.contract import NetworkContractSummary
from zpdesk.services.networks import NetworkRow
from zpdesk.ui import formatting
from zpdesk.ui.contract.texts import reason_text
from zpdesk.ui.labels import label
from zpdesk.ui.models import ID_ROLE, SORT_ROLE
from zpdesk.ui.models.swatch import colour_icon

COL_NAME = 0
COL_KIND = 1
COL_ROLE = 2
COL_STATUS = 3
COL_SINCE = 4
COL_FEE = 5
COL_COMMISSION = 6
COL_FULFILMENT = 7
COL_BREACH = 8

HEADERS = (
    QT_TRANSLATE_NOOP("NetworkTableModel", "Name"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Kind"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "My role"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Status"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Since"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Annual fee"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Commission"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Fulfilment"),
    QT_TRANSLATE_NOOP("NetworkTableModel", "Breach"),
)
NUMERIC_COLUMNS = (COL_FEE, COL_COMMISSION, COL_FULFILMENT)

Index = QModelIndex | QPersistentModelIndex


def commission_text(pct: Decimal) -> str:
    """``12,5 %``: as many decimals as the value has (at most two)."""
    exponent = pct.normalize().as_tuple().exponent
    decimals = min(2, max(0, -exponent)) if isinstance(exponent, int) else 0
    return f"{formatting.number(pct, decimals)} %"


def date_sort_key(value: date | None) -> int:
    """Dates sort in order; a missing date first."""
    return value.toordinal() if value is not None else 0


class NetworkTableModel(QAbstractItemModel):
    """One row per network: name (with its colour), kind, my role, status, since, fee, %.

    A network that is part of another is a child row of it ("part of" as a tree); the
    internal id of an index is the network's position in ``rows``.
    """

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NetworkRow] = []
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent_of: list[int | None] = []
        self._contracts: dict[int, NetworkContractSummary] = {}
        self.today = today or clock.today()
        self.conflicts: dict[int, str] = {}  # network id -> what its exclusivity conflict is

    def set_rows(
        self,
        rows: list[NetworkRow],
        contracts: dict[int, NetworkContractSummary] | None = None,
    ) -> None:
        """Show ``rows``; ``contracts`` (by network id) fills Fulfilment and Breach."""
        self.beginResetModel()
        self._rows = list(rows)
        self._contracts = dict(contracts or {})
        position = {row.id: number for number, row in enumerate(self._rows)}
        self._children = {None: []}
        self._parent_of = []
        for number, row in enumerate(self._rows):
            parent = position.get(row.parent_id) if row.parent_id is not None else None
            if parent is not None and self._is_ancestor(number, parent, position):
                parent = None  # a loop in the data: show the network at the top
            self._parent_of.append(parent)
            self._children.setdefault(parent, []).append(number)
        self.endResetModel()

    def _is_ancestor(self, number: int, parent: int, position: dict[int, int]) -> bool:
        """True when ``number`` is ``parent`` or one of its ancestors."""
        seen: set[int] = set()
        current: int | None = parent
        while current is not None and current not in seen:
            if current == number:
                return True
            seen.add(current)
            parent_id = self._rows[current].parent_id
            current = position.get(parent_id) if parent_id is not None else None
        return False

    def contract(self, row: NetworkRow) -> NetworkContractSummary | None:
        return self._contracts.get(row.id)

    def row_at(self, row: int) -> NetworkRow:
        return self._rows[row]

    def row_of(self, network_id: int) -> int | None:
        """The position in ``rows`` of a network, or None."""
        for number, row in enumerate(self._rows):
            if row.id == network_id:
                return number
        return None

    def index_of(self, network_id: int, column: int = COL_NAME) -> QModelIndex:
        """The index of a network, wherever it sits in the tree (invalid when not shown)."""
        number = self.row_of(network_id)
        if number is None:
            return QModelIndex()
        siblings = self._children[self._parent_of[number]]
        return self.createIndex(siblings.index(number), column, number)

    def record(self, index: Index) -> NetworkRow:
        """The network of a (source) index."""
        return self._rows[index.internalId()]

    def index(  # noqa: D102
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        key = parent.internalId() if parent.isValid() else None
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._children.get(key, [])
        if not (0 <= row < len(siblings) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override] # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent_of[index.internalId()]
        if parent is None:
            return QModelIndex()
        siblings = self._children[self._parent_of[parent]]
        return self.createIndex(siblings.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._children[None])
        if parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId(), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NetworkTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return colour_icon(row.colour)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            if row.id in self.conflicts:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_BREACH:
            contract = self.contract(row)
            if contract is not None and contract.breach:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_ended(self.today):
            palette = QApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: NetworkRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_ROLE:
            return label(row.my_role)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_SINCE:
            return formatting.day(row.joined_on)
        if column == COL_FEE:
            return formatting.money(row.annual_fee_cents)
        if column == COL_COMMISSION:
            return commission_text(row.commission_pct)
        contract = self.contract(row)
        if column == COL_FULFILMENT:
            return formatting.percent(contract.fulfilment) if contract else ""
        if column == COL_BREACH and contract is not None and contract.breach:
            return str(len(contract.breaches))  # the warning icon says what it counts
        return ""

    def _sort_value(self, row: NetworkRow, column: int) -> str | int:
        if column == COL_SINCE:
            return date_sort_key(row.joined_on)
        if column == COL_FEE:
            return row.annual_fee_cents
        if column == COL_COMMISSION:
            return int(row.commission_pct * 100)  # hundredths of a percent, exact
        contract = self.contract(row)
        if column == COL_FULFILMENT:
            # unchecked networks sort below every checked one
            fulfilment = contract.fulfilment if contract else None
            return -1 if fulfilment is None else int(fulfilment * 10_000)
        if column == COL_BREACH:
            return len(contract.breaches) if contract else 0
        return self._display(row, column)

    def _tooltip(self, row: NetworkRow, column: int) -> str | None:
        if column == COL_STATUS and row.id in self.conflicts:
            return self.conflicts[row.id]
        if column == COL_NAME and row.parent_name:
            return self.tr("Part of %1").replace("%1", row.parent_name)
        contract = self.contract(row)
        if column == COL_BREACH and contract is not None and contract.breach:
            return "\n".join(
                f"{breach.statement}: "
                + "; ".join(reason_text(r, breach.target_unit) for r in breach.reasons)
                for breach in contract.breaches
            )
        if column == COL_FULFILMENT and contract is not None and contract.fulfilment is not None:
            return (
                self.tr("What I give: %1 · What I expect to get: %2")
                .replace("%1", formatting.percent(contract.give) or "—")
                .replace("%2", formatting.percent(contract.get) or "—")
            )
        if column == COL_STATUS and row.left_on is not None:
            return self.tr("Left on %1").replace("%1", formatting.day(row.left_on))
        return None


class StatusFilter(IntEnum):
    ALL = 0
    CURRENT = 1
    ENDED = 2


class NetworkFilterProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; filters on words in name/kind/role/status/parent and on status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = StatusFilter.ALL
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)
        self.setRecursiveFilteringEnabled(True)  # a child that matches shows its parent

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def set_status(self, status: StatusFilter) -> None:
        self._change_filter(lambda: setattr(self, "_status", status))

    def _change_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, NetworkTableModel):
            return True
        row = model.record(model.index(source_row, 0, source_parent))
        if self._status != StatusFilter.ALL:
            ended = row.is_ended(model.today)
            if ended != (self._status == StatusFilter.ENDED):
                return False
        if not self._words:
            return True
        haystack = " ".join(
            [
                row.name,
                label(row.kind),
                label(row.my_role),
                label(row.status),
                row.parent_name or "",
            ]
        )
        haystack = fold(haystack)
        return all(word in haystack for word in self._words)
