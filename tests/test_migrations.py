"""Point 6: upgrading from every earlier schema revision keeps every row; a failing
migration leaves its backup and no half-changed schema.

The test is written over ``KNOWN_REVISIONS``: when a revision is added, add its data file
``tests/migration_data/<revision>.sql`` (plain SQL inserts that match that revision, at
least one row in every table) and every upgrade path is checked with data.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from zpdesk.store import db as db_module
from zpdesk.store import errors, migrate
from zpdesk.store.backup import PRE_MIGRATION, backup_folder_for, list_backups
from zpdesk.store.db import make_engine, open_database, verify_database
from zpdesk.store.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

pytestmark = pytest.mark.store

DATA = Path(__file__).with_name("migration_data")


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table as {column: value}, in primary-key order (a backup's own
    record, ``zpdesk_backup``, left out)."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN ('alembic_version', 'zpdesk_backup') ORDER BY name"
            )
        ]
        result = {}
        for table in tables:
            cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [d[0] for d in cursor.description]
            result[table] = [dict(zip(names, row, strict=True)) for row in cursor]
        return result
    finally:
        con.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND tbl_name != 'zpdesk_backup' ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _build_at(path: Path, revision: str) -> None:
    """A database at ``revision`` exactly as that revision's code made it."""
    engine = make_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection, revision)
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    engine.dispose()


def _fill(path: Path, revision: str) -> None:
    script = DATA / f"{revision}.sql"
    assert script.is_file(), f"add {script.relative_to(DATA.parent.parent)} for this revision"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("BEGIN")
    con.execute("PRAGMA defer_foreign_keys=ON")  # the file lists tables alphabetically
    for statement in script.read_text(encoding="utf-8").split(";\n"):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        if "".join(lines).strip():
            con.execute("\n".join(lines))
    con.execute("COMMIT")
    con.close()


