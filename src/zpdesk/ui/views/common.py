"""Pieces the list views share: toolbar buttons from actions, read-only tables, selection,
the right-click menu of a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QMenu,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from zpdesk.ui.models import ID_ROLE, SORT_ROLE


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


def read_only_table(object_name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    return table


def read_only_tree(object_name: str) -> QTreeView:
    """A read-only, sortable tree that selects whole rows: a table whose rows nest."""
    tree = QTreeView()
    tree.setObjectName(object_name)
    tree.setSortingEnabled(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)
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
