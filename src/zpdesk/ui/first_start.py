"""First start on an empty database: offer to look around in sample data, in a file of its own.

The sample data never enters the user's file. It is written to ``paths.sample_db_path``
beside it (``zpdesk-sample.sqlite`` beside ``zpdesk.sqlite``); the window switches to that
file and says "Sample data" in its title, and File → Open my own data switches back. The
user's own file stays open (and locked) meanwhile, so a second zpdesk, the socket and the
daily backup all still concern it, and its first backup holds no sample data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from zpdesk.paths import sample_db_path
from zpdesk.services import demo
from zpdesk.store.db import Database, open_database
from zpdesk.ui.main_window import MainWindow


class SampleData(QObject):
    """The window on the sample data, with the way back to the user's own file."""

    def __init__(self, window: MainWindow, own: Database, sample: Database) -> None:
        super().__init__(window)
        self.setObjectName("sample_data")
        self.window = window
        self.own = own
        self.sample: Database | None = sample
        self.back_action = QAction(self.tr("Open &my own data"), window)
        self.back_action.setObjectName("open_own_data")
        self.back_action.setStatusTip(
            self.tr("Leave the sample data and continue in your own, empty database.")
        )
        self.back_action.triggered.connect(self.back_to_own)
        window.file_menu.insertAction(window.file_menu.actions()[0], self.back_action)
        window.set_database(sample)
        window.setWindowTitle(self.tr("zpdesk — Sample data (%1)").replace("%1", sample.path.name))

    @property
    def showing_sample(self) -> bool:
        return self.sample is not None and self.window.context.db is self.sample

    def back_to_own(self) -> None:
        """Continue on the user's own file; the sample file is closed (and kept)."""
        if self.sample is None:
            return
        sample, self.sample = self.sample, None
        self.window.set_database(self.own)
        sample.close()
        self.window.file_menu.removeAction(self.back_action)
        self.window.statusBar().showMessage(
            self.tr("Back in your own data: %1").replace("%1", str(self.own.path)), 8000
        )

    def close(self) -> None:
        """Close the database the window does not show (the window closes its own)."""
        other = self.own if self.showing_sample else self.sample
        if other is not None:
            other.close()
        self.sample = None


def own_database(window: MainWindow) -> Database:
    """The user's own database: the window's, unless it shows the sample data."""
    sample = window.findChild(SampleData, "sample_data")
    return sample.own if sample is not None and sample.showing_sample else window.context.db


def offer_demo_if_empty(window: MainWindow) -> SampleData | None:
    """Ask once when the database is empty; the sample data opens beside it, if wanted."""
    db = window.context.db
    if not demo.is_empty(db):
        return None
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("first_start", "Welcome to zpdesk"),
        QCoreApplication.translate(
            "first_start",
            "Your database is empty. Look around in sample data first?\n\n"
            "The sample data opens in a file of its own; your database stays empty. "
            "File → Open my own data brings you back to it.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    sample = open_database(sample_db_path(db.path), lock=True)
    if demo.is_empty(sample):
        demo.write_demo(sample, force=False)
    return SampleData(window, db, sample)
