"""Every user action that changes data runs through ``ActionRunner.run``.

One action is one transaction; afterwards ``changed`` tells every view to refresh.
Keeping this the single door for writes is what lets undo (and crash safety) apply to
every view at once: the rows each action writes are recorded (``store.changes``) and
pushed onto ``undo_stack`` as one command named by the action's description.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from zpdesk.services import bounds
from zpdesk.services.errors import (
    ConnectionLostError,
    NotFoundError,
    StaleEditError,
    connection_lost_message,
    stale_edit_message,
    write_error,
)
from zpdesk.store.changes import recording
from zpdesk.store.db import Database

T = TypeVar("T")


class ActionRunner(QObject):
    """Runs one user action in one transaction, records it for undo, announces the change."""

    changed = Signal()
    # An undo or redo could not be applied (the database changed behind its back); the
    # message is for the user. The history has been cleared.
    undo_failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        bounds.watch(db.sessions)  # what the editors save, the importers accept

    def run(self, description: str, action: Callable[[Session], T]) -> T:
        """Run ``action`` in its own transaction; ``description`` names it for undo.

        A write that fails for a reason the user can act on (a full disk, a read-only
        file, a row changed elsewhere) raises ``WriteError`` naming it; a row deleted
        elsewhere (``NotFoundError``) also tells the views to refresh.
        """
        from zpdesk.ui.undo import RecordedAction

        try:
            with self.db.session() as session, recording(session) as changes:
                result = action(session)
        except StaleDataError as exc:
            # The ORM found a row at another version than it read (store.models): another
            # device wrote it in between. The transaction was rolled back.
            raise StaleEditError(stale_edit_message()) from exc
        except NotFoundError:
            self.changed.emit()
            raise
        except (SQLAlchemyError, OSError) as exc:
            if self.db.url is not None and isinstance(exc, OperationalError | InterfaceError):
                # The server went away; the next action gets a new connection (pre-ping).
                raise ConnectionLostError(connection_lost_message()) from exc
            failure = write_error(exc, self.db.path)
            if failure is None:
                raise
            raise failure from exc
        if changes:
            self.undo_stack.push(RecordedAction(self, description, tuple(changes)))
        self.changed.emit()
        return result

    def clear_history(self) -> None:
        """Forget every undo step, e.g. after the data was replaced as a whole."""
        self.undo_stack.clear()
