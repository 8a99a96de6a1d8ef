"""zpdesk.files: the one atomic, owner-only writer every export and backup goes through."""

from __future__ import annotations

import ast
import os
import stat
import sys
from pathlib import Path

import pytest

from zpdesk import files

pytestmark = pytest.mark.store

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
SRC = Path(__file__).resolve().parents[1] / "src" / "zpdesk"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_new_file_is_owner_only_even_with_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        written = files.write_bytes_atomic(tmp_path / "sub" / "a.bin", b"\x00\x01")
    finally:
        os.umask(old)
    assert written.read_bytes() == b"\x00\x01"
    assert _mode(written) == 0o600
    assert sorted(p.name for p in written.parent.iterdir()) == ["a.bin"]


@POSIX
def test_replacing_a_readable_file_makes_it_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "old.csv"
    target.write_text("old")
    target.chmod(0o644)
    files.write_text_atomic(target, "new;€\r\n", encoding="cp1252")
    assert target.read_bytes() == b"new;\x80\r\n"  # no newline translation, cp1252 euro
    assert _mode(target) == 0o600


def test_text_is_written_exactly(tmp_path: Path) -> None:
    target = files.write_text_atomic(tmp_path / "t.txt", "a\nb\r\nc\u00e9")
    assert target.read_bytes() == b"a\nb\r\nc\xc3\xa9"


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(RuntimeError), files.atomic_path(target) as temporary:
        temporary.write_bytes(b"half a new rep")
        raise RuntimeError("the writer crashed")
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_unencodable_text_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(UnicodeEncodeError):
        files.write_text_atomic(target, "lone \ud800 surrogate")
    assert list(tmp_path.iterdir()) == []


@POSIX
def test_a_writer_that_recreates_the_file_is_still_made_private(tmp_path: Path) -> None:
    # QPdfWriter and sqlite3 are given a name; one that deletes and re-creates the file
    # under an open umask must not leave a world-readable export.
    target = tmp_path / "x.pdf"
    old = os.umask(0o022)
    try:
        with files.atomic_path(target) as temporary:
            assert temporary.parent == tmp_path and temporary.exists()
            assert _mode(temporary) == 0o600
            temporary.unlink()
            temporary.write_bytes(b"%PDF-1.4")
            assert _mode(temporary) == 0o644
    finally:
        os.umask(old)
    assert _mode(target) == 0o600
    assert target.read_bytes() == b"%PDF-1.4"


def test_files_module_imports_nothing_of_zpdesk_or_qt() -> None:
    # Every room imports it, so it may import none of them (and no Qt).
    tree = ast.parse((SRC / "files.py").read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ] + [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module]
    assert not [n for n in names if n.startswith(("zpdesk", "PySide6", "sqlalchemy"))]


def test_no_other_module_writes_files_with_its_own_rename() -> None:
    # The duplicates are gone: os.replace / mkstemp appear only in files.py, in the one
    # place that puts a database file in place (restore, JSON import into a new file) and
    # in the read-only folder probe.
    allowed = {
        "files.py": {"replace", "mkstemp"},
        "store/place.py": {"replace"},  # puts a database file (and its companions) in place
        "store/db.py": {"mkstemp"},  # the read-only folder probe
    }
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in {("os", "replace"), ("tempfile", "mkstemp")}
            ):
                found.setdefault(path.relative_to(SRC).as_posix(), set()).add(node.attr)
    assert found == allowed


def test_a_long_but_legal_name_fits(tmp_path: Path) -> None:
    # The temporary name carries only the start of the target's name: a 250-character
    # name (the limit is 255) must not fail because of the temporary file's suffix.
    target = files.write_bytes_atomic(tmp_path / ("x" * 246 + ".csv"), b"a")
    assert target.read_bytes() == b"a"


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="is a folder"):
        files.write_bytes_atomic(tmp_path, b"a")
    assert list(tmp_path.iterdir()) == []
