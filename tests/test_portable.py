"""Point 8 (and the JSON part of 9): the portable export covers every table, round-trips
byte for byte, and an import either succeeds whole or changes nothing."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safety_data import dump, file_state, fill_every_table
from zpdesk.cli import main
from zpdesk.services import portable
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import open_database
from zpdesk.store.models import Base

pytestmark = pytest.mark.store

DOC = Path(__file__).resolve().parents[1] / "docs" / "json-format.md"


@pytest.fixture
def full_db(tmp_path: Path) -> Path:
    path = tmp_path / "full.sqlite"
    db = open_database(path)
    with db.session() as session:
        fill_every_table(session)
    db.close()
    return path


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_database(path).close()
    return path


def _export(path: Path, out: Path) -> dict[str, Any]:
    db = open_database(path)
    portable.export_json(db, out)
    db.close()
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_covers_every_table_of_the_model_and_of_the_file(
    full_db: Path, tmp_path: Path
) -> None:
    data = _export(full_db, tmp_path / "out.json")
    in_file = set(dump(full_db))
    assert set(data["tables"]) == set(Base.metadata.tables) == in_file
    assert all(data["tables"][name] for name in in_file), "fill_every_table left one empty"


def test_every_table_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    sections = {
        part.split("`", 1)[0]: part for part in text.split("\n### `")[1:]
    }  # table name -> its section
    missing = sorted(set(Base.metadata.tables) - set(sections))
    assert missing == [], f"describe these tables in {DOC.name}"
    for name, table in Base.metadata.tables.items():
        undocumented = [
            c.name for c in portable.data_columns(table) if f"`{c.name}`" not in sections[name]
        ]
        assert undocumented == [], f"{DOC.name}: describe {name}.{undocumented}"
    assert f"format_version`: {portable.FORMAT_VERSION}" in text


def test_values_are_cents_iso_dates_and_decimal_text(full_db: Path, tmp_path: Path) -> None:
    tables = _export(full_db, tmp_path / "out.json")["tables"]
    network = tables["network"][0]
    assert network["annual_fee_cents"] == 25_000
    assert network["commission_pct"] == "12.50"
    assert network["joined_on"] == "2023-03-01"
    assert network["left_on"] is None
    assert tables["revenue_entry"][0]["amount_cents"] == 123_456
    assert tables["commitment"][0]["starts_at"] == "2024-01-09T07:30:00"
    assert tables["commitment"][0]["is_external"] is False
    assert tables["engagement"][0]["route"] == "referral_received"
    assert [row["id"] for row in tables["checkin"]] == [1, 2, 3, 4]


def test_export_import_export_is_byte_identical(full_db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    _export(full_db, first)
    target = tmp_path / "new" / "zpdesk.sqlite"
    summary = portable.import_file(target, first)
    assert summary.total == sum(len(rows) for rows in dump(full_db).values())
    second = tmp_path / "second.json"
    _export(target, second)
    assert first.read_bytes() == second.read_bytes()
    assert dump(target) == dump(full_db)  # ids and stored values identical


def test_export_is_written_privately_and_atomically(full_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old export")
    _export(full_db, out)
    assert json.loads(out.read_text())["format"] == "zpdesk"
    assert [p.name for p in tmp_path.glob("*.partial")] == []
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert text == portable.dumps(json.loads(text))  # canonical: sorted keys, fixed indent


def test_import_into_an_existing_empty_database(
    full_db: Path, tmp_path: Path, empty_template: Path
) -> None:
    export = tmp_path / "e.json"
    _export(full_db, export)
    target = tmp_path / "empty.sqlite"
    shutil.copy(empty_template, target)
    portable.import_file(target, export)
    assert dump(target) == dump(full_db)


def test_import_into_a_database_with_data_is_refused(
    full_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "e.json"
    _export(full_db, export)
    before = dump(full_db)
    assert main(["import", "--db", str(full_db), "--json", str(export)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "already holds data" in err and "new or empty database" in err
    assert dump(full_db) == before


def test_cli_export_and_import(
    full_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.json"
    assert main(["export", "--db", str(full_db), "--json", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    target = tmp_path / "laptop" / "zpdesk.sqlite"
    assert main(["import", "--db", str(target), "--json", str(out)]) == 0
    # 44: two networks each with a two-row fee history (network_fee, schema 0002)
    assert capsys.readouterr().out.startswith("imported 44 rows")
    assert dump(target) == dump(full_db)


# --- bad files: a clear message, and no database left behind ----------------------------


def _valid(full_db: Path, tmp_path: Path) -> dict[str, Any]:
    return _export(full_db, tmp_path / "valid.json")


def _set(path: list[Any], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(path: list[Any]) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def _duplicate_person(data: dict[str, Any]) -> None:
    data["tables"]["person"].append(copy.deepcopy(data["tables"]["person"][0]))


NET = ["tables", "network", 0]
BAD: list[tuple[str, Any, str]] = [
    ("not zpdesk", _set(["format"], "other"), "not a zpdesk export"),
    ("newer format", _set(["format_version"], 99), "Update zpdesk"),
    ("format version text", _set(["format_version"], "1"), "format_version"),
    ("newer schema", _set(["schema_revision"], "9999_future"), "newer zpdesk"),
    ("no tables", _drop(["tables"]), 'no "tables"'),
    ("unknown table", _set(["tables", "spaceships"], []), "does not know"),
    ("rows not a list", _set(["tables", "network"], {"a": 1}), "list of rows"),
    ("row not an object", _set([*NET[:2], 0], [1, 2]), "expected an object"),
    ("unknown field", _set([*NET, "colour2"], "#fff"), "unknown fields"),
    ("missing name", _drop([*NET, "name"]), "missing"),
    ("missing id", _drop([*NET, "id"]), "missing"),
    ("id as text", _set([*NET, "id"], "1"), "whole number"),
    ("bool as number", _set([*NET, "annual_fee_cents"], True), "whole number"),
    ("float money", _set([*NET, "annual_fee_cents"], 12.5), "whole number"),
    ("enormous amount", _set([*NET, "annual_fee_cents"], 2**70), "too large"),
    ("negative amount", _set([*NET, "annual_fee_cents"], -1), "breaks a rule"),
    ("negative revenue", _set(["tables", "revenue_entry", 0, "amount_cents"], -500), "rule"),
    ("three decimals", _set([*NET, "commission_pct"], "12.345"), "decimals"),
    ("not a number", _set([*NET, "commission_pct"], "twelve"), "not a number"),
    ("infinite", _set([*NET, "commission_pct"], "Infinity"), "not a number"),
    ("commission above 100", _set([*NET, "commission_pct"], "100.01"), "rule"),
    ("impossible date", _set([*NET, "joined_on"], "2025-02-30"), "not a real date"),
    ("year zero", _set([*NET, "joined_on"], "0000-01-01"), "not a real date"),
    ("US date", _set([*NET, "joined_on"], "01/31/2025"), "date like"),
    ("date as number", _set([*NET, "joined_on"], 20250131), "date like"),
    (
        "aware datetime",
        _set(["tables", "commitment", 0, "starts_at"], "2025-01-01T08:00:00+01:00"),
        "local date and time",
    ),
    ("unknown enum", _set([*NET, "kind"], "secret_society"), "is not one of"),
    ("bool as 1", _set(["tables", "commitment", 0, "is_external"], 1), "true or false"),
    ("null name", _set([*NET, "name"], None), "required"),
    ("blank name", _set([*NET, "name"], "   "), "rule"),
    ("name too long", _set([*NET, "name"], "x" * 201), "at most 200"),
    ("huge note", _set(["tables", "checkin", 0, "note"], "x" * 1_000_001), "at most 1000000"),
    ("lone surrogate", _set([*NET, "description"], "\ud800"), "invalid character"),
    ("dangling reference", _set(["tables", "checkin", 0, "expectation_id"], 999), "refers to rows"),
    ("duplicate id", _duplicate_person, "rule"),
    ("score 6", _set(["tables", "checkin", 0, "score"], 6), "rule"),
]


@pytest.mark.parametrize(("change", "words"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_export_is_refused_and_leaves_nothing(
    full_db: Path, tmp_path: Path, change: Any, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _valid(full_db, tmp_path)
    change(data)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8", errors="surrogatepass")
    target = tmp_path / "new.sqlite"
    assert main(["import", "--db", str(target), "--json", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert words in err
    assert "Nothing was imported" in err
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "full.sqlite", "valid.json"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not valid JSON"),
        (b'{"format": ', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[]", "not a zpdesk export"),
    ],
    ids=["empty", "cut off", "binary", "deep nesting", "a list"],
)
def test_unreadable_files_are_refused(
    tmp_path: Path, content: bytes, words: str, empty_template: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(content)
    target = tmp_path / "empty.sqlite"
    shutil.copy(empty_template, target)
    before = file_state(target)
    with pytest.raises(ValidationError, match=words):
        portable.import_file(target, source)
    assert file_state(target) == before


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False)
    | st.text(max_size=300)
    | st.sampled_from(
        ["2025-01-31", "9999-12-31", "0001-01-01", "2025-01-31T07:30:00", "12.50", ""]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


@pytest.mark.slow
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mangled_export_imports_whole_or_not_at_all(
    full_db: Path, tmp_path: Path, empty_template: Path, data: st.DataObject
) -> None:
    """Replace one field of a valid export with anything: the import succeeds whole, or
    raises ValidationError and the database is left exactly as it was."""
    export = (
        json.loads((tmp_path / "valid.json").read_text())
        if (tmp_path / "valid.json").exists()
        else _valid(full_db, tmp_path)
    )
    tables = [name for name, rows in export["tables"].items() if rows]
    table = data.draw(st.sampled_from(sorted(tables)))
    row = data.draw(st.integers(0, len(export["tables"][table]) - 1))
    field = data.draw(st.sampled_from(sorted(export["tables"][table][row])))
    export["tables"][table][row][field] = data.draw(JSON_VALUES)
    target = tmp_path / "target.sqlite"
    shutil.copy(empty_template, target)
    before = dump(target)
    try:
        parsed = portable.parse_export(export)
        db = open_database(target)
        try:
            portable.import_into(db, parsed)
        finally:
            db.close()
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert dump(target) == before
    else:
        assert sum(len(rows) for rows in dump(target).values()) == sum(
            len(rows) for rows in export["tables"].values()
        )
    finally:
        target.unlink()
        for extra in ("-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)


def test_import_never_touches_sqlite_outside_the_transaction(
    full_db: Path, tmp_path: Path, empty_template: Path
) -> None:
    # A row that fails at the very end (a dangling reference checked at commit) rolls
    # back every table, including those inserted before it.
    data = _valid(full_db, tmp_path)
    data["tables"]["year_decision"][0]["network_id"] = 77
    target = tmp_path / "empty.sqlite"
    shutil.copy(empty_template, target)
    with pytest.raises(ValidationError, match="refers to rows"):
        portable.import_into(open_database(target), portable.parse_export(data))
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM network").fetchone()[0] == 0
    con.close()
