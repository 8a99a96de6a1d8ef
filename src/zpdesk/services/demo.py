"""The sample data set (``zpdesk demo``): realistic, deterministic for a seed."""

from __future__ import annotations

from sqlalchemy import func, select

from zpdesk.store.db import Database
from zpdesk.store.models import Network, Person


class NotEmptyError(Exception):
    """The database already holds data and ``--force`` was not given."""


def is_empty(db: Database) -> bool:
    """True when there are no networks and no people yet."""
    with db.session() as session:
        networks = session.scalar(select(func.count()).select_from(Network)) or 0
        people = session.scalar(select(func.count()).select_from(Person)) or 0
    return networks == 0 and people == 0


def write_demo(db: Database, *, seed: int = 2026, size: str = "normal", force: bool = False) -> str:
    """Fill ``db`` with sample data; returns a one-line summary."""
    raise NotImplementedError("the demo data set is being built")
