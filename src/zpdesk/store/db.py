"""Opening a zpdesk database: checks, pragmas, lock, backup, migration.

``open_database`` is the one way in. It never changes a file it refuses: every check
before the migration reads the file without writing to it (through an ``immutable``
connection when no -wal file exists, otherwise through a read-only one that sees the
-wal's commits without merging them into the file).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from zpdesk import clock
from zpdesk.domain.text import fold
from zpdesk.files import make_private_folder, real_path
from zpdesk.store import place
from zpdesk.store.backup import (
    PRE_MIGRATION,
    backup_folder_for,
    check_backup_content,
    make_backup,
)
from zpdesk.store.errors import (
    CorruptDatabaseError,
    MigrationError,
    NotSQLiteError,
    NotZpdeskError,
    ReadOnlyLocationError,
    SchemaTooNewError,
    StoreError,
)
from zpdesk.store.lock import DatabaseLock
from zpdesk.store.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32


@dataclass
class Database:
    """An open database: the engine and a factory of sessions, one per user action."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: DatabaseLock | None = None  # held while this database is open for writing
    # What the user must be told on opening, e.g. where an interrupted restore left
    # the previous data (``store.place.recover``); also logged as warnings.
    notices: tuple[str, ...] = ()
    # A server database (store.postgres): its URL; ``path`` is then its local folder.
    url: str | None = None

    @property
    def location(self) -> str:
        """What names this database on the command line: the file or the server URL."""
        return self.url if self.url is not None else str(self.path)

    @property
    def location_shown(self) -> str:
        """``location`` as it may be shown: a server URL without its password."""
        from zpdesk.store.postgres import redacted

        return redacted(self.url) if self.url is not None else str(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Release every connection (and so the WAL) and the write lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def detach_lock(self) -> DatabaseLock | None:
        """Take the lock away from this object, e.g. to keep holding it across a restore."""
        lock, self.lock = self.lock, None
        return lock


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None  # None: no zpdesk schema yet
    is_empty: bool


def sidecar(path: Path, suffix: str) -> Path:
    """SQLite's companion file of ``path``: ``-wal``, ``-shm`` or ``-journal``."""
    return path.with_name(path.name + suffix)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _check_header(path: Path, size: int, wal_size: int) -> int:
    """Check the 100-byte header and the file size; returns the page size."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise NotSQLiteError(path, f"{path} cannot be read: {exc.strerror}.") from exc
    if len(header) < len(SQLITE_MAGIC) or header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise NotSQLiteError(path, f"{path} is not a zpdesk database (not an SQLite file).")
    if len(header) < HEADER_SIZE:
        raise CorruptDatabaseError(path, f"{path} is damaged: the file is cut short.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptDatabaseError(path, f"{path} is damaged: its header is invalid.")
    if size % page_size:
        raise CorruptDatabaseError(
            path, f"{path} is damaged: the file is cut short or has bytes added to it."
        )
    pages = int.from_bytes(header[28:32], "big")
    header_valid = pages > 0 and header[24:28] == header[92:96]
    if header_valid and wal_size == 0 and pages * page_size > size:
        raise CorruptDatabaseError(
            path,
            f"{path} is damaged: the file is cut short ({size} of {pages * page_size} bytes).",
        )
    return page_size


def _check_wal_header(path: Path, wal: Path, page_size: int) -> None:
    try:
        with open(wal, "rb") as handle:
            header = handle.read(WAL_HEADER_SIZE)
    except OSError as exc:
        raise CorruptDatabaseError(path, f"{wal} cannot be read: {exc.strerror}.") from exc
    if len(header) < WAL_HEADER_SIZE:
        return  # SQLite ignores a -wal without a complete header
    if int.from_bytes(header[0:4], "big") not in WAL_MAGICS:
        return  # likewise one that is not a WAL: SQLite resets it
    if int.from_bytes(header[8:12], "big") != page_size:
        raise CorruptDatabaseError(path, _foreign_wal_message(path, wal))


def _foreign_wal_message(path: Path, wal: Path) -> str:
    return (
        f"The file {wal.name} beside {path} does not belong to it or is damaged; "
        f"move {wal.name} (and {path.name}-shm) to another folder, then open the database."
    )


def _read_only_uri(path: Path, *, immutable: bool) -> str:
    return path.as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _classify(path: Path, con: sqlite3.Connection, thorough: bool) -> FileState:
    check = "integrity_check" if thorough else "quick_check"
    try:
        verdict = [row[0] for row in con.execute(f"PRAGMA {check}").fetchall()]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise NotSQLiteError(
                path, f"{path} is not a zpdesk database ({_one_line(exc)})."
            ) from exc
        raise CorruptDatabaseError(path, f"{path} is damaged: {_one_line(exc)}.") from exc
    if verdict != ["ok"]:
        first = " ".join(str(verdict[0]).split())
        raise CorruptDatabaseError(path, f"{path} is damaged ({first}).")
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != APPLICATION_ID:
        if tables:
            raise NotZpdeskError(
                path, f"{path} is an SQLite database of another program, not of zpdesk."
            )
        return FileState(exists=True, revision=None, is_empty=True)
    revision = None
    if "alembic_version" in tables:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if revision is None:
        if tables - {"alembic_version"}:
            raise CorruptDatabaseError(
                path, f"{path} is damaged: it has zpdesk tables but no schema version."
            )
        return FileState(exists=True, revision=None, is_empty=True)
    if revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            path,
            f"{path} was written by a newer version of zpdesk (schema {revision}); "
            "update zpdesk to open it.",
        )
    return FileState(exists=True, revision=revision, is_empty=False)


def _inspect_with(path: Path, *, immutable: bool, thorough: bool) -> FileState:
    try:
        con = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as exc:
        raise NotSQLiteError(path, f"{path} cannot be read: {_one_line(exc)}.") from exc
    try:
        return _classify(path, con, thorough)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, f"{path} is damaged: {_one_line(exc)}.") from exc
    finally:
        con.close()


def inspect_file(path: Path, *, thorough: bool = False) -> FileState:
    """Classify ``path`` without writing to it; raise a StoreError when it is unusable.

    ``thorough`` runs ``PRAGMA integrity_check`` instead of the quicker ``quick_check``
    (used to verify backups).
    """
    path = Path(path)
    try:
        return _inspect(path, thorough)
    except PermissionError as exc:
        raise StoreError(
            path, f"{path} cannot be read: {exc.strerror or 'permission denied'}."
        ) from exc


def _inspect(path: Path, thorough: bool) -> FileState:
    if path.is_dir():
        raise NotSQLiteError(path, f"{path} is a folder, not a zpdesk database.")
    if not path.exists():
        if path.is_symlink():
            raise NotSQLiteError(path, f"{path} is a link to a file that does not exist.")
        return FileState(exists=False, revision=None, is_empty=True)
    size = _size(path)
    wal = sidecar(path, "-wal")
    wal_size = _size(wal)
    journal_size = _size(sidecar(path, "-journal"))
    if size == 0:
        if wal_size or journal_size:
            raise CorruptDatabaseError(
                path, f"{path} is empty but SQLite files of an earlier write lie beside it."
            )
        return FileState(exists=True, revision=None, is_empty=True)
    page_size = _check_header(path, size, wal_size)
    if wal_size == 0 and journal_size == 0:
        return _inspect_with(path, immutable=True, thorough=thorough)
    if wal_size:
        _check_wal_header(path, wal, page_size)
    try:
        return _inspect_with(path, immutable=False, thorough=thorough)
    except (CorruptDatabaseError, NotZpdeskError, NotSQLiteError) as merged_error:
        if not wal_size:
            raise
        # The file alone is fine, the file plus its -wal is not: the -wal is the culprit.
        try:
            _inspect_with(path, immutable=True, thorough=thorough)
        except StoreError:
            raise merged_error from None
        raise CorruptDatabaseError(path, _foreign_wal_message(path, wal)) from merged_error


def verify_database(path: Path) -> str:
    """Check a (backup) file thoroughly; returns its schema revision or raises StoreError.

    Beyond SQLite's integrity check: the content must match the digest the backup
    recorded when it was made (``check_backup_content``), and a file at the current
    schema must hold every table of it.
    """
    state = inspect_file(path, thorough=True)
    if not state.exists or state.revision is None:
        raise NotZpdeskError(path, f"{path} is not a zpdesk database (it holds no schema).")
    check_backup_content(path)
    if state.revision == HEAD_REVISION:
        _check_tables(path)
    return state.revision


def _check_tables(path: Path) -> None:
    from zpdesk.store.models import Base  # the schema of HEAD_REVISION

    con = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True)
    try:
        present = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    missing = sorted(set(Base.metadata.tables) - present)
    if missing:
        raise CorruptDatabaseError(path, f"{path} is damaged: the table {missing[0]} is missing.")


def _probe_folder(folder: Path) -> None:
    """Create and remove a file in ``folder``: the only test every file system answers."""
    try:
        fd, name = tempfile.mkstemp(prefix=".zpdesk-probe-", dir=folder)
    except OSError as exc:
        raise ReadOnlyLocationError(
            folder, f"The folder {folder} is read-only; zpdesk needs to write there."
        ) from exc
    os.close(fd)
    os.unlink(name)


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        try:
            make_private_folder(folder)
        except OSError as exc:
            raise ReadOnlyLocationError(
                path, f"Cannot create the folder {folder}: {exc.strerror}."
            ) from exc
    for candidate in (path, sidecar(path, "-wal"), sidecar(path, "-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise ReadOnlyLocationError(
                path, f"{candidate} is read-only; zpdesk needs to write to it."
            )
    # WAL mode keeps -wal and -shm files beside the database.
    _probe_folder(folder)


def _create_private_file(path: Path) -> None:
    try:
        make_private_folder(path.parent)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise ReadOnlyLocationError(path, f"Cannot create {path}: {exc.strerror}.") from exc
    os.close(fd)


FOLD_FUNCTION = "zpd_fold"  # SQL: zpd_fold(text), see domain.text.fold


def _fold_or_none(value: object) -> str | None:
    return fold(value) if isinstance(value, str) else None


def make_engine(path: Path) -> Engine:
    """An engine whose every connection enforces foreign keys, WAL and full sync."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
        # that DDL in migrations is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()
        # Searches ignore case and accents (domain.text); SQLite's LIKE folds only ASCII.
        dbapi_connection.create_function(FOLD_FUNCTION, 1, _fold_or_none, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def open_database(
    path: Path | str,
    *,
    backup_folder: Path | None = None,
    lock: bool | DatabaseLock = False,
) -> Database:
    """Open (creating if needed) the zpdesk database at ``path`` at the current schema.

    ``lock=True`` takes the write lock (``<db>.lock``) for as long as the database is
    open; pass a held ``DatabaseLock`` to keep using it (e.g. after a restore). A
    migration always runs under the lock. Before migrating an existing database a
    verified backup is written to ``backup_folder`` (default: this database's folder
    of automatic backups, ``backup_folder_for``) and old backups are rotated.
    """
    given = Path(path).expanduser().absolute()
    if given.is_symlink() and not given.exists():
        raise NotSQLiteError(given, f"{given} is a link to a file that does not exist.")
    path = real_path(given)  # one file, one lock and one socket, whatever the path
    state = inspect_file(path)
    _check_writable(path)
    held: DatabaseLock | None
    if isinstance(lock, DatabaseLock):
        held = lock.acquire()
    else:
        held = DatabaseLock(path).acquire() if lock else None
    notices = _tidy(path, held, backup_folder)
    if notices:
        state = inspect_file(path)  # a recovery may have put companions back
    try:
        if not state.exists:
            notices += _announce(place.orphans_aside(path, clock.now()))
            _create_private_file(path)
        engine = make_engine(path)
        if state.revision != HEAD_REVISION:
            migration_lock = held or DatabaseLock(path).acquire()
            try:
                if not state.is_empty:
                    folder = backup_folder or backup_folder_for(path)
                    make_backup(path, folder, PRE_MIGRATION)
                _migrate(engine, path)
            finally:
                if migration_lock is not held:
                    migration_lock.release()
    except BaseException:
        if held is not None and not isinstance(lock, DatabaseLock):
            held.release()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, sessions=sessions, lock=held, notices=notices)


def _tidy(path: Path, held: DatabaseLock | None, backup_folder: Path | None) -> tuple[str, ...]:
    """Finish an interrupted restore or import and remove killed writers' leftovers.

    Needs the lock: with ``held`` None it is taken for a moment, and only when there is
    something to do (and skipped when another zpdesk holds it: its own work, then).
    """
    if held is None:
        if not place.marker_path(path).exists():
            return ()
        try:
            temporary = DatabaseLock(path).acquire()
        except StoreError:
            return ()
        try:
            return _tidy(path, temporary, backup_folder)
        finally:
            temporary.release()
    message = place.recover(path)
    place.clean_leftovers(path, backup_folder or backup_folder_for(path))
    return _announce(message)


def _announce(message: str | None) -> tuple[str, ...]:
    """A notice for ``Database.notices`` (``place`` logged it already)."""
    return () if message is None else (message,)


def _migrate(engine: Engine, path: Path) -> None:
    from zpdesk.store import migrate  # Alembic is heavy; only load it when needed

    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise MigrationError(
            path, f"Could not update {path} to the current schema: {_one_line(exc)}"
        ) from exc
