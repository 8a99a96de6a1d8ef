"""A zpdesk database on a PostgreSQL server (``--db postgresql://user@host:port/dbname``).

The second store, for people who use zpdesk on two devices. It needs psycopg 3
(``pip install "zpdesk[postgres]"``); the base install stays SQLite-only.

The schema comes from the same Alembic chain as on SQLite. After a migration the server
gets what SQLite has by nature or by ``store.db``'s connect hook, so that both stores
behave the same (``install_server_objects``):

- integer columns become ``bigint`` (SQLite integers are 64 bits; cents can exceed 2**31);
- text columns sort and compare bytewise (``COLLATE "C"``), as SQLite's BINARY collation,
  so ``ORDER BY name`` and ``lower()`` (ASCII only) give the same order on both;
- foreign keys become ``DEFERRABLE INITIALLY IMMEDIATE`` so an undo can restore rows in
  any order and have them checked at commit (SQLite's ``defer_foreign_keys``);
- ``zpd_fold(text)`` does what ``domain.text.fold`` does, as an SQL function built from
  that very function over the letters people write;
- a row trigger on every table copies the rows a connection writes into its own
  temporary log while that connection records (``store.pg_changes``), and a statement
  trigger announces every change on the ``zpdesk_changed`` channel (LISTEN/NOTIFY), so
  the other device's windows can refresh.

Passwords are never stored by zpdesk: they come from the URL, ``PGPASSWORD`` or
``~/.pgpass`` (libpq reads both); ``sslmode`` and other libpq options come from the URL.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.engine.interfaces import BindTyping
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from zpdesk.domain.text import fold
from zpdesk.store.errors import (
    MigrationError,
    NotZpdeskError,
    SchemaTooNewError,
    StoreError,
)
from zpdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CHANGED_CHANNEL = "zpdesk_changed"
FOLD_FUNCTION = "zpd_fold"
# pg_advisory_xact_lock key: "zpd1" like SQLite's application_id; one migration at a time.
MIGRATION_LOCK = 0x7A706431
# This process's name on the server: the notifications of its own writes carry it, so a
# window refreshes for the other device's changes only.
PROCESS_TAG = f"zpdesk-{os.getpid()}-{secrets.token_hex(4)}"
# The Alembic table and the undo log are not user data.
_SKIPPED = frozenset({"alembic_version"})
# Letters people write in names and titles: Latin-1, Latin Extended-A/B, the Latin
# Extended Additional block (Vietnamese, Welsh) and the combining accents themselves.
_FOLDED_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0300, 0x036F))


def is_server_url(location: object) -> bool:
    """Whether ``location`` names a server database rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def redacted(url: str) -> str:
    """``url`` without its password: what may be shown, remembered or logged."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}@{host}{port}" if user else f"{host}{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def describe(url: str) -> str:
    """Short name of a server database for titles: ``dbname on host``."""
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/")) or "?"
    return f"{name} @ {parts.hostname or 'localhost'}"


def local_folder_name(url: str) -> str:
    """A file-system-safe name for this server database (its folder of backups)."""
    parts = urlsplit(url)
    raw = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{parts.path.lstrip('/')}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw)


def _sqlalchemy_url(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"postgresql+psycopg://{rest}"


def _one_line(error: BaseException) -> str:
    return " ".join(str(getattr(error, "orig", None) or error).split())


def make_server_engine(url: str) -> Engine:
    """An engine on the server database ``url`` (psycopg 3)."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise StoreError(
            None,
            'Server databases need psycopg: install zpdesk with "pip install zpdesk[postgres]".',
        ) from exc
    engine = create_engine(
        _sqlalchemy_url(url),
        pool_pre_ping=True,  # a connection lost meanwhile is replaced, not used
        connect_args={"connect_timeout": 10, "application_name": PROCESS_TAG},
    )

    # The columns are bigint on the server (install_server_objects) but Integer in the
    # model: let the server cast each value to its column instead of psycopg's dialect
    # casting it to int4 first (cents above 2**31 would not fit).
    engine.dialect.bind_typing = BindTyping.NONE

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Dates and times are naive local wall-clock values on both stores.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


def _revision(connection: Connection) -> str | None:
    present = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if present is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _user_tables(connection: Connection) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.relname"
        )
    ).scalars()
    return [name for name in rows if name not in _SKIPPED]


def check_server_schema(connection: Connection, url: str) -> str | None:
    """The zpdesk revision of the database (None: empty); refuse foreign or newer ones."""
    revision = _revision(connection)
    if revision is None:
        if _user_tables(connection):
            raise NotZpdeskError(
                None,
                f"{redacted(url)} holds tables of another program; zpdesk needs an empty "
                "database or one of its own.",
            )
        return None
    if revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            None,
            f"{redacted(url)} was written by a newer version of zpdesk (schema {revision}); "
            "update zpdesk to open it.",
        )
    return revision


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def fold_function_sql() -> str:
    """``zpd_fold(text)``: ``domain.text.fold`` as SQL, for the letters of _FOLDED_RANGES."""
    singles_from, singles_to, deleted, multiple = [], [], [], []
    for start, end in _FOLDED_RANGES:
        for code in range(start, end + 1):
            char = chr(code)
            if unicodedata.category(char) == "Cn":
                continue
            folded = fold(char)
            if folded == char:
                continue
            if folded == "":
                deleted.append(char)
            elif len(folded) == 1:
                singles_from.append(char)
                singles_to.append(folded)
            else:
                multiple.append((char, folded))
    expression = "value"
    for char, folded in multiple:
        expression = f"replace({expression}, {_literal(char)}, {_literal(folded)})"
    # translate() drops the characters of its second argument that have no counterpart
    # in the third: the combining accents go last.
    source = "".join(singles_from) + "".join(deleted)
    target = "".join(singles_to)
    return (
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$ "
        f"SELECT lower(translate({expression}, {_literal(source)}, {_literal(target)})) "
        "$fold$"
    )


