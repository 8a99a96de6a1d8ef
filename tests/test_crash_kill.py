"""Point 5: SIGKILL a writer at random moments; the database stays whole every time.

Issue 15: a restore and an import are killed at every one of their steps while another
process holds an old read snapshot (so the newest commit sits in the -wal and cannot be
folded into the file): nothing committed is lost, or the next opening says where it is.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crash_writer import run_kills
from safety_data import (
    add_network,
    filled_database,
    kill_at,
    restore_under_lock,
    snapshot_reader,
)
from zpdesk.services import backups, portable
from zpdesk.store import place
from zpdesk.store.db import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.store,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]


@pytest.mark.timeout(300)
def test_two_hundred_kills_lose_nothing_committed(tmp_path: Path) -> None:
    report = run_kills(tmp_path / "kill.sqlite", 220, seed=2026, max_delay=0.15)
    assert report.kills == 220
    assert report.errors == []
    # Kills land everywhere: some while opening (inspection, lock, engine), most
    # between and inside commits. Both kinds must be represented.
    assert 220 // 2 < report.rounds_with_commits < 220
    # at most one action per kill can be committed but not yet reported
    assert report.committed <= report.actions_in_db <= report.committed + report.kills


RESTORE_STEPS = ["verify", "copy", "marker", "settle", "link", "move-wal", "move-shm", "swap"]
RESTORE_STEPS += ["unmark"]
IMPORT_STEPS = ["build", "marker", "settle", "move-wal", "move-shm", "swap", "unmark"]
LAST = "the last commit"


def _database_with_a_pinned_commit(folder: Path) -> tuple[Path, subprocess.Popen[str]]:
    db = filled_database(folder / "d.sqlite")
    backups.backup_now(db, folder / "bk")
    opened = open_database(db)
    reader = snapshot_reader(db)
    with opened.session() as session:
        add_network(session, LAST)
    opened.engine.dispose()
    assert place.companion(db, "-wal").stat().st_size > 0
    return db, reader


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def _holds_last(path: Path) -> bool:
    return bool(_sql(path, f"SELECT 1 FROM network WHERE name = '{LAST}'"))


def _notice_files(notices: tuple[str, ...], folder: Path) -> list[Path]:
    """Every file of ``folder`` that a notice names."""
    return [p for p in folder.iterdir() if any(p.name in n for n in notices)]


def _no_leftovers(folder: Path) -> None:
    names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if n.endswith((".partial", ".replacing"))], names
    assert not [n for n in names if ".restoring" in n or ".importing" in n], names


@pytest.mark.timeout(300)
@pytest.mark.parametrize("step", RESTORE_STEPS)
def test_a_restore_killed_at_every_step_loses_nothing_committed(tmp_path: Path, step: str) -> None:
    db, reader = _database_with_a_pinned_commit(tmp_path)
    (backup,) = (tmp_path / "bk").iterdir()
    try:
        assert kill_at(step, lambda: restore_under_lock(db, backup))
        opened = open_database(db, lock=True)
        opened.close()
        assert _sql(db, "PRAGMA integrity_check") == [("ok",)]
        if not _holds_last(db):
            # The restore went through: the newest data is where the user is told.
            assert step in ("unmark",), f"killed at {step}: the last commit is gone"
            named = _notice_files(opened.notices, tmp_path)
            assert [p for p in named if p.suffix == ".sqlite" and _holds_last(p)], opened.notices
        else:
            assert opened.notices == () or step == "unmark"
        _no_leftovers(tmp_path)
    finally:
        reader.kill()
        reader.wait()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("step", IMPORT_STEPS)
def test_an_import_killed_at_every_step_loses_nothing_committed(tmp_path: Path, step: str) -> None:
    db, reader = _database_with_a_pinned_commit(tmp_path)
    source = tmp_path / "source.sqlite"
    made = open_database(source)
    with made.session() as session:
        add_network(session, "imported")
    portable.export_json(made, tmp_path / "in.json")
    made.close()
    wal = place.companion(db, "-wal").read_bytes()
    db.unlink()  # the user deletes the "bad" file; its -wal stays (and a reader holds it)
    try:
        work = lambda: portable.import_file(db, tmp_path / "in.json")  # noqa: E731
        reached = kill_at(step, work)
        assert reached or step == "settle"  # nothing to fold when the file is gone
        opened = open_database(db, lock=True)
        opened.close()
        assert _sql(db, "PRAGMA integrity_check") == [("ok",)]
        names = [row[0] for row in _sql(db, "SELECT name FROM network")]
        assert names in ([], ["imported"]), names  # never rows of two databases
        # the orphaned -wal is kept, byte for byte, and said where
        kept = [p for p in tmp_path.iterdir() if p.name.endswith("-wal") and p.read_bytes() == wal]
        assert kept, [p.name for p in tmp_path.iterdir()]
        told = [n for n in opened.notices if kept[0].name.removesuffix("-wal") in n]
        assert told, opened.notices
        assert hashlib.sha256(kept[0].read_bytes()).digest() == hashlib.sha256(wal).digest()
        _no_leftovers(tmp_path)
    finally:
        reader.kill()
        reader.wait()
