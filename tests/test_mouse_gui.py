"""Every table answers the mouse: a click selects (details follow, buttons wake up), a
double-click opens the editor, a right-click offers the row's actions.

All clicks go to the table's viewport at the row's visual rectangle, as a person's do.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import (
    click_menu_item,
    click_row,
    double_click_row,
    focus,
    menu_texts,
    open_dialog,
    right_click_row,
)
from zpdesk.domain.enums import Attendance
from zpdesk.services import agenda, work
from zpdesk.services import people as people_service
from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog
from zpdesk.ui.agenda.occurrence_dialog import OccurrenceDialog
from zpdesk.ui.agenda.time_entry_dialog import TimeEntryDialog
from zpdesk.ui.contract.dialogs import (
    AssessmentDialog,
    CheckInDialog,
    ExpectationDialog,
    HealthCheckDialog,
)
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.end_membership import EndMembershipDialog
from zpdesk.ui.dialogs.membership_editor import MembershipEditor
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.dialogs.person_editor import PersonEditor
from zpdesk.ui.models import ID_ROLE
from zpdesk.ui.models import networks as nm
from zpdesk.ui.models import people as pm
from zpdesk.ui.work.engagement_dialog import EngagementDialog
from zpdesk.ui.work.expense_dialog import ExpenseDialog
from zpdesk.ui.work.referral_dialog import ReferralDialog

pytestmark = pytest.mark.gui


def _close(qtbot, dialog) -> None:  # noqa: ANN001
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _networks(window, qtbot):  # noqa: ANN001, ANN202
    view = window.show_view("networks")
    focus(qtbot, view.table)
    return view


def test_networks_click_selects_and_details_follow(demo_window, qtbot) -> None:  # noqa: ANN001
    view = _networks(demo_window, qtbot)
    view.table.clearSelection()
    assert view.current_network_id() is None
    assert not view.edit_action.isEnabled()
    for row in (2, 0, view.proxy.rowCount() - 1):
        click_row(qtbot, view.table, row)
        wanted = view.proxy.index(row, nm.COL_NAME)
        network_id = wanted.data(ID_ROLE)
        assert view.current_network_id() == network_id
        assert view.details_tab.network_id == network_id
        assert all(tab.network_id == network_id for tab in view.extra_tabs)
        assert wanted.data() in view.details_tab.browser.toPlainText()
        assert view.edit_action.isEnabled() and view.end_action.isEnabled()
        assert view.delete_action.isEnabled()


def test_networks_double_click_and_right_click(demo_window, qtbot) -> None:  # noqa: ANN001
    view = _networks(demo_window, qtbot)
    network_id = view.proxy.index(1, 0).data(ID_ROLE)
    double_click_row(qtbot, view.table, 1)
    editor = open_dialog(qtbot, view, NetworkEditor)
    assert editor.name_edit.text() == view.proxy.index(1, nm.COL_NAME).data()
    _close(qtbot, editor)

    menu = right_click_row(qtbot, view.table, 3)
    assert menu_texts(menu) == ["Edit…", "End membership…", "Delete"]
    assert view.current_network_id() == view.proxy.index(3, 0).data(ID_ROLE) != network_id
    click_menu_item(qtbot, menu, "End membership…")
    dialog = open_dialog(qtbot, view, EndMembershipDialog)
    _close(qtbot, dialog)


def test_people_click_memberships_and_open_network(
    demo_window,  # noqa: ANN001
    demo_db,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    view = demo_window.show_view("people")
    focus(qtbot, view.table)
    view.table.clearSelection()
    assert not view.edit_action.isEnabled()
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, pm.COL_NETWORKS).data()  # someone with memberships
    )
    click_row(qtbot, view.table, row)
    name = view.proxy.index(row, pm.COL_NAME).data()
    assert view.current_person_id() == view.proxy.index(row, 0).data(ID_ROLE)
    assert name in view.info.toPlainText()
    assert view.edit_action.isEnabled() and view.add_membership_action.isEnabled()
    assert view.membership_proxy.rowCount() > 0
    assert not view.edit_membership_action.isEnabled()

    click_row(qtbot, view.membership_table, 0)
    assert view.edit_membership_action.isEnabled()
    assert view.remove_membership_action.isEnabled()
    double_click_row(qtbot, view.membership_table, 0)
    _close(qtbot, open_dialog(qtbot, view, MembershipEditor))

    double_click_row(qtbot, view.table, row)
    _close(qtbot, open_dialog(qtbot, view, PersonEditor))

    network = view.membership_proxy.index(0, pm.M_COL_NETWORK).data()
    menu = right_click_row(qtbot, view.membership_table, 0)
    assert menu_texts(menu) == ["Edit membership…", "Open network", "Remove membership"]
    click_menu_item(qtbot, menu, "Open network")
    assert demo_window.current_key() == "networks"
    networks = demo_window.view("networks")
    assert networks.table.currentIndex().siblingAtColumn(nm.COL_NAME).data() == network

    # Back in People: delete someone through their row's menu.
    demo_window.show_view("people")
    monkeypatch.setattr(confirm, "ask", lambda *_args: True)
    person_id = view.proxy.index(0, 0).data(ID_ROLE)
    menu = right_click_row(qtbot, view.table, 0)
    assert menu_texts(menu) == ["Edit…", "Add membership…", "Delete"]
    click_menu_item(qtbot, menu, "Delete")
    with demo_db.session() as session:
        assert person_id not in {p.id for p in people_service.search_people(session)}


def test_agenda_tables_answer_the_mouse(demo_window, demo_db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    view = demo_window.show_view("agenda")
    view.mode_combo.setCurrentIndex(view.mode_combo.findData("month"))
    table = view.occurrence_table
    qtbot.waitUntil(lambda: view.occurrence_proxy.rowCount() > 1)
    click_row(qtbot, table, 1)
    key = view.occurrence_model.row_at(
        view.occurrence_proxy.mapToSource(view.occurrence_proxy.index(1, 0)).row()
    ).key
    assert view._selected_key() == key

    menu = right_click_row(qtbot, table, 1)
    assert menu_texts(menu) == ["Edit meeting…", "Mark attendance", "Edit the series…"]
    click_menu_item(qtbot, menu, "Mark attendance/Absent")
    with demo_db.session() as session:
        stored = agenda._occurrence_row(session, key[0], key[1])
    assert stored.stored_attendance is Attendance.ABSENT

    row = next(
        r
        for r in range(view.occurrence_proxy.rowCount())
        if view.occurrence_model.row_at(
            view.occurrence_proxy.mapToSource(view.occurrence_proxy.index(r, 0)).row()
        ).key
        == key
    )
    double_click_row(qtbot, table, row)
    dialog = open_dialog(qtbot, view, OccurrenceDialog)
    assert dialog.attendance.currentData() == Attendance.ABSENT
    _close(qtbot, dialog)

    view.tabs.setCurrentIndex(1)
    series = view.series_table
    qtbot.waitUntil(series.isVisible)
    menu = right_click_row(qtbot, series, 0)
    assert menu_texts(menu) == ["Edit…", "Delete…"]
    click_menu_item(qtbot, menu, "Edit…")
    dialog = open_dialog(qtbot, view, CommitmentDialog)
    record = view.series_model.row_at(view.series_proxy.mapToSource(series.currentIndex()).row())
    assert dialog.commitment_id == record.id
    _close(qtbot, dialog)

    view.tabs.setCurrentIndex(2)
    entries = view.entry_table
    qtbot.waitUntil(entries.isVisible)
    if view.entry_proxy.rowCount() == 0:
        view.go_previous()
    assert view.entry_proxy.rowCount() > 0
    double_click_row(qtbot, entries, 0)
    _close(qtbot, open_dialog(qtbot, view, TimeEntryDialog))
    menu = right_click_row(qtbot, entries, 0)
    assert menu_texts(menu) == ["Edit…", "Delete"]
    menu.close()


@pytest.mark.parametrize(
    ("tab_name", "dialog_type"),
    [
        ("engagements", EngagementDialog),
        ("referrals", ReferralDialog),
        ("expenses", ExpenseDialog),
    ],
)
def test_work_tabs_one_toolbar_and_the_mouse(
    demo_window,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    tab_name: str,
    dialog_type: type,
) -> None:
    view = demo_window.show_view("work")
    tab = getattr(view, tab_name)
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 2)
    names = [
        tab.bar.itemAt(i).widget().objectName()
        for i in range(tab.bar.count())
        if tab.bar.itemAt(i).widget() is not None
    ]
    assert [n for n in names if n in ("new", "edit", "delete", "open")] == [
        "new",
        "edit",
        "delete",
        "open",
    ]
    tab.table.clearSelection()
    assert not tab.edit_button.isEnabled() and not tab.open_button.isEnabled()
    row = next(
        r
        for r in range(tab.proxy.rowCount())
        if _record(tab, r).network_id is not None and _record(tab, r).id is not None
    )
    click_row(qtbot, tab.table, row)
    assert tab.selected_id() == _record(tab, row).id
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    assert tab.open_button.isEnabled()

    double_click_row(qtbot, tab.table, row)
    _close(qtbot, open_dialog(qtbot, tab, dialog_type))

    network_id = _record(tab, row).network_id
    menu = right_click_row(qtbot, tab.table, row)
    own = ["Book…"] if tab_name == "expenses" else []  # an expected fee is booked from here
    assert menu_texts(menu) == [*own, "Edit…", "Open network", "Delete"]
    click_menu_item(qtbot, menu, "Open network")
    assert demo_window.current_key() == "networks"
    assert demo_window.view("networks").current_network_id() == network_id


def _record(tab, row: int):  # noqa: ANN001, ANN202
    return tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(row, 0)).row())


def test_work_right_click_delete(demo_window, demo_db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    view = demo_window.show_view("work")
    tab = view.referrals
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    referral_id = _record(tab, 0).id
    click_menu_item(qtbot, right_click_row(qtbot, tab.table, 0), "Delete")
    with demo_db.session() as session:
        assert referral_id not in {r.id for r in work.list_referrals(session)}


def test_network_detail_tabs_answer_the_mouse(demo_window, qtbot) -> None:  # noqa: ANN001
    view = _networks(demo_window, qtbot)
    contract, health, contract_type, meetings = view.extra_tabs
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if (click_row(qtbot, view.table, r) or True)
        and contract.give_panel.proxy.rowCount()
        and health.model.columnCount() > 2
        and contract_type.model.rowCount()
        and meetings.model.rowCount()
    )
    assert view.current_network_id() == view.proxy.index(row, 0).data(ID_ROLE)

    view.tabs.setCurrentWidget(contract)
    panel = contract.give_panel
    qtbot.waitUntil(panel.table.isVisible)
    panel.table.clearSelection()
    assert not panel.edit_button.isEnabled()
    click_row(qtbot, panel.table, 0, 1)
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    double_click_row(qtbot, panel.table, 0, 1)
    _close(qtbot, open_dialog(qtbot, contract, ExpectationDialog))
    open_row = next(r for r in range(panel.proxy.rowCount()) if _is_open(panel, r))
    menu = right_click_row(qtbot, panel.table, open_row, 1)
    assert menu_texts(menu)[:2] == ["Edit…", "Check-in…"]
    click_menu_item(qtbot, menu, "Check-in…")
    _close(qtbot, open_dialog(qtbot, contract, CheckInDialog))

    view.tabs.setCurrentWidget(health)
    qtbot.waitUntil(health.table.isVisible)
    health.table.clearSelection()
    assert not health.edit_button.isEnabled()
    last = health.model.columnCount() - 1
    click_row(qtbot, health.table, 0, last)
    assert health.selected_check() is not None and health.edit_button.isEnabled()
    menu = right_click_row(qtbot, health.table, 1, last)
    click_menu_item(qtbot, menu, "Edit…")
    _close(qtbot, open_dialog(qtbot, health, HealthCheckDialog))

    view.tabs.setCurrentWidget(contract_type)
    qtbot.waitUntil(contract_type.table.isVisible)
    contract_type.table.clearSelection()
    click_row(qtbot, contract_type.table, 0)
    assert contract_type.selected() is not None and contract_type.edit_button.isEnabled()
    double_click_row(qtbot, contract_type.table, 0)
    _close(qtbot, open_dialog(qtbot, contract_type, AssessmentDialog))

    view.tabs.setCurrentWidget(meetings)
    qtbot.waitUntil(meetings.table.isVisible)
    double_click_row(qtbot, meetings.table, 0)
    _close(qtbot, open_dialog(qtbot, meetings, CommitmentDialog))
    menu = right_click_row(qtbot, meetings.table, 0)
    click_menu_item(qtbot, menu, "Edit…")
    _close(qtbot, open_dialog(qtbot, meetings, CommitmentDialog))


def _is_open(panel, row: int) -> bool:  # noqa: ANN001
    return panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()).is_open


def test_dialog_tables_answer_the_mouse(demo_window, qtbot) -> None:  # noqa: ANN001
    view = demo_window.show_view("work")
    tab = view.engagements
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    row = next(r for r in range(tab.proxy.rowCount()) if _record(tab, r).revenue_cents)
    click_row(qtbot, tab.table, row)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, tab, EngagementDialog)
    before = dialog.lines.rowCount()
    assert before > 0
    click_row(qtbot, dialog.revenue_table, before - 1)
    assert dialog._selected_revenue() == before - 1
    menu = right_click_row(qtbot, dialog.revenue_table, 0)
    assert menu_texts(menu) == ["Edit…", "Remove"]
    click_menu_item(qtbot, menu, "Remove")
    assert dialog.lines.rowCount() == before - 1
    _close(qtbot, dialog)

    networks = _networks(demo_window, qtbot)
    editor = None
    for row in range(networks.proxy.rowCount()):
        click_row(qtbot, networks.table, row)
        qtbot.keyClick(networks.table, Qt.Key.Key_Return)
        editor = open_dialog(qtbot, networks, NetworkEditor)
        if editor.obligation_model.rowCount() > 0:
            break
        _close(qtbot, editor)
    assert editor is not None and editor.obligation_model.rowCount() > 0
    count = editor.obligation_model.rowCount()
    editor.obligation_view.clearSelection()
    assert not editor.remove_obligation_button.isEnabled()
    click_row(qtbot, editor.obligation_view, 0)
    assert editor.remove_obligation_button.isEnabled()
    menu = right_click_row(qtbot, editor.obligation_view, 0)
    click_menu_item(qtbot, menu, "Remove")
    assert editor.obligation_model.rowCount() == count - 1
    _close(qtbot, editor)


def test_networks_part_of_another_are_a_tree_and_click(demo_window, qtbot) -> None:  # noqa: ANN001
    view = _networks(demo_window, qtbot)
    parents = [
        view.proxy.index(r, 0)
        for r in range(view.proxy.rowCount())
        if view.proxy.rowCount(view.proxy.index(r, 0)) > 0
    ]
    assert parents, "the demo has a network that is part of another"
    parent = parents[0]
    assert view.table.isExpanded(parent)
    child = view.proxy.index(0, nm.COL_NAME, parent)
    rect = view.table.visualRect(child)
    assert rect.left() > view.table.visualRect(parent).left()  # indented under its parent
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_network_id() == child.data(ID_ROLE)
    assert view.details_tab.network_id == child.data(ID_ROLE)
    assert parent.data() in view.details_tab.browser.toPlainText()  # "part of …"


def test_restore_dialog_answers_the_mouse(window, qtbot) -> None:  # noqa: ANN001
    from datetime import datetime

    from zpdesk.store.backup import DAILY, backup_folder_for, make_backup

    db_path = window.context.db.path
    folder = backup_folder_for(db_path)
    older = make_backup(db_path, folder, DAILY, datetime(2026, 11, 20, 8, 15))
    make_backup(db_path, folder, DAILY, datetime(2026, 11, 22, 9, 30))
    dialog = window.safety.restore_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click_row(qtbot, dialog.table, 1)
    assert dialog.selected_backup() == older.path
    menu = right_click_row(qtbot, dialog.table, 1)
    assert menu_texts(menu) == ["Restore"]
    menu.close()
    dialog.close()


def test_an_expected_fee_is_booked_from_its_row_menu(demo_window, qtbot) -> None:  # noqa: ANN001
    view = demo_window.show_view("work")
    tab = view.expenses
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    row = next(r for r in range(tab.proxy.rowCount()) if _record(tab, r).id is None)
    click_row(qtbot, tab.table, row)
    assert tab.book_button.isEnabled()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    menu = right_click_row(qtbot, tab.table, row)
    click_menu_item(qtbot, menu, "Book…")
    _close(qtbot, open_dialog(qtbot, tab, ExpenseDialog))


def test_a_suggestion_is_ticked_off_with_the_mouse(demo_window, qtbot) -> None:  # noqa: ANN001
    """Tables of check boxes in dialogs answer a click on the box."""
    from PySide6.QtWidgets import QStyle

    from zpdesk.ui.contract.dialogs import SuggestionsDialog
    from zpdesk.ui.contract.models import SuggestionModel

    view = _networks(demo_window, qtbot)
    contract = view.extra_tabs[0]
    click_row(qtbot, view.table, 0)
    view.tabs.setCurrentWidget(contract)
    qtbot.mouseClick(contract.suggest_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, contract, SuggestionsDialog)
    table = dialog.table
    index = dialog.model.index(0, SuggestionModel.USE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)
    rect = table.visualRect(index)
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    point = rect.topLeft() + QPoint(margin + box // 2, rect.height() // 2)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert index.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Unchecked, 0)
    _close(qtbot, dialog)


def test_a_double_click_in_the_overview_opens_the_network(demo_window, qtbot) -> None:  # noqa: ANN001
    overview = demo_window.show_view("overview")
    table = overview.sections["networks"].table
    qtbot.waitUntil(lambda: table.model().rowCount() > 1)
    network_id = table.model().index(1, 0).data(ID_ROLE)
    double_click_row(qtbot, table, 1)
    assert demo_window.current_key() == "networks"
    assert demo_window.view("networks").current_network_id() == network_id
