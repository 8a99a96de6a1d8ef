"""The window side of data safety: File menu, restore dialog, open errors, one window."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from safety_data import add_network, dump, file_state, fill_every_table
from zpdesk.services import backups
from zpdesk.store.backup import DAILY, backup_folder_for, list_backups, make_backup
from zpdesk.store.db import open_database
from zpdesk.store.models import Network
from zpdesk.ui import app as app_module
from zpdesk.ui import formatting

pytestmark = pytest.mark.gui


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record QMessageBox.information/warning/critical instead of blocking."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(box)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _names(db) -> list[str]:
    with db.session() as session:
        return sorted(session.scalars(select(Network.name)))


def test_file_menu_has_the_safety_entries_before_quit(window) -> None:
    names = [a.objectName() or a.text() for a in window.menu("file").actions() if a.text()]
    safety = ["action_backup", "action_restore", "action_export", "action_import"]
    # together and in this order (other File entries, e.g. the atlas export, may precede)
    start = names.index("action_backup")
    assert names[start : start + 4] == safety
    # the documents (deadlines, the atlas) follow the safety entries, the server entries them
    assert start + 4 <= names.index("action_calendar") < names.index("action_export_atlas")
    assert names.index("action_export_atlas") < names.index("action_open_server")
    assert window.menu("file").actions()[-1] is window.quit_action


def test_back_up_now(window) -> None:
    path = window.safety.back_up_now()
    assert path is not None and path.parent == backup_folder_for(window.context.db.path)
    assert str(path) in window.statusBar().currentMessage()
    assert backups.verify_backup(path)


def test_restore_dialog_lists_backups_with_date_and_size(window, qtbot) -> None:
    db_path = window.context.db.path
    folder = backup_folder_for(db_path)
    older = make_backup(db_path, folder, DAILY, datetime(2026, 11, 20, 8, 15))
    newer = make_backup(db_path, folder, DAILY, datetime(2026, 11, 22, 9, 30))
    dialog = window.safety.restore_dialog()
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, model.MADE_ON).data() == f"{formatting.day(date(2026, 11, 22))} 09:30"
    assert model.index(1, model.MADE_ON).data() == f"{formatting.day(date(2026, 11, 20))} 08:15"
    assert model.index(0, model.SIZE).data() == formatting.locale().formattedDataSize(newer.size, 1)
    assert model.index(0, model.REASON).data() == "Daily"
    assert dialog.selected_backup() == newer.path  # newest preselected
    dialog.select_row(1)
    assert dialog.selected_backup() == older.path
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/safety-restore-dialog.png")
    dialog.close()


def test_restore_dialog_refuses_a_damaged_backup(window, qtbot) -> None:
    db_path = window.context.db.path
    bad = make_backup(db_path, backup_folder_for(db_path), DAILY, datetime(2026, 1, 1))
    bad.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    dialog = window.safety.restore_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()  # not accepted
    assert "cannot be used" in dialog.status.text()
    qtbot.wait(50)  # let the layout make room for the message
    dialog.grab().save("/tmp/safety-restore-refused.png")
    dialog.close()


def test_restore_from_the_window_swaps_and_rebuilds(window, qtbot, quiet_boxes) -> None:
    db = window.context.db
    with db.session() as session:
        add_network(session, "In de backup")
    backup = backups.backup_now(db.path).path
    window.context.actions.run("Add network", lambda s: add_network(s, "Na de backup"))
    before_runner = window.context.actions
    window.show_view("networks")

    dialog = window.safety.restore_dialog()
    qtbot.addWidget(dialog)
    dialog.add_file(backup)  # as if chosen with "Other file…"
    assert dialog.selected_backup() == backup
    with qtbot.waitSignal(window.context_changed):
        dialog.accept()  # verifies, then the window restores

    assert window.context.db is not db
    assert window.context.actions is not before_runner
    assert not window.safety.undo_action.isEnabled()  # history belongs to the old file
    assert _names(window.context.db) == ["In de backup"]
    assert window.current_key() == "networks"
    asides = list(db.path.parent.glob("test-before-restore-*.sqlite"))
    assert len(asides) == 1
    assert "Na de backup" in str(dump(asides[0])["network"])
    assert quiet_boxes and "kept as" in quiet_boxes[-1][1]
    # the rebuilt window works: an action on the new database can be undone
    window.context.actions.run("Add network", lambda s: add_network(s, "Daarna"))
    assert window.safety.undo_action.text() == "Undo Add network"
    window.safety.undo_action.trigger()
    assert _names(window.context.db) == ["In de backup"]


def test_export_from_the_window(window, tmp_path: Path, monkeypatch) -> None:
    with window.context.db.session() as session:
        fill_every_table(session)
    out = tmp_path / "export.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.safety.export_action.trigger()
    assert out.is_file() and '"format": "zpdesk"' in out.read_text()


def test_import_in_the_window_needs_an_empty_database(
    window, tmp_path: Path, quiet_boxes, monkeypatch
) -> None:
    source_path = tmp_path / "source.sqlite"
    source = open_database(source_path)
    with source.session() as session:
        fill_every_table(session)
    export = tmp_path / "e.json"
    from zpdesk.services.portable import export_json

    export_json(source, export)
    source.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(export), ""))
    )
    window.context.actions.run("Add network", lambda s: add_network(s, "Al iets"))
    assert window.safety.import_json() is None
    assert quiet_boxes[-1][0] == "information"
    assert "empty database" in quiet_boxes[-1][1]

    window.safety.undo_action.trigger()  # empty again
    # 44: fill_every_table gives each of its two networks a two-row fee history (network_fee)
    assert window.safety.import_json() == 44
    assert dump(window.context.db.path) == dump(source_path)
    assert not window.safety.undo_action.isEnabled()


# --- starting the window -------------------------------------------------------------


def _shut(running: app_module.Running) -> None:
    running.window.close()
    running.shut_down()


def test_start_takes_the_lock_and_makes_the_daily_backup(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "zpdesk.sqlite"
    running = app_module.start(str(path))
    assert isinstance(running, app_module.Running)
    qtbot.addWidget(running.window)
    try:
        assert running.window.context.db.lock is not None
        assert Path(f"{path}.lock").exists()
        # The backup starts once the window has painted its first view.
        qtbot.waitUntil(lambda: running.daily_backup is not None)
        qtbot.waitUntil(lambda: len(list_backups(backup_folder_for(path))) == 1)
        assert list_backups(backup_folder_for(path))[0].reason == DAILY
    finally:
        _shut(running)
    assert not Path(f"{path}.lock").exists()


def test_second_launch_brings_the_first_window_forward(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "zpdesk.sqlite"
    first = app_module.start(str(path))
    assert isinstance(first, app_module.Running)
    qtbot.addWidget(first.window)
    try:
        qtbot.waitUntil(lambda: first.server is not None)  # listens once it has painted
        first.window.showMinimized()
        assert first.server is not None
        with qtbot.waitSignal(first.server.raise_requested, timeout=3000):
            assert app_module.start(str(path)) == 0
        assert not first.window.isMinimized()
    finally:
        _shut(first)


@pytest.mark.slow
def test_a_launch_while_the_first_window_is_starting_still_finds_it(tmp_path: Path, qtbot) -> None:
    """A double-click starts two copies close together: the second takes the lock after
    the first but may ask for its window before the first listens (after its first
    paint). It keeps trying, finds the window and leaves without an error box."""
    import os
    import subprocess
    import sys
    import time

    path = tmp_path / "zpdesk.sqlite"
    first = app_module.start(str(path))
    assert isinstance(first, app_module.Running)
    qtbot.addWidget(first.window)
    assert first.server is None  # not painted yet: nobody listens
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
    }
    second = subprocess.Popen(
        [sys.executable, "-m", "zpdesk", "--db", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Let the second start and find the lock taken before the first paints and listens.
        time.sleep(1.5)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "already open; its window was brought forward" in out
        assert first.server is not None
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
        _shut(first)


def test_locked_by_another_process_without_a_window(tmp_path: Path, monkeypatch, capsys) -> None:
    from zpdesk.store.lock import DatabaseLock

    path = tmp_path / "zpdesk.sqlite"
    open_database(path).close()
    held = DatabaseLock(path).acquire()  # e.g. `zpdesk import` running
    shown: list[str] = []
    monkeypatch.setattr(
        app_module.OpenErrorBox, "exec", lambda self: shown.append(self.text()) or 0
    )
    try:
        assert app_module.start(str(path)) == 1
    finally:
        held.release()
    assert shown and "already open" in shown[0]
    assert "already open in another zpdesk" in capsys.readouterr().err


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def test_damaged_database_offers_the_newest_good_backup(tmp_path: Path, qtbot, monkeypatch) -> None:
    path = tmp_path / "zpdesk.sqlite"
    db = open_database(path)
    with db.session() as session:
        fill_every_table(session)
    db.close()
    good = make_backup(path, backup_folder_for(path), DAILY, datetime(2026, 11, 22, 7, 45))
    _corrupt(path)
    damaged = file_state(path)
    boxes: list[app_module.OpenErrorBox] = []

    def choose_restore(box: app_module.OpenErrorBox) -> int:
        boxes.append(box)
        box.show()
        box.grab().save("/tmp/safety-open-error.png")
        assert box.restore_button is not None
        box.restore_button.click()
        return 0

    monkeypatch.setattr(app_module.OpenErrorBox, "exec", choose_restore)
    running = app_module.start(str(path))
    assert isinstance(running, app_module.Running)
    qtbot.addWidget(running.window)
    try:
        box = boxes[0]
        assert "damaged" in box.text() and "not changed" in box.text()
        assert f"{formatting.day(date(2026, 11, 22))} 07:45" in box.informativeText()
        assert dump(path) == dump(good.path)
        asides = list(tmp_path.glob("zpdesk-before-restore-*.sqlite"))
        assert len(asides) == 1 and file_state(asides[0])[0] == damaged[0]
    finally:
        _shut(running)


def test_damaged_database_without_backup_is_left_alone(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "zpdesk.sqlite"
    open_database(path).close()
    _corrupt(path)
    before = file_state(path)
    boxes: list[app_module.OpenErrorBox] = []
    monkeypatch.setattr(app_module.OpenErrorBox, "exec", lambda self: boxes.append(self) or 0)
    assert app_module.start(str(path)) == 1
    assert boxes[0].restore_button is None
    assert file_state(path) == before
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err


def test_newer_schema_is_explained_without_offering_a_backup(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    path = tmp_path / "zpdesk.sqlite"
    open_database(path).close()
    make_backup(path, backup_folder_for(path), DAILY)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    boxes: list[app_module.OpenErrorBox] = []
    monkeypatch.setattr(app_module.OpenErrorBox, "exec", lambda self: boxes.append(self) or 0)
    assert app_module.start(str(path)) == 1
    assert "newer version of zpdesk" in boxes[0].text()
    assert boxes[0].restore_button is None  # restoring would throw newer data away