_CAPTURE_SQL = """
CREATE OR REPLACE FUNCTION zp_undo_capture() RETURNS trigger LANGUAGE plpgsql AS $capture$
BEGIN
    IF coalesce(current_setting('zpdesk.recording', true), '') = 'on' THEN
        INSERT INTO pg_temp.zp_undo_log (tbl, op, old, new) VALUES (
            TG_TABLE_NAME,
            lower(TG_OP),
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END
        );
    END IF;
    RETURN NULL;
END
$capture$
"""

_NOTIFY_SQL = f"""
CREATE OR REPLACE FUNCTION zp_notify_changed() RETURNS trigger LANGUAGE plpgsql AS $notify$
BEGIN
    PERFORM pg_notify('{CHANGED_CHANNEL}', current_setting('application_name'));
    RETURN NULL;
END
$notify$
"""


def install_server_objects(connection: Connection) -> None:
    """Make the server's tables behave as the SQLite file's (see the module docstring).

    Idempotent; runs inside the migration's transaction after every migration.
    """
    connection.execute(text(fold_function_sql()))
    connection.execute(text(_CAPTURE_SQL))
    connection.execute(text(_NOTIFY_SQL))
    for table in _user_tables(connection):
        _widen_and_collate(connection, table)
        _defer_foreign_keys(connection, table)
        quoted = _q(table)
        connection.execute(
            text(
                f"CREATE OR REPLACE TRIGGER zp_undo AFTER INSERT OR UPDATE OR DELETE ON "
                f"{quoted} FOR EACH ROW EXECUTE FUNCTION zp_undo_capture()"
            )
        )
        connection.execute(
            text(
                f"CREATE OR REPLACE TRIGGER zp_notify AFTER INSERT OR UPDATE OR DELETE ON "
                f"{quoted} FOR EACH STATEMENT EXECUTE FUNCTION zp_notify_changed()"
            )
        )


def _widen_and_collate(connection: Connection, table: str) -> None:
    columns = connection.execute(
        text(
            "SELECT column_name, data_type, character_maximum_length, collation_name "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    ).all()
    clauses = []
    for name, data_type, length, collation in columns:
        if data_type in ("integer", "smallint"):
            clauses.append(f"ALTER COLUMN {_q(name)} TYPE bigint")
        elif data_type in ("character varying", "text") and collation != "C":
            kind = f"varchar({length})" if length else "text"
            clauses.append(f'ALTER COLUMN {_q(name)} TYPE {kind} COLLATE "C"')
    if clauses:
        connection.execute(text(f"ALTER TABLE {_q(table)} {', '.join(clauses)}"))


def _defer_foreign_keys(connection: Connection, table: str) -> None:
    names = connection.execute(
        text(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable "
            "AND conrelid = to_regclass(:t)"
        ),
        {"t": _q(table)},
    ).scalars()
    for name in list(names):
        connection.execute(
            text(
                f"ALTER TABLE {_q(table)} ALTER CONSTRAINT {_q(name)} "
                "DEFERRABLE INITIALLY IMMEDIATE"
            )
        )


def _objects_installed(connection: Connection) -> bool:
    return (
        connection.execute(text("SELECT to_regprocedure('zp_undo_capture()')")).scalar() is not None
    )


def migrate_server(engine: Engine, url: str) -> None:
    """Bring the server database to the current schema (one device at a time)."""
    from zpdesk.store import migrate  # Alembic is heavy; only load it when needed

    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            revision = check_server_schema(connection, url)  # again, under the lock
            if revision != HEAD_REVISION:
                migrate.upgrade(connection)
                install_server_objects(connection)
            elif not _objects_installed(connection):
                install_server_objects(connection)
    except StoreError:
        raise
    except Exception as exc:
        raise MigrationError(
            None, f"Could not update {redacted(url)} to the current schema: {_one_line(exc)}"
        ) from exc


def open_server_database(url: str, *, local_folder: Path):  # noqa: ANN201 - store.db.Database
    """Open (creating the schema if empty) the zpdesk database on the server at ``url``.

    ``local_folder`` is this database's folder on this device (its backups).
    """
    from zpdesk.store.db import Database

    engine = make_server_engine(url)
    try:
        with engine.connect() as connection:
            revision = check_server_schema(connection, url)
            ready = revision == HEAD_REVISION and _objects_installed(connection)
        if not ready:
            migrate_server(engine, url)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(None, f"Cannot reach {redacted(url)}: {_one_line(exc)}") from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=local_folder, engine=engine, sessions=sessions, url=url)


def defer_foreign_keys(connection: Connection) -> None:
    """Check references at commit instead of after each statement, on either store."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def advance_sequences(connection: Connection) -> None:
    """After rows were inserted with their ids: new rows get ids above them (server only).

    SQLite picks max(id) + 1 by itself; a server's sequences must be told.
    """
    if connection.dialect.name != "postgresql":
        return
    owned = connection.execute(
        text(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "WHERE c.table_schema = current_schema() AND c.column_default LIKE 'nextval(%'"
        )
    ).all()
    for table, column in owned:
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:t, :c), "
                f"coalesce((SELECT max({_q(column)}) FROM {_q(table)}), 0) + 1, false)"
            ),
            {"t": _q(table), "c": column},
        )
