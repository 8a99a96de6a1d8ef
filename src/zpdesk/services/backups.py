"""Backups as use cases: make one, make the daily one, list, verify, restore.

The caller holds the database's write lock for a restore and has closed every
connection to the database (``Database.close``) before calling ``restore_backup``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from zpdesk import clock
from zpdesk.files import fsync_file, fsync_folder
from zpdesk.store.backup import (
    DAILY,
    MANUAL,
    STAMP_FORMAT,
    BackupInfo,
    backup_database,
    backup_folder_for,
    list_backups,
    make_backup,
)
from zpdesk.store.db import inspect_file, sidecar, verify_database
from zpdesk.store.errors import NotSQLiteError, SchemaTooNewError, StoreError

DAILY_INTERVAL = timedelta(days=1)
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup it put in place and where the old file went."""

    database: Path
    backup: Path
    kept_aside: Path | None  # None when there was no database file yet
    revision: str


def folder_for(db_path: Path, folder: Path | None = None) -> Path:
    """The given backup folder, else the automatic one of ``db_path``."""
    return folder if folder is not None else backup_folder_for(db_path)


def backup_now(db_path: Path, folder: Path | None = None) -> BackupInfo:
    """A verified backup on request; never rotated away."""
    try:
        inspect_file(db_path)
    except SchemaTooNewError:
        pass  # copying a newer database is harmless, and may be exactly what is wanted
    return make_backup(db_path, folder_for(db_path, folder), MANUAL)


def backup_if_due(
    db_path: Path, folder: Path | None = None, now: datetime | None = None
) -> BackupInfo | None:
    """Make the daily backup when the newest backup is older than a day (or missing)."""
    now = now or clock.now()
    target = folder_for(db_path, folder)
    existing = list_backups(target)
    if existing and now - existing[0].created < DAILY_INTERVAL:
        return None
    return make_backup(db_path, target, DAILY, now)


def backups_of(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    return list_backups(folder_for(db_path, folder))


def verify_backup(path: Path) -> str:
    """Check ``path`` is a whole zpdesk database this version can open; returns its revision."""
    return verify_database(path)


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes ``verify_backup``."""
    for backup in backups_of(db_path, folder):
        try:
            verify_backup(backup.path)
        except StoreError:
            continue
        return backup
    return None


def _settle(db_path: Path) -> None:
    """Fold a leftover -wal into a healthy database so it is one self-contained file."""
    try:
        state = inspect_file(db_path)
    except StoreError:
        return  # a damaged file is kept aside as it is, with its companions
    if not state.exists or not sidecar(db_path, "-wal").exists():
        return
    try:
        con = sqlite3.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()  # the last connection of a WAL database removes the -wal
    except sqlite3.Error:
        return


def _aside_path(db_path: Path, now: datetime) -> Path:
    stamp = now.strftime(STAMP_FORMAT)
    candidate = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}")
    counter = 2
    while candidate.exists():
        candidate = db_path.with_name(
            f"{db_path.stem}-before-restore-{stamp}-{counter}{db_path.suffix}"
        )
        counter += 1
    return candidate


def _keep_aside(db_path: Path, aside: Path) -> None:
    """Give the current file a second name (a hard link) so it survives the swap."""
    try:
        os.link(db_path, aside)
    except OSError:
        # File systems without hard links: an exact copy, flushed before the swap.
        shutil.copy2(db_path, aside)
        fsync_file(aside)
    for suffix in SIDECARS:
        companion = sidecar(db_path, suffix)
        if companion.exists():
            # A -wal left beside the new file would be replayed into it.
            os.replace(companion, sidecar(aside, suffix))


def restore_backup(db_path: Path, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` in the place of ``db_path``, keeping the current file aside.

    The backup is verified and copied (with the backup API) next to the database first;
    then the current file gets a second name ``<stem>-before-restore-<time><suffix>``
    (never deleted) and the copy replaces it in one atomic rename, so ``db_path`` always
    names a whole database.
    """
    db_path = Path(db_path).absolute()
    backup = Path(backup).absolute()
    if db_path.is_dir():
        raise NotSQLiteError(db_path, f"{db_path} is a folder, not a zpdesk database.")
    if not backup.is_file():
        raise StoreError(backup, f"There is no backup file at {backup}.")
    if db_path.exists() and backup.samefile(db_path):
        raise StoreError(backup, f"{backup} is the database itself, not a backup of it.")
    revision = verify_backup(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    now = now or clock.now()
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    backup_database(backup, incoming)
    kept_aside = None
    try:
        if db_path.exists():
            _settle(db_path)
            kept_aside = _aside_path(db_path, now)
            _keep_aside(db_path, kept_aside)
        os.replace(incoming, db_path)
    finally:
        incoming.unlink(missing_ok=True)
    fsync_folder(db_path.parent)
    return RestoreResult(database=db_path, backup=backup, kept_aside=kept_aside, revision=revision)
