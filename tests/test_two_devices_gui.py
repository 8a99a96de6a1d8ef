"""The window on a server database shared with another device (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import click_ok, focus, open_dialog
from test_two_devices import Device
from zpdesk.cli import main
from zpdesk.services import people as svc
from zpdesk.store.db import Database, open_database
from zpdesk.store.locations import open_location, synchronised_folder
from zpdesk.ui.dialogs.person_editor import PersonEditor
from zpdesk.ui.models import people as pm

pytestmark = pytest.mark.gui


@pytest.fixture
def server_db(pg_url: str) -> Iterator[Database]:
    database = open_location(pg_url)
    yield database
    database.close()


@pytest.fixture
def server_window(qtbot, server_db: Database, ui_settings):  # noqa: ANN001, ANN201
    from zpdesk.ui.app import build_window

    window = build_window(server_db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.two_devices.stop_following()


def _add_person(db: Database, name: str) -> int:
    with db.session() as session:
        return svc.create_person(session, svc.PersonInput(name=name))


def _open_editor(qtbot, window) -> PersonEditor:  # noqa: ANN001
    view = window.show_view("people")
    focus(qtbot, view.table)
    cell = view.table.visualRect(view.proxy.index(0, pm.COL_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=cell.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.LeftButton, pos=cell.center())
    return open_dialog(qtbot, view, PersonEditor)


def _region(db: Database, person_id: int) -> str:
    with db.session() as session:
        return svc.get_person(session, person_id).values.region


def test_a_stale_edit_is_refused_shown_anew_and_can_be_made_again(
    qtbot,
    server_window,
    server_db: Database,
    pg_url: str,  # noqa: ANN001
) -> None:
    anna = _add_person(server_db, "Anna")
    server_window.refresh_current()
    dialog = _open_editor(qtbot, server_window)
    # meanwhile the other device changes Anna's region
    other = open_location(pg_url)
    with other.session() as session:
        values = svc.get_person(session, anna).values
        svc.update_person(
            session, anna, svc.PersonInput(**{**values.__dict__, "region": "Tilburg"})
        )
    other.close()
    qtbot.keyClicks(dialog.region_edit, "Breda")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Another device changed this" in dialog.error_text()
    assert dialog.region_edit.text() == "Tilburg"  # the row as stored now
    assert _region(server_db, anna) == "Tilburg"  # nothing of the other device lost
    dialog.region_edit.clear()
    qtbot.keyClicks(dialog.region_edit, "Breda")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _region(server_db, anna) == "Breda"


def test_a_lost_connection_keeps_what_was_typed_and_reconnects(
    qtbot,
    server_window,
    server_db: Database,
    pg_server,
    pg_url: str,  # noqa: ANN001
) -> None:
    _add_person(server_db, "Anna")
    server_window.refresh_current()
    dialog = _open_editor(qtbot, server_window)
    qtbot.keyClicks(dialog.region_edit, "Breda")
    name = urlsplit(pg_url).path.lstrip("/")
    pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    pg_server.admin(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    )
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.region_edit.text() == "Breda"
    assert "connection to the server database was lost" in dialog.error_text()
    qtbot.waitUntil(lambda: "lost" in server_window.statusBar().currentMessage(), timeout=5000)
    pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with server_db.session() as session:
        assert [p.region for p in svc.search_people(session)] == ["Breda"]


def test_the_other_devices_change_shows_without_a_click(
    qtbot,
    server_window,
    pg_url: str,  # noqa: ANN001
) -> None:
    view = server_window.show_view("networks")
    rows = view.proxy.rowCount if hasattr(view, "proxy") else view.model.rowCount
    assert rows() == 0
    other = Device(pg_url)
    try:
        other(do="add", name="Kenniskring")
    finally:
        other.close()
    qtbot.waitUntil(lambda: rows() == 1, timeout=5000)


def test_open_a_server_database_remembers_the_url_without_password(
    qtbot,
    window,
    pg_url: str,
    db: Database,  # noqa: ANN001
) -> None:
    url = pg_url.replace("zpdesk@", "zpdesk:geheim@")
    assert window.two_devices.open_server(url)
    assert window.context.db.url == url
    assert window.context.ui_settings.server_url == pg_url
    assert "geheim" not in window.windowTitle()
    dialog = window.two_devices.server_dialog("Open")
    assert dialog.url_edit.text() == pg_url and dialog.password_edit.text() == ""
    dialog.deleteLater()
    window.two_devices.stop_following()
    window.context.db.close()


def test_move_to_a_server_database_copies_with_progress_and_continues_there(
    qtbot,
    ui_settings,
    demo_db: Database,
    empty_pg_url: str,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from zpdesk.ui.app import build_window

    window = build_window(demo_db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    before = main(["export", "--db", str(demo_db.path), "--json", str(tmp_path / "a.json")])
    assert before == 0
    window.two_devices.move_to(empty_pg_url)
    qtbot.waitUntil(lambda: window.context.db.url == empty_pg_url, timeout=60_000)
    assert "checked" in window.statusBar().currentMessage()
    assert main(["export", "--db", empty_pg_url, "--json", str(tmp_path / "b.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    window.two_devices.stop_following()
    window.context.db.close()


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("Dropbox", "Dropbox"),
        ("Dropbox (Persoonlijk)", "Dropbox"),
        ("OneDrive - Bedrijf", "OneDrive"),
        ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud Drive"),
        ("iCloudDrive", "iCloud Drive"),
        ("Library/CloudStorage/GoogleDrive-anna@example.nl/My Drive", "Google Drive"),
        ("Google Drive", "Google Drive"),
        ("Nextcloud/Documenten", "Nextcloud"),
        ("Sync", None),
        ("Documents/zpdesk", None),
    ],
)
def test_synchronised_folders_are_recognised(tmp_path: Path, folder: str, service: str) -> None:
    assert synchronised_folder(tmp_path / folder / "zpdesk.sqlite") == service


def test_a_syncthing_folder_is_recognised_by_its_marker(tmp_path: Path) -> None:
    (tmp_path / "Sync").mkdir()
    (tmp_path / "Sync" / ".stfolder").mkdir()
    assert synchronised_folder(tmp_path / "Sync" / "zpdesk" / "x.sqlite") == "Syncthing"


def test_a_file_in_dropbox_is_warned_about_in_the_window_once_and_on_stderr(
    qtbot,
    tmp_path: Path,
    ui_settings,
    capsys,  # noqa: ANN001
) -> None:
    from zpdesk.ui.app import build_window

    path = tmp_path / "Dropbox" / "zpdesk.sqlite"
    database = open_database(path)
    assert main(["review", "--db", str(path), "--year", "2025"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Dropbox folder" in err and "server database" in err
    window = build_window(database, ui_settings)
    qtbot.addWidget(window)
    window.show()
    box = window.two_devices.sync_warning()
    assert box is not None and "Dropbox" in box.text()
    buttons = [b.text() for b in box.buttons()]
    assert buttons == ["Move to a Server Database…", "Keep It Here"]
    keep = box.buttons()[1]
    qtbot.mouseClick(keep, Qt.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.two_devices.sync_warning() is None  # once
    assert isinstance(box, QMessageBox)
    database.close()
