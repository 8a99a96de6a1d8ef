"""The window's side of two devices: File → Open Server Database… and Move to a Server
Database…, views that follow the other device's changes, and the warning about a file in
a synchronised folder.

While the window is on a server database it LISTENs on ``store.postgres.CHANGED_CHANNEL``
through a connection of its own; a change announced by another process refreshes the
visible view, and so does coming back to the window (focus). A lost connection is said
once in the status bar and retried until the server answers again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QSocketNotifier, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from zpdesk.locale_format import fill
from zpdesk.store.errors import StoreError
from zpdesk.store.locations import synchronised_folder
from zpdesk.store.postgres import CHANGED_CHANNEL, PROCESS_TAG, is_server_url, redacted
from zpdesk.ui.errors import error_text

if TYPE_CHECKING:
    from zpdesk.store.db import Database
    from zpdesk.ui.main_window import MainWindow

RETRY_MS = 5000


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` put in (for connecting only; never stored)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    if not password:
        return url
    parts = urlsplit(url)
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class ServerWatcher(QObject):
    """LISTENs for the other devices' changes to one server database."""

    changed = Signal()
    lost = Signal()
    restored = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.connection: Any = None
        self.notifier: QSocketNotifier | None = None
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._connect)
        self._connect()

    def _connect(self) -> None:
        import psycopg

        try:
            self.connection = psycopg.connect(self.url, autocommit=True, connect_timeout=5)
            self.connection.execute(f"LISTEN {CHANGED_CHANNEL}")
        except psycopg.Error:
            self.connection = None
            if not self.retry.isActive():
                self.retry.start()
            return
        was_lost = self.retry.isActive()
        self.retry.stop()
        self.notifier = QSocketNotifier(self.connection.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)
        if was_lost:
            self.restored.emit()
            self.changed.emit()  # what happened meanwhile

    def _read(self) -> None:
        import psycopg

        foreign = False
        try:
            for notice in self.connection.notifies(timeout=0):
                foreign = foreign or notice.payload != PROCESS_TAG
        except psycopg.Error:
            self._drop()
            self.lost.emit()
            self.retry.start()
            return
        if foreign:
            self.changed.emit()

    def _drop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception:  # it is gone either way
                pass
            self.connection = None

    def close(self) -> None:
        """Stop listening."""
        self.retry.stop()
        self._drop()


