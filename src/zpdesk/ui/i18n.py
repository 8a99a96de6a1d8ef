"""Languages: loading zpdesk's and Qt's translations, and the View → Language menu.

zpdesk follows the system language (Dutch when the system is Dutch, else English) unless
the user picked one in View → Language (``UiSettings.language``) or passed ``--lang``.
The language sets Qt's default locale too, so numbers and dates follow it
(``zpdesk.locale_format``). The compiled catalogue ``zpdesk_nl.qm`` ships inside the
package; ``packaging/i18n.py`` keeps it in step with the sources.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from zpdesk.ui.ui_settings import UiSettings

# Language code -> its name in that language (never translated: people look for their own).
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """ "nl" when the operating system's language is Dutch, else "en"."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve_language(requested: str | None) -> str:
    """ "nl" or "en": the requested one, else the system's."""
    if requested in LANGUAGES:
        return str(requested)
    return system_language()


def locale_for(language: str) -> QLocale:
    """The locale numbers and dates are shown in for ``language``.

    The system's own locale when it speaks that language (a Belgian keeps ``nl_BE``, an
    American ``en_US``), else the Netherlands for Dutch and the United Kingdom for English
    (day-month order and the euro, like the user's other papers).
    """
    system = QLocale.system()
    if language == "nl":
        if system.language() == QLocale.Language.Dutch:
            return system
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def catalogue(language: str) -> Traversable:
    """The compiled catalogue of ``language`` inside the installed package."""
    return files("zpdesk") / "resources" / "i18n" / f"zpdesk_{language}.qm"


def qt_translations_dir() -> str:
    """Where Qt's own catalogues (``qtbase_nl.qm``) are: the Qt install's folder."""
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if Path(path, "qtbase_nl.qm").is_file():
        return path
    # A frozen app or an unusual install may not have qt.conf pointing at it.
    import PySide6

    return str(Path(PySide6.__file__).parent / "Qt" / "translations")


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install zpdesk's and Qt's translators for ``language``; returns the language used.

    Replaces what an earlier call installed, so it may be called again (tests switch).
    """
    lang = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    if lang == "en":
        # The sources are English; the catalogue holds only the %n plural forms.
        own = QTranslator(app)
        if _load_catalogue(own, catalogue(lang)):
            app.installTranslator(own)
            _installed.append(own)
        return lang
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(lang), "qtbase", "_", qt_translations_dir()):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    own = QTranslator(app)
    if _load_catalogue(own, catalogue(lang)):
        app.installTranslator(own)
        _installed.append(own)
    return lang


_catalogue_data: list[bytes] = []


def _load_catalogue(translator: QTranslator, qm: Traversable) -> bool:
    if not qm.is_file():
        return False
    if isinstance(qm, Path):
        return translator.load(str(qm))
    # Packaged in a zip: Qt reads the bytes in place, so they must outlive the translator.
    data = qm.read_bytes()
    _catalogue_data.append(data)
    return translator.load(data)


def installed_translators() -> list[QTranslator]:
    """The translators ``install_translators`` put in place (Qt's first, then zpdesk's)."""
    return list(_installed)


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
