"""Collecting demo rows per model in memory, then writing them in bulk."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from zpdesk.store.models import Base

Row = dict[str, Any]


class Rows:
    """Rows per model with ids given in order of creation, so a seed gives the same ids."""

    def __init__(self) -> None:
        self._rows: dict[type[Base], list[Row]] = {}
        self._next_id: dict[type[Base], int] = {}

    def add(self, model: type[Base], **values: Any) -> int:
        """Keep one row; returns its id (0 for tables keyed on other columns)."""
        if "id" in model.__table__.c and "id" not in values:
            values["id"] = self._next_id.get(model, 1)
        if "id" in values:
            self._next_id[model] = max(self._next_id.get(model, 1), values["id"] + 1)
        self._rows.setdefault(model, []).append(values)
        return int(values.get("id", 0))

    def of(self, model: type[Base]) -> list[Row]:
        return self._rows.get(model, [])

    def count(self, model: type[Base]) -> int:
        return len(self._rows.get(model, []))

    def write(self, session: Session) -> None:
        """Insert everything, parents before children, one bulk statement per key set."""
        models = {mapper.local_table: mapper.class_ for mapper in Base.registry.mappers}
        for table in Base.metadata.sorted_tables:
            model = models[table]
            rows = self._rows.get(model)
            if not rows:
                continue
            # Rows with the same keys go in one executemany; keep creation order otherwise.
            batches: dict[tuple[str, ...], list[Row]] = {}
            for row in rows:
                batches.setdefault(tuple(sorted(row)), []).append(row)
            for batch in batches.values():
                session.execute(insert(model), batch)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def workday(day: date) -> date:
    """``day``, or the Friday before it when it falls in a weekend."""
    if day.weekday() >= 5:
        return day - timedelta(days=day.weekday() - 4)
    return day


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def months(first: date, last: date) -> Iterator[tuple[int, int]]:
    """(year, month) for every month from ``first`` to ``last`` inclusive."""
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def rrule_until(day: date) -> str:
    """An RRULE UNTIL value for the end of ``day`` (naive local time)."""
    return f"{day:%Y%m%d}T235959"
