"""Typed errors the store raises; the UI and CLI decide how to show them."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database cannot be opened or used; ``str()`` is a one-line user message."""

    def __init__(self, path: Path | None, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotSQLiteError(StoreError):
    """The file exists but is not an SQLite database."""


class NotZpdeskError(StoreError):
    """An SQLite database made by another program."""


class CorruptDatabaseError(StoreError):
    """SQLite's quick_check found damage."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer zpdesk than this one."""


class ReadOnlyLocationError(StoreError):
    """The database or its folder cannot be written."""


class DatabaseLockedError(StoreError):
    """Another zpdesk is writing to this database."""


class MigrationError(StoreError):
    """Bringing the database to the current schema failed; it was left as it was."""
