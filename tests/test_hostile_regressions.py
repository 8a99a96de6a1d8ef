"""The bugs the hostile-input tests found, one plain test each, so that they stay fixed."""

from __future__ import annotations

import codecs
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from zpdesk import files
from zpdesk.cli import main
from zpdesk.domain.enums import NetworkKind
from zpdesk.domain.recurrence import RecurrenceError, first_occurrence, validate_rule
from zpdesk.services import agenda, csv_import, ics
from zpdesk.services.agenda import CommitmentData
from zpdesk.services.errors import ValidationError
from zpdesk.store.backup import backup_database
from zpdesk.store.db import open_database
from zpdesk.store.models import Commitment, Network

START = datetime(2026, 1, 5, 10, 0)  # a Monday


# --- recurrence rules python-dateutil loops on, crashes on, or scans to 9999 for --------


@pytest.mark.domain
@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0 is outside"),  # dateutil: an endless loop
        ("FREQ=MONTHLY;BYDAY=99MO", "the number must be 1…5"),  # dateutil: IndexError
        ("FREQ=DAILY;COUNT=1000000000", "COUNT must be"),  # walking 10⁹ dates for the last
        ("FREQ=DAILY;COUNT=0", "COUNT=0 is outside"),
        ("FREQ=DAILY;BYMONTHDAY=40", "BYMONTHDAY=40 is outside"),  # scanned to the year 9999
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "no month has that day"),  # ditto
        ("FREQ=YEARLY;BYWEEKNO=54", "BYWEEKNO=54 is outside"),
        ("FREQ=WEEKLY;BYDAY=2MO", "needs MONTHLY or YEARLY"),
        ("FREQ=WEEKLY;WKST=ZZ", "WKST must be one of"),
        ("FREQ=FOO", "FREQ must be one of"),
        ("FREQ=DAILY;INTERVAL=١", "must be a whole number"),  # not ASCII digits
    ],
)
def test_rules_that_hang_or_crash_dateutil_are_refused_at_once(rule: str, words: str) -> None:
    began = time.perf_counter()
    with pytest.raises(RecurrenceError, match=words):
        validate_rule(rule, START)
    with pytest.raises(RecurrenceError):
        first_occurrence(START, rule)
    assert time.perf_counter() - began < 0.5


@pytest.mark.domain
def test_valid_rules_are_still_accepted() -> None:
    for rule in (
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",  # leap days exist
        "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261231T235959",
        "FREQ=DAILY;COUNT=20000",
    ):
        validate_rule(rule, START)


def _network(session) -> int:
    network = Network(name="KKP West-Brabant", kind=NetworkKind.KNOWLEDGE_NETWORK)
    session.add(network)
    session.flush()
    return network.id


@pytest.mark.store
def test_a_long_series_with_an_exception_can_be_saved(db) -> None:
    # Daily until 2199 is 63 000 dates; checking "every date excluded?" used to expand them
    # all and crash with RecurrenceError ("too many occurrences") instead of saving.
    with db.session() as session:
        commitment_id = agenda.create_commitment(
            session,
            CommitmentData(
                network_id=_network(session),
                title="Dagstart",
                starts_at=START,
                duration_minutes=15,
                rrule="FREQ=DAILY;UNTIL=21991231T235959",
                exdates=(datetime(2026, 1, 6, 10, 0),),
            ),
        )
    with db.session() as session:
        assert session.get(Commitment, commitment_id).exdates[0].original_start.day == 6


@pytest.mark.store
def test_a_meeting_in_the_year_9999_is_refused(db) -> None:
    # The editor's date field goes up to 9999; an hour-long meeting there overflowed the
    # .ics export of every series.
    with db.session() as session, pytest.raises(ValidationError, match="1900–2200"):
        agenda.create_commitment(
            session,
            CommitmentData(
                network_id=_network(session),
                title="Ver weg",
                starts_at=datetime(9999, 12, 31, 23, 0),
                duration_minutes=60,
            ),
        )


@pytest.mark.store
def test_a_uid_with_like_wildcards_does_not_hide_other_series(db) -> None:
    with db.session() as session:
        network_id = _network(session)
        agenda.create_commitment(
            session,
            CommitmentData(network_id, "Ander", START, 60),
            uid="other#20260105T1000",
        )
    calendar = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:%\r\nDTSTART:20260105T100000\r\n"
        b"DURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with db.session() as session:
        preview = ics.preview_import(session, network_id, calendar, START.date())
    # "%" is a UID, not a pattern matching "other#…": the series is new, not skipped.
    assert preview.series_added == 1 and preview.series_skipped == 0


# --- CSV ----------------------------------------------------------------------------------


@pytest.mark.domain
def test_utf16_without_a_byte_order_mark_is_read() -> None:
    text = "Datum;Bedrag;Klant\r\n31-01-2026;1.234,56;Gemeente Breda\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded, found = csv_import.decode(text.encode(encoding))
        assert (decoded, found) == (text, encoding)


