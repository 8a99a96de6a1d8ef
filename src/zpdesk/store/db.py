"""Opening a zpdesk database: checks, pragmas, backup, migration.

``open_database`` is the one way in. It never changes a file it refuses: every check
before the migration reads the file through a read-only connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from zpdesk.store.backup import backup_database, timestamped_name
from zpdesk.store.errors import (
    CorruptDatabaseError,
    MigrationError,
    NotSQLiteError,
    NotZpdeskError,
    ReadOnlyLocationError,
    SchemaTooNewError,
    StoreError,
)
from zpdesk.store.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: the engine and a factory of sessions, one per user action."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Release every connection (and so the WAL), e.g. before a restore."""
        self.engine.dispose()


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None  # None: no zpdesk schema yet
    is_empty: bool


def inspect_file(path: Path) -> FileState:
    """Classify ``path`` without writing to it; raise a StoreError when it is unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None, is_empty=True)
    if path.is_dir():
        raise NotSQLiteError(path, f"{path} is a folder, not a zpdesk database.")
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise NotSQLiteError(path, f"{path} is not a zpdesk database (not an SQLite file).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotSQLiteError(path, f"{path} cannot be read: {exc}.") from exc
    try:
        try:
            check = con.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, f"{path} is damaged: {exc}.") from exc
        if check != "ok":
            raise CorruptDatabaseError(path, f"{path} is damaged ({check}).")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
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
    finally:
        con.close()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            path,
            f"{path} was written by a newer version of zpdesk (schema {revision}); "
            "update zpdesk to open it.",
        )
    return FileState(exists=True, revision=revision, is_empty=False)


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyLocationError(path, f"{path} is read-only; zpdesk needs to write to it.")
    # WAL mode keeps -wal and -shm files beside the database.
    if folder.exists() and not os.access(folder, os.W_OK):
        raise ReadOnlyLocationError(
            path, f"The folder {folder} is read-only; zpdesk needs to write there."
        )


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise ReadOnlyLocationError(path, f"Cannot create {path}: {exc.strerror}.") from exc
    os.close(fd)


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

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def open_database(path: Path | str, *, backup_folder: Path | None = None) -> Database:
    """Open (creating if needed) the zpdesk database at ``path`` at the current schema.

    Before migrating an existing database a verified backup is written to
    ``backup_folder`` (default: beside the database, in ``backups/``).
    """
    path = Path(path).expanduser().absolute()
    state = inspect_file(path)
    _check_writable(path)
    if not state.exists:
        _create_private_file(path)
    engine = make_engine(path)
    if state.revision != HEAD_REVISION:
        if not state.is_empty:
            folder = backup_folder or path.parent / "backups"
            backup_database(path, folder / timestamped_name(path, "pre-migration"))
        _migrate(engine, path)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _migrate(engine: Engine, path: Path) -> None:
    from zpdesk.store import migrate  # Alembic is heavy; only load it when needed

    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    except StoreError:
        raise
    except Exception as exc:
        engine.dispose()
        raise MigrationError(path, f"Could not update {path} to the current schema: {exc}") from exc
