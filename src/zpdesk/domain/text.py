"""How searches compare text: without regard to case or accents.

A Dutch address book is full of accents (André, Zoë, Ruiné, Coöperatie) that people do
not type when they search; "andre" should find "André" and "COOPERATIE" "Coöperatie".
SQLite's own LIKE folds only the ASCII letters, so the database gets this function too
(``store.db``), and the tables' filters in the window use it as well.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without accents and in case-folded form: what a search compares."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
