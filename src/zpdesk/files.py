"""The one way zpdesk writes a file: atomically, durably and readable by its owner only.

Every export (JSON, CSV, PDF, iCalendar) and every backup goes through ``atomic_path``:
the content is written to a temporary file beside the target, made owner-only (0600 on
POSIX: these files hold personal and financial records), flushed to disk, and only then
renamed onto the target. A crash, a full disk or a failing writer leaves the old file or
the new one, never half of one, and no temporary file behind.

No Qt and no zpdesk imports: every room (store, services, reports, ui, cli) may use it.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
TEMPORARY_SUFFIX = ".partial"
SQLITE_HEADER = b"SQLite format 3\x00"
_NAME_IN_TEMPORARY = 64  # characters of the target's name kept in the temporary name


class WouldOverwriteDatabase(OSError):
    """An export aimed at an SQLite database (the user's own, most likely): refused."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a database; an export never overwrites one (choose another file name)"
        )
        self.path = path


def is_sqlite_file(path: Path) -> bool:
    """True when ``path`` is a file that starts like an SQLite database."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Owner read/write only (POSIX; Windows has no such mode bits)."""
    if sys.platform != "win32":
        os.chmod(path, PRIVATE_FILE_MODE)


@contextmanager
def atomic_path(path: Path | str, *, replace_database: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on a clean exit it replaces ``path``.

    The temporary file exists (empty, owner-only) when yielded, for writers that want a
    file name (QPdfWriter, sqlite3). After the block it is made owner-only again (a
    writer may have re-created it), fsync'ed and renamed onto ``path`` with
    ``os.replace``. When the block raises, the temporary file is removed and ``path`` is
    left as it was.

    An existing SQLite file at ``path`` is never replaced (``WouldOverwriteDatabase``)
    unless ``replace_database`` says the caller writes a database itself: an export
    saved over the open database would lose everything in it.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file name", str(target))
    if not replace_database and is_sqlite_file(target):
        raise WouldOverwriteDatabase(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file with mode 0600 and a name no other process can predict;
    # the target's name is shortened in it so that a long (but legal) name still fits.
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name[:_NAME_IN_TEMPORARY]}.", suffix=TEMPORARY_SUFFIX, dir=target.parent
    )
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        make_private(temporary)
        fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_bytes_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and owner-only; returns ``path``."""
    target = Path(path)
    with atomic_path(target) as temporary, open(temporary, "wb") as stream:
        stream.write(data)
    return target


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` in ``encoding`` to ``path`` atomically and owner-only; returns ``path``.

    Line ends are written exactly as they are in ``text`` (no translation on Windows).
    """
    return write_bytes_atomic(path, text.encode(encoding))
