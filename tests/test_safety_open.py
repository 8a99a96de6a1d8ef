"""Point 3: files zpdesk must refuse, with a clear message, leaving their bytes alone.

Every bad input is refused by ``open_database`` with a typed error, by the command line
with exactly one line on stderr and exit code 1, and in each case the file's bytes and
modification time are unchanged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from safety_data import add_network, file_state, fill_every_table
from zpdesk.cli import main
from zpdesk.store import errors
from zpdesk.store.db import inspect_file, open_database

pytestmark = pytest.mark.store


def _good_db(path: Path, rows: int = 1) -> Path:
    db = open_database(path)
    with db.session() as session:
        fill_every_table(session)
        for index in range(rows):
            add_network(session, f"Netwerk {index}", description="x" * 2000)
    db.close()
    return path


def _text(path: Path) -> None:
    path.write_bytes(b"Boodschappen: brood, kaas, koffie\n")


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _sqlite_header_only(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)


def _other_program(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    con.execute("INSERT INTO songs (title) VALUES ('Zij gelooft in mij')")
    con.commit()
    con.close()


def _other_program_wal(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()


def _truncated(path: Path) -> None:
    _good_db(path, rows=40)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_at_page(path: Path) -> None:
    _good_db(path, rows=40)
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // 4096 // 2) * 4096])


def _cut_mid_page(path: Path) -> None:
    _good_db(path, rows=5)
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def _deep_damage(path: Path) -> None:
    _good_db(path, rows=40)
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = bytes((i * 37 + 11) % 256 for i in range(page))
    path.write_bytes(bytes(data))


def _damaged_header(path: Path) -> None:
    _good_db(path)
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x03\x00"  # page size 768: not a power of two
    path.write_bytes(bytes(data))


def _newer_schema(path: Path) -> None:
    _good_db(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()


def _no_schema_version(path: Path) -> None:
    _good_db(path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()


BAD_FILES: list[tuple[str, Callable[[Path], None], type[errors.StoreError], str]] = [
    ("text file", _text, errors.NotSQLiteError, "not an SQLite file"),
    ("PNG image", _png, errors.NotSQLiteError, "not an SQLite file"),
    ("SQLite magic, no header", _sqlite_header_only, errors.CorruptDatabaseError, "cut short"),
    ("other program's database", _other_program, errors.NotZpdeskError, "another program"),
    ("other program's WAL db", _other_program_wal, errors.NotZpdeskError, "another program"),
    ("truncated to half", _truncated, errors.CorruptDatabaseError, "cut short"),
    ("truncated at a page", _truncated_at_page, errors.CorruptDatabaseError, "cut short"),
    ("cut in mid-page", _cut_mid_page, errors.CorruptDatabaseError, "cut short"),
    ("garbage page deep inside", _deep_damage, errors.CorruptDatabaseError, "damaged"),
    ("damaged header", _damaged_header, errors.CorruptDatabaseError, "header"),
    ("newer schema", _newer_schema, errors.SchemaTooNewError, "newer version"),
    ("zpdesk tables, no version", _no_schema_version, errors.CorruptDatabaseError, "version"),
]


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_bad_file_is_refused_untouched(
    tmp_path: Path,
    make: Callable[[Path], None],
    error: type[errors.StoreError],
    words: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "bad.sqlite"
    make(path)
    before = file_state(path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(error, match=words):
        open_database(path, lock=True)
    assert file_state(path) == before

    # The command line: one line on stderr, exit code 1, the file still untouched.
    assert main(["export", "--db", str(path), "--json", str(tmp_path / "out.json")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("zpdesk export: ")
    assert words in captured.err
    assert file_state(path) == before
    # no lock file, probe or export left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours


def test_folder_instead_of_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "zpdesk.sqlite"
    folder.mkdir()
    with pytest.raises(errors.NotSQLiteError, match="is a folder"):
        open_database(folder)
    assert main(["backup", "--db", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err
    assert list(folder.iterdir()) == []


def test_zero_byte_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    db = open_database(path)
    db.close()
    assert inspect_file(path).revision is not None


def test_broken_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(tmp_path / "gone.sqlite")
    with pytest.raises(errors.NotSQLiteError, match="does not exist"):
        open_database(link)
    assert not (tmp_path / "gone.sqlite").exists()


def _crash_with_wal(path: Path, names: list[str]) -> None:
    """Commit to ``path`` from a process that dies without closing: the -wal stays."""
    code = (
        "import os, sys, sqlite3\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute('PRAGMA journal_mode=WAL')\n"
        "for name in sys.argv[2:]:\n"
        '    con.execute("INSERT INTO person (name, organisation, email, phone, expertise,'
        " region, background, notes) VALUES (?, '', '', '', '', '', '', ?)\", (name, 'x' * 3000))\n"
        "    con.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), *names], check=True)


def test_own_wal_after_a_crash_is_recovered(tmp_path: Path) -> None:
    path = _good_db(tmp_path / "a.sqlite")
    _crash_with_wal(path, ["Na de crash"])
    assert (tmp_path / "a.sqlite-wal").stat().st_size > 0
    db = open_database(path)
    with db.engine.connect() as con:
        names = con.exec_driver_sql("SELECT name FROM person").scalars().all()
    db.close()
    assert "Na de crash" in names


def test_wal_of_another_file_is_refused(tmp_path: Path) -> None:
    # A crash leaves b.sqlite-wal; then someone copies another program's database over
    # b.sqlite. Replaying the -wal into it would mix two files.
    path = _good_db(tmp_path / "b.sqlite")
    _crash_with_wal(path, [f"p{i}" for i in range(30)])
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("PRAGMA page_size=1024")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    shutil.copyfile(other, path)
    (tmp_path / "b.sqlite-shm").unlink(missing_ok=True)
    before = file_state(path)
    wal_before = file_state(tmp_path / "b.sqlite-wal")
    with pytest.raises(errors.CorruptDatabaseError, match="does not belong to it"):
        open_database(path)
    assert file_state(path) == before
    assert file_state(tmp_path / "b.sqlite-wal") == wal_before


def test_wal_of_a_damaged_pair_is_named(tmp_path: Path) -> None:
    # Same page size this time: the file alone is a good zpdesk database, the file with
    # the foreign -wal (from a different database) does not check out.
    path = _good_db(tmp_path / "c.sqlite", rows=3)
    other = _good_db(tmp_path / "d.sqlite", rows=30)
    _crash_with_wal(other, [f"q{i}" for i in range(60)])
    shutil.copyfile(tmp_path / "d.sqlite-wal", tmp_path / "c.sqlite-wal")
    before = file_state(path)
    with pytest.raises(errors.StoreError) as raised:
        open_database(path)
    assert "does not belong to it" in str(raised.value) or "damaged" in str(raised.value)
    assert file_state(path) == before


def _reachable_folder(tmp_path: Path) -> Path:
    """A folder an ordinary user can reach (pytest's own temporary root is private)."""
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        return folder
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="zpdesk-ro-"))
    os.chmod(folder, 0o755)
    return folder