class ServerDialog(QDialog):
    """Asks for a server database's URL (remembered without password) and a password."""

    def __init__(self, title: str, remembered: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.url_edit = QLineEdit(remembered)
        self.url_edit.setPlaceholderText("postgresql://user@host:5432/zpdesk")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("from ~/.pgpass or PGPASSWORD if empty"))
        form = QFormLayout()
        form.addRow(self.tr("Server database"), self.url_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        note = QLabel(
            self.tr(
                "The password is used for this connection only and never stored. Add "
                "?sslmode=require to the address for an encrypted connection."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def url(self) -> str:
        """The URL as typed (without the password field)."""
        return self.url_edit.text().strip()

    def connect_url(self) -> str:
        """The URL to connect with: the password put in when one was typed."""
        return with_password(self.url(), self.password_edit.text())


class _CopySignals(QObject):
    progress = Signal(int)
    done = Signal(str)
    failed = Signal(str)


class CopyJob(QRunnable):
    """``services.copy.copy_database`` off the GUI thread, reporting its steps."""

    def __init__(self, source: Any, target: str) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.signals = _CopySignals()

    def run(self) -> None:
        from zpdesk.services.copy import copy_database
        from zpdesk.services.errors import ValidationError

        try:
            result = copy_database(
                self.source,
                self.target,
                lambda _step, done, _total: self.signals.progress.emit(done),
            )
        except (ValidationError, StoreError, OSError) as exc:
            self.signals.failed.emit(error_text(exc))
            return
        except Exception as exc:  # a connection error of any kind
            self.signals.failed.emit(" ".join(error_text(exc).split()))
            return
        self.signals.done.emit(str(result.rows))


class TwoDevices(QObject):
    """Adds the server entries to the File menu and keeps the views current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: ServerWatcher | None = None
        self.open_action = QAction(self.tr("Open &Server Database…"), window)
        self.open_action.setObjectName("action_open_server")
        self.open_action.triggered.connect(lambda _checked=False: self.ask_open_server())
        self.move_action = QAction(self.tr("&Move to a Server Database…"), window)
        self.move_action.setObjectName("action_move_to_server")
        self.move_action.triggered.connect(lambda _checked=False: self.ask_move())
        file_menu = window.menu("file")
        for action in (self.open_action, self.move_action):
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        window.context_changed.connect(self.follow_database)
        self.follow_database()

    # --- following the other device ---------------------------------------------------

    @property
    def db(self) -> Database:
        return self.window.context.db

    def stop_following(self) -> None:
        """Stop listening for the other device's changes."""
        if self.watcher is not None:
            self.watcher.close()
            self.watcher.deleteLater()
            self.watcher = None

    def follow_database(self) -> None:
        """(Re)start listening when the window is on a server database."""
        self.stop_following()
        self.move_action.setEnabled(self.db.url is None)
        if self.db.url is None:
            return
        try:
            self.watcher = ServerWatcher(self.db.url, self)
        except ImportError:
            return
        self.watcher.changed.connect(self.window.refresh_current)
        self.watcher.lost.connect(self._connection_lost)
        self.watcher.restored.connect(self._connection_restored)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        # The signal is the application's: a closed window (its database perhaps gone
        # already) must not refresh when another window becomes active.
        if (
            state == Qt.ApplicationState.ApplicationActive
            and self.window.isVisible()
            and self.db.url is not None
        ):
            self.window.refresh_current()

    def _connection_lost(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("The connection to the server was lost; zpdesk keeps trying to reconnect.")
        )

    def _connection_restored(self) -> None:
        self.window.statusBar().showMessage(self.tr("Connected to the server again."), 10_000)

    # --- File → Open Server Database… ---------------------------------------------------

    def server_dialog(self, title: str) -> ServerDialog:
        return ServerDialog(title, self.window.context.ui_settings.server_url, self.window)

    def ask_open_server(self) -> None:
        dialog = self.server_dialog(self.tr("Open Server Database"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_server(dialog.url(), dialog.connect_url()))
        dialog.open()

    def open_server(self, url: str, connect_url: str | None = None) -> bool:
        """Switch the window to the server database ``url``; False (said) when it fails."""
        from zpdesk.store.locations import open_location

        if not is_server_url(url):
            QMessageBox.warning(
                self.window,
                self.tr("Open Server Database"),
                self.tr("Give an address that starts with postgresql://"),
            )
            return False
        try:
            db = open_location(connect_url or url)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Open Server Database"), error_text(exc))
            return False
        self.window.context.ui_settings.server_url = url
        old = self.window.context.db
        QThreadPool.globalInstance().waitForDone()
        self.window.set_database(db)
        old.close()
        return True

    # --- File → Move to a Server Database… ----------------------------------------------

    def ask_move(self) -> None:
        dialog = self.server_dialog(self.tr("Move to a Server Database"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.move_to(dialog.url(), dialog.connect_url()))
        dialog.open()

    def move_to(self, url: str, connect_url: str | None = None) -> CopyJob:
        """Copy this file's data into the empty server database ``url``, with progress;
        when the copy verified, continue on the server database."""
        progress = QProgressDialog(
            self.tr("Copying your data to the server…"), "", 0, 3, self.window
        )
        progress.setObjectName("move_progress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        job = CopyJob(self.db.path, connect_url or url)
        job.signals.progress.connect(progress.setValue)
        job.signals.failed.connect(lambda message: self._move_failed(progress, message))
        job.signals.done.connect(lambda rows: self._moved(progress, url, connect_url, rows))
        self._job = job  # keep the signal carrier alive until it reports
        QThreadPool.globalInstance().start(job)
        return job

    def _move_failed(self, progress: QProgressDialog, message: str) -> None:
        progress.close()
        progress.deleteLater()
        QMessageBox.warning(self.window, self.tr("Move to a Server Database"), message)

    def _moved(
        self, progress: QProgressDialog, url: str, connect_url: str | None, rows: str
    ) -> None:
        progress.close()
        progress.deleteLater()
        if self.open_server(url, connect_url):
            self.window.statusBar().showMessage(
                fill(
                    self.tr(
                        "%n rows copied to %1 and checked; the file is left as it was.",
                        "",
                        int(rows),
                    ),
                    redacted(url),
                ),
                15_000,
            )

    # --- the file in a synchronised folder -----------------------------------------------

    def sync_warning(self) -> QMessageBox | None:
        """The warning about a file in a synchronised folder, once per file; None if none."""
        if self.db.url is not None:
            return None
        service = synchronised_folder(self.db.path)
        answered_for = self.window.context.ui_settings.sync_warned
        if service is None or str(self.db.path) in answered_for:
            return None
        box = QMessageBox(self.window)
        box.setObjectName("sync_warning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Synchronised folder"))
        box.setText(
            fill(
                self.tr(
                    "Your database lies in a %1 folder. When two devices write to it, the file "
                    "can be damaged. To use zpdesk on two devices, move your data to a server "
                    "database."
                ),
                service,
            )
        )
        move = box.addButton(
            self.tr("Move to a Server Database…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep It Here"), QMessageBox.ButtonRole.RejectRole)
        path = str(self.db.path)

        def answered() -> None:
            self.window.context.ui_settings.sync_warned = [*answered_for, path]
            if box.clickedButton() is move:
                self.ask_move()

        box.finished.connect(lambda _result: answered())
        box.open()
        return box
