"""Languages in the window: the View → Language menu.

zpdesk follows the system language (Dutch when the system is Dutch, else English) unless
the user picked one in View → Language (``UiSettings.language``) or passed ``--lang``.
Loading the catalogues is ``zpdesk.translations`` (QtCore only, shared with the command
line's documents); its functions are available from here too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from zpdesk.translations import (  # noqa: F401 - the window's callers use them from here
    LANGUAGES,
    catalogue,
    install_translators,
    installed_translators,
    locale_for,
    resolve_language,
    system_language,
)
from zpdesk.ui.ui_settings import UiSettings


class LanguageMenu(QObject):
    """View → Language: follow the system, English or Nederlands; applies on restart."""

    def __init__(self, settings: UiSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._parent = parent
        self.menu = QMenu(self.tr("&Language"), parent)
        self.menu.setObjectName("language_menu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choices = [("", self.tr("Follow the system"))] + list(LANGUAGES.items())
        for code, text in choices:
            action = QAction(text, self.group)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == settings.language)
            self.menu.addAction(action)
            self.actions[code] = action
        if settings.language not in self.actions:
            self.actions[""].setChecked(True)
        self.menu.insertSeparator(self.actions["en"])
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._settings.language:
            return
        self._settings.language = code
        self._settings.sync()
        QMessageBox.information(
            self._parent,
            self.tr("Language"),
            self.tr("zpdesk will use the new language the next time you start it."),
        )


def add_language_menu(menu: QMenu, settings: UiSettings, parent: QWidget) -> LanguageMenu:
    """Append the Language submenu to ``menu`` (the View menu)."""
    language_menu = LanguageMenu(settings, parent)
    menu.addSeparator()
    menu.addMenu(language_menu.menu)
    return language_menu
