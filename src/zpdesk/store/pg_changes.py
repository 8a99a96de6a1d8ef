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
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from zpdesk.store.changes import RowChange

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


def _match(key: list[str]) -> str:
    return " AND ".join(f"t.{_q(c)} IS NOT DISTINCT FROM k.{_q(c)}" for c in key)


def _record(table: str, name: str) -> str:
    """A row of ``table`` typed from the jsonb parameter ``name``."""
    return f"jsonb_populate_record(NULL::{_q(table)}, CAST(:{name} AS jsonb))"


class ServerRows:
    """Rows of a server database as ``jsonb`` images (``store.changes.RowAccess``)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.inspector = inspect(connection)

    def defer_references(self) -> None:  # noqa: D102 - RowAccess
        # The foreign keys are DEFERRABLE on the server (store.postgres).
        self.connection.execute(text("SET CONSTRAINTS ALL DEFERRED"))

    def check_references(self) -> None:  # noqa: D102 - RowAccess
        self.connection.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))

    def key_columns(self, table: str) -> list[str]:  # noqa: D102 - RowAccess
        return list(self.inspector.get_pk_constraint(table)["constrained_columns"])

    def current(  # noqa: D102 - RowAccess
        self, table: str, key: list[str], image: dict[str, Any]
    ) -> dict[str, Any] | None:
        found = list(
            self.connection.execute(
                text(
                    f"SELECT to_jsonb(t) FROM {_q(table)} t, {_record(table, 'k')} k "
                    f"WHERE {_match(key)}"
                ),
                {"k": _image(image)},
            ).scalars()
        )
        return found[0] if len(found) == 1 else None

    def insert(self, table: str, image: dict[str, Any]) -> None:  # noqa: D102 - RowAccess
        self.connection.execute(
            text(f"INSERT INTO {_q(table)} SELECT * FROM {_record(table, 'r')}"),
            {"r": _image(image)},
        )

    def delete(  # noqa: D102 - RowAccess
        self, table: str, key: list[str], image: dict[str, Any]
    ) -> None:
        self.connection.execute(
            text(f"DELETE FROM {_q(table)} t USING {_record(table, 'k')} k WHERE {_match(key)}"),
            {"k": _image(image)},
        )

    def update(  # noqa: D102 - RowAccess
        self, table: str, key: list[str], current: dict[str, Any], target: dict[str, Any]
    ) -> None:
        assignments = ", ".join(f"{_q(c)} = n.{_q(c)}" for c in target)
        self.connection.execute(
            text(
                f"UPDATE {_q(table)} t SET {assignments} FROM {_record(table, 'n')} n, "
                f"{_record(table, 'k')} k WHERE {_match(key)}"
            ),
            {"n": _image(target), "k": _image(current)},
        )
