"""Exclusivity in the window: the rule in the network editor, my profession in Preferences,
and the conflict flagged on the Overview and in the Networks table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from atlas_data import fill
from gui_helpers import choose, click_ok, open_dialog
from zpdesk.domain.enums import Exclusivity
from zpdesk.services import networks as network_service
from zpdesk.services.settings import get_settings
from zpdesk.store.models import Network, UserSettings
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.dialogs.settings_dialog import SettingsDialog
from zpdesk.ui.models import networks as nm

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db) -> dict[str, int]:  # noqa: ANN001
    with db.session() as session:
        return fill(session)


def _active(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _click_row(qtbot, table, row: int) -> None:  # noqa: ANN001
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overview_flags_the_conflicts(ids, window) -> None:  # noqa: ANN001
    view = window.show_view("overview")
    section = view.sections["exclusivity"]
    assert not section.isHidden()
    text = section.lines.text()
    assert "Alfa Kring allows no membership of another network of its kind" in text
    assert "Bravo Groep allows one member per profession, and Anna there" in text


def test_overview_hides_the_flag_without_conflicts(window, db) -> None:  # noqa: ANN001
    view = window.show_view("overview")
    assert view.sections["exclusivity"].isHidden()


def test_networks_table_flags_both_networks_of_a_conflict(ids, window, qtbot) -> None:  # noqa: ANN001
    view = window.show_view("networks")
    model = view.model
    flagged = {}
    for row in range(model.rowCount()):
        index = model.index(row, nm.COL_STATUS)
        flagged[model.row_at(row).name] = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Bravo Groep" in (flagged["Alfa Kring"] or "")
    assert "Anna" in (flagged["Bravo Groep"] or "")
    assert flagged["Charlie Kennis"] is None
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == "Alfa Kring")
    assert model.index(row, nm.COL_STATUS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_exclusivity_is_chosen_in_the_network_editor(ids, window, db, qtbot) -> None:  # noqa: ANN001
    view = window.show_view("networks")
    _active(window, qtbot)
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Charlie Kennis"
    )
    _click_row(qtbot, view.table, row)
    assert view.current_network_id() == ids["charlie"]
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(qtbot, view, NetworkEditor)
    assert dialog.exclusivity_combo.currentData() == Exclusivity.NONE
    choose(dialog.exclusivity_combo, Exclusivity.ONE_PER_PROFESSION)
    click_ok(qtbot, dialog)
    with db.session() as session:
        assert session.get(Network, ids["charlie"]).exclusivity == Exclusivity.ONE_PER_PROFESSION
        detail = network_service.get_network(session, ids["charlie"])
    assert detail.values.exclusivity == Exclusivity.ONE_PER_PROFESSION
    browser = view.details_tab.findChild(QTextBrowser)
    assert "Exclusivity" in browser.toPlainText()
    assert "One member per profession" in browser.toPlainText()
    # Anna (my profession) is a current member of Charlie: now it is flagged too
    tip = view.model.index(row, nm.COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip is not None and "Charlie Kennis allows one member per profession" in tip


def test_profession_is_set_in_preferences(ids, window, db, qtbot) -> None:  # noqa: ANN001
    _active(window, qtbot)
    window.preferences_action.trigger()
    dialog = open_dialog(qtbot, window, SettingsDialog)
    assert dialog.profession_edit.text() == "HR-adviseur"
    dialog.profession_edit.clear()
    qtbot.keyClicks(dialog.profession_edit, "interim-manager")
    click_ok(qtbot, dialog)
    with db.session() as session:
        assert get_settings(session).profession == "interim-manager"
        assert session.get(UserSettings, 1).profession == "interim-manager"
    overview = window.show_view("overview")
    # now Bas (interim-manager) in Bravo is the conflict, not Anna
    assert "Bas there" in overview.sections["exclusivity"].lines.text()
