"""Row-level change recording, the ground undo and redo stand on.

While recording is on, TEMP triggers on every table of the database copy each inserted,
updated and deleted row into TEMP shadow tables of the same connection. Because they are
SQLite triggers, they also see what SQLite does by itself: rows removed by
``ON DELETE CASCADE`` and columns cleared by ``ON DELETE SET NULL`` (the cascaded rows are
logged before the row that caused them), and writes made with plain SQL. Nothing is known
about the tables in advance: the triggers are generated from the database's own schema,
so tables added by later migrations are covered without further work.

The recorded values are SQLite's own storage values (no type conversion), so applying
them back reproduces every row exactly.

``apply_changes`` undoes or redoes a recorded list in one transaction. Before it touches a
row it checks that the row is exactly as the recording left it, and afterwards that SQLite
changed no other row (e.g. by a cascade); otherwise it raises ``ChangeConflictError`` and
the caller rolls the transaction back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# A row's version is never put back: an undo or redo counts as a new change.
from zpdesk.store.models import VERSION_COLUMN

Operation = Literal["insert", "update", "delete"]

_PREFIX = "zp_undo_"
_STATE = "zp_undo_state"
_LOG = "zp_undo_log"
# Never recorded: Alembic's bookkeeping changes only with migrations.
_SKIPPED = frozenset({"alembic_version"})


class ChangeConflictError(Exception):
    """The database no longer matches what the recorded changes expect."""


@dataclass(frozen=True)
class RowChange:
    """One row written by an action: its table, the operation and the row before/after."""

    table: str
    op: Operation
    old: dict[str, Any] | None
    new: dict[str, Any] | None


def _q(name: str) -> str:
    """Quote an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _shadow(table: str) -> str:
    return f"{_PREFIX}row_{table}"


def _user_tables(connection: Connection) -> dict[str, list[str]]:
    """Each table of the main database (but SQLite's and Alembic's) with its columns."""
    names = connection.exec_driver_sql(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).scalars()
    tables = {}
    for name in names:
        if name in _SKIPPED:
            continue
        columns = connection.exec_driver_sql(f"PRAGMA main.table_info({_q(name)})").all()
        tables[name] = [row[1] for row in columns]
    return tables


def _key_columns(connection: Connection, table: str) -> list[str]:
    """The primary key columns of ``table`` in key order; all columns when it has none."""
    info = connection.exec_driver_sql(f"PRAGMA main.table_info({_q(table)})").all()
    keyed = sorted((row[5], row[1]) for row in info if row[5])
    return [name for _, name in keyed] or [row[1] for row in info]


def _schema_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA main.schema_version").scalar() or 0)


def _installed_version(connection: Connection) -> int | None:
    present = connection.exec_driver_sql(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'table' AND name = ?",
        (_STATE,),
    ).scalar()
    if not present:
        return None
    return connection.exec_driver_sql(f"SELECT schema_version FROM temp.{_STATE}").scalar()


def _drop_installation(connection: Connection) -> None:
    objects = connection.exec_driver_sql(
        "SELECT type, name FROM temp.sqlite_master WHERE name LIKE ? ESCAPE '\\' "
        "AND type IN ('trigger', 'table') ORDER BY type DESC",
        (_PREFIX.replace("_", "\\_") + "%",),
    ).all()
    for kind, name in objects:  # triggers first (DESC: 'trigger' > 'table')
        connection.exec_driver_sql(f"DROP {kind.upper()} IF EXISTS temp.{_q(name)}")


