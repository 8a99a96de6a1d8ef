"""Points 1 and 2: verified, rotated backups; restore keeps the current file aside."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safety_data import add_network, dump, file_state, filled_database
from zpdesk.cli import main
from zpdesk.services import backups
from zpdesk.store import errors
from zpdesk.store.backup import (
    DAILY,
    MANUAL,
    backup_database,
    backup_folder_for,
    list_backups,
    make_backup,
    rotate,
    stamps_to_keep,
    timestamped_name,
)
from zpdesk.store.db import open_database
from zpdesk.store.lock import DatabaseLock

pytestmark = pytest.mark.store


# --- rotation ------------------------------------------------------------------------


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    # One backup a day at 03:00 from Thu 2026-01-01 to Fri 2026-04-10 (100 days).
    stamps = [datetime(2026, 1, 1, 3) + timedelta(days=i) for i in range(100)]
    kept = {s.date().isoformat() for s in stamps_to_keep(stamps)}
    # daily: the 7 newest days, Apr 4..10
    daily = {f"2026-04-{d:02d}" for d in range(4, 11)}
    # weekly (ISO weeks, Monday first): Apr 6-12 → Apr 10, Mar 30-Apr 5 → Apr 5,
    # Mar 23-29 → Mar 29, Mar 16-22 → Mar 22
    weekly = {"2026-04-10", "2026-04-05", "2026-03-29", "2026-03-22"}
    # monthly: only four months have backups: Apr 10, Mar 31, Feb 28, Jan 31
    monthly = {"2026-04-10", "2026-03-31", "2026-02-28", "2026-01-31"}
    assert kept == daily | weekly | monthly
    assert len(kept) == 12  # 7 + 2 new weekly + 3 new monthly


def test_rotation_counts_periods_that_have_backups_not_calendar_time() -> None:
    # Two years away from the laptop: the old backups are still the most recent ones.
    stamps = [datetime(2026, 6, 1, 9), datetime(2024, 3, 1, 9), datetime(2024, 2, 1, 9)]
    assert stamps_to_keep(stamps) == set(stamps)


def test_rotation_keeps_the_newest_of_a_day() -> None:
    stamps = [datetime(2026, 5, 1, h) for h in (8, 12, 17)]
    assert stamps_to_keep(stamps) == {datetime(2026, 5, 1, 17)}


def test_rotate_deletes_only_automatic_backups(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 3)
    for day in range(20):
        make_backup(db_path, folder, DAILY, start + timedelta(days=day))
    manual = make_backup(db_path, folder, MANUAL, start)
    names = {b.path.name for b in list_backups(folder)}
    # 20 daily backups, Thu Jan 1..Tue Jan 20: keep the 7 newest days (Jan 14..20), the
    # newest of the ISO weeks Jan 19-25 (Jan 20, kept), Jan 12-18 (Jan 18, kept),
    # Jan 5-11 (Jan 11) and Dec 29-Jan 4 (Jan 4), and the newest of January (Jan 20,
    # kept); the manual one is never rotated.
    expected_days = list(range(14, 21)) + [11, 4]
    expected = {timestamped_name(db_path, DAILY, datetime(2026, 1, d, 3)) for d in expected_days}
    assert names == expected | {manual.path.name}
    assert rotate(folder) == []  # stable


# --- making backups ----------------------------------------------------------------


def test_backup_is_private_verified_and_self_contained(tmp_path: Path) -> None:
    source = filled_database(tmp_path / "a.sqlite")
    copy = backup_database(source, tmp_path / "out" / "copy.sqlite")
    if sys.platform != "win32":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert dump(copy) == dump(source)
    assert not list((tmp_path / "out").glob("*.partial"))


def test_backup_contains_commits_still_in_the_wal(tmp_path: Path) -> None:
    source = filled_database(tmp_path / "a.sqlite")
    code = (
        "import os, sys, sqlite3\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        'con.execute("INSERT INTO person (name, organisation, email, phone, expertise, region,'
        " background, notes) VALUES ('Alleen in de WAL', '', '', '', '', '', '', '')\")\n"
        "con.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(source)], check=True)
    assert (tmp_path / "a.sqlite-wal").stat().st_size > 0
    copy = backup_database(source, tmp_path / "copy.sqlite")
    con = sqlite3.connect(copy)
    assert (
        con.execute("SELECT count(*) FROM person WHERE name = 'Alleen in de WAL'").fetchone()[0]
        == 1
    )
    con.close()


def test_daily_backup_when_the_newest_is_older_than_a_day(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "a.sqlite")
    folder = backup_folder_for(db_path)
    now = datetime(2026, 11, 23, 9, 0)
    first = backups.backup_if_due(db_path, now=now)
    assert first is not None and first.path.parent == folder and first.reason == DAILY
    assert backups.backup_if_due(db_path, now=now + timedelta(hours=23)) is None
    second = backups.backup_if_due(db_path, now=now + timedelta(hours=25))
    assert second is not None
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]


def test_backup_folder_is_per_database_inside_the_data_folder(
    tmp_path: Path, isolated_home: Path
) -> None:
    one = backup_folder_for(tmp_path / "a" / "zpdesk.sqlite")
    two = backup_folder_for(tmp_path / "b" / "zpdesk.sqlite")
    assert one != two
    assert one.parent == two.parent == isolated_home / "data" / "backups"


def test_cli_backup_prints_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = filled_database(tmp_path / "a.sqlite")
    assert main(["backup", "--db", str(db_path)]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == backup_folder_for(db_path) and printed.is_file()
    assert dump(printed) == dump(db_path)

    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "usb")]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == tmp_path / "usb"
    assert backups.verify_backup(printed) is not None


def test_newest_good_backup_skips_a_damaged_one(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "a.sqlite")
    folder = backup_folder_for(db_path)
    good = make_backup(db_path, folder, DAILY, datetime(2026, 1, 1, 3))
    bad = make_backup(db_path, folder, DAILY, datetime(2026, 1, 2, 3))
    data = bytearray(bad.path.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xff" * 4096
    bad.path.write_bytes(bytes(data))
    assert backups.newest_good_backup(db_path) == good


# --- restore ---------------------------------------------------------------------------


def test_restore_swaps_in_the_backup_and_keeps_the_current_file(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    backup = backups.backup_now(db_path)
    before_restore_dump = None
    db = open_database(db_path)
    with db.session() as session:
        add_network(session, "Na de backup")
    db.close()
    before_restore_dump = dump(db_path)
    before = file_state(db_path)

    result = backups.restore_backup(db_path, backup.path, now=datetime(2026, 11, 23, 10, 42))

    assert result.kept_aside == tmp_path / "zpdesk-before-restore-2026-11-23T104200.sqlite"
    assert file_state(result.kept_aside)[0] == before[0]  # the very same bytes
    assert dump(result.kept_aside) == before_restore_dump
    assert dump(db_path) == dump(backup.path)
    db = open_database(db_path)  # and it opens
    db.close()


def test_restore_moves_a_leftover_wal_aside_with_its_file(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    backup = backups.backup_now(db_path)
    # A damaged current file with a -wal beside it: the pair is kept aside together, so
    # the -wal is never replayed into the restored file.
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\x00" * 4096
    db_path.write_bytes(bytes(data))
    (tmp_path / "zpdesk.sqlite-wal").write_bytes(b"not really a wal")
    result = backups.restore_backup(db_path, backup.path)
    assert result.kept_aside is not None
    assert not (tmp_path / "zpdesk.sqlite-wal").exists()
    assert (tmp_path / f"{result.kept_aside.name}-wal").read_bytes() == b"not really a wal"
    assert dump(db_path) == dump(backup.path)


def test_restore_folds_the_wal_of_a_healthy_file_before_keeping_it(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    backup = backups.backup_now(db_path)
    code = (
        "import os, sys, sqlite3\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute(\"UPDATE network SET name = 'Alleen in de WAL' WHERE id = 1\")\n"
        "con.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True)
    result = backups.restore_backup(db_path, backup.path)
    assert result.kept_aside is not None
    assert not Path(f"{result.kept_aside}-wal").exists()
    con = sqlite3.connect(result.kept_aside)
    assert con.execute("SELECT name FROM network WHERE id = 1").fetchone()[0] == "Alleen in de WAL"
    con.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("geen database")
    before = file_state(db_path)
    with pytest.raises(errors.NotSQLiteError):
        backups.restore_backup(db_path, bogus)
    assert file_state(db_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bogus.sqlite", "zpdesk.sqlite"]


def test_restore_refuses_the_database_itself(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    with pytest.raises(errors.StoreError, match="the database itself"):
        backups.restore_backup(db_path, db_path)


def test_restore_into_a_missing_file(tmp_path: Path) -> None:
    source = filled_database(tmp_path / "old-laptop.sqlite")
    backup = backups.backup_now(source, tmp_path / "usb")
    target = tmp_path / "new" / "zpdesk.sqlite"
    result = backups.restore_backup(target, backup.path)
    assert result.kept_aside is None
    assert dump(target) == dump(source)


def test_cli_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    backup = backups.backup_now(db_path)
    expected = dump(db_path)
    db = open_database(db_path)
    with db.session() as session:
        add_network(session, "Weg na het terugzetten")
    db.close()
    assert main(["restore", "--db", str(db_path), str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("restored ") and "kept as" in out
    assert dump(db_path) == expected
    assert len(list(tmp_path.glob("zpdesk-before-restore-*.sqlite"))) == 1
    assert not (tmp_path / "zpdesk.sqlite.lock").exists()


def test_cli_restore_is_refused_while_the_database_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = filled_database(tmp_path / "zpdesk.sqlite")
    backup = backups.backup_now(db_path)
    holder = open_database(db_path, lock=True)
    try:
        before = file_state(db_path)
        assert main(["restore", "--db", str(db_path), str(backup.path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "already open in another zpdesk" in err
        assert file_state(db_path) == before
    finally:
        holder.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backup_folders_are_private(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "a.sqlite")
    info = backups.backup_now(db_path)
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.parent.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


def test_a_held_lock_blocks_a_second_writer(tmp_path: Path) -> None:
    db_path = filled_database(tmp_path / "a.sqlite")
    first = DatabaseLock(db_path).acquire()
    try:
        with pytest.raises(errors.DatabaseLockedError, match=f"process {os.getpid()}"):
            open_database(db_path, lock=True)
    finally:
        first.release()
    open_database(db_path, lock=True).close()
