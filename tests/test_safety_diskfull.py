"""Issue 15, cases 3 and 8: a full disk, for real (a 3 MB tmpfs; needs root to mount).

A full disk never turns a good file into junk, and every command says "disk is full"
naming the user's file (not "internal error", not a temporary file).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from zpdesk.cli import EXIT_INTERNAL, main
from zpdesk.services import backups

pytestmark = [pytest.mark.store, pytest.mark.timeout(120)]


def _mount_small_tmpfs(folder: Path) -> str | None:
    """Mount a 3 MB tmpfs on ``folder``; the reason when that is not possible."""
    if sys.platform != "linux":
        return "a size-limited tmpfs needs Linux"
    if os.geteuid() != 0:
        return "mounting a size-limited tmpfs needs root"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        return f"mount refused here: {done.stderr.strip()}"
    return None


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own."""
    folder = tmp_path / "small"
    reason = _mount_small_tmpfs(folder)
    if reason:
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte."""
    filler = folder / "filler"
    with open(filler, "ab", buffering=0) as stream:
        for size in (1 << 16, 4096, 512, 1):
            while True:
                try:
                    stream.write(b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    return filler


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


def _no_partials(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".partial")]


# --- 3. a good PDF survives a full disk, and the command says so ------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["agenda", "--from", "2026-01-01", "--to", "2026-12-31"],
        ["review", "--year", "2025"],
    ],
)
def test_case3_a_full_disk_keeps_the_good_pdf_and_fails(
    small: Path, demo: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = small / "a.pdf"
    assert _run([*command, "--db", str(demo), "--pdf", str(pdf)], capsys)[0] == 0
    good = pdf.read_bytes()
    assert good.startswith(b"%PDF-") and b"%%EOF" in good[-1024:]
    fill(small)

    code, err = _run([*command, "--db", str(demo), "--pdf", str(pdf)], capsys)
    assert code == 1
    assert "disk is full" in err and str(pdf) in err
    assert pdf.read_bytes() == good
    assert _no_partials(small)


# --- 8. every command names the full disk and the user's file ---------------------------


def test_case8_demo_on_a_full_disk(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small / "d.sqlite"
    filler = fill(small)
    os.truncate(filler, filler.stat().st_size - 400_000)  # room for the schema, not the data
    code, err = _run(["demo", "--db", str(db)], capsys)
    assert code == 1 and code != EXIT_INTERNAL
    assert err.startswith("zpdesk demo: the disk is full") and str(db) in err, err


def test_case8_import_ics_on_a_full_disk(
    small: Path, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small / "d.sqlite"
    shutil.copy(demo, db)
    events = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:full-{n}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:202603{n % 28 + 1:02d}T090000Z\r\nDTEND:202603{n % 28 + 1:02d}T100000Z\r\n"
        f"SUMMARY:Overleg {n} {'x' * 400}\r\nEND:VEVENT\r\n"
        for n in range(300)
    )
    calendar = tmp_path / "c.ics"
    calendar.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{events}END:VCALENDAR\r\n"
    )
    filler = fill(small)
    os.truncate(filler, filler.stat().st_size - 16_000)  # room for the lock, not the events
    code, err = _run(
        ["import-ics", "--db", str(db), "--network", "HR-Kring Zeeland", str(calendar)], capsys
    )
    assert code == 1, err
    assert "disk is full" in err and str(db) in err, err


def test_case8_export_and_agenda_csv_on_a_full_disk(
    small: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small)
    out = small / "x.json"
    code, err = _run(["export", "--db", str(demo), "--json", str(out)], capsys)
    assert code == 1 and "disk is full" in err and str(out) in err, err
    ics = small / "a.ics"
    code, err = _run(
        [
            "agenda",
            "--db",
            str(demo),
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--ics",
            str(ics),
        ],
        capsys,
    )
    assert code == 1 and "disk is full" in err and str(ics) in err, err
    assert not out.exists() and not ics.exists()
    assert _no_partials(small)


def test_case8_restore_on_a_full_disk_names_the_backup_and_the_database(
    small: Path, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backups.backup_now(demo, tmp_path / "bk").path
    db = small / "d.sqlite"
    shutil.copy(demo, db)
    before = db.read_bytes()
    filler = fill(small)
    code, err = _run(["restore", "--db", str(db), str(backup)], capsys)
    assert code == 1 and "disk is full" in err.lower() and "lock file" in err, err
    os.truncate(filler, filler.stat().st_size - 100_000)  # room to start, not for the copy
    code, err = _run(["restore", "--db", str(db), str(backup)], capsys)
    assert code == 1
    assert "disk is full" in err.lower() and str(backup) in err and str(db) in err, err
    assert ".restoring" not in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in small.iterdir()) == ["d.sqlite", "filler"]


def test_case8_import_on_a_full_disk_names_the_users_file(
    small: Path, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "demo.json"
    assert _run(["export", "--db", str(demo), "--json", str(export)], capsys)[0] == 0
    db = small / "new.sqlite"
    filler = fill(small)
    os.truncate(filler, filler.stat().st_size - 100_000)
    code, err = _run(["import", "--db", str(db), "--json", str(export)], capsys)
    assert code == 1
    assert "disk is full" in err.lower() and str(export) in err and str(db) in err, err
    assert ".importing" not in err
    assert not db.exists()
