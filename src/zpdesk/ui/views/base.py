"""The base of every main-window view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from zpdesk.ui.context import ViewContext


class View(QWidget):
    """A page of the main window; ``refresh`` reloads it from the database."""

    # ("network" or "person", id): the window shows that network or person in its view.
    open_requested = Signal(str, int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the view shows. Called when it is shown and after every change."""
