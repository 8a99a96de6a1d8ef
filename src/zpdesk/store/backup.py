"""Copies of the database made with SQLite's online backup API, and their rotation.

A plain file copy of a WAL database can miss the latest commits that still sit in the
-wal file; the backup API reads through SQLite and gets a consistent snapshot.

Automatic backups of one database live in their own folder (``backup_folder_for``) and
are rotated: the newest backup of each of the 7 most recent days, 4 most recent ISO weeks
and 12 most recent months that have a backup is kept. Backups the user asked for
(reason ``manual``) are never rotated away.

Every backup carries a record (the table ``zpdesk_backup`` inside the file): the time
it was made, a SHA-256 digest of a canonical dump of its schema and rows, and the names
of its tables. ``check_backup_content`` recomputes the digest before a restore, so a
backup changed after it was made (a flipped byte inside a record, a dropped table) is
refused even when SQLite's integrity check passes. The rotation and the daily backup go
by the recorded time, not by the file name (which anybody can change).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from zpdesk import clock
from zpdesk.files import atomic_path, is_disk_full, make_private_folder
from zpdesk.store.errors import StoreError

SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
DAILY = "daily"
PRE_MIGRATION = "pre-migration"
MANUAL = "manual"
ROTATED_REASONS = frozenset({DAILY, PRE_MIGRATION})
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
RECORD_TABLE = "zpdesk_backup"
# A backup recorded later than now plus this was made under a wrong clock.
CLOCK_SLACK = timedelta(minutes=5)
log = logging.getLogger("zpdesk.backup")

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


@dataclass(frozen=True)
class BackupRecord:
    """What a backup says about itself: when it was made, its content digest, its tables."""

    created: datetime
    digest: str
    tables: tuple[str, ...]


def _user_tables(con: sqlite3.Connection) -> list[str]:
    rows = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != ? ORDER BY name",
        (RECORD_TABLE,),
    )
    return [row[0] for row in rows]


def content_digest(con: sqlite3.Connection) -> str:
    """SHA-256 of a canonical dump: the schema, then every table's rows in rowid order."""
    digest = hashlib.sha256()
    schema = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name != ? "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
        (RECORD_TABLE,),
    )
    for row in schema:
        digest.update(repr(tuple(row)).encode("utf-8"))
    for table in _user_tables(con):
        digest.update(f"\x00table {table}\x00".encode())
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(tuple(row)).encode("utf-8"))
            digest.update(b"\n")
    return digest.hexdigest()


def _write_record(con: sqlite3.Connection, created: datetime) -> None:
    con.execute(f'DROP TABLE IF EXISTS "{RECORD_TABLE}"')
    digest = content_digest(con)
    con.execute(
        f'CREATE TABLE "{RECORD_TABLE}" (created TEXT NOT NULL, digest TEXT NOT NULL, '
        "tables TEXT NOT NULL)"
    )
    con.execute(
        f'INSERT INTO "{RECORD_TABLE}" VALUES (?, ?, ?)',
        (created.isoformat(timespec="seconds"), digest, json.dumps(_user_tables(con))),
    )
    con.commit()


def _connect_immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro&immutable=1", uri=True)


def _record_of(con: sqlite3.Connection) -> BackupRecord | None:
    try:
        row = con.execute(f'SELECT created, digest, tables FROM "{RECORD_TABLE}"').fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        created = datetime.fromisoformat(row[0])
        tables = tuple(str(name) for name in json.loads(row[2]))
    except (TypeError, ValueError):
        return None
    return BackupRecord(created=created, digest=str(row[1]), tables=tables)


def read_record(path: Path) -> BackupRecord | None:
    """The record inside the backup ``path``; None for a backup without one (or no backup)."""
    try:
        con = _connect_immutable(path)
    except sqlite3.Error:
        return None
    try:
        return _record_of(con)
    except sqlite3.Error:
        return None
    finally:
        con.close()


