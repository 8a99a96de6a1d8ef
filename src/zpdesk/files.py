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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
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


class DiskFullError(OSError):
    """A write ran out of space; ``filename`` names the file the user asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ENOSPC, "the disk is full; nothing was written", str(path))
        self.path = path


class IncompleteWriteError(OSError):
    """What reached the disk is not what was written; the old file was kept."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(errno.EIO, f"the file was not written completely ({what})", str(path))
        self.path = path


DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


def is_disk_full(exc: BaseException | None, folder: Path | None = None) -> bool:
    """True when ``exc`` (or an exception it came from) says the disk or quota is full.

    SQLite reports a -shm it cannot grow as a "disk I/O error"; with ``folder`` (where
    the database lives) that counts too when the file system there has no room left.
    """
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return True
        text = str(exc)
        if "disk is full" in text or "No space left" in text:
            return True
        if "disk I/O error" in text and folder is not None and little_space_left(folder):
            return True
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "orig", None)
        seen += 1
    return False


def real_path(path: Path | str) -> Path:
    """``path`` with ``~`` expanded and every symbolic link resolved (one file, one name)."""
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, owner-only on POSIX (whatever the umask)."""
    missing = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
        if sys.platform != "win32":
            os.chmod(path, PRIVATE_FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only unless it exists (then make it owner-only)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    except OSError:
        return  # the caller's own open reports it
    os.close(fd)
    make_private(path)


def little_space_left(folder: Path) -> bool:
    """True when the file system of ``folder`` has (almost) no room left."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stat.f_bavail * stat.f_frsize < 256 * 1024


def _ends(path: Path, head: int, tail: int) -> tuple[bytes, bytes]:
    """The first ``head`` and the last ``tail`` bytes of ``path``, as on the disk."""
    size = path.stat().st_size
    with open(path, "rb") as stream:
        first = stream.read(head)
        stream.seek(max(0, size - tail))
        return first, stream.read()


def check_pdf(path: Path) -> None:
    """Raise ``IncompleteWriteError`` unless ``path`` is a whole PDF (header to ``%%EOF``)."""
    head, tail = _ends(path, 5, 1024)
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise IncompleteWriteError(path, "not a complete PDF")


def check_image(path: Path) -> None:
    """Raise ``IncompleteWriteError`` unless ``path`` ends like a whole PNG or JPEG."""
    head, tail = _ends(path, 8, 16)
    whole_png = head.startswith(b"\x89PNG") and tail.endswith(b"IEND\xaeB`\x82")
    whole_jpeg = head.startswith(b"\xff\xd8") and tail.endswith(b"\xff\xd9")
    if not (whole_png or whole_jpeg):
        raise IncompleteWriteError(path, "not a complete image")


def _hold_flock(fd: int) -> None:
    """Mark a temporary file as in use for as long as ``fd`` is open (POSIX)."""
    if sys.platform == "win32":
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _is_abandoned(path: Path) -> bool:
    if sys.platform == "win32":
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a living writer holds it
    finally:
        os.close(fd)
    return True


def remove_abandoned_partials(folder: Path, prefix: str = ".") -> list[Path]:
    """Delete the temporary files of writers that died (killed, crashed) in ``folder``.

    A writer holds a ``flock`` on its temporary file while it writes; a file nobody
    holds is a leftover. Only names starting with ``prefix`` and ending in ``.partial``.
    """
    removed: list[Path] = []
    try:
        candidates = [
            p
            for p in Path(folder).iterdir()
            if p.name.startswith(prefix) and p.name.endswith(TEMPORARY_SUFFIX)
        ]
    except OSError:
        return removed
    for candidate in candidates:
        if candidate.is_file() and _is_abandoned(candidate):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


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
def atomic_path(
    path: Path | str,
    *,
    replace_database: bool = False,
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on a clean exit it replaces ``path``.

    The temporary file exists (empty, owner-only) when yielded, for writers that want a
    file name (QPdfWriter, sqlite3). After the block it is made owner-only again (a
    writer may have re-created it), fsync'ed, checked by ``check`` (which raises
    ``OSError`` when what reached the disk is not whole: a PDF without its ``%%EOF``, a
    short file) and only then renamed onto ``path`` with ``os.replace``. When anything
    fails, the temporary file is removed and ``path`` is left as it was; a full disk is
    reported as ``DiskFullError`` naming ``path``.

    An existing SQLite file at ``path`` is never replaced (``WouldOverwriteDatabase``)
    unless ``replace_database`` says the caller writes a database itself: an export
    saved over the open database would lose everything in it.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file name", str(target))
    if not replace_database and is_sqlite_file(target):
        raise WouldOverwriteDatabase(target)
    make_private_folder(target.parent)
    prefix = f".{target.name[:_NAME_IN_TEMPORARY]}."
    remove_abandoned_partials(target.parent, prefix)
    # mkstemp creates the file with mode 0600 and a name no other process can predict;
    # the target's name is shortened in it so that a long (but legal) name still fits.
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMPORARY_SUFFIX, dir=target.parent)
    _hold_flock(fd)  # in use: remove_abandoned_partials leaves it alone
    temporary = Path(name)
    try:
        try:
            yield temporary
            make_private(temporary)
            fsync_file(temporary)
            if check is not None:
                check(temporary)
        except BaseException as exc:
            if is_disk_full(exc) or (
                isinstance(exc, IncompleteWriteError) and little_space_left(target.parent)
            ):
                raise DiskFullError(target) from exc
            raise
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    fsync_folder(target.parent)


def _same_bytes(data: bytes) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        if path.stat().st_size != len(data):
            raise IncompleteWriteError(path, f"{path.stat().st_size} of {len(data)} bytes")
        with open(path, "rb") as stream:
            if stream.read() != data:
                raise IncompleteWriteError(path, "the bytes read back differ")

    return check


def write_bytes_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and owner-only; returns ``path``."""
    target = Path(path)
    with atomic_path(target, check=_same_bytes(data)) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(data)
    return target


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` in ``encoding`` to ``path`` atomically and owner-only; returns ``path``.

    Line ends are written exactly as they are in ``text`` (no translation on Windows).
    """
    return write_bytes_atomic(path, text.encode(encoding))
