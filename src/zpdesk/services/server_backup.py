"""Backups of a server database: the portable JSON export, verified and rotated.

A file database is backed up with SQLite's backup API (``store.backup``); a server
database is written as the portable JSON (docs/json-format.md), which ``zpdesk import``
restores into a new file or an empty server database anywhere. Each backup is read back
and compared with what was exported before it counts; the backups of one server database
(in this device's folder for it, ``store.locations.server_folder``) are thinned out like
the file backups: 7 daily, 4 weekly, 12 monthly.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from zpdesk import clock
from zpdesk.files import write_text_atomic
from zpdesk.services import portable
from zpdesk.store.backup import STAMP_FORMAT, stamps_to_keep
from zpdesk.store.db import Database
from zpdesk.store.errors import StoreError

_NAME = re.compile(r"^zpdesk-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})(?:-(?P<n>\d+))?\.json$")


def backup_folder(db: Database) -> Path:
    """Where the backups of the server database ``db`` go by default, on this device."""
    return db.path / "backups"


def server_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The JSON backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((datetime.strptime(match["stamp"], STAMP_FORMAT), path))
    return sorted(found, reverse=True)


def _destination(folder: Path, now: datetime) -> Path:
    stem = f"zpdesk-{now.strftime(STAMP_FORMAT)}"
    candidate = folder / f"{stem}.json"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}.json"
    return candidate


def backup_server(db: Database, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Write a verified JSON backup of ``db`` into ``folder``; rotate; return its path."""
    now = now or clock.now()
    folder = folder or backup_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    with db.session() as session:
        text = portable.dumps(portable.export_data(session))
    path = write_text_atomic(_destination(folder, now), text)
    try:
        # What a restore reads: the same bytes, and a file the import accepts whole.
        same = path.read_text(encoding="utf-8") == text
        portable.read_export(path)
    except Exception as exc:  # noqa: BLE001 - any failure to read it back means no backup
        path.unlink(missing_ok=True)
        raise StoreError(None, f"The backup {path} could not be read back: {exc}") from exc
    if not same:
        path.unlink(missing_ok=True)
        raise StoreError(None, f"The backup {path} does not read back as written; removed.")
    rotate_server_backups(folder)
    return path


def rotate_server_backups(folder: Path) -> list[Path]:
    """Delete the backups in ``folder`` that the rotation does not keep."""
    backups = server_backups(folder)
    by_stamp: dict[datetime, Path] = {}
    for stamp, path in backups:
        by_stamp.setdefault(stamp, path)
    keep = {by_stamp[stamp] for stamp in stamps_to_keep(by_stamp)}
    removed = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
