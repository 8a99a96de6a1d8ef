"""Point 9, the command line against hostile arguments.

Hypothesis builds argument lists for every sub-command: random and odd-Unicode strings,
paths that are missing, folders, far too long, the database itself or its WAL file,
dates like 0000-00-00 and 9999-12-31, years -5 and 99999, sizes like 99999999x99999999,
stray options. Each runs in-process through ``zpdesk.cli.main`` and must end in exit code 0,
or in 1 or 2 with exactly one line on stderr — never a traceback, never the internal-error
code 70 — and when it fails, the database is unchanged.

Decision (documented in the README): argparse's own usage errors are made one line too,
``zpdesk review: the following arguments are required: --year (see zpdesk review --help)``,
with argparse's exit code 2; ``--help`` still prints the full usage.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from safety_data import dump
from zpdesk.cli import EXIT_INTERNAL, main
from zpdesk.store.backup import backup_database

pytestmark = pytest.mark.store
NETWORK = "KKP West-Brabant"  # a network of the demo data


@pytest.fixture(scope="module")
def world(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the arguments point at; the database is copied per run."""
    folder = tmp_path_factory.mktemp("cli-world")
    backup_database(demo_template, folder / "backup.sqlite")
    (folder / "a-folder").mkdir()
    (folder / "not-a-db.sqlite").write_text("hello")
    (folder / "empty.ics").write_bytes(b"")
    (folder / "one.ics").write_bytes(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:cli-1\r\nDTSTART:20260105T100000\r\n"
        b"DURATION:PT1H\r\nSUMMARY:Uit de fuzz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (folder / "bad.json").write_text('{"format": "zpdesk", "format_version": 1}')
    assert (
        main(["export", "--db", str(folder / "backup.sqlite"), "--json", str(folder / "all.json")])
        == 0
    )
    return folder


# --- argument pieces --------------------------------------------------------------------

ODD = st.sampled_from(
    [
        "",
        " ",
        "-",
        "--",
        "-x",
        "--bogus",
        "x" * 5000,
        "\u202eesrever",
        "😀",
        "\ud800",  # a lone surrogate: what Python makes of an undecodable byte in argv
        "\udcff",
        "a\x00b",
        "a\nb",
        "0",
        "-5",
        "1e9",
        "${HOME}",
        "~",
        "%s%n",
    ]
)
TEXT = st.one_of(ODD, st.text(max_size=20))


def _mostly(sane: st.SearchStrategy, hostile: st.SearchStrategy) -> st.SearchStrategy:
    """Two in three values sane, so that commands also get past argument checking."""
    return st.integers(0, 2).flatmap(lambda n: hostile if n == 1 else sane)


DATES = _mostly(
    st.sampled_from(["2026-01-01", "2026-01-31", "2026-03-15", "2025-12-01"]),
    st.sampled_from(
        [
            "0000-00-00",
            "0001-01-01",
            "9999-12-31",
            "1899-12-31",
            "1900-01-01",
            "2200-12-31",
            "2201-01-01",
            "2026-02-30",
            "26-1-1",
            "20260101",
        ]
    )
    | TEXT,
)
YEARS = _mostly(
    st.sampled_from(["2025", "2026"]),
    st.sampled_from(["-5", "0", "1969", "2201", "99999", "9" * 50, "2025.0"]) | TEXT,
)
SIZES = _mostly(
    st.just("640x480"),
    st.sampled_from(["99999999x99999999", "8001x600", "0x0", "199x149", "1x2x3", "x", "-5x-5"])
    | TEXT,
)


def paths(world: Path, db: Path) -> st.SearchStrategy[str]:
    """Paths anywhere in the test's folders — never relative, never outside them."""
    names = st.sampled_from(
        [
            "new.out",
            "new.pdf",
            "new.csv",
            "new.ics",
            "new.json",
            "new.png",
            "sub/dir/new.csv",
            "\u202eevil.csv",
            "😀.json",
            "\udcff.csv",
            "x" * 300,
            "a-folder",
            "not-a-db.sqlite",
            "empty.ics",
            "one.ics",
            "bad.json",
            "backup.sqlite",
            "missing.sqlite",
        ]
    )
    return _mostly(
        names.map(lambda name: str(world / name)),
        st.sampled_from([str(db), f"{db}-wal", f"{db}-shm", f"{db}.lock", str(db.parent)])
        | st.sampled_from(["", " "]),
    )


@st.composite
def argument_lists(draw: st.DrawFn, world: Path, db: Path) -> list[str]:
    path = paths(world, db)
    db_arg = draw(_mostly(st.just(str(db)), path))
    command = draw(
        st.sampled_from(
            [
                "agenda",
                "review",
                "import-ics",
                "export",
                "import",
                "backup",
                "restore",
                "demo",
                "shot",
            ]
        )
    )
    if draw(st.integers(0, 20)) == 7:
        command = draw(st.sampled_from(["nonsense", "", "AGENDA"]))
    argv: list[str] = []
    if draw(st.integers(0, 7)) == 3:
        argv += ["--lang", draw(st.sampled_from(["en", "de", ""]))]
    argv += [command, "--db", db_arg]
    if command == "agenda":
        argv += ["--from", draw(DATES), "--to", draw(DATES)]
        for option in ("--ics", "--csv"):
            if draw(st.booleans()):
                argv += [option, draw(path)]
        if draw(st.integers(0, 7)) == 3:  # a PDF of a short period only: it takes time
            argv = [*argv[:-4], "--from", "2026-01-05", "--to", "2026-01-11", "--pdf", draw(path)]
    elif command == "review":
        argv += ["--year", draw(YEARS)]
        for option in ("--csv", "--pdf"):
            if draw(st.integers(0, 3)) == 2:
                argv += [option, draw(path)]
    elif command == "import-ics":
        ics_file = _mostly(st.just(str(world / "one.ics")), path)
        argv += ["--network", draw(_mostly(st.just(NETWORK), TEXT)), draw(ics_file)]
    elif command == "export":
        argv += ["--json", draw(path)]
    elif command == "import":
        argv[argv.index("--db") + 1] = draw(_mostly(st.just(str(world / "fresh.sqlite")), path))
        argv += ["--json", draw(_mostly(st.just(str(world / "all.json")), path))]
    elif command == "backup":
        if draw(st.booleans()):
            argv += ["--to", draw(path)]
    elif command == "restore":
        argv += [draw(_mostly(st.just(str(world / "backup.sqlite")), path))]
    elif command == "demo":
        argv += ["--seed", draw(_mostly(st.just("7"), YEARS))]
        if draw(st.booleans()):
            argv += ["--size", draw(st.sampled_from(["normal", "enormous", ""]))]
    elif command == "shot":
        argv += ["--view", draw(st.sampled_from(["review", "agenda", "everything"]))]
        argv += ["--out", draw(path), "--size", draw(SIZES)]
    if draw(st.integers(0, 7)) == 3:  # a stray argument somewhere after the command
        at = draw(st.integers(1, len(argv)))
        argv.insert(at, draw(TEXT))
    return argv


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, --version, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    return code, err.getvalue()


@pytest.mark.slow
@settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
@example(data=None)  # replaced below by the fixed cases
def test_any_argument_list_ends_cleanly(
    world: Path,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp,
    data: st.DataObject | None,
) -> None:
    # Every run gets fresh copies: what one run wrote must not steer the next.
    for name in ("cwd", "db", "w"):
        shutil.rmtree(tmp_path / name, ignore_errors=True)
    shutil.copytree(world, tmp_path / "w")
    world = tmp_path / "w"
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")  # a relative path could only land here
    db = tmp_path / "db" / "zpdesk.sqlite"
    db.parent.mkdir()
    shutil.copy(world / "backup.sqlite", db)
    cases = (
        [data.draw(argument_lists(world, db))]
        if data is not None
        else [
            ["agenda", "--db", str(db), "--from", "9999-12-01", "--to", "9999-12-31"],
            ["export", "--db", str(db), "--json", str(db)],
            ["agenda", "--db", str(db), "--from", "2026-01-01", "--to", "2026-01-31",
             "--csv", f"{db}-wal"],
            ["review", "--db", "", "--year", "2025"],
            ["review", "--db", str(db), "--year", "99999"],
            ["review", "--db", str(db)],
            ["shot", "--db", str(db), "--view", "agenda", "--out", str(tmp_path / "s.png"),
             "--size", "99999999x99999999"],
            ["import-ics", "--db", str(db), "--network", "a\x00b", str(world / "one.ics")],
            ["backup", "--db", str(db), "--to", " "],
            ["export", "--db", str(db), "--json", str(tmp_path / ("x" * 300))],
        ]
    )  # fmt: skip
    for argv in cases:
        before = dump(db)
        code, err = _run(argv)
        assert code != EXIT_INTERNAL, (argv, err)
        assert "Traceback" not in err, (argv, err)
        if code != 0:
            assert code in (1, 2), (argv, code, err)
            assert err.count("\n") == 1 and err.startswith("zpdesk"), (argv, err)
            assert dump(db) == before, argv
        assert list(Path.cwd().iterdir()) == [], argv  # nothing written where we stand
