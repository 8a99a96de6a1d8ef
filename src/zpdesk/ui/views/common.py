"""Pieces the list views share: toolbar buttons from actions, read-only tables, selection,
the right-click menu of a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from zpdesk.ui.models import ID_ROLE, SORT_ROLE
from zpdesk.ui.ui_settings import UiSettings


def tool_button(action: QAction) -> QToolButton:
    """A text button that mirrors an action (text, enabled state, tooltip)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def with_shortcut_tip(action: QAction) -> None:
    """Show the action's shortcut in its tooltip."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&", "")
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)


def _read_only(view: QAbstractItemView, object_name: str) -> None:
    """What every read-only list shares: sortable, one whole row selected, no editing."""
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)


def read_only_table(object_name: str) -> QTableView:
    table = QTableView()
    _read_only(table, object_name)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    return table


def read_only_tree(object_name: str) -> QTreeView:
    """A read-only, sortable tree that selects whole rows: a table whose rows nest."""
    tree = QTreeView()
    _read_only(tree, object_name)
    tree.setSortingEnabled(True)
    tree.setWordWrap(False)
    tree.setUniformRowHeights(True)
    tree.setExpandsOnDoubleClick(False)  # a double-click opens the editor
    tree.header().setHighlightSections(False)
    tree.header().setStretchLastSection(False)
    return tree


def sorting_proxy(parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy


def selected_id(table: QAbstractItemView) -> int | None:
    """The id (``ID_ROLE`` of column 0) of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    value = rows[0].data(ID_ROLE)
    return int(value) if value is not None else None


