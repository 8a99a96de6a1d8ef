"""Copies of the database made with SQLite's online backup API, and their rotation.

A plain file copy of a WAL database can miss the latest commits that still sit in the
-wal file; the backup API reads through SQLite and gets a consistent snapshot.

Automatic backups of one database live in their own folder (``backup_folder_for``) and
are rotated: the newest backup of each of the 7 most recent days, 4 most recent ISO weeks
and 12 most recent months that have a backup is kept. Backups the user asked for
(reason ``manual``) are never rotated away.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from zpdesk import clock
from zpdesk.files import atomic_path
from zpdesk.store.errors import StoreError

SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
DAILY = "daily"
PRE_MIGRATION = "pre-migration"
MANUAL = "manual"
ROTATED_REASONS = frozenset({DAILY, PRE_MIGRATION})
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"(?:-(?P<n>\d+))?\.sqlite$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (from its name), why, and its size in bytes."""

    path: Path
    created: datetime
    reason: str
    size: int


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, owner-only on POSIX."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)


def backup_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` and verify it.

    The copy is written beside the destination (``zpdesk.files.atomic_path``: owner-only),
    checked with ``PRAGMA integrity_check`` and only then moved into place, so a failed
    or interrupted backup never leaves a file that looks like a good one.
    """
    make_private_folder(destination.parent)
    try:
        src = sqlite3.connect(Path(source).absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(source, f"Cannot read {source} to back it up: {exc}.") from exc
    try:
        with atomic_path(destination, replace_database=True) as partial:
            try:
                dst = sqlite3.connect(partial)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                    verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    dst.close()
            except sqlite3.Error as exc:
                raise StoreError(source, f"Could not back up {source}: {exc}.") from exc
            if verdict != "ok":
                raise StoreError(
                    destination, f"The backup {destination} failed its integrity check."
                )
    finally:
        src.close()
    return destination


def timestamped_name(db_path: Path, reason: str, now: datetime | None = None) -> str:
    """A backup file name such as ``zpdesk-2026-11-23T104200-pre-migration.sqlite``."""
    stamp = (now or clock.now()).strftime(STAMP_FORMAT)
    return f"{db_path.stem}-{stamp}-{reason}{SUFFIX}"


def backup_folder_for(db_path: Path) -> Path:
    """The folder of automatic backups of ``db_path``: one per database file.

    Named after the file and a digest of its full path, so that two databases called
    ``zpdesk.sqlite`` in different folders never rotate each other's backups away.
    """
    from zpdesk import paths

    absolute = str(Path(db_path).expanduser().absolute())
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:8]
    return paths.backup_dir() / f"{Path(db_path).stem}-{digest}"


def parse_backup(path: Path) -> BackupInfo | None:
    """The backup described by ``path``'s name, or None when it is not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path=path, created=created, reason=match["reason"], size=size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [parse_backup(p) for p in folder.iterdir() if p.is_file()]
    backups = [b for b in found if b is not None]
    return sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)


def _newest_per_period(
    stamps: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for stamp in sorted(stamps, reverse=True):
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp)
    return kept


def stamps_to_keep(
    stamps: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which of ``stamps`` the rotation keeps.

    The newest stamp of each of the ``daily`` most recent days that have one, likewise for
    ISO weeks and calendar months; a stamp kept by one rule is simply kept.
    """
    ordered = list(stamps)

    def day(s: datetime) -> date:
        return s.date()

    def week(s: datetime) -> tuple[int, int]:
        iso = s.isocalendar()
        return (iso.year, iso.week)

    def month(s: datetime) -> tuple[int, int]:
        return (s.year, s.month)

    return (
        _newest_per_period(ordered, day, daily)
        | _newest_per_period(ordered, week, weekly)
        | _newest_per_period(ordered, month, monthly)
    )


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups in ``folder`` that the rotation does not keep."""
    automatic = [b for b in list_backups(folder) if b.reason in ROTATED_REASONS]
    # Several backups in one second are told apart by name; the newest name wins.
    by_stamp: dict[datetime, BackupInfo] = {}
    for backup in automatic:
        by_stamp.setdefault(backup.created, backup)
    keep = {by_stamp[s].path for s in stamps_to_keep(by_stamp)}
    removed = []
    for backup in automatic:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def unique_destination(folder: Path, db_path: Path, reason: str, now: datetime) -> Path:
    """A new backup path in ``folder``; a counter tells apart backups made in one second."""
    base = timestamped_name(db_path, reason, now)
    candidate = folder / base
    counter = 2
    while candidate.exists():
        candidate = folder / base.replace(SUFFIX, f"-{counter}{SUFFIX}")
        counter += 1
    return candidate


def make_backup(
    db_path: Path, folder: Path, reason: str, now: datetime | None = None
) -> BackupInfo:
    """Back ``db_path`` up into ``folder`` and rotate the automatic backups there."""
    now = now or clock.now()
    make_private_folder(folder)
    destination = unique_destination(folder, db_path, reason, now)
    backup_database(db_path, destination)
    if reason in ROTATED_REASONS:
        rotate(folder)
    info = parse_backup(destination)
    assert info is not None  # we just named it
    return info