def _install(connection: Connection) -> dict[str, list[str]]:
    """Create the TEMP log, shadow tables and triggers on this connection if needed."""
    tables = _user_tables(connection)
    version = _schema_version(connection)
    if _installed_version(connection) == version:
        return tables
    _drop_installation(connection)
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE {_STATE} (active INTEGER NOT NULL, schema_version INTEGER NOT NULL)"
    )
    connection.exec_driver_sql(f"INSERT INTO temp.{_STATE} VALUES (0, ?)", (version,))
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE {_LOG} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL)"
    )
    when = f"WHEN (SELECT active FROM {_STATE})"
    for table, columns in tables.items():
        shadow = _q(_shadow(table))
        # Untyped columns: values are kept exactly as SQLite stored them.
        column_list = ", ".join(_q(c) for c in columns)
        connection.exec_driver_sql(
            f"CREATE TEMP TABLE {shadow} (zp_seq INTEGER NOT NULL, zp_side TEXT NOT NULL, "
            f"{column_list})"
        )
        for op, sides in (
            ("insert", ("NEW",)),
            ("update", ("OLD", "NEW")),
            ("delete", ("OLD",)),
        ):
            body = [
                f"INSERT INTO {_LOG} (tbl, op) VALUES ({_literal(table)}, '{op}');",
            ]
            for side in sides:
                values = ", ".join(f"{side}.{_q(c)}" for c in columns)
                body.append(
                    f"INSERT INTO {shadow} VALUES ((SELECT max(seq) FROM {_LOG}), "
                    f"'{side.lower()}', {values});"
                )
            trigger = _q(f"{_PREFIX}{op}_{table}")
            connection.exec_driver_sql(
                f"CREATE TEMP TRIGGER {trigger} AFTER {op.upper()} ON main.{_q(table)} "
                f"{when} BEGIN {' '.join(body)} END"
            )
    return tables


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _clear(connection: Connection, tables: dict[str, list[str]]) -> None:
    connection.exec_driver_sql(f"DELETE FROM temp.{_LOG}")
    for table in tables:
        connection.exec_driver_sql(f"DELETE FROM temp.{_q(_shadow(table))}")


class Recorder(Protocol):
    """Records the rows one connection writes (``ChangeRecorder``, ``PgChangeRecorder``)."""

    def start(self) -> None: ...

    def stop(self) -> list[RowChange]: ...

    def cancel(self) -> None: ...


def _recorder(connection: Connection) -> Recorder:
    if connection.dialect.name == "postgresql":
        from zpdesk.store.pg_changes import PgChangeRecorder

        return PgChangeRecorder(connection)
    return ChangeRecorder(connection)


