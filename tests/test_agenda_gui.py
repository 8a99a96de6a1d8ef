"""The Agenda view and its dialogs, driven like a user would, checked against the database.

Dates lie in 2031 so that every occurrence is in the future whenever the tests run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from zpdesk.domain.enums import Attendance, CommitmentKind, NetworkKind, TimeActivity
from zpdesk.domain.recurrence import Frequency
from zpdesk.services import agenda
from zpdesk.services.agenda import CommitmentData
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence, TimeEntry
from zpdesk.ui.agenda.models import OccurrenceTableModel

pytestmark = pytest.mark.gui

TUESDAY = date(2031, 9, 2)  # a Tuesday in ISO week 36 of 2031


def _networks(db) -> dict[str, int]:
    with db.session() as s:
        kkp = Network(name="KKP West-Brabant", kind=NetworkKind.KNOWLEDGE_NETWORK, colour="#e15759")
        proj = Network(name="Project Tilburg", kind=NetworkKind.PROJECT_COLLABORATION)
        s.add_all([kkp, proj])
        s.flush()
        return {"kkp": kkp.id, "proj": proj.id}


def _ok(dialog) -> None:
    """Click OK as the user would."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _agenda(window, anchor: date):
    view = window.show_view("agenda")
    view.set_anchor(anchor)
    return view


def test_biweekly_series_cancel_attendance_and_weekly_load(window, db, qtbot) -> None:
    ids = _networks(db)
    view = _agenda(window, TUESDAY)
    assert view.current_week().scheduled == 0

    # Create "every 2 weeks on Tuesday 07:30–09:00" through the dialog.
    dialog = view.new_commitment()
    qtbot.keyClicks(dialog.title_edit, "Ontbijtsessie")
    dialog.network.setCurrentIndex(dialog.network.findData(ids["kkp"]))
    dialog.kind.setCurrentIndex(dialog.kind.findData(CommitmentKind.BREAKFAST))
    dialog.date_edit.setDate(QDate(2031, 9, 2))
    dialog.start_time.setTime(QTime(7, 30))
    dialog.end_time.setTime(QTime(9, 0))
    builder = dialog.recurrence
    builder.frequency.setCurrentIndex(builder.frequency.findData(Frequency.WEEKLY))
    builder.interval.setValue(2)
    assert "Every 2 weeks on Tuesday" in builder.summary.text()
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    with db.session() as s:
        (series,) = s.scalars(select(Commitment)).all()
        assert (series.title, series.rrule, series.duration_minutes) == (
            "Ontbijtsessie",
            "FREQ=WEEKLY;INTERVAL=2",
            90,
        )
        assert series.starts_at == datetime(2031, 9, 2, 7, 30)

    # The week shows it: 1.5 h of the 8 h capacity.
    view.refresh()
    assert [r.start for r in view.visible_occurrences()] == [datetime(2031, 9, 2, 7, 30)]
    assert view.current_week().scheduled == 90
    assert "1.5 h of 8.0 h" in view.load_label.text() or "1,5 h" in view.load_label.text()

    # Two weeks on (keyboard: Alt+Right twice), the network cancels that breakfast.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.anchor == TUESDAY + timedelta(days=14)
    view.occurrence_table.selectRow(0)
    occurrence = view.edit_current_occurrence()
    occurrence.attendance.setCurrentIndex(occurrence.attendance.findData(Attendance.CANCELLED))
    _ok(occurrence)
    with db.session() as s:
        stored = s.scalars(select(Occurrence)).one()
        assert (stored.original_start, stored.attendance) == (
            datetime(2031, 9, 16, 7, 30),
            Attendance.CANCELLED,
        )
    assert view.current_week().scheduled == 0  # the load of that week dropped to nothing
    row = view.visible_occurrences()[0]
    assert row.is_cancelled  # still listed, struck through

    # Two weeks later: I will be late and expect to stay 2,5 hours.
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    view.occurrence_table.selectRow(0)
    occurrence = view.edit_current_occurrence()
    occurrence.attendance.setCurrentIndex(occurrence.attendance.findData(Attendance.LATE))
    qtbot.keyClicks(occurrence.actual, "2,5")
    qtbot.keyClicks(occurrence.note, "after the client call")
    _ok(occurrence)
    with db.session() as s:
        late = s.scalars(
            select(Occurrence).where(Occurrence.original_start == datetime(2031, 9, 30, 7, 30))
        ).one()
        assert (late.attendance, late.actual_minutes, late.note) == (
            Attendance.LATE,
            150,
            "after the client call",
        )

    # Logging 8 hours of preparation that week puts it over capacity.
    entry = view.log_time(date(2031, 10, 1))
    entry.network.setCurrentIndex(entry.network.findData(ids["kkp"]))
    qtbot.keyClicks(entry.hours, "8")
    entry.activity.setCurrentIndex(entry.activity.findData(TimeActivity.PREPARATION))
    _ok(entry)
    week = view.current_week()
    assert (week.scheduled, week.over_capacity) == (90 + 480, True)
    assert "over capacity" in view.load_label.text()
    assert view.header.property("over") is True
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.anchor == date.today()


