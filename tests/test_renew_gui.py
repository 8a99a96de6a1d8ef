"""Renewals and "what if I leave" in the window, driven by mouse: the Overview's Coming up,
the what-if comparison from the Review view, the network editor's renewal fields, and
File → Add deadlines to my calendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select
from tests.gui_helpers import click_ok, open_dialog

from zpdesk import clock
from zpdesk.domain.enums import NoticeUnit, RenewalKind
from zpdesk.domain.renewal import RenewalTerms
from zpdesk.services import whatif
from zpdesk.store.models import Network
from zpdesk.ui import formatting

pytestmark = pytest.mark.gui


def _network_id(db, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Network.id).where(Network.name == name)).one()


def test_coming_up_marks_the_reduce_deadline_red_and_opens_the_network(
    demo_window, demo_db, qtbot
) -> None:
    overview = demo_window.show_view("overview")
    section = overview.sections["coming_up"]
    model = section.model
    whats = [model.index(r, model.WHAT).data() for r in range(model.rowCount())]
    assert "Last day to give notice" in whats and "Renewal" in whats
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, model.NETWORK).data() == "HR-Kring Zeeland"
        and model.index(r, model.WHAT).data() == "Last day to give notice"
    )
    assert model.index(row, model.DECISION).data() == "Reduce"
    assert model.index(row, model.WHEN).data(Qt.ItemDataRole.ForegroundRole) is not None
    # The Zakenkring's deadline (about 60 days ahead, "renegotiate") is not red.
    other = next(
        r
        for r in range(model.rowCount())
        if model.index(r, model.NETWORK).data() == "Zakenkring De Schelde"
        and model.index(r, model.WHAT).data() == "Last day to give notice"
    )
    assert model.index(other, model.WHEN).data(Qt.ItemDataRole.ForegroundRole) is None
    rect = section.table.visualRect(model.index(row, model.NETWORK))
    # Qt's item views only take a double-click on the row they saw pressed first
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hr = _network_id(demo_db, "HR-Kring Zeeland")
    with qtbot.waitSignal(overview.open_requested) as signal:
        qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["network", hr]
    # The window opens the network.
    assert demo_window.current_key() == "networks"
    assert demo_window.view("networks").current_network_id() == hr


def _click_check(qtbot, table, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    # The check indicator sits at the left of an item without text.
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )


def test_whatif_from_the_review_compares_two_scenarios(demo_window, demo_db, qtbot) -> None:
    from zpdesk.ui.whatif import WhatIfDialog

    review = demo_window.show_view("review")
    year = whatif.last_full_year(clock.today())
    review.set_year(year)
    model = review.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "HR-Kring Zeeland")
    rect = review.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(review.whatif_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, review, WhatIfDialog)
    hr, kring = (
        _network_id(demo_db, "HR-Kring Zeeland"),
        _network_id(demo_db, "Zakenkring De Schelde"),
    )
    assert dialog.chosen() == [[hr], [], []]
    # Scenario B: HR-Kring and Zakenkring together, ticked with the mouse.
    pick = dialog.pick
    _click_check(qtbot, pick, dialog.network_ids.index(hr), 2)
    _click_check(qtbot, pick, dialog.network_ids.index(kring), 2)
    assert sorted(dialog.chosen()[1]) == sorted([hr, kring])
    with demo_db.session() as session:
        one = whatif.scenario(session, [hr], year, clock.today(), clock.now())
        two = whatif.scenario(session, [hr, kring], year, clock.today(), clock.now())
    result = dialog.outcome
    costs = 2  # the row of "Costs saved"
    assert result.item(costs, 0).text() == formatting.money(one.costs_saved_cents, 0)
    assert result.item(costs, 1).text() == formatting.money(two.costs_saved_cents, 0)
    assert result.item(costs, 2).text() == ""
    assert (
        result.horizontalHeaderItem(1).text()
        == "Scenario B\nHR-Kring Zeeland\nZakenkring De Schelde"
    )
    people = 10
    assert result.item(people, 1).text() == str(len(two.people_only_through))
    dialog.close()


def test_network_editor_keeps_renewal_terms(window, db, qtbot) -> None:
    from zpdesk.ui.dialogs.network_editor import NetworkEditor

    networks = window.show_view("networks")
    qtbot.mouseClick(_tool_button(networks, networks.new_action), Qt.MouseButton.LeftButton)
    editor = open_dialog(qtbot, networks, NetworkEditor)
    qtbot.keyClicks(editor.name_edit, "Ondernemerskring")
    editor.renewal_kind_combo.setCurrentIndex(editor.renewal_kind_combo.findData(RenewalKind.TERM))
    assert editor.term_spin.isEnabled()
    editor.renewal_date_edit.set_value(date(2024, 1, 31))
    editor.term_spin.setValue(6)
    editor.notice_spin.setValue(2)
    editor.notice_unit_combo.setCurrentIndex(editor.notice_unit_combo.findData(NoticeUnit.WEEKS))
    qtbot.mouseClick(editor.automatic_check, Qt.MouseButton.LeftButton)  # off
    qtbot.keyClicks(editor.fee_change_edit, "300")
    editor.fee_change_date_edit.set_value(date(2025, 1, 1))
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with db.session() as session:
        from zpdesk.services.networks import renewal_terms

        network = session.scalars(select(Network)).one()
        assert renewal_terms(network) == RenewalTerms(
            RenewalKind.TERM,
            date(2024, 1, 31),
            6,
            2,
            NoticeUnit.WEEKS,
            False,
            30000,
            date(2025, 1, 1),
        )
    # The details tab says it back (not renewing by itself: no notice deadline to show).
    details = networks.details_tab.browser.toPlainText()
    assert "Per term of months" in details and "6 months" in details
    assert "not automatically" in details and "2 weeks" in details
    assert "Last day to give notice" not in details


def _tool_button(view, action):
    from PySide6.QtWidgets import QToolButton

    return next(b for b in view.findChildren(QToolButton) if b.defaultAction() is action)


def test_file_menu_writes_the_deadlines_calendar(
    demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import icalendar

    out = tmp_path / "deadlines.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert demo_window.calendar_action in demo_window.file_menu.actions()
    demo_window.calendar_action.trigger()
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) >= 5
    assert all(len(e.walk("VALARM")) == 2 for e in events)
    assert shown and str(out) in shown[0]


def test_deciding_leave_records_the_notice_and_stops_later_meetings(
    demo_window, demo_db, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zpdesk.domain.enums import Decision, NetworkStatus
    from zpdesk.services.occurrences import occurrences
    from zpdesk.ui.dialogs import confirm
    from zpdesk.ui.whatif import NoticeDialog

    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _a: asked.append(text) or True)
    today = clock.today()
    hr = _network_id(demo_db, "HR-Kring Zeeland")
    with demo_db.session() as session:
        before = [o.key for o in occurrences(session, date(today.year - 2, 1, 1), today, [hr])]
        ahead = [o for o in occurrences(session, today, date(today.year + 2, 12, 31), [hr])]
    assert ahead, "the demo's HR-Kring has meetings ahead"
    review = demo_window.show_view("review")
    model = review.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "HR-Kring Zeeland")
    rect = review.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = review.decision
    panel.decision.setCurrentIndex(panel.decision.findData(Decision.LEAVE))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, review, NoticeDialog)
    assert dialog.given_edit.date_value() == today
    # The demo's HR-Kring renews yearly with four weeks' notice; its deadline lies ahead,
    # so notice given today ends it at that renewal.
    with demo_db.session() as session:
        from zpdesk.services import renewals

        item = next(i for i in renewals.deadlines(session, today) if i.network_id == hr)
    last = item.deadline.renewal
    assert dialog.last_edit.date_value() == last
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and "HR-Kring Zeeland" in asked[0]
    with demo_db.session() as session:
        network = session.get(Network, hr)
        assert (network.status, network.left_on, network.notice_given_on) == (
            NetworkStatus.LEAVING,
            last,
            today,
        )
        after = [o for o in occurrences(session, today, date(today.year + 2, 12, 31), [hr])]
        kept = [o.key for o in occurrences(session, date(today.year - 2, 1, 1), today, [hr])]
    assert all(o.start.date() <= last for o in after)
    assert len(after) < len(ahead)
    assert kept == before  # history stays


def test_tray_announces_a_deadline_in_the_alarm_window_once(
    demo_db, ui_settings, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon, QWidget

    from zpdesk.ui.actions import ActionRunner
    from zpdesk.ui.context import ViewContext
    from zpdesk.ui.deadline_tray import DeadlineTray

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    shown: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _s, title, *_a: shown.append(title))
    parent = QWidget()
    qtbot.addWidget(parent)
    context = ViewContext(db=demo_db, actions=ActionRunner(demo_db), ui_settings=ui_settings)
    tray = DeadlineTray(context, parent)
    tray.timer.stop()
    # The demo's HR-Kring deadline lies 24 days ahead (outside), nothing else within 14 days.
    assert tray.check() == []
    # Eleven days later it is 13 days away: inside the window, announced once.
    later = clock.today() + timedelta(days=11)
    monkeypatch.setattr(clock, "today", lambda: later)
    assert [i.name for i in tray.check()] == ["HR-Kring Zeeland"]
    assert shown == ["Last day to give notice: HR-Kring Zeeland"]
    assert tray.check() == []
    assert len(shown) == 1
