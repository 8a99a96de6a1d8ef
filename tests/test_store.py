"""Opening, creating and migrating the database file."""

from __future__ import annotations

import sqlite3
import stat
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError

from zpdesk.domain.enums import NetworkKind
from zpdesk.store import errors
from zpdesk.store.db import Database, open_database
from zpdesk.store.models import Engagement, Network
from zpdesk.store.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

pytestmark = pytest.mark.store


def test_new_database_is_private_wal_and_at_head(db: Database, db_path: Path) -> None:
    if sys.platform != "win32":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    con.close()


def test_every_connection_enforces_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_models_and_migrations_agree(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from zpdesk.store.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_known_revisions_match_the_scripts() -> None:
    from zpdesk.store.migrate import script_revisions

    assert tuple(script_revisions()) == KNOWN_REVISIONS


def test_money_and_percent_are_exact(db: Database) -> None:
    with db.session() as session:
        session.add(
            Network(
                name="KKP",
                kind=NetworkKind.KNOWLEDGE_NETWORK,
                commission_pct=Decimal("12.5"),
                annual_fee_cents=12_345,
            )
        )
    with db.session() as session:
        network = session.scalars(select(Network)).one()
        assert network.commission_pct == Decimal("12.50")
        assert network.annual_fee_cents == 12_345


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "  "},
        {"annual_fee_cents": -1},
        {"commission_pct": Decimal("100.01")},
        {"joined_on": date(2025, 5, 1), "left_on": date(2025, 4, 30)},
    ],
)
def test_schema_refuses_bad_networks(db: Database, fields: dict) -> None:
    values = {"name": "N", "kind": NetworkKind.OTHER} | fields
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Network(**values))


def test_deleting_a_network_that_brought_work_is_refused(db: Database) -> None:
    with db.session() as session:
        network = Network(name="N", kind=NetworkKind.OTHER)
        session.add(network)
        session.flush()
        session.add(Engagement(title="Job", start_on=date(2025, 1, 1), network_id=network.id))
    with pytest.raises(IntegrityError), db.session() as session:
        session.delete(session.scalars(select(Network)).one())


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"just some text, not a database at all")
    before = path.read_bytes()
    with pytest.raises(errors.NotSQLiteError):
        open_database(path)
    assert path.read_bytes() == before


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(errors.NotZpdeskError):
        open_database(path)


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(errors.SchemaTooNewError, match="newer version"):
        open_database(db_path)


def test_engine_helper_is_sqlite_only() -> None:
    # guards against someone pointing the store at another engine by accident
    assert create_engine("sqlite://").dialect.name == "sqlite"