def test_print_preview_opens_and_draws_pages(window, db, qtbot) -> None:
    ids = _networks(db)
    with db.session() as s:
        agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Ontbijtsessie", datetime(2031, 9, 2, 7, 30), 90,
                rrule="FREQ=WEEKLY;INTERVAL=2",
            ),
        )  # fmt: skip
    view = _agenda(window, TUESDAY)
    painted: list[int] = []
    preview = view.print_preview(date(2031, 9, 1), date(2031, 11, 30))
    preview.paintRequested.connect(lambda _printer: painted.append(1))
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=5000)
    widget.updatePreview()  # draws again through report.render
    assert painted and widget.pageCount() >= 1
    assert preview.isVisible()
    preview.close()


def test_print_preview_asks_the_period_first(window, db, qtbot) -> None:
    _networks(db)
    view = _agenda(window, TUESDAY)
    period = view.print_preview()
    period.choices[period.kind().__class__("quarter")].setChecked(True)
    assert period.values() == (date(2031, 7, 1), date(2031, 9, 30))
    _ok(period)
    preview = view.dialog
    assert preview is not None and preview.objectName() == "print_preview"
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() >= 1)
    preview.close()


def test_export_pdf_and_ics_from_the_window(window, db, tmp_path, monkeypatch) -> None:
    ids = _networks(db)
    with db.session() as s:
        agenda.create_commitment(
            s, CommitmentData(ids["kkp"], "Themadag", datetime(2031, 9, 6, 9, 0), 420)
        )
    view = _agenda(window, TUESDAY)
    pdf, ics_path = tmp_path / "overview.pdf", tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    assert view.export_pdf(date(2031, 9, 1), date(2031, 9, 30)) >= 1
    assert pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics_path), ""))
    assert view.export_ics() == 1
    text = ics_path.read_text()
    assert "SUMMARY:Themadag" in text and "TZID=Europe/Amsterdam" in text


def test_overlaps_are_flagged_and_the_network_filter_works(window, db) -> None:
    ids = _networks(db)
    with db.session() as s:
        agenda.create_commitment(
            s, CommitmentData(ids["kkp"], "Ontbijt", datetime(2031, 9, 2, 7, 30), 90)
        )
        agenda.create_commitment(
            s, CommitmentData(ids["proj"], "Projectoverleg", datetime(2031, 9, 2, 8, 30), 60)
        )
        agenda.create_commitment(
            s, CommitmentData(ids["proj"], "Later", datetime(2031, 9, 4, 8, 30), 60)
        )
    view = _agenda(window, TUESDAY)
    model = view.occurrence_model
    flags = [model.index(r, OccurrenceTableModel.CLASH).data() for r in range(model.rowCount())]
    assert flags == ["Overlap", "Overlap", ""]
    assert "Overlaps with Projectoverleg (Project Tilburg)" in model.clash_text(model.row_at(0))
    assert "2 overlapping meetings" in view.load_label.text()
    view.set_network_filter(ids["proj"])
    assert [r.title for r in view.visible_occurrences()] == ["Projectoverleg", "Later"]
    view.set_network_filter(None)
    assert len(view.visible_occurrences()) == 3


