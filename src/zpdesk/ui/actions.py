"""Every user action that changes data runs through ``ActionRunner.run``.

One action is one transaction; afterwards ``changed`` tells every view to refresh.
Keeping this the single door for writes is what lets undo (and crash safety) apply to
every view at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from zpdesk.store.db import Database

T = TypeVar("T")


class ActionRunner(QObject):
    """Runs one user action in one transaction and announces the change."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def run(self, description: str, action: Callable[[Session], T]) -> T:
        """Run ``action`` in its own transaction; ``description`` names it (e.g. for undo)."""
        with self.db.session() as session:
            result = action(session)
        self.changed.emit()
        return result
