"""The portable JSON export and import (docs/json-format.md).

Every table of the data model is written, found by walking ``Base.metadata`` so that
tables added later are included without touching this module. Ids are kept, money is
integer cents, dates and times are ISO 8601 text, exact decimals are decimal text.
Keys are sorted and rows ordered by primary key, so the same data always gives the same
bytes: export → import → export is byte-identical.

An import goes into a new or an empty database only, in one transaction: a file with
any error leaves the database as it was.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from itertools import groupby
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Table, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from zpdesk import clock
from zpdesk.domain.limits import INT_MAX, INT_MIN, MAX_TEXT
from zpdesk.domain.recurrence import RecurrenceError, validate_rule, zone_info
from zpdesk.files import is_disk_full, make_private_folder, real_path, write_text_atomic
from zpdesk.services.bounds import value_problem
from zpdesk.services.errors import ValidationError, shown
from zpdesk.store import place
from zpdesk.store.db import Database, open_database
from zpdesk.store.errors import StoreError
from zpdesk.store.lock import DatabaseLock
from zpdesk.store.models import VERSION_COLUMN, Base
from zpdesk.store.postgres import advance_sequences, defer_foreign_keys
from zpdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from zpdesk.store.types import ScaledDecimal

FORMAT_NAME = "zpdesk"
FORMAT_VERSION = 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")


@dataclass(frozen=True)
class ImportSummary:
    """How many rows went into each table."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Every table of the data model, parents before children."""
    return list(Base.metadata.sorted_tables)


def data_columns(table: Table) -> list[Any]:
    """The columns an export holds: all but the row version, a store's bookkeeping."""
    return [column for column in table.columns if column.name != VERSION_COLUMN]


def _kind(column: Any) -> str:
    """How a column is written in JSON; every column type of the model must be known here."""
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return "decimal"
    if isinstance(kind, Enum):
        return "enum"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, String):
        return "text"
    raise TypeError(f"{column.table.name}.{column.name}: no JSON form for {kind!r}")


def _to_json(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "decimal":
        return str(value)
    if kind == "enum":
        return value.value if isinstance(value, PyEnum) else str(value)
    if kind in ("date", "datetime"):
        return value.isoformat()
    return value


def export_data(session: Session) -> dict[str, Any]:
    """The whole database as a JSON-ready dict."""
    data: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        kinds = {column.name: _kind(column) for column in data_columns(table)}
        order = list(table.primary_key.columns) or list(table.columns)
        rows = session.execute(select(table).order_by(*order)).mappings()
        data[table.name] = [
            {name: _to_json(row[name], kind) for name, kind in kinds.items()} for row in rows
        ]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": HEAD_REVISION,
        "tables": data,
    }


