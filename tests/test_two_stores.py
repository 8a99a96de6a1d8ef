"""The same data gives the same results on a file and on a server database (issue 17).

Needs a PostgreSQL server (tests/pg_server.py starts one); without one these tests skip
with one line saying how to run them, and with CI=true they fail instead.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from zpdesk.cli import main
from zpdesk.domain.enums import NetworkKind
from zpdesk.domain.text import fold
from zpdesk.services.copy import CopyError, copy_database
from zpdesk.store.db import Database
from zpdesk.store.errors import NotZpdeskError, SchemaTooNewError
from zpdesk.store.locations import open_location, resolve_location
from zpdesk.store.models import Expense, Network
from zpdesk.store.postgres import describe, is_server_url, redacted

pytestmark = pytest.mark.store


def _export(location: Path | str, out: Path) -> bytes:
    assert main(["export", "--db", str(location), "--json", str(out)]) == 0
    return out.read_bytes()


def _review_csv(location: Path | str, year: int, out: Path) -> bytes:
    assert main(["review", "--db", str(location), "--year", str(year), "--csv", str(out)]) == 0
    return out.read_bytes()


def test_demo_written_on_both_stores_gives_identical_exports_and_reviews(
    demo_template: Path,
    pg_url: str,
    tmp_path: Path,
    qapp,
    capsys,
) -> None:
    from zpdesk.services.demo import write_demo

    server = open_location(pg_url)
    try:
        write_demo(server, seed=2026)  # the same seed and day as demo_template
    finally:
        server.close()
    file_json = _export(demo_template, tmp_path / "file.json")
    server_json = _export(pg_url, tmp_path / "server.json")
    assert len(json.loads(file_json)["tables"]["network"]) > 5
    assert server_json == file_json
    today = date.today()
    for year in (today.year - 1, today.year):
        file_csv = _review_csv(demo_template, year, tmp_path / f"file-{year}.csv")
        server_csv = _review_csv(pg_url, year, tmp_path / f"server-{year}.csv")
        assert file_csv.count(b"\n") > 5
        assert server_csv == file_csv, f"review {year} differs"
    capsys.readouterr()


def test_copy_file_to_server_to_file_round_trip(
    demo_template: Path,
    empty_pg_url: str,
    tmp_path: Path,
    capsys,
) -> None:
    # a server database without any schema yet, as a user's new one: copy creates it
    assert main(["copy", "--from", str(demo_template), "--to", empty_pg_url]) == 0
    out = capsys.readouterr().out
    assert "the exports of both are identical" in out
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--from", empty_pg_url, "--to", str(back)]) == 0
    assert _export(back, tmp_path / "b.json") == _export(demo_template, tmp_path / "a.json")
    # a target that holds data is refused, and left as it was
    before = _export(empty_pg_url, tmp_path / "before.json")
    assert main(["copy", "--from", str(back), "--to", empty_pg_url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds data" in err
    assert _export(empty_pg_url, tmp_path / "after.json") == before
    with pytest.raises(CopyError, match="already holds data"):
        copy_database(empty_pg_url, back)


def test_copy_refuses_the_same_database_and_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(CopyError, match="no database"):
        copy_database(tmp_path / "missing.sqlite", tmp_path / "new.sqlite")
    open_location(tmp_path / "a.sqlite").close()
    with pytest.raises(CopyError, match="same database"):
        copy_database(tmp_path / "a.sqlite", tmp_path / "a.sqlite")


def test_fold_on_the_server_is_domain_fold(pg_url: str) -> None:
    words = ["André", "COÖPERATIE", "Zoë", "Ruiné", "Straße", "Œuvre", "IJsselmeer", "Łódź"]
    words += ["Cafe\u0301", "ǅemal", "Ærø", "Ĳssel", "Nguyễn", "Ŵales", "plain ASCII 123 %_"]
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        words += [chr(c) for c in range(start, end + 1) if unicodedata.category(chr(c)) != "Cn"]
    database = open_location(pg_url)
    with database.session() as session:
        got = [session.execute(text("SELECT zpd_fold(:w)"), {"w": word}).scalar() for word in words]
    database.close()
    assert [(w, g) for w, g in zip(words, got, strict=True) if g != fold(w)] == []


def test_a_newer_schema_on_the_server_is_refused(pg_url: str) -> None:
    database = open_location(pg_url)
    with database.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
    database.close()
    with pytest.raises(SchemaTooNewError, match="newer version of zpdesk"):
        open_location(pg_url)


def test_a_database_of_another_program_is_refused(empty_pg_url: str) -> None:
    import psycopg

    with psycopg.connect(empty_pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(NotZpdeskError, match="another program"):
        open_location(empty_pg_url)


@pytest.mark.both_stores
def test_checks_and_money_agree(db: Database) -> None:
    with db.session() as session:
        network = Network(name="Groot", kind=NetworkKind.OTHER)
        session.add(network)
        session.flush()
        # ten billion euros: past 2**31 cents, within MAX_CENTS
        session.add(Expense(network_id=network.id, on=date(2025, 1, 1), amount_cents=10**12))
    with db.session() as session:
        assert session.execute(text("SELECT sum(amount_cents) FROM expense")).scalar() == (10**12)
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Network(name="Negatief", kind=NetworkKind.OTHER, annual_fee_cents=-1))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Network(name="   ", kind=NetworkKind.OTHER))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Expense(network_id=999, on=date(2025, 1, 1), amount_cents=1))


@pytest.mark.both_stores
def test_names_sort_the_same_on_both_stores(db: Database) -> None:
    from zpdesk.services.networks import network_choices

    with db.session() as session:
        for name in ["beta", "Alpha", "Éclair", "alpha", "Zeta", "ärger"]:
            session.add(Network(name=name, kind=NetworkKind.OTHER))
    with db.session() as session:
        names = [choice.name for choice in network_choices(session)]
    # lower() folds ASCII only on both (SQLite's lower, the server's "C" collation)
    assert names == ["Alpha", "alpha", "beta", "Zeta", "Éclair", "ärger"]


def test_urls_are_shown_and_remembered_without_password() -> None:
    url = "postgresql://anna:geheim%21@db.example.nl:5433/zpdesk?sslmode=require"
    assert is_server_url(url) and is_server_url("postgres://h/db")
    assert not is_server_url("/home/anna/zpdesk.sqlite")
    assert redacted(url) == "postgresql://anna@db.example.nl:5433/zpdesk?sslmode=require"
    assert redacted("postgresql://anna@h/db") == "postgresql://anna@h/db"
    assert describe(url) == "zpdesk @ db.example.nl"


def test_zpdesk_db_may_name_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZPDESK_DB", "postgresql://anna@h/zpdesk")
    assert resolve_location(None) == "postgresql://anna@h/zpdesk"
    assert resolve_location("postgresql://bob@h/x") == "postgresql://bob@h/x"
    assert resolve_location("other.sqlite") == Path("other.sqlite")


def test_a_wrong_password_is_one_line_without_the_password(
    pg_server,
    capsys,
) -> None:
    # trust authentication accepts any password; an unknown database shows the path
    url = pg_server.database_url("no_such_database").replace("zpdesk@", "zpdesk:geheim@")
    assert main(["review", "--db", url, "--year", "2025"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geheim" not in err and "no_such_database" in err


def test_sslmode_from_the_url_reaches_the_server(pg_server) -> None:
    # the test server offers no TLS: sslmode=require must make the connection fail
    url = pg_server.database_url("postgres") + "?sslmode=require"
    with pytest.raises(Exception, match="(?i)ssl"):
        open_location(url)


def test_backup_of_a_server_database_is_verified_rotated_json(
    pg_url: str,
    tmp_path: Path,
    capsys,
) -> None:
    from datetime import datetime, timedelta

    from zpdesk.services.server_backup import backup_server, server_backups

    database = open_location(pg_url)
    with database.session() as session:
        session.add(Network(name="Kenniskring", kind=NetworkKind.OTHER))
    folder = tmp_path / "backups"
    assert main(["backup", "--db", pg_url, "--to", str(folder)]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == folder and written.suffix == ".json"
    assert json.loads(written.read_text())["tables"]["network"][0]["name"] == "Kenniskring"
    # it restores anywhere: into a new file
    restored = tmp_path / "restored.sqlite"
    assert main(["import", "--db", str(restored), "--json", str(written)]) == 0
    assert _export(restored, tmp_path / "r.json") == _export(pg_url, tmp_path / "s.json")
    # forty days of daily backups are thinned out to 7 daily, then weekly ones
    start = datetime(2026, 1, 1, 12, 0)
    daily = tmp_path / "daily"
    for day in range(40):
        backup_server(database, daily, now=start + timedelta(days=day))
    database.close()
    kept = [stamp.date() for stamp, _ in server_backups(daily)]
    assert len(kept) < 20 and kept[0] == date(2026, 2, 9)
    assert kept[:7] == [date(2026, 2, 9) - timedelta(days=n) for n in range(7)]
