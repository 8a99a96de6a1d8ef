"""Loading translations (zpdesk's own and Qt's) for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def resolve_language(requested: str | None) -> str:
    """ "nl" or "en": the requested one, else the system's when it is Dutch."""
    if requested in ("nl", "en"):
        return requested
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install zpdesk's and Qt's translators for ``language``; returns the language used."""
    lang = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if lang == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    if lang == "en":
        return lang
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    from importlib.resources import files

    own = QTranslator(app)
    qm = files("zpdesk") / "resources" / "i18n" / f"zpdesk_{lang}.qm"
    if qm.is_file() and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    return lang
