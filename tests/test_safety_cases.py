"""Issue 15: one test per numbered case, each failing on the code before the fix.

Case 9's .ics part belongs to services/ics.py (another issue); its CSV part is here.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safety_data import (
    add_network,
    filled_database,
    kill_at,
    restore_under_lock,
    snapshot_reader,
)
from zpdesk.cli import main
from zpdesk.services import backups, portable
from zpdesk.store.backup import backup_folder_for, list_backups, make_backup
from zpdesk.store.db import open_database
from zpdesk.store.errors import DatabaseLockedError, StoreError

pytestmark = pytest.mark.store
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and links")


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in con.execute("SELECT name FROM network"))
    finally:
        con.close()


def _crash_after_renaming(path: Path) -> None:
    """A writer commits into the -wal (no checkpoint) and dies without closing."""
    script = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute('PRAGMA wal_autocheckpoint=0')\n"
        "con.execute(\"UPDATE network SET name = name || ' (crashed)'\")\n"
        "con.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert _companion(path, "-wal").stat().st_size > 0


# --- 1. a leftover -wal is never replayed into a restored or imported file ----------


def test_case1_restore_after_the_file_was_moved_ignores_its_leftover_wal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    backup = Path(capsys.readouterr().out.strip())
    _crash_after_renaming(db)
    db.rename(tmp_path / "d.moved")  # the user moves the "bad" file away; its -wal stays

    assert main(["restore", "--db", str(db), str(backup)]) == 0
    out = capsys.readouterr().out
    assert not [n for n in _names(db) if "crashed" in n]
    assert _names(db) == _names(backup)
    # the crashed writer's -wal is kept (and said) beside the name of the previous data
    aside = next(tmp_path.glob("d-before-restore-*.sqlite-wal"))
    assert aside.name.removesuffix("-wal") in out
    assert not _companion(db, "-wal").exists() or _names(db) == _names(backup)


def test_case1_import_into_a_deleted_file_ignores_its_leftover_wal(tmp_path: Path) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    other = tmp_path / "other.sqlite"
    made = open_database(other)
    with made.session() as session:
        add_network(session, "Only in the other")
    portable.export_json(made, tmp_path / "other.json")
    made.close()
    _crash_after_renaming(db)
    db.unlink()

    assert main(["import", "--db", str(db), "--json", str(tmp_path / "other.json")]) == 0
    assert _names(db) == ["Only in the other"]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_case1_an_unrelated_wal_does_not_damage_an_import(tmp_path: Path) -> None:
    stranger = filled_database(tmp_path / "stranger.sqlite")
    _crash_after_renaming(stranger)
    db = tmp_path / "d.sqlite"
    shutil.copy(_companion(stranger, "-wal"), _companion(db, "-wal"))
    made = open_database(tmp_path / "src.sqlite")
    with made.session() as session:
        add_network(session, "Mine")
    portable.export_json(made, tmp_path / "mine.json")
    made.close()

    assert main(["import", "--db", str(db), "--json", str(tmp_path / "mine.json")]) == 0
    opened = open_database(db)
    opened.close()
    assert _names(db) == ["Mine"]


# --- 2. a symbolic link reaches the same lock, window and file ------------------------


@POSIX_ONLY
def test_case2_a_link_to_the_open_database_is_refused_and_restores_the_real_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from zpdesk.ui.app import instance_key

    real = filled_database(tmp_path / "real" / "d.sqlite")
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "d.sqlite"
    link.symlink_to(real)
    backup = backups.backup_now(real, tmp_path / "bk").path
    assert instance_key(link) == instance_key(real)

    window = open_database(real, lock=True)  # the open window
    try:
        assert main(["demo", "--force", "--db", str(link)]) == 1
        assert "already open" in capsys.readouterr().err
        with pytest.raises(DatabaseLockedError):
            open_database(link, lock=True)
    finally:
        window.close()

    with window.session() as session:
        add_network(session, "after the backup")
    window.close()
    assert main(["restore", "--db", str(link), str(backup)]) == 0
    assert link.is_symlink()
    assert _names(real) == _names(backup)


# --- 4. a kill during a restore, with an old read snapshot held elsewhere ----------------


@pytest.fixture
def snapshot_db(tmp_path: Path) -> Iterator[tuple[Path, Path, subprocess.Popen[str]]]:
    """A database whose last commit sits in the -wal behind a reader's snapshot."""
    db = filled_database(tmp_path / "d.sqlite")
    backup = backups.backup_now(db, tmp_path / "bk").path
    opened = open_database(db)
    reader = snapshot_reader(db)
    with opened.session() as session:
        add_network(session, "the last commit")
    opened.engine.dispose()
    yield db, backup, reader
    reader.kill()
    reader.wait()


