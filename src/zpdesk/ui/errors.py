"""A service error as the user reads it: its text translated once, here, then filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zpdesk.locale_format import fill


def error_text(exc: BaseException) -> str:
    """The message of ``exc`` in the window's language.

    Service errors (``services.errors``) carry their untranslated text, marked in the
    "services" context, and the values for its %1, %2…; other exceptions are shown as they
    read.
    """
    text = getattr(exc, "text", None)
    if not isinstance(text, str):
        return str(exc)
    values = getattr(exc, "values", ())
    return fill(QCoreApplication.translate("services", text), *values)
