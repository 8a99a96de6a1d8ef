"""Pieces the list views share: toolbar buttons from actions, read-only tables, selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QWidget

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


def sorting_proxy(parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy


def selected_id(table: QTableView) -> int | None:
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), QModelIndex()):
        return None
    value = index.siblingAtColumn(0).data(ID_ROLE)
    return int(value) if value is not None else None


def select_row(table: QTableView, index: QModelIndex) -> None:
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