def test_month_mode_lists_the_month_and_its_weeks(window, db) -> None:
    ids = _networks(db)
    with db.session() as s:
        agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Kennisgroep", datetime(2031, 9, 9, 13, 0), 120,
                rrule="FREQ=MONTHLY;BYDAY=2TU",
            ),
        )  # fmt: skip
    view = _agenda(window, TUESDAY)
    view.set_mode("month")
    assert view.date_range() == (date(2031, 9, 1), date(2031, 9, 30))
    assert [r.start for r in view.visible_occurrences()] == [datetime(2031, 9, 9, 13, 0)]
    view.go_next()
    # the 2nd Tuesday of October 2031 (1 Oct is a Wednesday: Tuesdays 7 and 14)
    assert [r.start for r in view.visible_occurrences()] == [datetime(2031, 10, 14, 13, 0)]
    assert "W42" in view.weeks_label.text()
    # The header speaks of the month, not of one of its weeks.
    assert view.load_label.text().startswith("<b>October 2031</b>: 2.0 h of ")
    assert "Week" not in view.load_label.text()
    view.set_mode("week")
    assert view.load_label.text().startswith("<b>Week ")


def test_commitment_dialog_refuses_bad_input_and_saves_nothing(window, db, qtbot) -> None:
    _networks(db)
    view = _agenda(window, TUESDAY)
    dialog = view.new_commitment()
    _ok(dialog)  # no title
    assert dialog.isVisible() and "title" in dialog.error_text()
    qtbot.keyClicks(dialog.title_edit, "Kennisgroep")
    dialog.date_edit.setDate(QDate(2031, 9, 1))  # a Monday …
    builder = dialog.recurrence
    builder.frequency.setCurrentIndex(builder.frequency.findData(Frequency.MONTHLY))
    builder.by_weekday.setChecked(True)  # … the 1st Monday of September
    dialog.date_edit.setDate(QDate(2031, 9, 30))  # the 5th and last Tuesday
    assert [builder.ordinal.itemData(i) for i in range(builder.ordinal.count())] == [-1]
    assert "last Tuesday" in builder.summary.text()
    dialog.end_time.setTime(dialog.start_time.time())
    _ok(dialog)
    assert "end after its start" in dialog.error_text()
    dialog.end_time.setTime(QTime(11, 0))
    _ok(dialog)
    assert not dialog.isVisible()
    with db.session() as s:
        assert s.scalars(select(Commitment.rrule)).all() == ["FREQ=MONTHLY;BYDAY=-1TU"]


def test_every_second_tuesday_with_an_end_and_a_skipped_date(window, db, qtbot) -> None:
    _networks(db)
    view = _agenda(window, TUESDAY)
    dialog = view.new_commitment()
    qtbot.keyClicks(dialog.title_edit, "Ledenvergadering")
    dialog.date_edit.setDate(QDate(2031, 9, 9))  # the 2nd Tuesday of September 2031
    dialog.start_time.setTime(QTime(19, 0))
    dialog.end_time.setTime(QTime(21, 30))
    builder = dialog.recurrence
    builder.frequency.setCurrentIndex(builder.frequency.findData(Frequency.MONTHLY))
    builder.by_weekday.setChecked(True)
    builder.end_count.setChecked(True)
    builder.count.setValue(4)
    builder.exception_date.setDate(QDate(2031, 11, 11))
    builder.add_exception.click()
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    with db.session() as s:
        series = s.scalars(select(Commitment)).one()
        assert series.rrule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=4"
        assert s.scalars(select(CommitmentExdate.original_start)).all() == [
            datetime(2031, 11, 11, 19, 0)
        ]
    # Reopening the series shows the same choices.
    again = view.edit_series(series.id)
    assert again.recurrence.by_weekday.isChecked() and again.recurrence.count.value() == 4
    assert again.recurrence.exception_dates() == [date(2031, 11, 11)]
    again.reject()


