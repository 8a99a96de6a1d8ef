"""The sample data set (``zpdesk demo``): realistic, deterministic for a seed.

``size="normal"`` tells the story of one freelancer and seven networks over the previous
and the current calendar year; ``size="heavy"`` is ten years of bulk data to test speed.
Both are relative to ``today`` so that the previous year is complete and the current year
runs up to today, with planned meetings to its end.
"""

from __future__ import annotations

import random
import time
from datetime import date

from sqlalchemy import Table, delete, exists, select
from sqlalchemy.orm import Session

from zpdesk import clock
from zpdesk.services.demo.rows import Rows
from zpdesk.store.db import Database
from zpdesk.store.models import (
    Base,
    Commitment,
    Engagement,
    Expectation,
    Network,
    Occurrence,
    Person,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
)

SIZES = ("normal", "heavy")


class NotEmptyError(Exception):
    """The database already holds data and ``force`` was not given."""


def _data_tables() -> list[Table]:
    # The settings row alone does not make a database "used": first start may write it.
    return [t for t in Base.metadata.sorted_tables if t.name != UserSettings.__tablename__]


def _has_data(session: Session) -> bool:
    return any(session.scalar(select(exists().select_from(t))) for t in _data_tables())


def is_empty(db: Database) -> bool:
    """True when no table holds data (the settings row does not count)."""
    with db.session() as session:
        return not _has_data(session)


def _clear(session: Session) -> None:
    """Delete every row, children before parents."""
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(delete(table))


def write_demo(
    db: Database,
    *,
    seed: int = 2026,
    size: str = "normal",
    force: bool = False,
    today: date | None = None,
) -> str:
    """Fill ``db`` with sample data in one transaction; returns a one-line summary.

    Refuses a database that holds data unless ``force``; with ``force`` the old rows are
    deleted in the same transaction, so a failure leaves the database as it was.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; choose one of {', '.join(SIZES)}")
    today = today or clock.today()
    started = time.perf_counter()
    rng = random.Random(seed)
    rows = Rows()
    if size == "normal":
        from zpdesk.services.demo.normal import build
    else:
        from zpdesk.services.demo.heavy import build
    with db.session() as session:
        if _has_data(session) and not force:
            raise NotEmptyError(
                f"{db.path} already holds data; the sample data is only written to an empty "
                "database. Use --force to replace everything in it."
            )
        language = session.scalar(select(UserSettings.language)) or ""
        build(rows, rng, today, language=language)
        _clear(session)
        rows.write(session)
    seconds = time.perf_counter() - started
    return _summary(rows, seconds)


def _summary(rows: Rows, seconds: float) -> str:
    parts = [
        (Network, "networks"),
        (Person, "people"),
        (Commitment, "meeting series"),
        (Occurrence, "marked occurrences"),
        (TimeEntry, "time entries"),
        (Engagement, "engagements"),
        (RevenueEntry, "revenue entries"),
        (ReferralGiven, "referrals given"),
        (Expectation, "expectations"),
    ]
    counts = ", ".join(f"{rows.count(model)} {label}" for model, label in parts)
    return f"{counts} ({seconds:.1f} s)"
