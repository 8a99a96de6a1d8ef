"""Asking before something destructive, and telling why something was refused.

Views call these through the module (``confirm.ask(...)``) so tests can replace them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, action_text: str) -> bool:
    """A warning with a button named after the action and Cancel as default; True to go on."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def refuse(parent: QWidget | None, title: str, text: str) -> None:
    """Say why an action could not be done."""
    QMessageBox.warning(parent, title, text)
