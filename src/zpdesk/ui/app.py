"""Starting the window: the QApplication, opening the database, errors shown as dialogs.

One window per database: the window holds the database's write lock and listens on a
local socket named after the database. A second ``zpdesk`` on the same file finds the
lock taken, asks the first one to come forward, and exits.

What the first view does not need waits until the window has painted it (``Running``):
the socket (QtNetwork), the daily backup, and importing the Review's chart library.
"""

from __future__ import annotations

import gc
import getpass
import hashlib
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zpdesk import APP_NAME, __version__
from zpdesk.files import real_path
from zpdesk.locale_format import fill
from zpdesk.store.backup import BackupInfo
from zpdesk.store.db import Database, open_database
from zpdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    MigrationError,
    NotSQLiteError,
    NotZpdeskError,
    ReadOnlyLocationError,
    SchemaTooNewError,
    StoreError,
)
from zpdesk.ui import i18n, theme
from zpdesk.ui.actions import ActionRunner
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text
from zpdesk.ui.main_window import MainWindow
from zpdesk.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

    from zpdesk.ui.warmup import WarmUp

RAISE_REQUEST = b"raise\n"
# Errors where putting a backup in place can help; not for a newer schema (that would
# throw away newer data) or a read-only folder (a restore cannot write there either).
BACKUP_HELPS = (CorruptDatabaseError, NotSQLiteError, NotZpdeskError)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first call."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(APP_NAME)
    return app


def build_window(db: Database, ui_settings: UiSettings | None = None) -> MainWindow:
    """A main window over an open database."""
    context = ViewContext(db=db, actions=ActionRunner(db), ui_settings=ui_settings or UiSettings())
    return MainWindow(context)


# --- one window per database ---------------------------------------------------------


