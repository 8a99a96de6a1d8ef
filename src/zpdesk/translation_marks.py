"""QT_TRANSLATE_NOOP typed as returning str (PySide6 declares it as returning object).

lupdate looks for calls by this name, whatever module it comes from; the marked text is
translated later with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark `source_text` for translation in `context`; return it unchanged."""
    return source_text
