"""Putting a database file in place: the one way a restore or an import replaces a database.

SQLite keeps a database's newest commits in ``<db>-wal`` (and its index in ``-shm``, or
a rollback ``-journal``) beside the file, found *by name*. A file put under the name of
a database inherits those companions: a leftover ``-wal`` is replayed into it (rows of
two databases mixed, or a damaged file). So ``put_in_place``:

1. writes a marker ``.<db>.replacing`` saying what it is about to do (fsync'ed);
2. folds the ``-wal`` into the current file where it can (``PRAGMA wal_checkpoint``;
   another process reading an old snapshot may keep it from finishing);
3. gives the current file a second name ``<stem>-before-<reason>-<time><suffix>``
   (a hard link, or a flushed copy) and moves every companion of the target, whether
   or not the target itself exists, beside that name, so the user's newest data stays
   whole and openable there;
4. renames the new file onto the target and removes the marker.

A process killed between two steps leaves the marker; ``recover`` (run under the
database's lock when it is next opened, restored or imported into) finishes the job
backwards: it puts the companions back and drops the second name when the new file
never arrived, and otherwise says where the previous data is. ``clean_leftovers``
removes the temporary files of killed writers (``.partial``, ``.restoring``,
``.importing``).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from zpdesk.files import fsync_file, fsync_folder, remove_abandoned_partials, write_text_atomic

COMPANIONS = ("-wal", "-shm", "-journal")
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
# Our own temporary databases beside the target (see services.backups and portable).
BUILDING_SUFFIXES = (".restoring", ".importing")

log = logging.getLogger("zpdesk.store")

# Tests set this to stop (kill) the process at a named step; see tests/test_crash_kill.py.
STEP_HOOK: Callable[[str], None] | None = None


def step(name: str) -> None:
    """A named step of a restore or an import: where the kill test stops the process."""
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def companion(path: Path, suffix: str) -> Path:
    """SQLite's companion file of ``path``: ``-wal``, ``-shm`` or ``-journal``."""
    return path.with_name(path.name + suffix)


def marker_path(target: Path) -> Path:
    """The marker of an unfinished replacement of ``target``."""
    return target.with_name(f".{target.name}.replacing")


def building_path(target: Path, suffix: str) -> Path:
    """Where a new database for ``target`` is built: ``.<name><suffix>`` beside it."""
    return target.with_name(f".{target.name}{suffix}")


@dataclass(frozen=True)
class Placed:
    """What ``put_in_place`` did with what was at the target before."""

    target: Path
    aside: Path | None  # the previous file under its new name (None: there was none)
    moved: tuple[Path, ...]  # every file that was moved or linked aside


