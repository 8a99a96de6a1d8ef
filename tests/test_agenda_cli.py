"""``zpdesk agenda`` (PDF, iCalendar, CSV) and ``zpdesk import-ics`` from the command line."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agenda_data import seed_agenda
from zpdesk.cli import main
from zpdesk.domain.recurrence import LOCAL_ZONE, to_local
from zpdesk.services import ics
from zpdesk.store.db import open_database
from zpdesk.store.models import Commitment

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def agenda_db(tmp_path: Path) -> Path:
    path = tmp_path / "agenda.sqlite"
    database = open_database(path)
    with database.session() as session:
        seed_agenda(session)
    database.close()
    return path


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_has_one_row_per_occurrence(agenda_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "agenda.csv"
    code = main(
        ["agenda", "--db", str(agenda_db), "--from", "2026-11-09", "--to", "2026-11-15",
         "--csv", str(out)]
    )  # fmt: skip
    assert code == 0
    rows = _csv(out)
    assert list(rows[0])[:5] == ["date", "start", "end", "network", "title"]
    assert {"status", "hours"} <= set(rows[0])
    # Week 46: project Tue 10 Nov 08:30 (1 h), monthly 2nd Tuesday 10 Nov 19:00 (2.5 h),
    # the breakfast of Tue 10 Nov moved to Wed 11 Nov 07:30 (1.5 h), intervision Wed 11 Nov
    # (every 4 weeks from 16 Sep: 14 Oct, 11 Nov).
    assert [(r["date"], r["start"], r["end"], r["title"], r["hours"]) for r in rows] == [
        ("2026-11-10", "08:30", "09:30", "Projectoverleg", "1.00"),
        ("2026-11-10", "19:00", "21:30", "Maandelijkse ledenbijeenkomst", "2.50"),
        ("2026-11-11", "07:30", "09:00", "Ontbijtsessie", "1.50"),
        ("2026-11-11", "16:00", "18:00", "Intervisie", "2.00"),
    ]
    assert rows[2]["moved_from"] == "2026-11-10 07:30"
    assert "4 occurrences" in capsys.readouterr().out


def test_exported_ics_expanded_by_recurring_ical_events_equals_the_csv(
    agenda_db: Path, tmp_path: Path
) -> None:
    import icalendar
    import recurring_ical_events

    csv_path, ics_path = tmp_path / "agenda.csv", tmp_path / "agenda.ics"
    code = main(
        ["agenda", "--db", str(agenda_db), "--from", "2026-10-01", "--to", "2026-12-31",
         "--csv", str(csv_path), "--ics", str(ics_path)]
    )  # fmt: skip
    assert code == 0
    from_csv = sorted(
        (r["date"], r["start"], r["end"], r["title"], r["status"] == "cancelled")
        for r in _csv(csv_path)
    )
    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    start = datetime(2026, 10, 1, tzinfo=LOCAL_ZONE)
    end = datetime(2027, 1, 1, tzinfo=LOCAL_ZONE)
    from_ics = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        begins, ends = event["DTSTART"].dt, event["DTEND"].dt
        if not start <= begins < end:
            continue  # `between` also gives events that only overlap the window
        local_start, local_end = to_local(begins), to_local(ends)
        from_ics.append(
            (
                local_start.date().isoformat(),
                f"{local_start:%H:%M}",
                f"{local_end:%H:%M}",
                str(event["SUMMARY"]),
                str(event.get("STATUS", "")) == "CANCELLED",
            )
        )
    assert sorted(from_ics) == from_csv
    # the period holds the biweekly breakfast on both sides of the 25 October DST switch
    assert ("2026-10-13", "07:30", "09:00", "Ontbijtsessie", False) in from_csv
    assert ("2026-10-27", "07:30", "09:00", "Ontbijtsessie", False) in from_csv
    assert ("2026-12-01", "08:30", "09:30", "Projectoverleg", True) in from_csv
    assert len(from_csv) > 25


def test_pdf_is_written(agenda_db: Path, tmp_path: Path, qapp, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "out" / "agenda.pdf"
    code = main(
        ["agenda", "--db", str(agenda_db), "--from", "2026-10-01", "--to", "2026-12-31",
         "--pdf", str(out)]
    )  # fmt: skip
    assert code == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert "14 weeks" in capsys.readouterr().out
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temp left


@pytest.mark.slow
def test_pdf_from_a_fresh_process_without_a_display(agenda_db: Path, tmp_path: Path) -> None:
    """The real command: reports must make their own offscreen QGuiApplication."""
    out = tmp_path / "agenda.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "zpdesk", "agenda", "--db", str(agenda_db),
         "--from", "2026-10-01", "--to", "2026-10-31", "--pdf", str(out)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_bad_dates_give_one_line_and_exit_1(agenda_db: Path, capsys) -> None:
    assert main(["agenda", "--db", str(agenda_db), "--from", "2026-13-01", "--to", "2026-12-31"])
    err = capsys.readouterr().err
    assert err.startswith("zpdesk agenda: --from must be a date") and err.count("\n") == 1
    assert main(["agenda", "--db", str(agenda_db), "--from", "2026-12-01", "--to", "2026-11-01"])
    assert "--to lies before --from" in capsys.readouterr().err


def test_text_output_without_files(agenda_db: Path, capsys, qapp) -> None:  # noqa: ANN001
    assert (
        main(["agenda", "--db", str(agenda_db), "--from", "2026-11-23", "--to", "2026-11-29"]) == 0
    )
    out = capsys.readouterr().out
    # 24 Nov: breakfast 07:30–09:00 and project 08:30–09:30 overlap (marked "!")
    assert "Ontbijtsessie [Attended]  1.5 h !" in out or "Ontbijtsessie [Planned]  1.5 h !" in out


def test_import_ics_prints_what_was_added_and_skipped(
    agenda_db: Path, tmp_path: Path, capsys
) -> None:
    ics_path = tmp_path / "agenda.ics"
    assert main(["agenda", "--db", str(agenda_db), "--from", "2026-10-01", "--to",
                 "2026-12-31", "--ics", str(ics_path)]) == 0  # fmt: skip
    capsys.readouterr()
    target = tmp_path / "target.sqlite"
    database = open_database(target)
    with database.session() as session:
        from zpdesk.domain.enums import NetworkKind
        from zpdesk.store.models import Network

        session.add(Network(name="Elders", kind=NetworkKind.OTHER))
    database.close()
    assert main(["import-ics", "--db", str(target), "--network", "elders", str(ics_path)]) == 0
    first = capsys.readouterr().out
    assert "added 6 series" in first and "skipped 0 series" in first
    assert main(["import-ics", "--db", str(target), "--network", "Elders", str(ics_path)]) == 0
    second = capsys.readouterr().out
    assert "added 0 series with 0 occurrences; skipped 6 series" in second
    database = open_database(target)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Commitment)) == 6
        series = ics.series_for_export(session)
    database.close()
    assert {s.title for s in series} >= {"Ontbijtsessie", "Kerstborrel"}


def test_import_ics_unknown_network_and_bad_file(agenda_db: Path, tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.ics"
    good.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x@y\nSUMMARY:X\n"
        "DTSTART:20261006T090000\nDTEND:20261006T100000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert main(["import-ics", "--db", str(agenda_db), "--network", "Nope", str(good)]) == 1
    err = capsys.readouterr().err
    assert err == "zpdesk import-ics: good.ics: there is no network called 'Nope'\n"
    bad = tmp_path / "bad.ics"
    bad.write_text(good.read_text().replace("DTEND:20261006T100000", "DTEND:20261006T080000"))
    assert main(["import-ics", "--db", str(agenda_db), "--network", "KKP West-Brabant", str(bad)])
    assert "ends before" in capsys.readouterr().err
    missing = tmp_path / "missing.ics"
    assert main(["import-ics", "--db", str(agenda_db), "--network", "KKP West-Brabant",
                 str(missing)]) == 1  # fmt: skip
    assert "cannot read" in capsys.readouterr().err
    database = open_database(agenda_db)
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Commitment).where(Commitment.uid == "x@y")
            )
            == 0
        )
    database.close()
