"""The People view: search, person editor, memberships; checked in the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from gui_helpers import choose, click_ok, focus, open_dialog
from zpdesk.domain.enums import MemberRole, NetworkKind
from zpdesk.services import networks as nets
from zpdesk.services import people as svc
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.membership_editor import MembershipEditor
from zpdesk.ui.dialogs.person_editor import PersonEditor
from zpdesk.ui.models import people as pm

pytestmark = pytest.mark.gui


@pytest.fixture
def two_networks(db) -> tuple[int, int]:
    with db.session() as s:
        kkp = nets.create_network(s, nets.NetworkInput("KKP West-Brabant", NetworkKind.OTHER))
        hr = nets.create_network(s, nets.NetworkInput("HR Kring Breda", NetworkKind.OTHER))
    return kkp, hr


def people_view(window, qtbot):
    view = window.show_view("people")
    focus(qtbot, view.table)
    return view


def everyone(db) -> list[svc.PersonDetail]:
    with db.session() as s:
        return [svc.get_person(s, row.id) for row in svc.search_people(s)]


def shown_names(view) -> list[str]:
    return [view.proxy.index(r, pm.COL_NAME).data() for r in range(view.proxy.rowCount())]


def test_person_with_membership_end_to_end(window, db, qtbot, two_networks, monkeypatch) -> None:
    kkp, hr = two_networks
    view = people_view(window, qtbot)

    # New person (Ctrl+N), typed in
    qtbot.keyClick(view.table, Qt.Key_N, Qt.ControlModifier)
    dialog = open_dialog(qtbot, view, PersonEditor)
    qtbot.keyClicks(dialog.name_edit, "Anna de Vries")
    qtbot.keyClicks(dialog.organisation_edit, "De Vries Advies")
    qtbot.keyClicks(dialog.email_edit, "anna@example.nl")
    qtbot.keyClicks(dialog.region_edit, "Breda")
    qtbot.keyClicks(dialog.expertise_edit, "Interim HR, arbeidsrecht")
    click_ok(qtbot, dialog)
    [anna] = everyone(db)
    assert (anna.values.name, anna.values.organisation, anna.values.region) == (
        "Anna de Vries",
        "De Vries Advies",
        "Breda",
    )
    assert anna.values.expertise == "Interim HR, arbeidsrecht"
    assert view.current_person_id() == anna.id
    assert "Interim HR" in view.info.toPlainText()

    # Add a membership from the detail panel
    view.add_membership_action.trigger()
    dialog = open_dialog(qtbot, view, MembershipEditor)
    choose(dialog.network_combo, kkp)
    choose(dialog.role_combo, MemberRole.COORDINATOR)
    dialog.since_edit.set_value(date(2021, 2, 1))
    click_ok(qtbot, dialog)
    [membership] = everyone(db)[0].memberships
    assert (membership.network_name, membership.role, membership.since, membership.until) == (
        "KKP West-Brabant",
        MemberRole.COORDINATOR,
        date(2021, 2, 1),
        None,
    )
    assert view.membership_model.rowCount() == 1
    assert view.proxy.index(0, pm.COL_NETWORKS).data() == "KKP West-Brabant"

    # Edit it with Enter in the memberships table: move it to the other network, end it
    cell = view.membership_table.visualRect(view.membership_proxy.index(0, pm.M_COL_ROLE))
    qtbot.mouseClick(view.membership_table.viewport(), Qt.LeftButton, pos=cell.center())
    focus(qtbot, view.membership_table)
    qtbot.keyClick(view.membership_table, Qt.Key_Return)
    dialog = open_dialog(qtbot, view, MembershipEditor)
    assert dialog.network_combo.currentData() == kkp
    choose(dialog.network_combo, hr)
    dialog.until_edit.set_value(date(2024, 12, 31))
    click_ok(qtbot, dialog)
    [membership] = everyone(db)[0].memberships
    assert (membership.network_name, membership.until) == ("HR Kring Breda", date(2024, 12, 31))

    # Remove it with Delete (confirmed)
    monkeypatch.setattr(confirm, "ask", lambda *_args: True)
    view.membership_table.selectRow(0)
    focus(qtbot, view.membership_table)
    qtbot.keyClick(view.membership_table, Qt.Key_Delete)
    assert everyone(db)[0].memberships == []

    # Edit the person (double-click), then delete (Delete key, confirmation names them)
    cell = view.table.visualRect(view.proxy.index(0, pm.COL_NAME))
    # Qt's item views only take a double-click on the row they saw pressed first
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=cell.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.LeftButton, pos=cell.center())
    dialog = open_dialog(qtbot, view, PersonEditor)
    qtbot.keyClicks(dialog.phone_edit, "06-12345678")
    click_ok(qtbot, dialog)
    assert everyone(db)[0].values.phone == "06-12345678"
    assert everyone(db)[0].values.email == "anna@example.nl"
    questions: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _a: questions.append(text) or True)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key_Delete)
    assert everyone(db) == []
    assert "'Anna de Vries'" in questions[0]


def test_membership_until_before_since_is_shown_and_not_saved(
    window, db, qtbot, two_networks
) -> None:
    with db.session() as s:
        svc.create_person(s, svc.PersonInput(name="Bram"))
    view = people_view(window, qtbot)
    view.add_membership_action.trigger()
    dialog = open_dialog(qtbot, view, MembershipEditor)
    dialog.since_edit.set_value(date(2024, 6, 1))
    dialog.until_edit.set_value(date(2024, 5, 31))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot end before it began" in dialog.error_text()
    assert everyone(db)[0].memberships == []
    dialog.reject()


def test_person_without_name_is_refused(window, db, qtbot) -> None:
    view = people_view(window, qtbot)
    view.new_action.trigger()
    dialog = open_dialog(qtbot, view, PersonEditor)
    qtbot.keyClicks(dialog.expertise_edit, "Grafisch ontwerp")
    click_ok(qtbot, dialog)
    assert "Give the person a name" in dialog.error_text()
    assert dialog.name_edit.hasFocus()
    assert everyone(db) == []
    dialog.reject()


def test_search_finds_who_is_good_at_what(window, db, qtbot) -> None:
    with db.session() as s:
        for name, expertise, region in [
            ("Anna de Vries", "Interim HR", "Breda"),
            ("Bram Jansen", "ICT-architectuur", "Tilburg"),
            ("Carla Smit", "Grafisch ontwerp", "Breda"),
            ("René Coûteaux", "Coördinatie", "Hulst"),
        ]:
            svc.create_person(s, svc.PersonInput(name=name, expertise=expertise, region=region))
    view = people_view(window, qtbot)
    assert shown_names(view) == ["Anna de Vries", "Bram Jansen", "Carla Smit", "René Coûteaux"]
    # accents and case do not count
    qtbot.keyClicks(view.search_edit, "RENE coordinatie")
    assert shown_names(view) == ["René Coûteaux"]
    view.search_edit.clear()
    qtbot.keyClick(view.table, Qt.Key_F, Qt.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "breda")
    assert shown_names(view) == ["Anna de Vries", "Carla Smit"]
    qtbot.keyClicks(view.search_edit, " ontwerp")
    assert shown_names(view) == ["Carla Smit"]
    assert view.current_person_id() is not None  # the one match is selected and shown
    assert "Grafisch ontwerp" in view.info.toPlainText()
    view.search_edit.clear()
    assert len(shown_names(view)) == 4
