"""The one error path of the window.

Slots that raise end here (``sys.excepthook``). An error the user can act on (a value out
of bounds, a row deleted elsewhere, a full disk, a read-only file) is shown as a message
naming its cause. Anything else is a bug: a dialog says so and where the crash log is,
and the log (in the user's log folder, owner-only) holds the traceback and nothing
more: no values, no SQL parameters, no personal data.
"""

from __future__ import annotations

import re
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from zpdesk import __version__, clock, paths
from zpdesk.files import is_disk_full, make_private_folder, write_text_atomic
from zpdesk.locale_format import fill
from zpdesk.services.errors import NotFoundError, ValidationError, WriteError
from zpdesk.store.errors import StoreError

USER_ERRORS = (ValidationError, NotFoundError, WriteError, StoreError)
# SQLAlchemy and sqlite3 put the statement and its parameters (the user's data) into
# the message; the log keeps only the first line, without them.
_SQL_DETAIL = re.compile(r"\[(SQL|parameters):.*", re.DOTALL)


def crash_folder() -> Path:
    """Where crash logs go (the About dialog names it)."""
    return paths.log_dir()


def crash_report(exc: BaseException) -> str:
    """The traceback of ``exc``: frames and the error's type with a shortened message."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    message = _SQL_DETAIL.sub("", str(exc)).strip().splitlines()
    first = message[0][:200] if message else ""
    return (
        f"zpdesk {__version__}, {sys.platform}, Python {sys.version.split()[0]}\n"
        f"Traceback (most recent call last):\n{frames}{type(exc).__name__}: {first}\n"
    )


def write_crash_log(exc: BaseException, now: datetime | None = None) -> Path:
    """Write ``crash_report(exc)`` to a new owner-only file in ``crash_folder()``."""
    folder = crash_folder()
    make_private_folder(folder)
    stamp = (now or clock.now()).strftime("%Y-%m-%dT%H%M%S")
    path = folder / f"crash-{stamp}.log"
    counter = 2
    while path.exists():
        path = folder / f"crash-{stamp}-{counter}.log"
        counter += 1
    return write_text_atomic(path, crash_report(exc))


def error_text(exc: BaseException) -> str:
    """The message of ``exc`` in the window's language.

    Service errors (``services.errors``) carry their untranslated text, marked in the
    "services" context, and the values for its %1, %2…: translated here, once, then filled.
    Other exceptions are shown as they read.
    """
    text = getattr(exc, "text", None)
    if not isinstance(text, str):
        return str(exc)
    values = getattr(exc, "values", ())
    return fill(QCoreApplication.translate("services", text), *values)


def user_message(exc: BaseException) -> str | None:
    """What to tell the user about ``exc``, or None when it is a bug."""
    if isinstance(exc, NotFoundError):
        return fill(
            QCoreApplication.translate(
                "errors", "This row was deleted elsewhere; nothing was changed. (%1)"
            ),
            error_text(exc),
        )
    if isinstance(exc, USER_ERRORS):
        return error_text(exc)
    if is_disk_full(exc):
        name = getattr(exc, "filename", None) or ""
        return fill(
            QCoreApplication.translate("errors", "The disk is full: %1 could not be written."), name
        )
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return None


def report(exc: BaseException) -> Path | None:
    """Show ``exc`` to the user; for a bug also write the crash log (returned)."""
    parent = QApplication.activeWindow()
    message = user_message(exc)
    if message is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("errors", "Not done"), message)
        return None
    log = None
    try:
        log = write_crash_log(exc)
    except OSError:
        pass
    text = fill(
        QCoreApplication.translate(
            "errors",
            "zpdesk ran into an unexpected error. Everything saved before it is safe.\n\n"
            "A report without your data was written to:\n%1\n\nPlease send it with a line "
            "about what you were doing.",
        ),
        str(log) if log else str(crash_folder()),
    )
    print(f"zpdesk: unexpected error; see {log}", file=sys.stderr)
    QMessageBox.critical(parent, QCoreApplication.translate("errors", "Unexpected error"), text)
    return log


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report(exc)


def install() -> None:
    """Route every exception a slot does not handle through ``report``."""
    sys.excepthook = _hook
