"""One writer per database: a QLockFile beside it (``<db>.lock``).

The lock holds the process id and host name. A lock left behind by a process that no
longer runs on this host (a crash, a kill) is recognised as stale and taken over. The
age of the lock file plays no part: a window may rightly hold it for days.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from zpdesk.store.errors import DatabaseLockedError, ReadOnlyLocationError, StoreError


def lock_path(db_path: Path) -> Path:
    """Where the lock of ``db_path`` lives: ``zpdesk.sqlite`` → ``zpdesk.sqlite.lock``."""
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """The write lock of one database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale

    def acquire(self) -> DatabaseLock:
        """Take the lock now or raise ``DatabaseLockedError`` naming its holder."""
        if self._lock.isLocked():
            return self
        if self._lock.tryLock(0):
            return self
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            raise DatabaseLockedError(self.db_path, self.holder_message())
        if error == QLockFile.LockError.PermissionError:
            raise ReadOnlyLocationError(
                self.db_path,
                f"Cannot create the lock file {self.path}; the folder is read-only.",
            )
        raise StoreError(self.db_path, f"Cannot lock {self.db_path} (lock file {self.path}).")

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