def _holds_last_commit(path: Path) -> bool:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return bool(
            con.execute("SELECT count(*) FROM network WHERE name = 'the last commit'").fetchone()[0]
        )
    finally:
        con.close()


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork")
def test_case4_a_kill_before_the_swap_loses_nothing(
    snapshot_db: tuple[Path, Path, subprocess.Popen[str]],
) -> None:
    db, backup, _reader_process = snapshot_db
    assert kill_at(
        "swap", lambda: restore_under_lock(db, backup)
    )  # the -wal is aside, the restored copy not yet in place
    opened = open_database(db, lock=True)
    opened.close()
    assert _holds_last_commit(db)  # put back: the restore never happened
    assert not (db.parent / ".d.sqlite.replacing").exists()
    assert not list(db.parent.glob(".d.sqlite.restoring*"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork")
def test_case4_a_kill_after_the_swap_says_where_the_data_is(
    snapshot_db: tuple[Path, Path, subprocess.Popen[str]], caplog: pytest.LogCaptureFixture
) -> None:
    db, backup, _reader_process = snapshot_db
    assert kill_at("unmark", lambda: restore_under_lock(db, backup))
    with caplog.at_level(logging.WARNING):
        opened = open_database(db, lock=True)
    opened.close()
    assert not _holds_last_commit(db)  # the restore happened
    (notice,) = opened.notices
    aside = Path(notice.split("kept as ")[1].rstrip("."))
    assert _holds_last_commit(aside)
    assert notice in caplog.text


# --- 5. backups are checked against their recorded checksum and schema -------------------


def _patch_inside(path: Path, needle: bytes, patch: bytes) -> None:
    data = path.read_bytes()
    offset = data.index(needle)
    with open(path, "r+b") as stream:
        stream.seek(offset)
        stream.write(patch)


def test_case5_a_changed_byte_inside_a_record_is_refused(tmp_path: Path) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    con = sqlite3.connect(db)
    con.execute("UPDATE person SET email = 'sanne@example.org' WHERE id = 1")
    con.commit()
    con.close()
    email = "sanne@example.org"
    backup = backups.backup_now(db, tmp_path / "bk").path
    _patch_inside(backup, email.encode(), b"ZZZZ")
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # SQLite sees nothing
    con.close()

    with pytest.raises(StoreError, match="checksum"):
        backups.verify_backup(backup)
    assert main(["restore", "--db", str(db), str(backup)]) == 1
    assert backups.newest_good_backup(db, tmp_path / "bk") is None


@pytest.mark.parametrize("drop_record", [False, True])
def test_case5_a_backup_without_a_table_is_refused(tmp_path: Path, drop_record: bool) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    backup = backups.backup_now(db, tmp_path / "bk").path
    con = sqlite3.connect(backup)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DROP TABLE year_decision")
    if drop_record:
        con.execute("DROP TABLE zpdesk_backup")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="year_decision is missing"):
        backups.verify_backup(backup)
    assert main(["restore", "--db", str(db), str(backup)]) == 1


# --- 6. the rotation and the daily backup go by the backup's recorded time -----------------


def test_case6_a_backup_renamed_into_the_future_does_not_stop_the_daily_backups(
    tmp_path: Path,
) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    today = datetime(2026, 6, 1, 9, 0)
    made = backups.backup_if_due(db, now=today)
    assert made is not None
    future = made.path.with_name(made.path.name.replace("2026-06-01", "2027-06-01"))
    made.path.rename(future)
    assert backups.backup_if_due(db, now=today + timedelta(hours=3)) is None  # made today
    later = backups.backup_if_due(db, now=today + timedelta(days=300))
    assert later is not None
    assert future.exists()  # still there: the user's file


def test_case6_a_backup_recorded_in_the_future_is_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = filled_database(tmp_path / "d.sqlite")
    folder = backup_folder_for(db)
    wrong_clock = make_backup(db, folder, "daily", datetime(2027, 3, 1, 12, 0))
    today = datetime(2026, 6, 1, 9, 0)
    with caplog.at_level(logging.WARNING):
        made = backups.backup_if_due(db, now=today)
    assert made is not None
    assert "in the future" in caplog.text and wrong_clock.path.name in caplog.text
    from zpdesk.store.backup import read_record

    record = read_record(made.path)
    assert record is not None and record.created == today
    for day in range(1, 12):  # a dozen daily backups later both are still kept
        backups.backup_if_due(db, now=today + timedelta(days=day))
    names = {b.path.name for b in list_backups(folder)}
    assert wrong_clock.path.name in names
    assert len(names) == 1 + 7  # the future one and 7 dailies (the newest of their weeks)


# --- 10. owner-only files and folders whatever the umask ------------------------------------


@POSIX_ONLY
def test_case10_everything_zpdesk_makes_is_owner_only_under_umask_000(
    tmp_path: Path, isolated_home: Path
) -> None:
    from zpdesk.ui.ui_settings import UiSettings

    old = os.umask(0)
    try:
        settings = UiSettings()
        settings.language = "nl"
        settings.sync()
        db = open_database(tmp_path / "new" / "folder" / "d.sqlite", lock=True)
        lock_file = db.lock.path if db.lock else None
        with db.session() as session:
            add_network(session, "x")
        export = portable.export_json(db, tmp_path / "out" / "sub" / "x.json")
        lock_mode = stat.S_IMODE(lock_file.stat().st_mode) if lock_file else None
        db.close()
        backups.backup_now(db.path)
    finally:
        os.umask(old)
    config = isolated_home / "config"
    assert stat.S_IMODE(config.stat().st_mode) == 0o700
    assert stat.S_IMODE((config / "zpdesk.ini").stat().st_mode) == 0o600
    assert lock_mode == 0o600
    for folder in (tmp_path / "new", tmp_path / "new" / "folder", tmp_path / "out" / "sub"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    for path in backup_folder_for(db.path).rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


# --- 11. leftovers of killed writers are cleaned up --------------------------------------------


@POSIX_ONLY
def test_case11_partial_restoring_and_importing_leftovers_are_removed(tmp_path: Path) -> None:
    import fcntl

    db = filled_database(tmp_path / "d.sqlite")
    leftovers = [
        tmp_path / ".d.sqlite.restoring",
        tmp_path / ".d.sqlite.importing",
        tmp_path / ".d.sqlite.importing-wal",
        tmp_path / "..d.sqlite.restoring.k3j2.partial",
        tmp_path / ".export.json.a8x1.partial",
    ]
    for path in leftovers:
        path.write_bytes(b"left by a killed writer")
    busy = tmp_path / ".other.pdf.q1w2.partial"  # a living writer's: kept
    busy.write_bytes(b"being written")
    holder = os.open(busy, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        open_database(db, lock=True).close()
        assert [p for p in leftovers if p.exists()] == []
        assert busy.exists()
    finally:
        os.close(holder)