def test_occurrence_dialog_moves_this_one_or_the_following(window, db, monkeypatch) -> None:
    ids = _networks(db)
    with db.session() as s:
        cid = agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Ontbijt", datetime(2031, 9, 2, 7, 30), 90,
                rrule="FREQ=WEEKLY;INTERVAL=2",
            ),
        )  # fmt: skip
    view = _agenda(window, TUESDAY)
    dialog = view.edit_occurrence((cid, datetime(2031, 9, 2, 7, 30)))
    dialog.date_edit.setDate(QDate(2031, 9, 3))  # this one on Wednesday
    _ok(dialog)
    with db.session() as s:
        moved = s.scalars(select(Occurrence)).one()
        assert moved.moved_start == datetime(2031, 9, 3, 7, 30)

    dialog = view.edit_occurrence((cid, datetime(2031, 9, 16, 7, 30)))
    dialog.set_scope(agenda.Scope.FOLLOWING)
    dialog.date_edit.setDate(QDate(2031, 9, 17))
    _ok(dialog)  # another day for the following ones: refused
    assert "another day" in dialog.error_text()
    dialog.date_edit.setDate(QDate(2031, 9, 16))
    dialog.start_time.setTime(QTime(8, 0))
    dialog.end_time.setTime(QTime(9, 30))
    _ok(dialog)
    with db.session() as s:
        rules = dict(s.execute(select(Commitment.id, Commitment.rrule)).all())
        assert rules[cid] == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20310915T235959"
        (new_id,) = set(rules) - {cid}
        assert s.get(Commitment, new_id).starts_at == datetime(2031, 9, 16, 8, 0)

    # Remove a date from the new series (the question is answered "Yes").
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = view.edit_occurrence((new_id, datetime(2031, 9, 30, 8, 0)))
    dialog.exclude_button.click()
    assert dialog.excluded and not dialog.isVisible()
    with db.session() as s:
        assert s.scalars(select(CommitmentExdate.original_start)).all() == [
            datetime(2031, 9, 30, 8, 0)
        ]


