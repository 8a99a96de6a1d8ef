"""Undo and redo of recorded actions, and the Edit menu's Undo/Redo entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from sqlalchemy.exc import IntegrityError

from zpdesk.locale_format import fill
from zpdesk.store.changes import ChangeConflictError, RowChange, apply_changes

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from zpdesk.ui.actions import ActionRunner


class RecordedAction(QUndoCommand):
    """One finished user action; undo/redo apply its recorded rows in one transaction."""

    def __init__(
        self, runner: ActionRunner, description: str, changes: tuple[RowChange, ...]
    ) -> None:
        super().__init__(description)
        self.runner = runner
        self.changes = changes
        self._done = True  # pushed after the action ran: the first redo() is a no-op

    def redo(self) -> None:
        if self._done:
            return
        self._apply(undo=False)

    def undo(self) -> None:
        self._apply(undo=True)

    def _apply(self, *, undo: bool) -> None:
        try:
            with self.runner.db.session() as session:
                apply_changes(session, self.changes, undo=undo)
        except (ChangeConflictError, IntegrityError) as exc:
            # The transaction was rolled back: the data is as it was before this click.
            # The stack cannot be cleared from inside undo()/redo(); do it right after.
            self.setObsolete(True)
            QTimer.singleShot(0, self.runner.clear_history)
            message = QCoreApplication.translate(
                "undo", "“%1” could not be undone or redone: %2 The undo history was cleared."
            )
            self.runner.undo_failed.emit(fill(message, self.text(), exc))
            return
        self._done = not undo
        self.runner.changed.emit()


def undo_redo_actions(runner: ActionRunner, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and Redo actions bound to ``runner``'s history, with the standard shortcuts.

    Their texts follow the top of the stack, e.g. "Undo Delete network 'KKP West-Brabant'"
    (Qt's own translatable "Undo %1"/"Redo %1").
    """
    undo = runner.undo_stack.createUndoAction(parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setObjectName("action_undo")
    redo = runner.undo_stack.createRedoAction(parent)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    redo.setObjectName("action_redo")
    return undo, redo