def dumps(data: dict[str, Any]) -> str:
    """The canonical text of an export: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def export_json(db: Database, out: Path) -> Path:
    """Write the whole database to ``out`` (read in one transaction: a consistent picture)."""
    with db.session() as session:
        data = export_data(session)
    write_text_atomic(out, dumps(data))
    return out


# --- import -----------------------------------------------------------------------------


def _where(table: str, index: int, column: str | None = None) -> str:
    place = f"table '{table}', row {index + 1}"
    return f"{place}, field '{column}'" if column else place


def _from_json(value: Any, column: Any, where: str) -> Any:
    kind = _kind(column)
    if value is None:
        if not column.nullable:
            raise ValidationError(f"{where}: a value is required.")
        return None
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{where}: expected a whole number, got {_show(value)}.")
        if not INT_MIN <= value <= INT_MAX:
            raise ValidationError(f"{where}: the number {value} is too large.")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValidationError(f"{where}: expected true or false, got {_show(value)}.")
        return value
    if kind == "text":
        if not isinstance(value, str):
            raise ValidationError(f"{where}: expected text, got {_show(value)}.")
        limit = column.type.length or MAX_TEXT
        if len(value) > limit:
            raise ValidationError(
                f"{where}: the text is {len(value)} characters long; at most {limit} fit."
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValidationError(f"{where}: the text holds an invalid character.") from exc
        return value
    if kind == "enum":
        allowed = list(column.type.enums)
        if not isinstance(value, str) or value not in allowed:
            raise ValidationError(f"{where}: {_show(value)} is not one of {', '.join(allowed)}.")
        return column.type.enum_class(value) if column.type.enum_class else value
    if kind == "date":
        if not isinstance(value, str) or not _DATE.match(value):
            raise ValidationError(f"{where}: expected a date like 2025-01-31, got {_show(value)}.")
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError(f"{where}: {value} is not a real date.") from exc
    if kind == "datetime":
        if not isinstance(value, str) or not _DATETIME.match(value):
            raise ValidationError(
                f"{where}: expected a local date and time like 2025-01-31T19:30:00, "
                f"got {_show(value)}."
            )
        try:
            return datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError(f"{where}: {value} is not a real date and time.") from exc
    # decimal: text (as exported) or a whole number
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(f'{where}: expected a number as text like "12.50".')
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValidationError(f"{where}: {_show(value)} is not a number.") from exc
    if not number.is_finite():
        raise ValidationError(f"{where}: {_show(value)} is not a number.")
    scaled = number.scaleb(column.type.scale)
    if scaled != scaled.to_integral_value():
        raise ValidationError(f"{where}: {value} has more than {column.type.scale} decimals.")
    if not INT_MIN <= scaled <= INT_MAX:
        raise ValidationError(f"{where}: the number {value} is too large.")
    return number


def _show(value: Any) -> str:
    return shown(json.dumps(value, ensure_ascii=False), 40)


def parse_export(data: Any) -> dict[str, list[dict[str, Any]]]:
    """Check a loaded export and convert its values; raises ValidationError on any fault."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError('This is not a zpdesk export (its "format" is not "zpdesk").')
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError('The export has no valid "format_version".')
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"The export has format version {version}; this zpdesk reads up to "
            f"{FORMAT_VERSION}. Update zpdesk to import it."
        )
    if version < 1:
        raise ValidationError(f"The export has an unknown format version {version}.")
    revision = data.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise ValidationError(
            f"The export was written by a newer zpdesk (schema {_show(revision)}); "
            "update zpdesk to import it."
        )
    content = data.get("tables")
    if not isinstance(content, dict):
        raise ValidationError('The export has no "tables".')
    known = {table.name: table for table in tables()}
    unknown = sorted(set(content) - set(known))
    if unknown:
        raise ValidationError(f"The export has tables this zpdesk does not know: {unknown}.")
    parsed: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        rows = content.get(name, [])
        if not isinstance(rows, list):
            raise ValidationError(f"table '{name}': expected a list of rows.")
        columns = {column.name: column for column in data_columns(table)}
        converted = []
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise ValidationError(f"{_where(name, index)}: expected an object.")
            extra = sorted(set(row) - set(columns))
            if extra:
                raise ValidationError(f"{_where(name, index)}: unknown fields {extra}.")
            values = {}
            for column_name, column in columns.items():
                if column_name in row:
                    values[column_name] = _from_json(
                        row[column_name], column, _where(name, index, column_name)
                    )
                elif column.primary_key or (not column.nullable and column.default is None):
                    raise ValidationError(
                        f"{_where(name, index, column_name)}: the field is missing."
                    )
            _check_bounds(name, index, columns, values)
            converted.append(values)
        parsed[name] = converted
    return parsed


def _check_bounds(table: str, index: int, columns: dict[str, Any], values: dict[str, Any]) -> None:
    """Refuse values the app's editors would refuse (``services.bounds``: one definition)."""
    for name, value in values.items():
        problem = value_problem(table, columns[name], value)
        if problem is not None:
            raise ValidationError(f"{_where(table, index, name)}: {problem.text}.")
    if table == "commitment" and "rrule" in values and "starts_at" in values:
        try:
            validate_rule(values["rrule"] or "", values["starts_at"])
        except RecurrenceError as exc:
            raise ValidationError(f"{_where(table, index, 'rrule')}: {exc}.") from exc
    if table == "commitment" and values.get("timezone") is not None:
        try:
            zone_info(values["timezone"])
        except RecurrenceError as exc:
            raise ValidationError(f"{_where(table, index, 'timezone')}: {exc}.") from exc


def read_export(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Load and check an export file."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise ValidationError(f"{path} is nested too deeply to be a zpdesk export.") from exc
    return parse_export(data)


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in tables()
    }


def is_empty(session: Session) -> bool:
    """True when no table holds a row."""
    return not any(row_counts(session).values())


