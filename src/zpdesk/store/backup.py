"""Copies of the database made with SQLite's online backup API.

A plain file copy of a WAL database can miss the latest commits that still sit in the
-wal file; the backup API reads through SQLite and gets a consistent snapshot.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from zpdesk.store.errors import StoreError


def backup_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` and verify it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(destination, f"The backup {destination} failed its integrity check.")
    os.replace(partial, destination)
    return destination


def timestamped_name(db_path: Path, reason: str, now: datetime | None = None) -> str:
    """A backup file name such as ``zpdesk-2026-11-23T1042-pre-migration.sqlite``."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    return f"{db_path.stem}-{stamp}-{reason}.sqlite"