def _assert_kept(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> None:
    """Every old row is still there, with every column the old revision had."""
    for table, rows in old.items():
        assert table in new, f"table {table} disappeared"
        kept = [{k: row[k] for k in rows[0]} for row in new[table]] if rows else []
        for row in rows:
            assert row in kept, f"{table}: row {row} was lost or changed"


def _upgrade_and_check(path: Path, revision: str) -> None:
    old_rows = _rows(path)
    empty = [t for t, rows in old_rows.items() if not rows]
    assert not empty, f"{revision}.sql leaves tables empty: {empty}"

    db = open_database(path)  # the normal way in: backup, then upgrade to head
    db.close()
    assert _revision(path) == HEAD_REVISION
    new_rows = _rows(path)
    _assert_kept(old_rows, new_rows)
    migrated = revision != HEAD_REVISION
    backups = list_backups(backup_folder_for(path))
    assert len(backups) == (1 if migrated else 0)
    if migrated:
        assert backups[0].reason == PRE_MIGRATION
        assert _rows(backups[0].path) == old_rows
        assert verify_database(backups[0].path) == revision

    # A second upgrade changes nothing: same schema, same rows, no new backup.
    schema = _schema(path)
    engine = make_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()
    open_database(path).close()
    assert _schema(path) == schema
    assert _rows(path) == new_rows
    assert len(list_backups(backup_folder_for(path))) == len(backups)


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_upgrade_from_every_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"at-{revision}.sqlite"
    _build_at(path, revision)
    _fill(path, revision)
    assert _revision(path) == revision
    _upgrade_and_check(path, revision)


def test_every_revision_has_a_data_file() -> None:
    assert sorted(p.stem for p in DATA.glob("*.sql")) == sorted(KNOWN_REVISIONS)


# --- with a revision added by the test ---------------------------------------------------

ADD_COLUMN = '''
"""test: add a column"""
import sqlalchemy as sa
from alembic import op

revision = "9001_test_add"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=False, server_default=""))
'''

BROKEN = '''
"""test: a migration that fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "9001_test_broken"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("network") as batch:  # rebuilds the table
        batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))
    op.create_table("half_made", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE network SET name = name || ' (changed)'")
    op.execute("DELETE FROM checkin")
    raise RuntimeError("migration 9001 failed halfway")
'''


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a copy of the migration scripts with one more revision (returns a setter)."""

    def install(template: str, revision: str) -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
        )
        (scripts / "versions" / f"{revision}.py").write_text(
            template.format(down=HEAD_REVISION), encoding="utf-8"
        )
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
        monkeypatch.setattr(db_module, "HEAD_REVISION", revision)
        monkeypatch.setattr(db_module, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, revision))

    return install


def test_upgrade_through_an_added_revision_keeps_every_row(tmp_path: Path, extra_revision) -> None:
    path = tmp_path / "old.sqlite"
    _build_at(path, HEAD_REVISION)
    _fill(path, HEAD_REVISION)
    old_rows = _rows(path)
    extra_revision(ADD_COLUMN, "9001_test_add")
    db = open_database(path)
    db.close()
    assert _revision(path) == "9001_test_add"
    new_rows = _rows(path)
    _assert_kept(old_rows, new_rows)
    assert all(row["nickname"] == "" for row in new_rows["person"])
    backups = list_backups(backup_folder_for(path))
    assert [b.reason for b in backups] == [PRE_MIGRATION]
    assert _rows(backups[0].path) == old_rows
    schema = _schema(path)
    open_database(path).close()  # a second time: nothing to do
    assert _schema(path) == schema and _rows(path) == new_rows
    assert len(list_backups(backup_folder_for(path))) == 1


def test_failing_migration_leaves_the_backup_and_no_half_changed_schema(
    tmp_path: Path, extra_revision
) -> None:
    path = tmp_path / "old.sqlite"
    _build_at(path, HEAD_REVISION)
    _fill(path, HEAD_REVISION)
    schema, rows = _schema(path), _rows(path)
    extra_revision(BROKEN, "9001_test_broken")

    with pytest.raises(errors.MigrationError, match="migration 9001 failed halfway"):
        open_database(path)

    assert _schema(path) == schema  # no extra column, no half_made table
    assert _rows(path) == rows  # no renamed networks, no deleted check-ins
    assert _revision(path) == HEAD_REVISION
    backups = list_backups(backup_folder_for(path))
    assert [b.reason for b in backups] == [PRE_MIGRATION]
    assert verify_database(backups[0].path) == HEAD_REVISION
    assert _rows(backups[0].path) == rows
    assert not Path(f"{path}.lock").exists()


def test_0003_engagements_get_no_estimate_and_fees_no_history(tmp_path: Path) -> None:
    """From 0001: every engagement's estimated value is "not entered" (NULL, so the review
    counts its revenue), the fee history is empty (the current fee holds for every year),
    and the new column refuses a negative estimate."""
    path = tmp_path / "at-0001.sqlite"
    _build_at(path, "0001_initial")
    _fill(path, "0001_initial")
    open_database(path).close()
    rows = _rows(path)
    assert [r["estimated_value_cents"] for r in rows["engagement"]] == [None]
    assert rows["network_fee"] == []
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE engagement SET estimated_value_cents = -1")
        con.execute("UPDATE engagement SET estimated_value_cents = 500000")
        assert con.execute("SELECT estimated_value_cents FROM engagement").fetchone() == (500000,)
    finally:
        con.close()


def test_row_versions_start_at_one_for_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "at-0003.sqlite"
    _build_at(path, "0003_engagement_estimated_value")
    _fill(path, "0003_engagement_estimated_value")
    open_database(path).close()
    rows = _rows(path)
    assert all(row["version"] == 1 for table in rows.values() for row in table)
    assert sum(len(table) for table in rows.values()) == 42


def test_0005_networks_get_no_renewal_terms(tmp_path: Path) -> None:
    """From 0004: every network's renewal terms are "not entered" (kind none, no date,
    no notice, renews automatically, no announced fee change, no notice given), so no
    deadline appears until the user fills them; the new columns refuse impossible values."""
    path = tmp_path / "at-0004.sqlite"
    _build_at(path, "0004_row_versions")
    _fill(path, "0004_row_versions")
    open_database(path).close()
    rows = _rows(path)["network"]
    assert [
        (
            r["renewal_kind"],
            r["renewal_on"],
            r["renewal_term_months"],
            r["notice_amount"],
            r["notice_unit"],
            r["renews_automatically"],
            r["fee_change_cents"],
            r["fee_change_from"],
            r["notice_given_on"],
        )
        for r in rows
    ] == [("none", None, None, 0, "months", 1, None, None, None)] * 2
    con = sqlite3.connect(path)
    try:
        for bad in ("notice_amount = -1", "renewal_term_months = 0", "fee_change_cents = -5"):
            with pytest.raises(sqlite3.IntegrityError):
                con.execute(f"UPDATE network SET {bad}")
        con.execute("UPDATE network SET renewal_kind = 'term', renewal_term_months = 6")
        assert con.execute("SELECT renewal_term_months FROM network").fetchall() == [(6,), (6,)]
    finally:
        con.close()


def test_series_timezone_existing_series_repeat_in_amsterdam(tmp_path: Path) -> None:
    """0006_series_timezone: every series made before it repeats in Europe/Amsterdam."""
    path = tmp_path / "at-0001.sqlite"
    _build_at(path, "0001_initial")
    _fill(path, "0001_initial")
    open_database(path).close()
    rows = _rows(path)
    assert [r["timezone"] for r in rows["commitment"]] == ["Europe/Amsterdam"] * 2
    assert all(r["title"] is None and r["location"] is None for r in rows["occurrence"])