def _fields(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(row)


def import_rows(session: Session, parsed: dict[str, list[dict[str, Any]]]) -> ImportSummary:
    """Insert ``parsed`` into the empty database of ``session`` (inside its transaction)."""
    if not is_empty(session):
        raise ValidationError(
            "This database already holds data; import only into a new or empty database."
        )
    connection = session.connection()
    # A network may name a parent with a higher id; check references at commit.
    defer_foreign_keys(connection)
    counts = {}
    for table in tables():
        rows = parsed.get(table.name, [])
        counts[table.name] = len(rows)
        if not rows:
            continue
        try:
            # One executemany per run of rows with the same fields (a server takes them
            # in one round trip instead of one each).
            for _keys, batch in groupby(rows, key=_fields):
                connection.execute(insert(table), list(batch))
        except IntegrityError as exc:
            raise ValidationError(
                f"table '{table.name}': the data breaks a rule of the database "
                f"({' '.join(str(exc.orig).split())})."
            ) from exc
        except (StatementError, OverflowError, ValueError) as exc:
            raise ValidationError(f"table '{table.name}': {' '.join(str(exc).split())}") from exc
    advance_sequences(connection)
    return ImportSummary(rows=counts)


def import_into(db: Database, parsed: dict[str, list[dict[str, Any]]]) -> ImportSummary:
    """Import into an open, empty database in one transaction."""
    try:
        with db.session() as session:
            return import_rows(session, parsed)
    except IntegrityError as exc:  # deferred foreign keys are checked at commit
        raise ValidationError(
            f"The export refers to rows it does not contain ({' '.join(str(exc.orig).split())})."
        ) from exc


def import_file(db_path: Path, json_path: Path, now: datetime | None = None) -> ImportSummary:
    """``zpdesk import``: load ``json_path`` into the new or empty database ``db_path``.

    A new database is built under a temporary name and put in place
    (``store.place.put_in_place``: a leftover -wal of an earlier file at that name is
    moved aside, never replayed into it) only when the whole import succeeded; an
    existing empty one is filled in one transaction.
    """
    return import_parsed_file(db_path, read_export(json_path), now, source=json_path)


def import_parsed_file(
    db_path: Path,
    parsed: dict[str, list[dict[str, Any]]],
    now: datetime | None = None,
    *,
    source: Path | None = None,
) -> ImportSummary:
    """``import_file`` of an export already read and checked (``parse_export``);
    ``source`` (the user's file) names it in a message."""
    db_path = real_path(db_path)
    make_private_folder(db_path.parent)
    lock = DatabaseLock(db_path).acquire()
    try:
        place.recover(db_path)
        place.clean_leftovers(db_path)
        if db_path.exists() and db_path.stat().st_size > 0:
            db = open_database(db_path, lock=lock)
            try:
                return import_into(db, parsed)
            finally:
                db.detach_lock()
                db.close()
        return _import_new(db_path, parsed, now or clock.now())
    except (OSError, StoreError, OperationalError) as exc:
        if is_disk_full(exc):
            raise StoreError(
                db_path,
                f"The disk is full: {source or 'the export'} could not be imported into "
                f"{db_path}; "
                f"{db_path} is unchanged.",
            ) from exc
        raise
    finally:
        lock.release()


def import_location(location: Path | str, json_path: Path) -> ImportSummary:
    """``zpdesk import`` into a file (``import_file``) or an empty server database."""
    return import_parsed(location, read_export(json_path), source=json_path)


def import_parsed(
    location: Path | str,
    parsed: dict[str, list[dict[str, Any]]],
    *,
    source: Path | None = None,
) -> ImportSummary:
    """Load a read and checked export into a new or empty file or server database."""
    from zpdesk.store.locations import open_location
    from zpdesk.store.postgres import is_server_url

    if not is_server_url(location):
        return import_parsed_file(Path(location), parsed, source=source)
    db = open_location(location)
    try:
        return import_into(db, parsed)
    finally:
        db.close()


def _import_new(
    db_path: Path, parsed: dict[str, list[dict[str, Any]]], now: datetime
) -> ImportSummary:
    building = place.building_path(db_path, ".importing")
    _remove_with_companions(building)  # our own leftover of an interrupted import
    try:
        place.step("build")
        db = open_database(building)
        try:
            summary = import_into(db, parsed)
        finally:
            db.close()  # folds the -wal into the file
        place.put_in_place(building, db_path, "import", now)
        return summary
    finally:
        _remove_with_companions(building)


def _remove_with_companions(path: Path) -> None:
    for candidate in (path, *(place.companion(path, s) for s in place.COMPANIONS)):
        candidate.unlink(missing_ok=True)
