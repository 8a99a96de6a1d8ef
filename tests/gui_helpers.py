"""Helpers for tests that drive the window: focus, find the dialog just opened, press OK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus in its (activated) window."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def open_dialog(qtbot, parent, dialog_type):
    """The dialog of ``dialog_type`` that ``parent`` has just opened, activated.

    Closed dialogs may linger until their deferred delete, so only a visible one counts.
    """

    def shown():
        return [d for d in parent.findChildren(dialog_type) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def choose(combo, value) -> None:
    """Select the combo item whose data is ``value``."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


@pytest.fixture
def dutch():
    """Dutch number and date formats, as a Dutch user has them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


def row_point(table, row: int, column: int = 0):
    """The centre of a cell, in the table's viewport: where a person clicks."""
    while table.isColumnHidden(column):
        column += 1
    index = table.model().index(row, column)
    table.scrollTo(index)
    return table.visualRect(index).center()


def click_row(qtbot, table, row: int, column: int = 0) -> None:
    """Left-click the row as a person does (on the viewport, at the cell)."""
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_point(table, row, column))


def double_click_row(qtbot, table, row: int, column: int = 0) -> None:
    point = row_point(table, row, column)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def right_click_row(qtbot, table, row: int, column: int = 0):
    """Right-click the row: the press selects it, the context-menu event opens the row's menu
    (QTest sends no context-menu event by itself, so send the one the platform would)."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    point = row_point(table, row, column)
    viewport = table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)

    def menu():
        return next((m for m in table.findChildren(QMenu, "row_menu") if m.isVisible()), None)

    qtbot.waitUntil(lambda: menu() is not None)
    return menu()


def menu_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def click_menu_item(qtbot, menu, text: str) -> None:
    """Click the menu item whose text (without '&') is ``text``; a submenu item is
    'Parent/Child'."""
    parent, _, child = text.partition("/")
    action = next(a for a in menu.actions() if a.text().replace("&", "") == parent)
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    if child:
        submenu = action.menu()
        qtbot.waitUntil(submenu.isVisible)
        click_menu_item(qtbot, submenu, child)
