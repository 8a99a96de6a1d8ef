"""UI state (geometry, last view, language) in QSettings, behind typed accessors.

User data and settings that change figures live in the database, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from zpdesk import paths
from zpdesk.files import create_private_file, make_private_folder


class UiSettings:
    """Typed access to the QSettings ini file in the config folder."""

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            folder = paths.config_dir()
            make_private_folder(folder)
            ini = folder / "zpdesk.ini"
            create_private_file(ini)  # QSettings keeps the mode of an existing file
            settings = QSettings(str(ini), QSettings.Format.IniFormat)
        self._settings = settings

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def last_view(self) -> str:
        return str(self._settings.value("window/last_view", "overview"))

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._settings.setValue("window/last_view", value)

    @property
    def language(self) -> str:
        """ "nl", "en", or "" to follow the system."""
        return str(self._settings.value("ui/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    def sync(self) -> None:
        self._settings.sync()
