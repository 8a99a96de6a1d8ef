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
