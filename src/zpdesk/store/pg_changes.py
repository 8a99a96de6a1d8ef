"""Row-level change recording on a server database: ``store.changes`` for PostgreSQL.

The row trigger ``zp_undo`` (``store.postgres.install_server_objects``) copies each row a
connection writes, as ``jsonb``, into that connection's temporary ``zp_undo_log`` while
the transaction-local setting ``zpdesk.recording`` is on. Only the connection that
records sees its own rows: the other device's writes never enter this device's undo
history. Cascaded deletes and ``SET NULL`` updates fire the trigger too.

Images are ``to_jsonb`` of the row and go back with ``jsonb_populate_record``, so every
value returns exactly (dates, times, big integers).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from zpdesk.store.changes import VERSION_COLUMN, ChangeConflictError, RowChange

_LOG_SQL = (
    "CREATE TEMP TABLE IF NOT EXISTS zp_undo_log (seq bigserial PRIMARY KEY, "
    "tbl text NOT NULL, op text NOT NULL, old jsonb, new jsonb)"
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PgChangeRecorder:
    """Records the row changes made on one connection between ``start`` and ``stop``."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def start(self) -> None:
        """Begin recording (inside the caller's transaction)."""
        self.connection.execute(text(_LOG_SQL))
        self.connection.execute(text("DELETE FROM pg_temp.zp_undo_log"))
        self.connection.execute(text("SELECT set_config('zpdesk.recording', 'on', true)"))

    def stop(self) -> list[RowChange]:
        """Stop recording and return what was written, in the order it was written."""
        self.connection.execute(text("SELECT set_config('zpdesk.recording', 'off', true)"))
        rows = self.connection.execute(
            text("SELECT tbl, op, old, new FROM pg_temp.zp_undo_log ORDER BY seq")
        ).all()
        self.connection.execute(text("DELETE FROM pg_temp.zp_undo_log"))
        return [RowChange(table=t, op=op, old=old, new=new) for t, op, old, new in rows]

    def cancel(self) -> None:
        """Stop recording and forget what was recorded."""
        self.connection.execute(text("SELECT set_config('zpdesk.recording', 'off', true)"))
        self.connection.execute(text("DELETE FROM pg_temp.zp_undo_log"))


def _image(value: dict[str, Any]) -> str:
    return json.dumps(value)


def _current(
    connection: Connection, table: str, key: list[str], image: dict[str, Any]
) -> dict[str, Any] | None:
    match = " AND ".join(f"t.{_q(c)} IS NOT DISTINCT FROM k.{_q(c)}" for c in key)
    rows = connection.execute(
        text(
            f"SELECT to_jsonb(t) FROM {_q(table)} t, "
            f"jsonb_populate_record(NULL::{_q(table)}, CAST(:k AS jsonb)) k WHERE {match}"
        ),
        {"k": _image(image)},
    ).scalars()
    found = list(rows)
    return found[0] if len(found) == 1 else None


def _same(found: dict[str, Any] | None, image: dict[str, Any]) -> bool:
    if found is None:
        return False
    return {k: v for k, v in found.items() if k != VERSION_COLUMN} == {
        k: v for k, v in image.items() if k != VERSION_COLUMN
    }


def _done_by_cascade(found: dict[str, Any] | None, after: dict[str, Any] | None) -> bool:
    """Whether the row is already as the change leaves it.

    The server logs the rows a cascade deletes or clears after the row that caused it
    (SQLite logs them before), so replaying the log forward finds them already done.
    Rows a cascade touches are recorded while applying, so the final count still tells
    an unexpected cascade from an expected one.
    """
    if after is None:
        return found is None
    return found is not None and _same(found, after)


def _insert(connection: Connection, table: str, image: dict[str, Any]) -> None:
    row = dict(image)
    if VERSION_COLUMN in row:
        # A row that comes back is newer than any copy of it another device still holds.
        row[VERSION_COLUMN] = int(row[VERSION_COLUMN] or 0) + 1
    connection.execute(
        text(
            f"INSERT INTO {_q(table)} SELECT * FROM "
            f"jsonb_populate_record(NULL::{_q(table)}, CAST(:r AS jsonb))"
        ),
        {"r": _image(row)},
    )


def _delete(connection: Connection, table: str, key: list[str], image: dict[str, Any]) -> None:
    match = " AND ".join(f"t.{_q(c)} IS NOT DISTINCT FROM k.{_q(c)}" for c in key)
    connection.execute(
        text(
            f"DELETE FROM {_q(table)} t USING "
            f"jsonb_populate_record(NULL::{_q(table)}, CAST(:k AS jsonb)) k WHERE {match}"
        ),
        {"k": _image(image)},
    )


def _update(
    connection: Connection,
    table: str,
    key: list[str],
    current: dict[str, Any],
    target: dict[str, Any],
) -> None:
    columns = [c for c in target if c != VERSION_COLUMN]
    assignments = [f"{_q(c)} = n.{_q(c)}" for c in columns]
    if VERSION_COLUMN in target:
        assignments.append(f"{_q(VERSION_COLUMN)} = t.{_q(VERSION_COLUMN)} + 1")
    match = " AND ".join(f"t.{_q(c)} IS NOT DISTINCT FROM k.{_q(c)}" for c in key)
    connection.execute(
        text(
            f"UPDATE {_q(table)} t SET {', '.join(assignments)} FROM "
            f"jsonb_populate_record(NULL::{_q(table)}, CAST(:n AS jsonb)) n, "
            f"jsonb_populate_record(NULL::{_q(table)}, CAST(:k AS jsonb)) k WHERE {match}"
        ),
        {"n": _image(target), "k": _image(current)},
    )


def apply_server_changes(
    connection: Connection, changes: Sequence[RowChange], *, undo: bool
) -> None:
    """Undo or redo ``changes`` in the connection's transaction (see store.changes)."""
    # Rows come back in an order that keeps references valid at the end (the foreign
    # keys are DEFERRABLE on the server, store.postgres).
    connection.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    inspector = inspect(connection)
    keys: dict[str, list[str]] = {}
    recorder = PgChangeRecorder(connection)
    recorder.start()
    try:
        for change in reversed(changes) if undo else changes:
            key = keys.get(change.table)
            if key is None:
                key = inspector.get_pk_constraint(change.table)["constrained_columns"]
                keys[change.table] = key
            before, after = (change.new, change.old) if undo else (change.old, change.new)
            if before is None and after is not None:
                _insert(connection, change.table, after)
                continue
            assert before is not None
            found = _current(connection, change.table, key, before)
            if not _same(found, before) and _done_by_cascade(found, after):
                continue
            if found is None or not _same(found, before):
                raise ChangeConflictError(
                    f"A row in {change.table} changed since this action; "
                    "it cannot be undone or redone."
                )
            if after is None:
                _delete(connection, change.table, key, before)
            else:
                _update(connection, change.table, key, found, after)
        connection.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
    except IntegrityError as exc:
        # The server aborted the transaction; the caller's rollback forgets the log.
        raise ChangeConflictError(
            f"The database no longer fits this change ({' '.join(str(exc.orig).split())}); "
            "it cannot be applied."
        ) from exc
    except BaseException:
        recorder.cancel()
        raise
    touched = recorder.stop()
    if len(touched) != len(changes):
        raise ChangeConflictError(
            "Applying this change would also change other rows; it cannot be applied."
        )
