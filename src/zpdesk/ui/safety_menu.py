"""The window's data-safety entries: File → Back Up Now / Restore / Export / Import, and
Edit → Undo / Redo bound to the current database's history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from zpdesk import clock
from zpdesk.store.errors import StoreError
from zpdesk.ui.undo import undo_redo_actions

if TYPE_CHECKING:
    from zpdesk.services.backups import RestoreResult
    from zpdesk.ui.main_window import MainWindow


class SafetyMenu(QObject):
    """Adds its actions to the window's File and Edit menus and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(self.tr("&Back Up Now"), window)
        self.backup_action.setObjectName("action_backup")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), window)
        self.restore_action.setObjectName("action_restore")
        self.restore_action.triggered.connect(self.open_restore_dialog)
        self.export_action = QAction(self.tr("&Export to JSON…"), window)
        self.export_action.setObjectName("action_export")
        self.export_action.triggered.connect(lambda _checked=False: self.export_json())
        self.import_action = QAction(self.tr("&Import from JSON…"), window)
        self.import_action.setObjectName("action_import")
        self.import_action.triggered.connect(lambda _checked=False: self.import_json())

        file_menu = window.menu("file")
        before = window.quit_action
        for action in (self.backup_action, self.restore_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        for action in (self.export_action, self.import_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)

        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.bind_history()

    # --- Edit → Undo / Redo ----------------------------------------------------------

    def bind_history(self) -> None:
        """(Re)create Undo/Redo for the window's current ActionRunner."""
        edit_menu = self.window.menu("edit")
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                edit_menu.removeAction(old)
                old.deleteLater()
        runner = self.window.context.actions
        self.undo_action, self.redo_action = undo_redo_actions(runner, self.window)
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertAction(first, self.undo_action)
        edit_menu.insertAction(first, self.redo_action)
        if first is not None:
            edit_menu.insertSeparator(first)
        runner.undo_failed.connect(self._undo_failed)

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Undo"), message)
        self.window.refresh_current()

    # --- File → Back Up Now / Restore -----------------------------------------------

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def back_up_now(self) -> Path | None:
        """Write a verified backup into the backup folder and say where."""
        from zpdesk.services import backups

        try:
            info = backups.backup_now(self.window.context.db.path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Back up"), str(exc))
            return None
        self._status(self.tr("Backup written: %1").replace("%1", str(info.path)))
        return info.path

    def restore_dialog(self):  # noqa: ANN201 - returns RestoreDialog
        """The restore dialog over this database's backups (not yet shown)."""
        from zpdesk.services import backups
        from zpdesk.ui.dialogs.restore_dialog import RestoreDialog

        path = self.window.context.db.path
        dialog = RestoreDialog(path, backups.backups_of(path), self.window)
        dialog.accepted.connect(lambda: self.restore(dialog.selected_backup()))
        return dialog

    def open_restore_dialog(self) -> None:
        dialog = self.restore_dialog()
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def restore(self, backup: Path | None) -> RestoreResult | None:
        """Swap ``backup`` in for the open database and rebuild the window on it.

        The database is closed first (so SQLite folds its -wal into the file), the
        current file is kept aside, and the write lock stays with this window throughout.
        """
        from zpdesk.services import backups
        from zpdesk.store.db import open_database

        if backup is None:
            return None
        window = self.window
        try:
            backups.verify_backup(backup)
        except StoreError as exc:
            QMessageBox.warning(window, self.tr("Restore from backup"), str(exc))
            return None
        old = window.context.db
        path = old.path
        QThreadPool.globalInstance().waitForDone()  # a daily backup may be reading the file
        lock = old.detach_lock()
        old.close()
        try:
            result = backups.restore_backup(path, backup)
        except (StoreError, OSError) as exc:
            window.set_database(open_database(path, lock=lock or False))
            QMessageBox.warning(window, self.tr("Restore from backup"), str(exc))
            return None
        try:
            new = open_database(path, lock=lock or False)
        except StoreError as exc:
            # Put the previous file back; the backup that would not open stays aside too.
            if result.kept_aside is not None:
                backups.restore_backup(path, result.kept_aside)
            window.set_database(open_database(path, lock=lock or False))
            QMessageBox.warning(window, self.tr("Restore from backup"), str(exc))
            return None
        window.set_database(new)
        message = self.tr("Restored the backup %1.").replace("%1", backup.name)
        if result.kept_aside is not None:
            message += " " + self.tr("The previous database is kept as %1.").replace(
                "%1", str(result.kept_aside)
            )
        self._status(message)
        QMessageBox.information(window, self.tr("Restore from backup"), message)
        return result

    # --- File → Export / Import ------------------------------------------------------

    def export_json(self, out: Path | None = None) -> Path | None:
        """Write every table to a JSON file chosen by the user (or ``out``)."""
        from zpdesk.services import portable

        window = self.window
        if out is None:
            suggestion = Path.home() / f"zpdesk-export-{clock.today().isoformat()}.json"
            name, _filter = QFileDialog.getSaveFileName(
                window,
                self.tr("Export to JSON"),
                str(suggestion),
                self.tr("JSON files (*.json)"),
            )
            if not name:
                return None
            out = Path(name)
        try:
            portable.export_json(window.context.db, out)
        except OSError as exc:
            QMessageBox.warning(window, self.tr("Export to JSON"), str(exc))
            return None
        self._status(self.tr("Exported to %1").replace("%1", str(out)))
        return out

    def import_json(self, source: Path | None = None) -> int | None:
        """Load an export into this database, which must be empty; returns the row count."""
        from zpdesk.services import portable
        from zpdesk.services.errors import ValidationError

        window = self.window
        db = window.context.db
        with db.session() as session:
            empty = portable.is_empty(session)
        if not empty:
            QMessageBox.information(
                window,
                self.tr("Import from JSON"),
                self.tr(
                    "An export can only be imported into an empty database, so that nothing "
                    "is mixed or overwritten. Start zpdesk on a new database "
                    "(zpdesk --db NEW.sqlite) and import there."
                ),
            )
            return None
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                window,
                self.tr("Import from JSON"),
                str(Path.home()),
                self.tr("JSON files (*.json)"),
            )
            if not name:
                return None
            source = Path(name)
        try:
            summary = portable.import_into(db, portable.read_export(source))
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(
                window,
                self.tr("Import from JSON"),
                self.tr("Nothing was imported: %1").replace("%1", str(exc)),
            )
            return None
        window.context.actions.clear_history()
        window.context.actions.changed.emit()
        self._status(
            self.tr("Imported %n row(s) from %1", "", summary.total).replace("%1", source.name)
        )
        return summary.total
