"""The Networks view and its dialogs, driven like a user would, checked in the database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui_helpers import choose, click_ok, dutch, focus, open_dialog  # noqa: F401
from zpdesk.domain.enums import (
    Arrangement,
    LegalForm,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    ObligationKind,
)
from zpdesk.services import networks as svc
from zpdesk.store.models import Engagement
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.end_membership import EndMembershipDialog
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.models import obligations as ob
from zpdesk.ui.views.network_tabs import NetworkTab

pytestmark = pytest.mark.gui


def networks_view(window, qtbot):
    view = window.show_view("networks")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return view


def stored(db) -> list[svc.NetworkDetail]:
    with db.session() as s:
        return [svc.get_network(s, row.id) for row in svc.list_networks(s)]


def check_motive(dialog, motive: Motive) -> None:
    for row in range(dialog.motive_list.count()):
        item = dialog.motive_list.item(row)
        if item.data(Qt.UserRole) == motive.value:
            item.setCheckState(Qt.Checked)


@pytest.mark.usefixtures("dutch")
def test_create_edit_end_and_delete_a_network(window, db, qtbot, monkeypatch) -> None:
    view = networks_view(window, qtbot)
    assert view.model.rowCount() == 0

    # New network with Ctrl+N; type every kind of field
    qtbot.keyClick(view.table, Qt.Key_N, Qt.ControlModifier)
    dialog = open_dialog(qtbot, view, NetworkEditor)
    qtbot.keyClicks(dialog.name_edit, "KKP West-Brabant")
    choose(dialog.kind_combo, NetworkKind.KNOWLEDGE_NETWORK)
    choose(dialog.legal_form_combo, LegalForm.ASSOCIATION)
    choose(dialog.role_combo, MyRole.COORDINATOR)
    dialog.joined_edit.set_value(date(2022, 3, 1))
    qtbot.keyClicks(dialog.fee_edit, "1.250,50")  # Dutch input: € 1250.50
    qtbot.keyClicks(dialog.commission_edit, "12,5")
    qtbot.keyClicks(dialog.website_edit, "https://kkp.example")
    qtbot.keyClicks(dialog.description_edit, "Ontbijtsessies om de twee weken")
    dialog.interval_spin.setValue(6)
    check_motive(dialog, Motive.KNOWLEDGE)
    check_motive(dialog, Motive.SOCIAL)
    dialog.colour_button.set_colour("#E15759")
    qtbot.mouseClick(dialog.add_obligation_button, Qt.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's title is being edited
    qtbot.keyClicks(editor, "Collectieve BAV")
    qtbot.keyClick(editor, Qt.Key_Tab)  # commits the title, moves to the arrangement combo
    model = dialog.obligation_model
    model.setData(model.index(0, ob.COL_KIND), ObligationKind.INSURANCE)
    model.setData(model.index(0, ob.COL_ARRANGEMENT), Arrangement.COLLECTIVE)
    click_ok(qtbot, dialog)

    [network] = stored(db)
    v = network.values
    assert (v.name, v.kind, v.legal_form, v.my_role) == (
        "KKP West-Brabant",
        NetworkKind.KNOWLEDGE_NETWORK,
        LegalForm.ASSOCIATION,
        MyRole.COORDINATOR,
    )
    assert v.joined_on == date(2022, 3, 1) and v.left_on is None
    assert v.annual_fee_cents == 125_050
    assert v.commission_pct == Decimal("12.5")
    assert v.motives == {Motive.KNOWLEDGE, Motive.SOCIAL}
    assert v.colour == "#e15759"
    assert v.checkin_interval_months == 6
    assert v.description == "Ontbijtsessies om de twee weken"
    assert [(o.kind, o.title, o.arrangement) for o in v.obligations] == [
        (ObligationKind.INSURANCE, "Collectieve BAV", Arrangement.COLLECTIVE)
    ]
    assert view.current_network_id() == network.id
    details = view.details_tab.browser.toPlainText()
    assert "Collectieve BAV" in details and "Collective" in details
    assert "Knowledge sharing" in details

    # Edit with Enter on the selected row
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key_Return)
    dialog = open_dialog(qtbot, view, NetworkEditor)
    assert dialog.name_edit.text() == "KKP West-Brabant"
    assert dialog.fee_edit.text() == "1.250,50"
    assert dialog.commission_edit.text() == "12,5"
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "KKP")
    assert not dialog.remove_obligation_button.isEnabled()  # nothing selected yet
    cell = dialog.obligation_view.visualRect(dialog.obligation_model.index(0, ob.COL_NOTE))
    qtbot.mouseClick(dialog.obligation_view.viewport(), Qt.LeftButton, pos=cell.center())
    qtbot.mouseClick(dialog.remove_obligation_button, Qt.LeftButton)
    click_ok(qtbot, dialog)
    [network] = stored(db)
    assert network.values.name == "KKP"
    assert network.values.obligations == []
    assert network.values.annual_fee_cents == 125_050  # unchanged fields survive the round trip

    # End membership
    view.end_action.trigger()
    dialog = open_dialog(qtbot, view, EndMembershipDialog)
    dialog.set_values(date(2026, 6, 30))
    click_ok(qtbot, dialog)
    [network] = stored(db)
    assert network.values.left_on == date(2026, 6, 30)
    assert network.values.status is NetworkStatus.ENDED

    # Delete with the Delete key; the confirmation names the network
    questions: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _a: questions.append(text) or True)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key_Delete)
    assert stored(db) == []
    assert "'KKP'" in questions[0]
    assert view.model.rowCount() == 0


def test_cancelled_confirmation_deletes_nothing(window, db, qtbot, monkeypatch) -> None:
    with db.session() as s:
        svc.create_network(s, svc.NetworkInput(name="Blijft"))
    view = networks_view(window, qtbot)
    monkeypatch.setattr(confirm, "ask", lambda *_args: False)
    view.delete_action.trigger()
    assert [n.values.name for n in stored(db)] == ["Blijft"]


def test_delete_refused_when_work_came_through(window, db, qtbot, monkeypatch) -> None:
    with db.session() as s:
        nid = svc.create_network(s, svc.NetworkInput(name="NZPB"))
        s.add(Engagement(title="Interim HR", start_on=date(2026, 1, 5), network_id=nid))
    view = networks_view(window, qtbot)
    refusals: list[str] = []
    monkeypatch.setattr(confirm, "refuse", lambda _p, _t, text: refusals.append(text))
    monkeypatch.setattr(confirm, "ask", lambda *_a: pytest.fail("must not ask"))
    view.delete_action.trigger()
    assert "brought engagements/referrals" in refusals[0]
    assert "End the membership instead" in refusals[0]
    assert len(stored(db)) == 1


def fill_valid(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "Netwerk")
    dialog.joined_edit.set_value(date(2024, 5, 1))


@pytest.mark.parametrize(
    ("mistake", "message"),
    [
        (lambda qtbot, d: d.name_edit.clear(), "Give the network a name"),
        (
            lambda qtbot, d: d.left_edit.set_value(date(2024, 4, 30)),
            "cannot end before it began",
        ),
        (lambda qtbot, d: qtbot.keyClicks(d.fee_edit, "-10"), "fee cannot be negative"),
        (lambda qtbot, d: qtbot.keyClicks(d.fee_edit, "tien"), "is not an amount in euros"),
        (
            lambda qtbot, d: qtbot.keyClicks(d.commission_edit, "101"),
            "between 0 and 100",
        ),
    ],
)
def test_editor_shows_validation_inline_and_saves_nothing(
    window, db, qtbot, mistake, message
) -> None:
    view = networks_view(window, qtbot)
    view.new_action.trigger()
    dialog = open_dialog(qtbot, view, NetworkEditor)
    fill_valid(qtbot, dialog)
    mistake(qtbot, dialog)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert message in dialog.error_text()
    assert dialog.error.isVisible()
    assert stored(db) == []
    dialog.reject()


def test_parent_combo_excludes_itself_and_descendants(window, db, qtbot) -> None:
    with db.session() as s:
        top = svc.create_network(s, svc.NetworkInput(name="Top"))
        middle = svc.create_network(s, svc.NetworkInput(name="Middle", parent_id=top))
        svc.create_network(s, svc.NetworkInput(name="Leaf", parent_id=middle))
        svc.create_network(s, svc.NetworkInput(name="Other"))
    view = networks_view(window, qtbot)
    assert view.select_network(top)
    view.edit_action.trigger()
    dialog = open_dialog(qtbot, view, NetworkEditor)
    names = [dialog.parent_combo.itemText(i) for i in range(1, dialog.parent_combo.count())]
    assert names == ["Other"]
    choose(dialog.parent_combo, dialog.parent_combo.itemData(1))
    click_ok(qtbot, dialog)
    with db.session() as s:
        assert svc.get_network(s, top).parent_name == "Other"
    assert "Other" in view.details_tab.browser.toPlainText()


def test_filter_box_and_status_combo_filter_the_table(window, db, qtbot) -> None:
    with db.session() as s:
        svc.create_network(s, svc.NetworkInput(name="KKP West-Brabant"))
        svc.create_network(
            s,
            svc.NetworkInput(
                name="ICT Coöperatie",
                status=NetworkStatus.ENDED,
                joined_on=date(2018, 1, 1),
                left_on=date(2024, 12, 31),
            ),
        )
    view = networks_view(window, qtbot)
    qtbot.keyClick(view.table, Qt.Key_F, Qt.ControlModifier)
    assert view.filter_edit.hasFocus()
    qtbot.keyClicks(view.filter_edit, "kkp")
    assert view.proxy.rowCount() == 1
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "COOPERATIE")  # accents and case do not count
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "ICT Coöperatie"
    ]
    view.filter_edit.clear()
    view.status_combo.setCurrentIndex(2)  # ended
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "ICT Coöperatie"
    ]


def test_extra_tabs_follow_the_selection(window, db, qtbot, monkeypatch) -> None:
    seen: list[int | None] = []

    class Spy(NetworkTab):
        def refresh(self) -> None:
            seen.append(self.network_id)

    from zpdesk.ui.views import networks as networks_module

    monkeypatch.setattr(networks_module, "network_tabs", lambda: [("Spy", Spy)])
    with db.session() as s:
        first = svc.create_network(s, svc.NetworkInput(name="A"))
        second = svc.create_network(s, svc.NetworkInput(name="B"))
    view = networks_view(window, qtbot)
    assert view.tabs.count() == 2 and view.tabs.tabText(1) == "Spy"
    assert seen[-1] == first
    view.select_network(second)
    assert seen[-1] == second