def instance_key(db_path: Path) -> str:
    """The local socket name of the window on ``db_path`` (per user, per file)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        user = ""
    text = f"{user}\0{real_path(db_path)}"  # a link to the file finds the same window
    return "zpdesk-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


# How long a second launch keeps trying to reach the first: a window that is still
# starting listens only after its first paint (``Running``, at the latest 2 s), and a
# double-click on the icon starts two copies a fraction of a second apart.
RAISE_PATIENCE_MS = 3000


def ask_running_window_to_raise(
    db_path: Path, timeout_ms: int = 1500, patience_ms: int = RAISE_PATIENCE_MS
) -> bool:
    """Tell the window already open on ``db_path`` to come forward; False if none answers
    within ``patience_ms`` (the lock holder may be a command-line writer, not a window)."""
    import time

    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + patience_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(instance_key(db_path))
        if socket.waitForConnected(timeout_ms):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # no server yet: nothing to wait on but the clock
    socket.write(RAISE_REQUEST)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(delivered)


class InstanceServer(QObject):
    """Listens for "raise" from a second launch on the same database."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.key = instance_key(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the database lock, so a socket of that name is a crashed window's.
        QLocalServer.removeServer(self.key)
        self.listening = self.server.listen(self.key)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, un-minimised (as far as the window system allows)."""
    from PySide6.QtCore import Qt

    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


# --- the daily backup, off the GUI thread --------------------------------------------


class _BackupSignals(QObject):
    written = Signal(str)
    failed = Signal(str)


class DailyBackup(QRunnable):
    """Make the daily backup when due (reads the file through its own SQLite connection)."""

    def __init__(self, db_path: Path, now: datetime | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.now = now
        self.signals = _BackupSignals()

    def run(self) -> None:
        from zpdesk.services.backups import backup_if_due

        try:
            info = backup_if_due(self.db_path, now=self.now)
        except (StoreError, OSError) as exc:
            self.signals.failed.emit(error_text(exc))
            return
        if info is not None:
            self.signals.written.emit(str(info.path))


def start_daily_backup(window: MainWindow, now: datetime | None = None) -> DailyBackup:
    """Check for (and make) the daily backup in the background; report in the status bar."""
    from zpdesk.ui.first_start import own_database

    job = DailyBackup(own_database(window).path, now)  # never the sample data's file
    job.setAutoDelete(False)  # the caller may hold on to it (tests wait for its signals)

    def written(path: str) -> None:
        window.statusBar().showMessage(
            fill(QCoreApplication.translate("app", "Daily backup written: %1"), path),
            10_000,
        )

    def failed(message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("app", "The daily backup failed"),
            QCoreApplication.translate(
                "app", "zpdesk could not back up your database. Your data is unchanged."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setInformativeText(message)
        box.open()

    job.signals.written.connect(written)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


# --- opening, and explaining why not --------------------------------------------------


def error_summary(exc: StoreError) -> str:
    """A translated first sentence for an open error (the detail follows from ``exc``)."""
    if isinstance(exc, DatabaseLockedError):
        return QCoreApplication.translate(
            "open_error", "This database is already open in another zpdesk window."
        )
    if isinstance(exc, SchemaTooNewError):
        return QCoreApplication.translate(
            "open_error",
            "This database was saved by a newer version of zpdesk. Update zpdesk to open it.",
        )
    if isinstance(exc, CorruptDatabaseError):
        return QCoreApplication.translate("open_error", "This database is damaged.")
    if isinstance(exc, NotZpdeskError):
        return QCoreApplication.translate(
            "open_error", "This file belongs to another program, not to zpdesk."
        )
    if isinstance(exc, NotSQLiteError):
        return QCoreApplication.translate("open_error", "This file is not a zpdesk database.")
    if isinstance(exc, ReadOnlyLocationError):
        return QCoreApplication.translate(
            "open_error", "zpdesk cannot write to this database or to its folder."
        )
    if isinstance(exc, MigrationError):
        return QCoreApplication.translate(
            "open_error",
            "zpdesk could not update this database to the current version. A backup was "
            "made first.",
        )
    return QCoreApplication.translate("open_error", "zpdesk cannot open this database.")


class OpenErrorBox(QMessageBox):
    """Why a database cannot be opened; offers the newest good backup where one exists."""

    def __init__(
        self, exc: StoreError, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(
            QCoreApplication.translate("open_error", "zpdesk cannot open the database")
        )
        text = error_summary(exc)
        if not isinstance(exc, DatabaseLockedError):
            text += " " + QCoreApplication.translate("open_error", "The file was not changed.")
        self.setText(text)
        self.setInformativeText(error_text(exc))
        self.backup = backup
        self.restore_button = None
        if backup is not None:
            from zpdesk.ui.dialogs.restore_dialog import file_size, made_on

            self.setInformativeText(
                error_text(exc)
                + "\n\n"
                + fill(
                    QCoreApplication.translate(
                        "open_error",
                        "The newest good backup is from %1 (%2). Restore it? The current file "
                        "is kept aside, not deleted.",
                    ),
                    made_on(backup),
                    file_size(backup.size),
                )
            )
            self.restore_button = self.addButton(
                QCoreApplication.translate("open_error", "Restore Backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def _restore_newest(path: Path, backup: BackupInfo) -> Database:
    from zpdesk.services.backups import restore_backup
    from zpdesk.store.lock import DatabaseLock

    lock = DatabaseLock(path).acquire()
    try:
        restore_backup(path, backup.path)
        return open_database(path, lock=lock)
    except BaseException:
        lock.release()
        raise


class AlreadyOpen(Exception):
    """The database is open in another window, which was asked to come forward."""


def open_for_window(path: Path) -> Database | None:
    """Open ``path`` for the window, explaining any problem in a dialog (and on stderr).

    Returns None when the user is left without a database; raises ``AlreadyOpen`` when
    another window has it and was brought forward.
    """
    from zpdesk.services.backups import newest_good_backup

    try:
        return open_database(path, lock=True)
    except DatabaseLockedError as exc:
        if ask_running_window_to_raise(path):
            raise AlreadyOpen(error_text(exc)) from exc
        error: StoreError = exc
    except StoreError as exc:
        error = exc
    print(f"zpdesk: {error}", file=sys.stderr)
    backup = newest_good_backup(path) if isinstance(error, BACKUP_HELPS) else None
    box = OpenErrorBox(error, backup)
    box.exec()
    if not box.restore_chosen() or backup is None:
        return None
    try:
        return _restore_newest(path, backup)
    except StoreError as exc:
        print(f"zpdesk: {exc}", file=sys.stderr)
        QMessageBox.critical(
            None, QCoreApplication.translate("open_error", "Restore failed"), error_text(exc)
        )
        return None


class Running(QObject):
    """The started window with what it owns: the database (and its lock), the socket.

    The socket, the daily backup and the warm-up import start once the window has painted
    its first view (or after ``LATEST_MS`` if no paint comes, e.g. started minimised):
    none of them is needed to show it, and together they cost about 10 ms of the start
    plus a thread (bench/RESULTS.md).
    """

    LATEST_MS = 2000

    def __init__(self, window: MainWindow, *, armed: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.server: InstanceServer | None = None
        self.daily_backup: DailyBackup | None = None
        self.warm_up: WarmUp | None = None
        self._deferred_done = False
        self._painted = False
        self._armed = False
        window.installEventFilter(self)
        if armed:
            self.arm()

    def arm(self) -> None:
        """Let the deferred work start (after the first paint, at the latest in ``LATEST_MS``).

        ``start`` arms only once the first-start question is answered: it runs its own
        event loop, so the window paints behind it, and the day's first backup must hold
        the data the user chose to load, not the empty file.
        """
        if self._armed:
            return
        self._armed = True
        if self._painted:
            QTimer.singleShot(0, self, self._after_first_paint)
        QTimer.singleShot(self.LATEST_MS, self, self._after_first_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self._painted = True
            if self._armed:
                # Queued: runs once this paint (the whole frame) is done.
                QTimer.singleShot(0, self, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        if self._deferred_done or not self._armed:
            return  # the paint came first, then the latest moment
        from zpdesk.ui.warmup import warm_up_later

        self._deferred_done = True
        self.window.removeEventFilter(self)
        from zpdesk.ui.first_start import own_database

        self.server = InstanceServer(own_database(self.window).path, self.window)
        self.server.raise_requested.connect(lambda: bring_forward(self.window))
        if self.window.context.db.url is None:  # a server database: `zpdesk backup`
            self.daily_backup = start_daily_backup(self.window)
        self.warm_up = warm_up_later(self)

    def shut_down(self) -> None:
        self._deferred_done = True  # too late now: nothing more starts
        QThreadPool.globalInstance().waitForDone()
        if self.server is not None:
            self.server.close()
        from zpdesk.ui.first_start import SampleData

        sample = self.window.findChild(SampleData, "sample_data")
        if sample is not None:
            sample.close()  # the database the window does not show
        self.window.context.db.close()


def show_notices(window: QWidget, notices: tuple[str, ...]) -> None:
    """Say what opening found (e.g. where an interrupted restore kept the earlier data)."""
    for notice in notices:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("open_error", "Your earlier data"),
            notice,
            parent=window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def start(db_arg: str | None, language: str | None = None) -> Running | int:
    """Open the database and show the window; an exit code when that is not possible."""
    app = application()
    ui_settings = UiSettings()
    i18n.install_translators(app, language or ui_settings.language or None)
    theme.follow_os_theme(app)
    app.setWindowIcon(theme.app_icon())
    from zpdesk.store.locations import resolve_location

    location = resolve_location(db_arg)
    if isinstance(location, str):
        db = open_server_for_window(location)
        if db is None:
            return 1
        window = build_window(db, ui_settings)
        running = Running(window, armed=False)
        window.show()
        running.arm()
        return running
    path: Path = real_path(location)  # a link to the file: the same lock and window
    try:
        db = open_for_window(path)
    except AlreadyOpen:
        print(f"zpdesk: {path} is already open; its window was brought forward.")
        return 0
    if db is None:
        return 1
    window = build_window(db, ui_settings)
    running = Running(window, armed=False)
    window.show()
    show_notices(window, db.notices)
    from zpdesk.ui.first_start import offer_demo_if_empty

    offer_demo_if_empty(window)  # the default database or --db NEW: both may start empty
    from zpdesk.store.locations import sync_warning

    warning = sync_warning(path)
    if warning is not None:
        print(f"zpdesk: {warning}", file=sys.stderr)
        window.two_devices.sync_warning()
    running.arm()
    return running


def open_server_for_window(url: str) -> Database | None:
    """Open the server database ``url``, explaining a problem in a dialog (and on stderr)."""
    from zpdesk.store.locations import open_location

    try:
        return open_location(url)
    except StoreError as exc:
        print(f"zpdesk: {exc}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("open_error", "Cannot open the database"),
            error_text(exc),
        )
        return None


def run_app(db_arg: str | None, language: str | None = None) -> int:
    """Open the window on the database from ``--db``/``ZPDESK_DB``/default and run."""
    from zpdesk.ui import errors
    from zpdesk.ui.platform_libraries import check_before_window

    if QApplication.instance() is None:
        problem = check_before_window()  # before Qt would abort on a missing library
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    app = application()
    errors.install()
    running = start(db_arg, language)
    # What start-up built lives as long as the window: move it out of the collector's
    # sight (cheaper collections while running, and at exit) and collect from here on
    # (the CLI turned the collector off for start-up; bench/RESULTS.md).
    gc.freeze()
    gc.enable()
    if isinstance(running, int):
        return running
    try:
        return app.exec()
    finally:
        running.shut_down()
