"""``zpdesk backup | restore | export | import``: the command-line side of data safety.

Each prints one line on success. Problems come back as ``StoreError`` (which ``cli.main``
prints as one line on stderr with exit code 1) or are printed here the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zpdesk.services.errors import ValidationError


def _fail(args: argparse.Namespace, message: str) -> int:
    print(f"zpdesk {args.command}: {' '.join(message.split())}", file=sys.stderr)
    return 1


def run_backup(path: Path | str, args: argparse.Namespace) -> int:
    """Make a verified backup of ``path`` (into ``--to`` or the backup folder); print its path.

    A server database is backed up as verified, rotated portable JSON.
    """
    from zpdesk.services import backups
    from zpdesk.store.postgres import is_server_url

    folder = Path(args.to).expanduser() if getattr(args, "to", None) else None
    if is_server_url(path):
        from zpdesk.services.server_backup import backup_server
        from zpdesk.store.locations import open_location

        db = open_location(path)
        try:
            print(backup_server(db, folder))
        finally:
            db.close()
        return 0
    info = backups.backup_now(Path(path).absolute(), folder)
    print(info.path)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Replace the database with BACKUP, keeping the current file aside; needs the lock."""
    from zpdesk.paths import resolve_db_path
    from zpdesk.services import backups
    from zpdesk.store.db import open_database
    from zpdesk.store.lock import DatabaseLock

    path = resolve_db_path(getattr(args, "db", None)).absolute()
    backup = Path(args.backup).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(path).acquire()
    try:
        result = backups.restore_backup(path, backup)
        # Open once: brings an older backup to the current schema and proves it opens.
        db = open_database(path, lock=lock)
        db.detach_lock()
        db.close()
    finally:
        lock.release()
    if result.kept_aside:
        aside = f"; the previous file is kept as {result.kept_aside}"
    elif result.moved:
        left = ", ".join(p.name for p in result.moved)
        aside = f"; SQLite files left at {result.database} were moved aside as {left}"
    else:
        aside = ""
    print(f"restored {result.backup} to {result.database}{aside}")
    return 0


def run_export(path: Path | str, args: argparse.Namespace) -> int:
    """Write every table of ``path`` to ``--json OUT`` and print OUT."""
    from zpdesk.services import portable
    from zpdesk.store.locations import open_location

    out = Path(args.json).expanduser()
    if out.is_dir():
        return _fail(args, f"{out} is a folder; give a file name for the export.")
    db = open_location(path)
    try:
        portable.export_json(db, out)
    finally:
        db.close()
    print(out)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Load ``--json IN`` into the new or empty database ``--db``."""
    from zpdesk.services import portable
    from zpdesk.store.locations import resolve_location

    path = resolve_location(getattr(args, "db", None))
    source = Path(args.json).expanduser()
    if not source.is_file():
        return _fail(args, f"there is no file {source}")
    from zpdesk.services.copy import shown_location

    try:
        summary = portable.import_location(path, source)
    except ValidationError as exc:
        return _fail(args, f"{exc} Nothing was imported into {shown_location(path)}.")
    print(f"imported {summary.total} rows from {source} into {shown_location(path)}")
    return 0
