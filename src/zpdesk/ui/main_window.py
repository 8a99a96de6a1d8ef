"""The main window: navigation on the left, one view at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from zpdesk import __version__
from zpdesk.locale_format import fill
from zpdesk.store.db import Database
from zpdesk.ui import theme
from zpdesk.ui.actions import ActionRunner
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text
from zpdesk.ui.i18n import add_language_menu
from zpdesk.ui.views import VIEW_KEYS, VIEWS, ViewSpec, create_view
from zpdesk.ui.views.base import View


def database_name(db: Database) -> str:
    """The database in the title bar: the file's name or ``dbname @ host``."""
    from zpdesk.store.postgres import describe

    return describe(db.url) if db.url is not None else db.path.name


class MainWindow(QMainWindow):
    """Navigation, menus and the stack of lazily created views."""

    # The window now works on another database (after a restore): anything outside the
    # views that holds ``window.context`` must take the new one.
    context_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._views: dict[str, View] = {}
        self._placeholders: dict[str, QWidget] = {}
        self.setWindowTitle(fill(self.tr("zpdesk — %1"), database_name(context.db)))
        self.setMinimumSize(QSize(900, 600))
        self.setWindowIcon(theme.app_icon())

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        self.navigation.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        for spec in VIEWS:
            item = QListWidgetItem(QCoreApplication.translate("views", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setIcon(theme.icon(spec.icon))
            self.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[spec.key] = placeholder
            self.stack.addWidget(placeholder)
        self.navigation.currentRowChanged.connect(self._on_navigation)
        # As wide as the longest view name ("Jaarevaluatie"), never narrower: the splitter
        # must not cut "Overzicht" at 1024×640.
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        needed = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12
        self.navigation.setMinimumWidth(needed)
        self.navigation.setMaximumWidth(needed)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setSizes([self.navigation.maximumWidth(), 1000])  # no gap beside the list
        self.setCentralWidget(splitter)

        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._build_menus()

        context.actions.changed.connect(self.refresh_current)
        from zpdesk.ui.deadline_tray import DeadlineTray

        self.deadline_tray = DeadlineTray(context, self)
        if context.ui_settings.geometry is not None:
            self.restoreGeometry(context.ui_settings.geometry)
        else:
            self.resize(1280, 800)
        last = context.ui_settings.last_view
        self.show_view(last if last in VIEW_KEYS else "overview")

    def _build_menus(self) -> None:
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.quit_action = quit_action

        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_preferences)
        self.edit_menu.addAction(preferences)
        self.preferences_action = preferences

        for index, spec in enumerate(VIEWS, start=1):
            action = QAction(QCoreApplication.translate("views", spec.title), self)
            action.setIcon(theme.icon(spec.icon))
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_view(key))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        self.view_menu.addAction(refresh)
        self.language_menu = add_language_menu(self.view_menu, self.context.ui_settings, self)

        about = QAction(self.tr("&About zpdesk"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

        from zpdesk.ui.safety_menu import SafetyMenu

        self.safety = SafetyMenu(self)  # File: backup/restore/export/import; Edit: undo/redo
        self.calendar_action = QAction(self.tr("Add &deadlines to my calendar…"), self)
        self.calendar_action.triggered.connect(self.export_deadlines)
        self.calendar_action.setObjectName("action_calendar")
        self.file_menu.insertAction(quit_action, self.calendar_action)
        export_atlas = QAction(self.tr("Export the &atlas…"), self)
        export_atlas.setObjectName("action_export_atlas")
        export_atlas.triggered.connect(lambda: self.show_view("atlas").export())  # type: ignore[attr-defined]
        self.file_menu.insertAction(self.quit_action, export_atlas)  # after the safety entries
        self.file_menu.insertSeparator(quit_action)

        from zpdesk.ui.two_devices import TwoDevices

        self.two_devices = TwoDevices(self)  # File: open a server database, move to one

    def menu(self, name: str) -> QMenu:
        """One of the four menus by name: file, edit, view, help."""
        menus = {
            "file": self.file_menu,
            "edit": self.edit_menu,
            "view": self.view_menu,
            "help": self.help_menu,
        }
        return menus[name]

    def about_text(self) -> str:
        from zpdesk.ui.errors import crash_folder

        return fill(
            self.tr(
                "zpdesk %1\n\nYour networks, what they cost and what they bring.\n\n"
                "Data: %2\nCrash reports: %3"
            ),
            __version__,
            self.context.db.location_shown,
            crash_folder(),
        )

    def show_preferences(self) -> None:
        from zpdesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_deadlines(self) -> None:
        """Write the notice deadlines as an .ics the user imports into their calendar."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from zpdesk.reports.reminders import write_reminders

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Add deadlines to my calendar"),
            str(Path.home() / "zpdesk-deadlines.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        try:
            written, count = write_reminders(self.context.db, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Add deadlines to my calendar"), error_text(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Add deadlines to my calendar"),
            fill(
                self.tr(
                    "%n deadline(s) written to %1. Open the file with your calendar "
                    "(Thunderbird, Apple Calendar, Outlook); importing a newer file updates "
                    "the events, with reminders two weeks and two days before.",
                    "",
                    count,
                ),
                written,
            ),
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About zpdesk"), self.about_text())

    def view(self, key: str) -> View:
        """The view for ``key``, created on first use."""
        if key not in self._views:
            spec = next(s for s in VIEWS if s.key == key)
            self._views[key] = self._create(spec)
        return self._views[key]

    def _create(self, spec: ViewSpec) -> View:
        view = create_view(spec, self.context)
        view.setObjectName(f"view_{spec.key}")
        view.open_requested.connect(self.open_item)
        placeholder = self._placeholders.pop(spec.key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return view

    def open_item(self, kind: str, item_id: int) -> None:
        """Show the network or person ``item_id`` in its own view (kind "network"/"person")."""
        if kind == "network":
            self.show_view("networks").select_network(item_id)  # type: ignore[attr-defined]
        elif kind == "person":
            self.show_view("people").select_person(item_id)  # type: ignore[attr-defined]

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "overview"

    def show_view(self, key: str) -> View:
        """Switch to the view ``key`` and refresh it."""
        row = VIEW_KEYS.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _on_navigation
        return self._views[key]

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        key = VIEW_KEYS[row]
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        view.refresh()
        self.context.ui_settings.last_view = key

    def refresh_current(self) -> None:
        """Reload the visible view (others refresh when they are shown)."""
        self.view(self.current_key()).refresh()

    def set_database(self, db: Database) -> None:
        """Rebuild the window on ``db`` (e.g. after a restore): new context, fresh views."""
        context = ViewContext(db=db, actions=ActionRunner(db), ui_settings=self.context.ui_settings)
        self.set_context(context)

    def set_context(self, context: ViewContext) -> None:
        """Drop every view and the undo history, and continue on ``context``."""
        current = self.current_key()
        self.context.actions.changed.disconnect(self.refresh_current)
        self.context = context
        self.deadline_tray.context = context
        for key, view in list(self._views.items()):
            placeholder = QWidget()
            self._placeholders[key] = placeholder
            self.stack.insertWidget(self.stack.indexOf(view), placeholder)
            self.stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        context.actions.changed.connect(self.refresh_current)
        self.setWindowTitle(fill(self.tr("zpdesk — %1"), database_name(context.db)))
        self.safety.bind_history()
        self.navigation.setCurrentRow(-1)
        self.show_view(current)
        self.context_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.two_devices.stop_following()
        self.context.ui_settings.geometry = self.saveGeometry()
        self.context.ui_settings.sync()
        super().closeEvent(event)
