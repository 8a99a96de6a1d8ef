"""Starting the window: the QApplication, opening the database, errors shown as dialogs."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from zpdesk import APP_NAME, __version__
from zpdesk.paths import default_db_path, resolve_db_path
from zpdesk.store.db import Database, open_database
from zpdesk.store.errors import StoreError
from zpdesk.ui import i18n, theme
from zpdesk.ui.actions import ActionRunner
from zpdesk.ui.context import ViewContext
from zpdesk.ui.main_window import MainWindow
from zpdesk.ui.ui_settings import UiSettings


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


def run_app(db_arg: str | None, language: str | None = None) -> int:
    """Open the window on the database from ``--db``/``ZPDESK_DB``/default and run."""
    app = application()
    ui_settings = UiSettings()
    i18n.install_translators(app, language or ui_settings.language or None)
    theme.follow_os_theme(app)
    app.setWindowIcon(theme.app_icon())
    path: Path = resolve_db_path(db_arg)
    is_default = db_arg is None and path == default_db_path()
    try:
        db = open_database(path)
    except StoreError as exc:
        QMessageBox.critical(
            None, app.translate("app", "zpdesk cannot open the database"), str(exc)
        )
        print(f"zpdesk: {exc}", file=sys.stderr)
        return 1
    window = build_window(db, ui_settings)
    window.show()
    if is_default:
        from zpdesk.ui.first_start import offer_demo_if_empty

        offer_demo_if_empty(window)
    # What start-up built lives as long as the window: move it out of the collector's
    # sight (cheaper collections while running, and at exit) and collect from here on.
    gc.freeze()
    gc.enable()
    try:
        return app.exec()
    finally:
        db.close()