class ChangeRecorder:
    """Records the row changes made on one connection between ``start`` and ``stop``."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._tables: dict[str, list[str]] = {}

    def start(self) -> None:
        """Begin recording (inside the caller's transaction)."""
        self._tables = _install(self.connection)
        _clear(self.connection, self._tables)
        self.connection.exec_driver_sql(f"UPDATE temp.{_STATE} SET active = 1")

    def stop(self) -> list[RowChange]:
        """Stop recording and return what was written, in the order SQLite wrote it."""
        connection = self.connection
        connection.exec_driver_sql(f"UPDATE temp.{_STATE} SET active = 0")
        log = connection.exec_driver_sql(f"SELECT seq, tbl, op FROM temp.{_LOG} ORDER BY seq").all()
        images: dict[tuple[int, str], dict[str, Any]] = {}
        for table in {row[1] for row in log}:
            columns = self._tables[table]
            for row in connection.exec_driver_sql(f"SELECT * FROM temp.{_q(_shadow(table))}").all():
                images[(row[0], row[1])] = dict(zip(columns, row[2:], strict=True))
        _clear(connection, self._tables)
        return [
            RowChange(
                table=table,
                op=op,
                old=images.get((seq, "old")),
                new=images.get((seq, "new")),
            )
            for seq, table, op in log
        ]

    def cancel(self) -> None:
        """Stop recording and forget what was recorded."""
        self.connection.exec_driver_sql(f"UPDATE temp.{_STATE} SET active = 0")
        _clear(self.connection, self._tables)


@contextmanager
def recording(session: Session) -> Iterator[list[RowChange]]:
    """Record the rows ``session`` writes inside the block; the list is filled at its end.

    Pending ORM changes are flushed before the recording is read, so everything the
    block did is in it.
    """
    recorder = _recorder(session.connection())
    recorder.start()
    changes: list[RowChange] = []
    try:
        yield changes
        session.flush()
    except BaseException:
        try:
            recorder.cancel()
        except Exception:  # the original error matters, not this one
            pass
        raise
    changes.extend(recorder.stop())


def _where(key: list[str]) -> str:
    return " AND ".join(f"{_q(c)} IS ?" for c in key)


class RowAccess(Protocol):
    """How ``apply_changes`` reads and writes rows on one store."""

    def defer_references(self) -> None: ...

    def check_references(self) -> None: ...

    def key_columns(self, table: str) -> list[str]: ...

    def current(
        self, table: str, key: list[str], image: dict[str, Any]
    ) -> dict[str, Any] | None: ...

    def insert(self, table: str, image: dict[str, Any]) -> None: ...

    def delete(self, table: str, key: list[str], image: dict[str, Any]) -> None: ...

    def update(
        self, table: str, key: list[str], current: dict[str, Any], target: dict[str, Any]
    ) -> None: ...


class SqliteRows:
    """Rows of an SQLite file, as SQLite stores them (the images are storage values)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def defer_references(self) -> None:
        self.connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def check_references(self) -> None:
        pass  # at commit

    def key_columns(self, table: str) -> list[str]:
        return _key_columns(self.connection, table)

    def current(self, table: str, key: list[str], image: dict[str, Any]) -> dict[str, Any] | None:
        columns = list(image)
        rows = self.connection.exec_driver_sql(
            f"SELECT {', '.join(_q(c) for c in columns)} FROM main.{_q(table)} WHERE {_where(key)}",
            tuple(image[c] for c in key),
        ).all()
        return dict(zip(columns, rows[0], strict=True)) if len(rows) == 1 else None

    def insert(self, table: str, image: dict[str, Any]) -> None:
        columns = list(image)
        self.connection.exec_driver_sql(
            f"INSERT INTO main.{_q(table)} ({', '.join(_q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            tuple(image[c] for c in columns),
        )

    def delete(self, table: str, key: list[str], image: dict[str, Any]) -> None:
        self.connection.exec_driver_sql(
            f"DELETE FROM main.{_q(table)} WHERE {_where(key)}", tuple(image[c] for c in key)
        )

    def delete_exactly(self, table: str, images: list[dict[str, Any]]) -> bool:
        """Delete the rows that are exactly as ``images`` (their version aside), in one
        statement; when not every image finds its row, change nothing and say False."""
        columns = [c for c in images[0] if c != VERSION_COLUMN]
        if any([c for c in image if c != VERSION_COLUMN] != columns for image in images):
            return False
        cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute("SAVEPOINT zp_delete_exactly")
            cursor.executemany(
                f"DELETE FROM main.{_q(table)} WHERE {_where(columns)}",
                [tuple(image[c] for c in columns) for image in images],
            )
            whole: bool = cursor.rowcount == len(images)
            if not whole:
                cursor.execute("ROLLBACK TO zp_delete_exactly")
            cursor.execute("RELEASE zp_delete_exactly")
            return whole
        finally:
            cursor.close()

    def update(
        self, table: str, key: list[str], current: dict[str, Any], target: dict[str, Any]
    ) -> None:
        columns = list(target)
        self.connection.exec_driver_sql(
            f"UPDATE main.{_q(table)} SET {', '.join(f'{_q(c)} = ?' for c in columns)} "
            f"WHERE {_where(key)}",
            tuple(target[c] for c in columns) + tuple(current[c] for c in key),
        )


# A run of at least this many rows of one table that must go is removed with one
# statement (the undo of an import of 10^5 lines: seconds, not minutes).
_MANY = 64


def _before(change: RowChange, undo: bool) -> dict[str, Any]:
    image = change.new if undo else change.old
    assert image is not None
    return image


def _end_of_removals(changes: list[RowChange], start: int, undo: bool) -> int:
    """The end of the run from ``start`` of rows of one table that must go (again)."""
    end = start
    table = changes[start].table
    while end < len(changes):
        change = changes[end]
        before, after = (change.new, change.old) if undo else (change.old, change.new)
        if change.table != table or before is None or after is not None:
            break
        end += 1
    return end


def _row_access(connection: Connection) -> RowAccess:
    if connection.dialect.name == "postgresql":
        from zpdesk.store.pg_changes import ServerRows

        return ServerRows(connection)
    return SqliteRows(connection)


def _same(found: dict[str, Any] | None, image: dict[str, Any]) -> bool:
    """Whether the row is as ``image`` says (its version aside)."""
    if found is None:
        return False
    return {k: v for k, v in found.items() if k != VERSION_COLUMN} == {
        k: v for k, v in image.items() if k != VERSION_COLUMN
    }


def _done_by_cascade(found: dict[str, Any] | None, after: dict[str, Any] | None) -> bool:
    """Whether the row is already as the change leaves it.

    A server logs the rows a cascade deletes or clears after the row that caused it
    (SQLite logs them before), so replaying the log forward finds them already done.
    Rows a cascade touches are recorded while applying, so the final count still tells
    an expected cascade from an unexpected one.
    """
    if after is None:
        return found is None
    return found is not None and _same(found, after)


def _next_version(target: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """``target`` with a version above ``current``'s: an undone or redone row is newer
    than any copy of it another device still holds, never an older version again."""
    if VERSION_COLUMN not in target:
        return target
    return {**target, VERSION_COLUMN: int(current.get(VERSION_COLUMN) or 0) + 1}


def _apply_one(rows: RowAccess, change: RowChange, key: list[str], *, undo: bool) -> None:
    before, after = (change.new, change.old) if undo else (change.old, change.new)
    if before is None:  # the row must come (back)
        if after is not None:
            rows.insert(change.table, _next_version(after, after))
        return
    found = rows.current(change.table, key, before)
    if not _same(found, before) and _done_by_cascade(found, after):
        return
    if found is None or not _same(found, before):
        raise ChangeConflictError(
            f"A row in {change.table} changed since this action; it cannot be undone or redone."
        )
    if after is None:  # the row must go (again)
        rows.delete(change.table, key, before)
    else:
        rows.update(change.table, key, found, _next_version(after, found))


def apply_changes(session: Session, changes: Sequence[RowChange], *, undo: bool) -> None:
    """Undo (``undo=True``) or redo ``changes`` inside ``session``'s transaction.

    Before it touches a row it checks the row is as the recording left it, and
    afterwards that the store changed no other row (e.g. by a cascade); otherwise it
    raises ``ChangeConflictError`` and the caller rolls the transaction back.
    """
    from sqlalchemy.exc import IntegrityError

    connection = session.connection()
    rows = _row_access(connection)
    # Rows come back in an order that keeps references valid at the end, not after
    # every statement (e.g. a network whose parent is restored later in the list).
    rows.defer_references()
    keys: dict[str, list[str]] = {}
    recorder = _recorder(connection)
    recorder.start()
    try:
        ordered = list(reversed(changes) if undo else changes)
        index = 0
        while index < len(ordered):
            change = ordered[index]
            end = _end_of_removals(ordered, index, undo)
            if end - index >= _MANY and isinstance(rows, SqliteRows):
                images = [_before(c, undo) for c in ordered[index:end]]
                if rows.delete_exactly(change.table, images):
                    index = end
                    continue
            key = keys.get(change.table)
            if key is None:
                key = keys[change.table] = rows.key_columns(change.table)
            _apply_one(rows, change, key, undo=undo)
            index += 1
        rows.check_references()
    except IntegrityError as exc:
        # The caller's rollback forgets the recording (a server has aborted it anyway).
        raise ChangeConflictError(
            f"The database no longer fits this change ({' '.join(str(exc.orig).split())}); "
            "it cannot be applied."
        ) from exc
    except BaseException:
        recorder.cancel()
        raise
    touched = recorder.stop()
    if len(touched) != len(changes):
        # The store changed more rows than recorded, e.g. by a cascade: the state differs.
        raise ChangeConflictError(
            "Applying this change would also change other rows; it cannot be applied."
        )
