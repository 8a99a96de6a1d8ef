"""Errors services raise for the user to read."""

from __future__ import annotations

import re

from zpdesk.locale_format import fill

# Control characters, and the bidirectional controls with which a hostile file could make
# the rest of a message read backwards ("U+202E RIGHT-TO-LEFT OVERRIDE").
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class _Told:
    """An error the user reads: ``text`` is the untranslated message, marked with
    ``QT_TRANSLATE_NOOP("services", …)`` where it is raised, and %1, %2… in it are filled
    with ``values``. ``str()`` gives it in English (the command line, logs); the window
    translates it once (``zpdesk.ui.errors.error_text``)."""

    text: str
    values: tuple[object, ...]

    def _tell(self, message: str, values: tuple[object, ...]) -> str:
        self.text = message
        self.values = values
        return fill(message, *values)


class ValidationError(_Told, ValueError):
    """Input that cannot be saved; ``field`` names the offending field when there is one."""

    def __init__(
        self, message: str, field: str | None = None, *, values: tuple[object, ...] = ()
    ) -> None:
        super().__init__(self._tell(message, values))
        self.field = field


class NotFoundError(_Told, LookupError):
    """The record the action refers to no longer exists."""

    def __init__(self, message: str, *, values: tuple[object, ...] = ()) -> None:
        super().__init__(self._tell(message, values))


class WriteError(Exception):
    """A change could not be stored; ``str()`` names the cause for the user."""


def write_error(exc: BaseException, db_path: object) -> WriteError | None:
    """``exc`` (raised while storing a change) as a ``WriteError`` naming its cause, or None
    when it is not one a user can act on (then it is a bug)."""
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

    from zpdesk.files import is_disk_full

    folder = getattr(db_path, "parent", None)
    text = str(exc)
    if is_disk_full(exc, folder):
        message = QCoreApplication.translate(
            "services",
            "The disk is full: the change could not be saved in %1. Free some space and "
            "try again; nothing you typed is lost.",
        )
    elif isinstance(exc, PermissionError) or "readonly database" in text:
        message = QCoreApplication.translate(
            "services", "The database file %1 is read-only: the change could not be saved."
        )
    elif isinstance(exc, StaleDataError | ObjectDeletedError):
        message = QCoreApplication.translate(
            "services",
            "This row was changed or deleted elsewhere: the change was not saved in %1.",
        )
    elif "database is locked" in text:
        message = QCoreApplication.translate(
            "services",
            "Another program is writing to %1: the change could not be saved. Try again.",
        )
    else:
        return None
    return WriteError(fill(message, db_path))


class StaleEditError(ValidationError):
    """Another device changed the record after it was read here; nothing was saved."""


def stale_edit_message() -> str:
    """What the user reads when an edit met a newer change from another device."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "services",
        "Another device changed this since you opened it, so your change was not saved. "
        "The current values are shown now; make your change again.",
    )


class ConnectionLostError(ValidationError):
    """The server database could not be reached; nothing was saved, try again."""


def connection_lost_message() -> str:
    """What the user reads when the server went away during an action."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "services",
        "The connection to the server database was lost, so this was not saved. What you "
        "typed is still here: zpdesk reconnects by itself, try again in a moment.",
    )


def check_version(current: int, expected: int | None) -> None:
    """Refuse an edit based on ``expected`` when the row is at another version now."""
    if expected is not None and current != expected:
        raise StaleEditError(stale_edit_message())


def shown(value: object, limit: int = 80) -> str:
    """A value from a file, fit to quote in a one-line message: control and direction
    characters removed, runs of white space made one space, at most ``limit`` characters.
    Text that cannot be encoded (a lone surrogate from an escaped JSON string) is shown as
    its escape, so printing the message can never fail."""
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    text = " ".join(_UNSHOWABLE.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