def test_series_tab_edits_from_a_date_and_deletes(window, db, monkeypatch) -> None:
    ids = _networks(db)
    with db.session() as s:
        cid = agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Ontbijt", datetime(2031, 9, 2, 7, 30), 90,
                rrule="FREQ=WEEKLY;INTERVAL=2",
            ),
        )  # fmt: skip
    view = _agenda(window, TUESDAY)
    view.tabs.setCurrentIndex(1)
    view.series_table.selectRow(0)
    dialog = view.edit_selected_series()
    dialog.set_only_from(date(2031, 10, 1))
    dialog.start_time.setTime(QTime(8, 0))
    dialog.end_time.setTime(QTime(9, 30))
    _ok(dialog)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 2
        new = s.scalars(select(Commitment).where(Commitment.id != cid)).one()
        # 2 Sep + 4 weeks = 30 Sep; the first date from 1 Oct on is 14 Oct, now at 08:00
        assert new.starts_at == datetime(2031, 10, 14, 8, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.series_table.selectRow(0)
    view.delete_selected_series()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 1


def test_week_sheet_saves_a_grid_in_one_action(window, db) -> None:
    ids = _networks(db)
    view = _agenda(window, TUESDAY)
    dialog = view.open_week_sheet()
    monday = date(2031, 9, 1)
    assert dialog.model.sheet.monday == monday
    dialog.set_cell(ids["kkp"], monday, "1,5")
    dialog.set_cell(ids["proj"], date(2031, 9, 3), "2:15")
    dialog.set_cell(ids["proj"], date(2031, 9, 4), "lots")
    _ok(dialog)
    assert "lots" in dialog.error_text()  # nothing saved yet
    dialog.set_cell(ids["proj"], date(2031, 9, 4), "")
    dialog.activity.setCurrentIndex(dialog.activity.findData(TimeActivity.ACQUISITION))
    _ok(dialog)
    with db.session() as s:
        rows = s.execute(
            select(
                TimeEntry.network_id, TimeEntry.on, TimeEntry.minutes, TimeEntry.activity
            ).order_by(TimeEntry.on)
        ).all()
    assert [tuple(r) for r in rows] == [
        (ids["kkp"], monday, 90, TimeActivity.ACQUISITION),
        (ids["proj"], date(2031, 9, 3), 135, TimeActivity.ACQUISITION),
    ]
    assert view.current_week().scheduled == 90 + 135


def test_ics_import_with_preview_and_a_rejected_file(window, db, tmp_path) -> None:
    ids = _networks(db)
    good = tmp_path / "uitnodiging.ics"
    content = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:kring@example.org\r\nSUMMARY:Kenniskring\r\n"
        "DTSTART;TZID=Europe/Amsterdam:20310902T160000\r\n"
        "DTEND;TZID=Europe/Amsterdam:20310902T180000\r\n"
        "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    good.write_bytes(content.encode())
    view = _agenda(window, TUESDAY)
    dialog = view.import_ics(str(good))
    dialog.network.setCurrentIndex(dialog.network.findData(ids["proj"]))
    assert dialog.model.rowCount() == 1
    assert "1 new series with 5 meetings" in dialog.summary.text()
    _ok(dialog)
    with db.session() as s:
        series = s.scalars(select(Commitment)).one()
        assert (series.uid, series.network_id) == ("kring@example.org", ids["proj"])
    assert [r.title for r in view.visible_occurrences()] == ["Kenniskring"]

    again = view.import_ics(str(good))
    assert "already there" in again.model.index(0, 4).data()
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    again.reject()

    bad = tmp_path / "kapot.ics"
    bad.write_bytes(content.replace("T180000\r\n", "T150000\r\n").encode())
    broken = view.import_ics(str(bad))
    assert "'Kenniskring' (2031-09-02 16:00): it ends before it starts" in broken.problem.text()
    assert not broken.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    broken.reject()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 1


def test_import_and_export_buttons_use_file_dialogs(window, db, tmp_path, monkeypatch) -> None:
    _networks(db)
    view = _agenda(window, TUESDAY)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    view.import_button.click()  # cancelled: nothing opens
    assert view.dialog is None
    target = tmp_path / "out.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_button.click()
    assert target.read_text().startswith("BEGIN:VCALENDAR")


def test_time_log_tab_edits_and_deletes(window, db) -> None:
    ids = _networks(db)
    view = _agenda(window, TUESDAY)
    entry = view.log_time(date(2031, 9, 3))
    entry.network.setCurrentIndex(entry.network.findData(ids["proj"]))
    entry.hours.setText("1:45")
    entry.side.setCurrentIndex(entry.side.findData(True))
    _ok(entry)
    view.tabs.setCurrentIndex(2)
    view.entry_table.selectRow(0)
    edit = view.edit_selected_entry()
    assert edit.hours.text() in ("1.75", "1,75")
    edit.hours.setText("2")
    _ok(edit)
    with db.session() as s:
        stored = s.scalars(select(TimeEntry)).one()
        assert (stored.minutes, stored.is_external) == (120, True)
    assert view.current_week().scheduled_external == 120
    view.entry_table.selectRow(0)
    view.delete_selected_entry()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(TimeEntry)) == 0


