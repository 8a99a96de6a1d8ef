"""The bounds every stored value keeps, whoever writes it: one definition for the editors
and the importers.

``value_problem`` judges one column's value (text length, amounts, minutes, years and
dates: the numbers are in ``domain.limits``). The JSON import refuses a row with a
problem (``portable``); the window's actions check every row they are about to write
(``watch``: at each flush), so what an editor saves the import of its export accepts,
and a fee of 10^20 is a message, not an overflow in SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Column, Date, DateTime, Integer, String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from zpdesk.domain.limits import (
    FIRST_YEAR,
    INT_MAX,
    INT_MIN,
    LAST_YEAR,
    MAX_CENTS,
    MAX_MINUTES,
    MAX_TEXT,
    in_range,
    range_text,
)
from zpdesk.locale_format import fill
from zpdesk.services.agenda import MAX_DURATION_MINUTES
from zpdesk.services.errors import ValidationError
from zpdesk.services.settings import MAX_WEEKLY_MINUTES
from zpdesk.services.timelog import MAX_MINUTES_PER_DAY

# Minutes with a bound of their own (the editors' spin boxes); others get MAX_MINUTES.
MINUTE_BOUNDS = {
    ("commitment", "duration_minutes"): MAX_DURATION_MINUTES,
    ("occurrence", "moved_duration_minutes"): MAX_DURATION_MINUTES,
    ("occurrence", "actual_minutes"): MAX_DURATION_MINUTES,
    ("time_entry", "minutes"): MAX_MINUTES_PER_DAY,
    ("user_settings", "weekly_capacity_minutes"): MAX_WEEKLY_MINUTES,
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with a value: ``kind`` (text, amount, number, date) and a sentence."""

    kind: str
    text: str
    limit: int = 0


def value_problem(table: str, column: Any, value: Any) -> Problem | None:
    """The first bound ``value`` breaks in ``table.column``, or None."""
    if value is None:
        return None
    name = column.name
    if isinstance(column.type, String) and isinstance(value, str):
        limit = column.type.length or MAX_TEXT
        if len(value) > limit:
            return Problem(
                "text", f"the text is {len(value)} characters long; at most {limit} fit", limit
            )
        return None
    if isinstance(column.type, Date | DateTime) and isinstance(value, date):
        if not in_range(value):
            return Problem("date", f"{value.isoformat()} lies outside the years {range_text()}")
        return None
    if not isinstance(column.type, Integer) or isinstance(value, bool):
        return None
    if not isinstance(value, int):
        return None
    if name.endswith("_cents") and value > MAX_CENTS:
        return Problem(
            "amount", f"{value} cents is more than zpdesk accepts ({MAX_CENTS})", MAX_CENTS
        )
    if not INT_MIN <= value <= INT_MAX:
        return Problem("number", f"the number {value} is too large")
    if column.foreign_keys or column.primary_key:
        return None
    if (name == "year" or name.endswith("_year")) and not FIRST_YEAR <= value <= LAST_YEAR:
        return Problem("date", f"the year {value} lies outside {range_text()}")
    if "minutes" in name:
        limit = MINUTE_BOUNDS.get((table, name), MAX_MINUTES)
        if value > limit:
            return Problem("number", f"{value} minutes is more than the {limit} allowed", limit)
    return None


def _message(problem: Problem) -> str:
    """The problem in the user's language, for an editor."""
    if problem.kind == "text":
        return fill(
            QCoreApplication.translate(
                "services", "This text is too long: at most %1 characters fit."
            ),
            f"{problem.limit:,}".replace(",", "."),
        )
    if problem.kind == "amount":
        return fill(
            QCoreApplication.translate(
                "services", "This amount is more than zpdesk accepts (at most %1 euros)."
            ),
            f"{problem.limit // 100:,}".replace(",", "."),
        )
    if problem.kind == "date":
        return fill(
            QCoreApplication.translate(
                "services", "This date lies outside the years %1 that zpdesk works with."
            ),
            range_text(),
        )
    return QCoreApplication.translate("services", "This number is larger than zpdesk accepts.")


def check_object(obj: object) -> None:
    """Raise ``ValidationError`` (naming the field) for the first value out of bounds."""
    mapper = inspect(obj).mapper
    table = mapper.local_table.name
    for attribute in mapper.column_attrs:
        column = attribute.columns[0]
        if not isinstance(column, Column):
            continue
        problem = value_problem(table, column, getattr(obj, attribute.key))
        if problem is not None:
            raise ValidationError(_message(problem), column.name)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        check_object(obj)


def watch(sessions: sessionmaker[Session]) -> None:
    """Check every row the sessions of ``sessions`` write against the bounds."""
    if not event.contains(sessions, "before_flush", _before_flush):
        event.listen(sessions, "before_flush", _before_flush)
