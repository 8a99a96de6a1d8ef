"""Languages without windows: zpdesk's and Qt's catalogues, and the locale they set.

Only QtCore, so that the window (``ui.i18n``) and the command line's documents (``zpdesk
--lang nl agenda --pdf``) install the same translations the same way. The language sets
Qt's default locale too, so numbers and dates follow it (``zpdesk.locale_format``). The
compiled catalogues ship inside the package; ``packaging/i18n.py`` keeps them in step with
the sources. English has a catalogue too: the sources are English, but its plural forms
(``%n engagement(s)`` → "1 engagement", "2 engagements") come from ``zpdesk_en.qm``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Language code -> its name in that language (never translated: people look for their own).
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}

_installed: list[QTranslator] = []
_current: list[str] = []  # the language install_translators last put in place


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
    _current[:] = [lang]
    QLocale.setDefault(locale_for(lang))
    if lang != "en":  # Qt's own texts are English already
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(lang), "qtbase", "_", qt_translations_dir()):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    own = QTranslator(app)  # for English: only the plural forms of the English sources
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


def current_language() -> str | None:
    """The language of the installed translators; None before the first install."""
    return _current[0] if _current else None


def installed_translators() -> list[QTranslator]:
    """The translators ``install_translators`` put in place (Qt's first, then zpdesk's)."""
    return list(_installed)
