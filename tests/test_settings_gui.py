"""Edit → Preferences…: the settings dialog stores what is typed, refuses what is not a number."""

from __future__ import annotations

import pytest

from gui_helpers import click_ok, dutch, open_dialog  # noqa: F401
from zpdesk.services.settings import SettingsValues, get_settings
from zpdesk.ui.dialogs.settings_dialog import SettingsDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("dutch")]


def test_preferences_menu_has_a_shortcut(window) -> None:
    assert window.preferences_action in window.menu("edit").actions()
    assert not window.preferences_action.shortcut().isEmpty()


def test_preferences_are_stored(window, db, qtbot) -> None:
    window.preferences_action.trigger()
    dialog = open_dialog(qtbot, window, SettingsDialog)
    assert dialog.rate_edit.text() == "95,00"  # the default € 95 an hour
    assert dialog.capacity_edit.text() == "8,0"
    dialog.name_edit.setText("")
    qtbot.keyClicks(dialog.name_edit, "Marieke Bakker")
    dialog.rate_edit.clear()
    qtbot.keyClicks(dialog.rate_edit, "1.100,50")
    dialog.capacity_edit.clear()
    qtbot.keyClicks(dialog.capacity_edit, "6,5")
    dialog.interval_spin.setValue(4)
    click_ok(qtbot, dialog)
    with db.session() as s:
        # € 1,100.50 = 110050 cents; 6.5 h = 390 minutes
        assert get_settings(s) == SettingsValues("Marieke Bakker", 110_050, 390, 4)


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("rate_edit", "veel", "not an amount in euros"),
        ("rate_edit", "-5", "cannot be negative"),
        ("capacity_edit", "200", "between 0 and 168 hours"),
        ("capacity_edit", "acht", "not a number of hours"),
    ],
)
def test_invalid_preferences_are_refused(window, db, qtbot, field, text, message) -> None:
    window.preferences_action.trigger()
    dialog = open_dialog(qtbot, window, SettingsDialog)
    getattr(dialog, field).clear()
    qtbot.keyClicks(getattr(dialog, field), text)
    click_ok(qtbot, dialog)
    assert message in dialog.error_text()
    with db.session() as s:
        assert get_settings(s).target_rate_cents == 9500
        assert get_settings(s).weekly_capacity_minutes == 480
    dialog.reject()
