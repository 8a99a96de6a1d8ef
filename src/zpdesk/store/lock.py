"""One writer per database: a QLockFile beside it (``<db>.lock``).

The lock holds the process id and host name. A lock left behind by a process that no
longer runs on this host (a crash, a kill) is recognised as stale and taken over. The
age of the lock file plays no part: a window may rightly hold it for days.

QLockFile decides staleness by the process id in the file. That fails in two ways after
a crash: the id may meanwhile belong to another process of the same name, and a process
killed between creating the file and writing its id leaves a file without one, which
QLockFile then never calls stale. On POSIX the owner also holds ``flock`` on the file for
as long as it lives, and the kernel drops that at its death; a lock file whose ``flock``
is free is therefore abandoned, whatever its id says, and is removed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from zpdesk.files import little_space_left, make_private, real_path
from zpdesk.store.errors import DatabaseLockedError, ReadOnlyLocationError, StoreError

_SETTLE_SECONDS = 1.0


def lock_path(db_path: Path) -> Path:
    """Where the lock of ``db_path`` lives: ``zpdesk.sqlite`` → ``zpdesk.sqlite.lock``.

    Beside the real file: a path through a symbolic link locks the same file.
    """
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


class DatabaseLock:
    """The write lock of one database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = real_path(db_path)
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale

    def acquire(self) -> DatabaseLock:
        """Take the lock now or raise ``DatabaseLockedError`` naming its holder."""
        if self._lock.isLocked():
            return self
        if self._lock.tryLock(0):
            return self._private()
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError and self._remove_if_abandoned():
            if self._lock.tryLock(0):
                return self._private()
            error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            raise DatabaseLockedError(self.db_path, self.holder_message())
        if error == QLockFile.LockError.PermissionError:
            raise ReadOnlyLocationError(
                self.db_path,
                f"Cannot create the lock file {self.path}; the folder is read-only.",
            )
        if little_space_left(self.path.parent):
            raise StoreError(
                self.db_path,
                f"The disk is full: cannot create the lock file {self.path} of {self.db_path}.",
            )
        raise StoreError(self.db_path, f"Cannot lock {self.db_path} (lock file {self.path}).")

    def _private(self) -> DatabaseLock:
        """Owner-only, whatever the umask: the file names the user's host and process."""
        try:
            make_private(self.path)
        except OSError:
            pass
        return self

    def _remove_if_abandoned(self) -> bool:
        """Remove the lock file if no living process holds its ``flock`` (POSIX only)."""
        if sys.platform == "win32":
            return False
        if not self._flock_is_free():
            return False  # a living owner: answer at once
        try:
            age = time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if 0 <= age < _SETTLE_SECONDS:
            # An owner takes its flock a moment after creating the file; give it that
            # moment before judging a young file.
            time.sleep(_SETTLE_SECONDS - age)
        return self._flock_is_free(remove=True)

    def _flock_is_free(self, *, remove: bool = False) -> bool:
        """Whether nobody holds the lock file's flock; with ``remove``, delete it if so."""
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False
            if not remove:
                return True
            try:
                if os.fstat(fd).st_ino != self.path.stat().st_ino:
                    return False  # replaced meanwhile: not the file we judged
                self.path.unlink()  # while holding the flock, as QLockFile does
            except FileNotFoundError:
                return True
            except OSError:
                return False
            return True
        finally:
            os.close(fd)  # also releases our flock

    def holder_message(self) -> str:
        """A one-line explanation of who holds the lock."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3 and info[0]:
            pid, host, _app = info
            return (
                f"{self.db_path} is already open in another zpdesk "
                f"(process {pid} on {host}); close that one first."
            )
        return f"{self.db_path} is already open in another zpdesk; close that one first."

    @property
    def is_held(self) -> bool:
        """True while this object holds the lock."""
        return bool(self._lock.isLocked())

    def release(self) -> None:
        """Give the lock up (removes the lock file)."""
        if self._lock.isLocked():
            self._lock.unlock()
