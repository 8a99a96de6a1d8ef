"""The main window shell: navigation, menus, remembered state."""

from __future__ import annotations

import pytest

from zpdesk.ui.views import VIEW_KEYS

pytestmark = pytest.mark.gui


def test_every_view_opens(window, qtbot) -> None:
    for key in VIEW_KEYS:
        view = window.show_view(key)
        assert window.stack.currentWidget() is view
        assert window.current_key() == key


def test_last_view_is_remembered(window, ui_settings) -> None:
    window.show_view("people")
    window.close()
    assert ui_settings.last_view == "people"


def test_about_names_version_and_data_location(window) -> None:
    from zpdesk import __version__

    text = window.about_text()
    assert __version__ in text
    assert str(window.context.db.path) in text
