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

    @property
    def server_url(self) -> str:
        """The last server database opened, without its password (store.postgres.redacted)."""
        return str(self._settings.value("server/url", "") or "")

    @server_url.setter
    def server_url(self, value: str) -> None:
        from zpdesk.store.postgres import redacted

        self._settings.setValue("server/url", redacted(value))

    @property
    def sync_warned(self) -> list[str]:
        """Database files whose synchronised-folder warning was answered."""
        value = self._settings.value("sync_warning/answered", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    @sync_warned.setter
    def sync_warned(self, value: list[str]) -> None:
        self._settings.setValue("sync_warning/answered", value)

    def column_widths(self, table: str) -> dict[int, int]:
        """Widths (pixels by column) the user gave the columns of ``table``."""
        value = self._settings.value(f"columns/{table}", "")
        widths: dict[int, int] = {}
        for part in str(value or "").split(","):
            column, _, width = part.partition(":")
            if column.isdigit() and width.isdigit():
                widths[int(column)] = int(width)
        return widths

    def set_column_widths(self, table: str, widths: dict[int, int]) -> None:
        text = ",".join(f"{column}:{width}" for column, width in sorted(widths.items()))
        self._settings.setValue(f"columns/{table}", text)

    @property
    def notified_deadlines(self) -> list[str]:
        """Deadlines already announced in the tray ("network id:deadline date")."""
        value = self._settings.value("tray/notified_deadlines", [])
        if isinstance(value, str):  # QSettings returns a one-element list as a string
            return [value] if value else []
        return [str(v) for v in value or []] if isinstance(value, list) else []

    @notified_deadlines.setter
    def notified_deadlines(self, value: list[str]) -> None:
        self._settings.setValue("tray/notified_deadlines", value)

    def sync(self) -> None:
        self._settings.sync()
