"""On the first start with an empty default database, offer to load the sample data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from zpdesk.services import demo
from zpdesk.ui.main_window import MainWindow


def offer_demo_if_empty(window: MainWindow) -> bool:
    """Ask once; returns True when the sample data was loaded."""
    db = window.context.db
    if not demo.is_empty(db):
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("first_start", "Welcome to zpdesk"),
        QCoreApplication.translate(
            "first_start",
            "Your database is empty. Load sample data to see what zpdesk can do?\n\n"
            "You can start over with your own data at any time.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    demo.write_demo(db, force=False)
    window.context.actions.changed.emit()
    return True