def _as_other_user(action: Callable[[], None]) -> tuple[int, str]:
    """Run ``action`` in a forked child without root's rights; (exit code, message)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        code, message = 0, ""
        try:
            os.setgid(65534)
            os.setuid(65534)
            action()
        except errors.StoreError as exc:
            code, message = 3, f"{type(exc).__name__}: {exc}"
        except BaseException as exc:
            code, message = 4, f"{type(exc).__name__}: {exc}"
        os.write(write_end, message.encode())
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), message


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("what", ["folder", "file"])
def test_read_only_location_is_refused_untouched(tmp_path: Path, what: str) -> None:
    folder = _reachable_folder(tmp_path)
    path = _good_db(folder / "a.sqlite")
    os.chmod(path, 0o644)
    before = file_state(path)
    if what == "folder":
        os.chmod(folder, 0o555)
    else:
        os.chmod(path, 0o444)
        os.chmod(folder, 0o777)
    try:
        if os.geteuid() == 0:
            # root may write anywhere; check as an ordinary user in a child process
            code, message = _as_other_user(lambda: open_database(path).close())
            assert code == 3, message
            assert message.startswith("ReadOnlyLocationError")
            assert "read-only" in message
        else:
            with pytest.raises(errors.ReadOnlyLocationError, match="read-only"):
                open_database(path)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o600)
    assert file_state(path) == before
    if folder.parent != tmp_path:
        shutil.rmtree(folder)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    folder = _reachable_folder(tmp_path)
    path = _good_db(folder / "a.sqlite")
    os.chmod(path, 0o000)
    try:
        if os.geteuid() == 0:
            code, message = _as_other_user(lambda: open_database(path).close())
            assert code == 3, message
            assert "cannot be read" in message
        else:
            with pytest.raises(errors.StoreError, match="cannot be read"):
                open_database(path)
    finally:
        os.chmod(path, 0o600)
    if folder.parent != tmp_path:
        shutil.rmtree(folder)


def test_cli_reports_a_missing_database_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(tmp_path / "nope.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no database" in err
    assert not (tmp_path / "nope.sqlite").exists()


def test_cli_error_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    _deep_damage(path)
    before = file_state(path)
    src = Path(__file__).resolve().parents[1] / "src"
    result = subprocess.run(
        [sys.executable, "-m", "zpdesk", "export", "--db", str(path), "--json", "x.json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(src)},
    )
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "damaged" in result.stderr
    assert file_state(path) == before