def _aside_path(target: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime(STAMP_FORMAT)
    base = f"{target.stem}-before-{reason}-{stamp}"
    candidate = target.with_name(f"{base}{target.suffix}")
    counter = 2
    while candidate.exists() or any(companion(candidate, s).exists() for s in COMPANIONS):
        candidate = target.with_name(f"{base}-{counter}{target.suffix}")
        counter += 1
    return candidate


def _settle(target: Path) -> None:
    """Fold the -wal of a healthy database into it, as far as readers allow."""
    from zpdesk.store.db import inspect_file
    from zpdesk.store.errors import StoreError

    if not companion(target, "-wal").exists():
        return
    try:
        if not inspect_file(target).exists:
            return
        con = sqlite3.connect(target)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except (StoreError, sqlite3.Error):
        return  # a damaged file or a foreign -wal is kept aside as it is


def _link_or_copy(source: Path, destination: Path) -> None:
    try:
        os.link(source, destination)
    except OSError:
        # File systems without hard links: an exact copy, flushed before anything moves.
        shutil.copy2(source, destination)
        fsync_file(destination)


def _move_companions(target: Path, aside: Path) -> list[Path]:
    moved = []
    for suffix in COMPANIONS:
        if companion(target, suffix).exists():
            step(f"move{suffix}")
            os.replace(companion(target, suffix), companion(aside, suffix))
            moved.append(companion(aside, suffix))
    fsync_folder(target.parent)
    return moved


def orphans_aside(target: Path, now: datetime) -> str | None:
    """Move the companions of a missing ``target`` aside before a new file is made there.

    A ``-wal`` left by a file that was moved or deleted would otherwise be replayed into
    the new database. Returns a message saying where they went, or None.
    """
    if target.exists():
        return None
    aside = _aside_path(target, "orphaned", now)
    moved = _move_companions(target, aside)
    if not moved:
        return None
    return _announce(
        f"SQLite files of an earlier database were left at {target} without the database "
        f"itself; they were moved to {aside.parent} as {', '.join(p.name for p in moved)}."
    )


def put_in_place(incoming: Path, target: Path, reason: str, now: datetime) -> Placed:
    """Rename the finished database ``incoming`` onto ``target`` (see the module text).

    ``incoming`` must be a whole, self-contained database (no companions) in the
    folder of ``target``; the caller holds ``target``'s lock. ``reason`` names the
    second name of the previous file: ``restore`` gives ``<stem>-before-restore-…``.
    """
    aside = _aside_path(target, reason, now)
    step("marker")
    write_text_atomic(
        marker_path(target),
        json.dumps({"incoming": str(incoming), "aside": str(aside), "reason": reason}),
    )
    moved: list[Path] = []
    try:
        step("settle")
        _settle(target)
        if target.exists():
            step("link")
            _link_or_copy(target, aside)
            moved.append(aside)
        moved += _move_companions(target, aside)
        step("swap")
        os.replace(incoming, target)
        fsync_folder(target.parent)
    except Exception:
        recover(target)  # the new file did not arrive: put everything back
        raise
    step("unmark")
    marker_path(target).unlink(missing_ok=True)
    fsync_folder(target.parent)
    return Placed(target=target, aside=aside if moved else None, moved=tuple(moved))


def recover(target: Path) -> str | None:
    """Finish an interrupted ``put_in_place`` on ``target``; a message when the user must know.

    The caller holds ``target``'s lock. When the new file never arrived, everything is
    put back as it was (the companions return, the second name goes) and nothing needs
    saying. When it did arrive, the previous data is under its second name: the message
    says where.
    """
    marker = marker_path(target)
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        incoming, aside = Path(plan["incoming"]), Path(plan["aside"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        marker.unlink(missing_ok=True)  # a marker cut short: written before any move
        return None
    message = None
    if incoming.exists():
        # Killed before the swap: undo the moves; the target is as it was.
        for suffix in COMPANIONS:
            moved = companion(aside, suffix)
            if moved.exists() and not companion(target, suffix).exists():
                os.replace(moved, companion(target, suffix))
        if aside.exists() and target.exists() and os.path.samefile(aside, target):
            aside.unlink()
        elif aside.exists():
            message = (
                f"An earlier restore or import into {target} was interrupted; "
                f"{target} is unchanged and a copy of it is kept as {aside}."
            )
        incoming.unlink(missing_ok=True)
    elif aside.exists() or any(companion(aside, s).exists() for s in COMPANIONS):
        message = (
            f"An earlier restore or import into {target} was interrupted after it put the "
            f"new file in place; the data as it was before is kept as {aside}."
        )
    fsync_folder(target.parent)
    marker.unlink(missing_ok=True)
    fsync_folder(target.parent)
    return _announce(message)


def _announce(message: str | None) -> str | None:
    """Log a notice for the user (stderr in the CLI; the window shows it as well)."""
    if message is not None:
        log.warning("zpdesk: %s", message)
    return message


def clean_leftovers(target: Path, *folders: Path) -> list[Path]:
    """Remove what killed writers left beside ``target`` and in ``folders``.

    The caller holds ``target``'s lock (so no restore or import into it is running).
    """
    removed: list[Path] = []
    for suffix in BUILDING_SUFFIXES:
        building = building_path(target, suffix)
        for path in (building, *(companion(building, s) for s in COMPANIONS)):
            if path.exists() and not marker_path(target).exists():
                path.unlink(missing_ok=True)
                removed.append(path)
    for folder in (target.parent, *folders):
        removed += remove_abandoned_partials(folder)
    return removed