def check_backup_content(path: Path) -> BackupRecord | None:
    """Raise ``StoreError`` when ``path``'s content no longer matches its record.

    Returns the record, or None for a backup made before backups carried one (then only
    SQLite's own checks and the schema check vouch for it).
    """
    try:
        con = _connect_immutable(path)
        try:
            record = _record_of(con)
            if record is None:
                return None
            present = set(_user_tables(con))
            missing = sorted(set(record.tables) - present)
            if missing:
                raise StoreError(
                    path,
                    f"The backup {path} is damaged: the table {missing[0]} is missing.",
                )
            if content_digest(con) != record.digest:
                raise StoreError(
                    path,
                    f"The backup {path} is damaged: its content no longer matches the "
                    "checksum recorded when it was made.",
                )
            return record
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise StoreError(path, f"The backup {path} cannot be read: {exc}.") from exc


def _checked_copy(record: bool) -> Callable[[Path], None]:
    """Read the copy back from the disk: integrity, and the record's digest."""

    def check(path: Path) -> None:
        try:
            con = _connect_immutable(path)
            try:
                verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise StoreError(path, f"The copy {path} cannot be read back: {exc}.") from exc
        if verdict != "ok":
            raise StoreError(path, f"The copy {path} failed its integrity check.")
        if record and check_backup_content(path) is None:
            raise StoreError(path, f"The copy {path} lost its record.")

    return check


def backup_database(
    source: Path, destination: Path, *, record: bool = True, now: datetime | None = None
) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` and verify it.

    The copy is written beside the destination (``zpdesk.files.atomic_path``: owner-only),
    given its record (``record=True``: time, digest, tables; ``record=False`` leaves a
    plain database, e.g. the copy a restore puts in place), read back from the disk and
    checked (``PRAGMA integrity_check``, the digest) and only then moved into place, so a
    failed or interrupted backup never leaves a file that looks like a good one.
    """
    make_private_folder(destination.parent)
    try:
        src = sqlite3.connect(Path(source).absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(source, f"Cannot read {source} to back it up: {exc}.") from exc
    try:
        with atomic_path(
            destination, replace_database=True, check=_checked_copy(record)
        ) as partial:
            try:
                dst = sqlite3.connect(partial)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                    if record:
                        _write_record(dst, now or clock.now())
                    else:
                        dst.execute(f'DROP TABLE IF EXISTS "{RECORD_TABLE}"')
                        dst.commit()
                finally:
                    dst.close()
            except sqlite3.Error as exc:
                if is_disk_full(exc):
                    raise
                raise StoreError(source, f"Could not back up {source}: {exc}.") from exc
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
    # surrogateescape: a path of undecodable bytes (from the command line) still has a digest
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:8]
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
    record = read_record(path)
    if record is not None:
        created = record.created  # the name may have been changed; the record not
    return BackupInfo(path=path, created=created, reason=match["reason"], size=size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (by the time each one recorded)."""
    if not folder.is_dir():
        return []
    found = [parse_backup(p) for p in folder.iterdir() if p.is_file()]
    backups = [b for b in found if b is not None]
    return sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)


def split_future(
    backups: list[BackupInfo], now: datetime, *, warn: bool = True
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """``backups`` as (believable, dated in the future); warns about the future ones.

    A backup recorded after ``now`` was made while the clock was wrong: it must neither
    count as the newest (no daily backup would be made until that date) nor push
    today's backups out of the rotation.
    """
    future = [b for b in backups if b.created > now + CLOCK_SLACK]
    for backup in future if warn else []:
        log.warning(
            "zpdesk: the backup %s is dated %s, in the future; it is kept but ignored "
            "when deciding which backups to make and keep.",
            backup.path,
            backup.created.isoformat(sep=" "),
        )
    return [b for b in backups if b not in future], future


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


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups in ``folder`` that the rotation does not keep.

    Backups dated in the future (``split_future``) are kept and play no part.
    """
    believable, _future = split_future(list_backups(folder), now or clock.now(), warn=False)
    automatic = [b for b in believable if b.reason in ROTATED_REASONS]
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
    backup_database(db_path, destination, now=now)
    if reason in ROTATED_REASONS:
        rotate(folder, now)
    info = parse_backup(destination)
    assert info is not None  # we just named it
    return info