@pytest.mark.domain
@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (codecs.BOM_UTF16_LE + b"d\x00\x00\xd8", "not valid UTF-16"),  # lone surrogate
        (codecs.BOM_UTF8 + b"\xff\xfe", "not valid UTF-8"),
        (b"Datum;Bedrag\r\n01-01-2026;\x00\r\n", "NUL bytes"),
    ],
)
def test_broken_text_is_refused_whole(raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        csv_import.decode(raw)


@pytest.mark.domain
def test_a_field_over_the_csv_limit_is_refused_with_its_line() -> None:
    text = "Datum;Bedrag;Klant\r\n01-01-2026;1,00;A\r\n01-01-2026;1,00;" + "x" * 200_000
    with pytest.raises(ValidationError, match="Line 3"):
        csv_import.parse_csv_text(text)


# --- files and the command line ---------------------------------------------------------------


@pytest.mark.store
def test_no_export_replaces_an_sqlite_file(db, tmp_path: Path) -> None:
    before = db.path.read_bytes()
    with pytest.raises(files.WouldOverwriteDatabase, match="never overwrites"):
        files.write_text_atomic(db.path, "{}")
    assert db.path.read_bytes() == before
    assert sorted(p.name for p in db.path.parent.iterdir() if ".partial" in p.name) == []
    # a backup writes a database on purpose
    copy = backup_database(db.path, tmp_path / "copy.sqlite")
    assert backup_database(db.path, copy) == copy


@pytest.mark.store
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_cli_outputs_never_land_on_the_database(
    demo_template: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture
) -> None:
    db = backup_database(demo_template, tmp_path / "zpdesk.sqlite")
    target = f"{db}{suffix}"
    for argv in (
        ["export", "--db", str(db), "--json", target],
        ["review", "--db", str(db), "--year", "2025", "--csv", target],
        ["agenda", "--db", str(db), "--from", "2026-01-01", "--to", "2026-01-31", "--ics", target],
        # a folder made where the -wal file belongs kept SQLite from opening the database
        ["backup", "--db", str(db), "--to", target],
    ):
        assert main(argv) == 1
        assert "would overwrite the database" in capsys.readouterr().err
    assert not Path(f"{db}-wal").is_dir()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.store
@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["review", "--db", "", "--year", "2025"], 2, "--db: the file name is empty"),
        (["backup", "--db", "x.sqlite", "--to", " "], 2, "--to: the file name is empty"),
        (["review", "--year", "2025", "--db", "a\x00b"], 2, "NUL character"),
        (["review"], 2, "the following arguments are required: --year"),
        (["agenda", "--from", "9999-12-01", "--to", "9999-12-31"], 1, "1900–2200"),
        (["shot", "--view", "review", "--out", "s.png", "--size", "99999x99999"], 1, "too large"),
    ],
)
def test_bad_arguments_get_one_line(
    argv: list[str],
    code: int,
    words: str,
    tmp_path: Path,
    monkeypatch,
    capsys,
) -> None:
    monkeypatch.chdir(tmp_path)
    open_database(tmp_path / "zpdesk.sqlite").close()
    monkeypatch.setenv("ZPDESK_DB", str(tmp_path / "zpdesk.sqlite"))
    try:
        result = main(argv)
    except SystemExit as exc:
        result = exc.code
    err = capsys.readouterr().err
    assert result == code
    assert err.count("\n") == 1 and words in err, err


@pytest.mark.gui
def test_the_window_refuses_to_export_over_its_own_database(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    db = window.context.db
    with db.session() as session:
        _network(session)
    assert window.safety.export_json(db.path) is None
    assert warnings and "never overwrites" in warnings[0]
    with db.session() as session:
        assert session.scalars(select(Network.name)).all() == ["KKP West-Brabant"]


@pytest.mark.gui
@pytest.mark.parametrize(
    ("content", "words"),
    [
        (codecs.BOM_UTF16_LE + b"D\x00a\x00\x00\xd8", "not valid UTF-16"),
        (b"Datum;Bedrag\r\n01-01-2026;\x00\r\n", "NUL bytes"),
    ],
)
def test_the_window_says_why_a_csv_file_cannot_be_read(
    window,
    db,
    qtbot,
    monkeypatch,
    tmp_path: Path,
    content: bytes,
    words: str,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = tmp_path / "facturen.csv"
    path.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    tab = window.show_view("work").engagements
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and words in warnings[0]


@pytest.mark.gui
def test_the_ics_dialog_shows_a_hostile_file_as_one_problem(window, db, qtbot, tmp_path) -> None:
    from zpdesk.ui.agenda.ics_dialogs import IcsImportDialog

    with db.session() as session:
        _network(session)
    path = tmp_path / "vijandig.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260105T100000\r\n"
        b"DURATION:PT1H\r\nRRULE:FREQ=DAILY;INTERVAL=0\r\nSUMMARY:" + b"x" * 100_000 + b"\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    dialog = IcsImportDialog(window.context, path, parent=window)
    qtbot.addWidget(dialog)
    text = dialog.problem.text()
    assert "INTERVAL=0 is outside" in text and "nothing will be changed" in text
    assert len(text) < 400  # the 100 000-character title is shortened in the message
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
