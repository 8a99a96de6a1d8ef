"""Backups as use cases: make one, make the daily one, list, verify, restore.

The caller holds the database's write lock for a restore and has closed every
connection to the database (``Database.close``) before calling ``restore_backup``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from zpdesk import clock
from zpdesk.files import is_disk_full, make_private_folder, real_path
from zpdesk.store import place
from zpdesk.store.backup import (
    DAILY,
    MANUAL,
    BackupInfo,
    backup_database,
    backup_folder_for,
    list_backups,
    make_backup,
    split_future,
)
from zpdesk.store.db import inspect_file, verify_database
from zpdesk.store.errors import NotSQLiteError, SchemaTooNewError, StoreError

DAILY_INTERVAL = timedelta(days=1)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup it put in place and where the old file went."""

    database: Path
    backup: Path
    kept_aside: Path | None  # None when there was no database file yet
    revision: str
    # Every file moved or linked aside: the previous file and its -wal/-shm/-journal,
    # or only those companions when the database file itself was missing.
    moved: tuple[Path, ...] = ()


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
    existing, _future = split_future(list_backups(target), now)
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


def restore_backup(db_path: Path, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` in the place of ``db_path``, keeping the current data aside.

    The backup is verified (integrity, the recorded checksum, the schema) and copied
    next to the database first; ``store.place.put_in_place`` then gives the current file
    and its companions the name ``<stem>-before-restore-<time><suffix>`` (never deleted)
    and renames the copy onto ``db_path``. The caller holds the lock.
    """
    db_path = real_path(db_path)
    backup = Path(backup).expanduser().absolute()
    if db_path.is_dir():
        raise NotSQLiteError(db_path, f"{db_path} is a folder, not a zpdesk database.")
    if not backup.is_file():
        raise StoreError(backup, f"There is no backup file at {backup}.")
    if db_path.exists() and backup.samefile(db_path):
        raise StoreError(backup, f"{backup} is the database itself, not a backup of it.")
    place.step("verify")
    revision = verify_backup(backup)
    make_private_folder(db_path.parent)
    now = now or clock.now()
    place.recover(db_path)
    place.clean_leftovers(db_path)
    incoming = place.building_path(db_path, ".restoring")
    try:
        place.step("copy")
        backup_database(backup, incoming, record=False)
        placed = place.put_in_place(incoming, db_path, "restore", now)
    except (OSError, StoreError) as exc:
        if not is_disk_full(exc):
            raise
        raise StoreError(
            db_path,
            f"The disk is full: {backup} could not be restored to {db_path}; "
            f"{db_path} is unchanged.",
        ) from exc
    finally:
        incoming.unlink(missing_ok=True)
    aside = placed.aside if placed.aside is not None and placed.aside.exists() else None
    return RestoreResult(
        database=db_path, backup=backup, kept_aside=aside, revision=revision, moved=placed.moved
    )
