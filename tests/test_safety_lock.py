"""Point 4: one writer per database; stale locks recovered; a second window raises the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zpdesk.cli import main
from zpdesk.store import errors
from zpdesk.store.db import open_database
from zpdesk.store.lock import DatabaseLock, lock_path

pytestmark = pytest.mark.store

HOLD_LOCK = (
    "import sys, time\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
    "print(lock.tryLock(0), flush=True)\n"
    "time.sleep(60)\n"
)


def _holder(db_path: Path) -> subprocess.Popen[str]:
    """Another process holding the database's lock, as another zpdesk would."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(db_path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "True"
    return process


def test_second_writer_in_another_process_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    holder = _holder(db_path)
    try:
        with pytest.raises(errors.DatabaseLockedError, match=f"process {holder.pid}"):
            open_database(db_path, lock=True)
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_killed_process_is_recovered(db_path: Path) -> None:
    open_database(db_path).close()
    holder = _holder(db_path)
    holder.kill()  # SIGKILL: no chance to remove its lock file
    holder.wait()
    assert lock_path(db_path).exists()
    db = open_database(db_path, lock=True)
    assert db.lock is not None and db.lock.is_held
    db.close()
    assert not lock_path(db_path).exists()


def test_lock_whose_pid_now_belongs_to_another_python_is_recovered(db_path: Path) -> None:
    # After a crash the id in the lock file may be reused by an unrelated process with
    # the same name; QLockFile alone would then refuse forever.
    open_database(db_path).close()
    holder = _holder(db_path)
    holder.kill()
    holder.wait()
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lines = lock_path(db_path).read_text().split("\n")
        lines[0] = str(stranger.pid)
        lock_path(db_path).write_text("\n".join(lines))
        os.utime(lock_path(db_path), (time.time() - 5, time.time() - 5))
        if sys.platform == "win32":
            pytest.skip("flock-based recovery is POSIX only")
        db = open_database(db_path, lock=True)
        db.close()
    finally:
        stranger.kill()
        stranger.wait()


def test_empty_lock_file_of_a_writer_killed_while_locking_is_recovered(db_path: Path) -> None:
    open_database(db_path).close()
    lock_path(db_path).write_bytes(b"")
    os.utime(lock_path(db_path), (time.time() - 5, time.time() - 5))
    if sys.platform == "win32":
        pytest.skip("flock-based recovery is POSIX only")
    open_database(db_path, lock=True).close()


def test_lock_is_released_on_close_and_on_a_failed_open(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    db = open_database(path, lock=True)
    assert lock_path(path).exists()
    db.close()
    assert not lock_path(path).exists()
    path.write_bytes(path.read_bytes()[:100])  # now damaged
    with pytest.raises(errors.CorruptDatabaseError):
        open_database(path, lock=True)
    assert not lock_path(path).exists()


def test_readers_do_not_need_the_lock(db_path: Path) -> None:
    writer = open_database(db_path, lock=True)
    try:
        reader = open_database(db_path)
        reader.close()
    finally:
        writer.close()


@pytest.mark.parametrize(
    "command",
    [
        ["demo"],
        ["restore", "BACKUP"],
        ["import", "--json", "IN"],
    ],
    ids=["demo", "restore", "import"],
)
def test_cli_commands_that_write_take_the_lock(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "zpdesk.sqlite"
    open_database(db_path).close()
    from zpdesk.services.backups import backup_now

    backup = backup_now(db_path).path
    export = tmp_path / "in.json"
    assert main(["export", "--db", str(db_path), "--json", str(export)]) == 0
    capsys.readouterr()
    args = [{"BACKUP": str(backup), "IN": str(export)}.get(part, part) for part in command]
    before = db_path.read_bytes()
    holder = _holder(db_path)
    try:
        assert main([args[0], "--db", str(db_path), *args[1:]]) == 1
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open in another zpdesk" in err
    assert db_path.read_bytes() == before


def test_lock_file_name() -> None:
    assert lock_path(Path("/data/zpdesk.sqlite")) == Path("/data/zpdesk.sqlite.lock")


def test_a_lock_object_can_be_kept_across_reopening(db_path: Path) -> None:
    db = open_database(db_path, lock=True)
    lock = db.detach_lock()
    db.close()
    assert lock is not None and lock.is_held  # still ours while the file is swapped
    with pytest.raises(errors.DatabaseLockedError):
        DatabaseLock(db_path).acquire()
    again = open_database(db_path, lock=lock)
    assert again.lock is lock
    again.close()
    assert not lock.is_held
