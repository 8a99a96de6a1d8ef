"""The base of every main-window view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from zpdesk.ui.context import ViewContext


class View(QWidget):
    """A page of the main window; ``refresh`` reloads it from the database."""

    network_requested = Signal(int)  # "open network": the window shows it in Networks

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the view shows. Called when it is shown and after every change."""