def on_selection(table: QAbstractItemView, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the selection changes: by mouse, keyboard or code.

    Not ``currentRowChanged``: on a mouse press it comes before the row is selected.
    """
    table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: slot())


RowItem = QAction | QAbstractButton | QMenu | None


def row_menu(table: QAbstractItemView, items: Sequence[RowItem]) -> None:
    """A right-click on a row selects it and offers ``items``: actions, buttons (their text,
    enabled state and click), submenus; None is a separator."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda pos: _show_row_menu(table, pos, items))


def _show_row_menu(table: QAbstractItemView, pos: QPoint, items: Sequence[RowItem]) -> None:
    index = table.indexAt(pos)
    if not index.isValid():
        return
    if not table.selectionModel().isSelected(index):
        whole = (
            QItemSelectionModel.SelectionFlag.Columns
            if table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectColumns
            else QItemSelectionModel.SelectionFlag.Rows
        )
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | whole
        )
    menu = QMenu(table)
    menu.setObjectName("row_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            if item.isEnabled():
                menu.addMenu(item)
        elif isinstance(item, QAction):
            if item.isVisible():
                menu.addAction(item)
        elif item.isVisibleTo(item.window()):
            action = menu.addAction(item.text())
            action.setEnabled(item.isEnabled())
            action.setObjectName(item.objectName())
            action.triggered.connect(lambda _checked=False, button=item: button.click())
    menu.popup(table.viewport().mapToGlobal(pos))


def select_row(table: QAbstractItemView, index: QModelIndex) -> None:
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


class ColumnFitter(QObject):
    """Columns that fit what they hold: every column as wide as its contents (names are never
    cut), the free-text column ``stretch`` takes the width that is left (at least
    ``min_stretch`` pixels, or a scroll bar appears). Columns the user drags keep their
    width, also in the next session (``UiSettings.column_widths`` under the table's
    object name)."""

    def __init__(
        self,
        table: QAbstractItemView,
        settings: UiSettings,
        stretch: int | None = None,
        min_stretch: int = 160,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.settings = settings
        self.stretch = stretch
        self.min_stretch = min_stretch
        self.key = table.objectName()
        self.user_widths = settings.column_widths(self.key) if self.key else {}
        self._fitting = False
        self._widths: dict[int, int] = {}  # content width by column, until the model changes
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_args: self._contents_changed())
        table.viewport().installEventFilter(self)
        self.fit()

    def header(self) -> QHeaderView:
        table = self.table
        return table.header() if isinstance(table, QTreeView) else table.horizontalHeader()  # type: ignore[attr-defined]

    def fit(self) -> None:
        """Size every column from its contents (or the user's width), the stretch one last."""
        header = self.header()
        self._fitting = True
        try:
            used = 0
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                if column in self.user_widths:
                    width = self.user_widths[column]
                elif column == self.stretch:
                    continue
                else:
                    width = max(self.content_width(column), self.header_width(column))
                header.resizeSection(column, width)
                used += width
            if self.stretch is not None and self.stretch not in self.user_widths:
                room = self.table.viewport().width() - used
                header.resizeSection(self.stretch, max(room, self.min_stretch))
        finally:
            self._fitting = False

    def header_width(self, column: int) -> int:
        """The header's widest line, its margins and the room of a sort arrow (Qt's own hint
        gives the arrow the header's whole height, which grows with a header of two lines)."""
        header = self.header()
        text = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return widest + 4 * margin + metrics.height()

    def content_width(self, column: int, limit: int = 5000) -> int:
        """The widest cell of ``column`` over all rows (not only those in sight), with the
        icon and the tree's indentation. Measured from the text with the font's metrics (a
        delegate's size hint per cell took seconds on thousands of rows); remembered until
        the model changes."""
        if column in self._widths:
            return self._widths[column]
        model = self.table.model()
        tree = self.table if isinstance(self.table, QTreeView) else None
        metrics = self.table.fontMetrics()
        widest: dict[str, int] = {}  # text -> deepest level it stands at
        own_font: dict[str, QFontMetrics] = {}  # text -> its cell's font, where that is wider
        decorated = False
        pending: list[tuple[QModelIndex, int]] = [(QModelIndex(), 0)]
        seen = 0
        while pending and seen < limit:
            parent, depth = pending.pop()
            for row in range(model.rowCount(parent)):
                seen += 1
                index = model.index(row, column, parent)
                text = index.data()
                if text is not None:
                    key = str(text)
                    widest[key] = max(widest.get(key, 0), depth)
                if seen <= 50:  # an icon is a column's; a wider font is measured per cell
                    if not decorated:
                        decorated = index.data(Qt.ItemDataRole.DecorationRole) is not None
                    font = index.data(Qt.ItemDataRole.FontRole)
                    if isinstance(font, QFont) and text is not None:
                        wider = QFontMetrics(font)
                        if wider.averageCharWidth() > metrics.averageCharWidth():
                            own_font[str(text)] = wider  # e.g. the agenda's titles in bold
                if tree is not None:
                    first = model.index(row, 0, parent)
                    if model.rowCount(first):
                        pending.append((first, depth + 1))
        if seen > 50 and own_font:  # rows beyond the measured ones: the widest font seen
            metrics = max(own_font.values(), key=lambda m: m.averageCharWidth())
        style = self.table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 6
        width = 0
        for text, depth in widest.items():
            used = own_font.get(text, metrics)
            line = max((used.horizontalAdvance(part) for part in text.split("\n")), default=0)
            if tree is not None and column == 0:
                line += tree.indentation() * (depth + 1)
            width = max(width, line)
        if decorated:
            width += self.table.iconSize().width() if self.table.iconSize().isValid() else 16
            width += 4
        self._widths[column] = width + margin
        return self._widths[column]

    def _contents_changed(self) -> None:
        self._widths.clear()
        self.fit()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or not self.key:
            return
        self.user_widths[column] = new
        self.settings.set_column_widths(self.key, self.user_widths)

    def reset(self) -> None:
        """Forget the user's widths: back to fitting the contents."""
        self.user_widths.clear()
        if self.key:
            self.settings.set_column_widths(self.key, {})
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.stretch is not None:
            self.fit()
        return False