@pytest.mark.slow
def test_view_files_are_not_needed_at_start_up() -> None:
    """icalendar stays out of the window's start-up imports."""
    import subprocess
    import sys

    code = (
        "import sys; import zpdesk.ui.views.agenda, zpdesk.services.agenda; "
        "print('icalendar' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.stdout.strip() == "False", result.stderr


def test_network_detail_tab_lists_series_and_attendance(window, db, qtbot) -> None:
    from zpdesk.ui.views.network_tabs import network_tabs

    ids = _networks(db)
    with db.session() as s:
        cid = agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Ontbijt", datetime(2020, 1, 7, 7, 30), 90,
                rrule="FREQ=WEEKLY;INTERVAL=2", kind=CommitmentKind.BREAKFAST,
            ),
        )  # fmt: skip
        year = date.today().year
        first = agenda.next_occurrence_on_or_after(s, cid, date(year, 1, 1))
        agenda.set_attendance(s, cid, first, Attendance.ABSENT)
    (title, factory), *_ = [t for t in network_tabs() if t[0] == "Meetings"]
    tab = factory(window.context)
    qtbot.addWidget(tab)
    tab.set_network(ids["kkp"])
    assert tab.model.rowCount() == 1
    if first < datetime.now():
        # one biweekly date marked absent, the rest counted as attended
        assert f"Attendance in {year}:" in tab.summary.text()
    else:  # the first two weeks of January
        assert f"No past meetings in {year}" in tab.summary.text()
    tab.set_network(ids["proj"])
    assert tab.model.rowCount() == 0
    dialog = tab.new_commitment()
    assert dialog.network.currentData() == ids["proj"]
    dialog.reject()


def test_absent_and_cancelled_meetings_list_zero_hours(window, db) -> None:
    """The agenda list counts what takes my time: 1.5 h attended, 0.0 absent/cancelled."""
    ids = _networks(db)
    with db.session() as s:
        series = agenda.create_commitment(
            s,
            CommitmentData(
                ids["kkp"], "Ontbijt", datetime(2031, 9, 1, 7, 30), 90,
                rrule="FREQ=DAILY;COUNT=3",
            ),
        )  # fmt: skip
        agenda.set_attendance(s, series, datetime(2031, 9, 2, 7, 30), Attendance.ABSENT)
        agenda.cancel_occurrence(s, series, datetime(2031, 9, 3, 7, 30))
    view = _agenda(window, TUESDAY)
    model = view.occurrence_model
    hours = [model.index(r, OccurrenceTableModel.HOURS).data() for r in range(model.rowCount())]
    assert sorted(hours) == ["0.0", "0.0", "1.5"]
    assert view.current_week().scheduled == 90


def test_a_week_without_meetings_shows_its_hours_under_the_time_log(window, db, qtbot) -> None:
    """Reported: the meetings table of a week was empty while the header said 18,2 h. Those
    hours were time entries (Time log tab): the tabs carry the header's split, and the
    header's total is the sum of the rows the two tabs list."""
    ids = _networks(db)
    with db.session() as s:  # 95 + 40 minutes logged in the week, no meetings
        for day, minutes in ((TUESDAY, 95), (TUESDAY + timedelta(days=1), 40)):
            s.add(
                TimeEntry(
                    network_id=ids["kkp"], on=day, minutes=minutes, activity=TimeActivity.ADMIN
                )
            )
    view = _agenda(window, TUESDAY)
    assert view.occurrence_proxy.rowCount() == 0
    assert view.entry_proxy.rowCount() == 2
    assert view.current_week().scheduled == 135
    assert "2.3 h of 8.0 h" in view.load_label.text()  # 135 min, hand-computed
    assert view.tabs.tabText(0) == "Meetings · 0.0 h"
    assert view.tabs.tabText(2) == "Time log · 2.3 h"
