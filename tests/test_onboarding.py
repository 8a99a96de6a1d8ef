"""First start on an empty database: sample data in a file of its own, and the way back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from zpdesk.paths import sample_db_path
from zpdesk.services.backups import backup_folder_for, list_backups
from zpdesk.ui import app as app_module

pytestmark = pytest.mark.gui


def _networks(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM network").fetchone()[0])
    finally:
        connection.close()


def test_sample_path_sits_beside_the_users_file(tmp_path: Path) -> None:
    assert sample_db_path(tmp_path / "zpdesk.sqlite") == tmp_path / "zpdesk-sample.sqlite"
    assert sample_db_path(tmp_path / "werk.db") == tmp_path / "werk-sample.db"
    assert sample_db_path(tmp_path / "nieuw") == tmp_path / "nieuw-sample.sqlite"


def test_sample_data_never_enters_the_users_file(
    tmp_path: Path,
    qtbot,
    monkeypatch,
    demo_template: Path,
) -> None:
    """``zpdesk --db NEW``: yes to the sample data; the own file and its first backup stay
    empty; File → Open my own data (clicked) returns to it."""
    own = tmp_path / "mijn.sqlite"
    asked: list[str] = []

    def yes(_parent, title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    running = app_module.start(str(own))
    assert isinstance(running, app_module.Running)
    window = running.window
    qtbot.addWidget(window)
    sample = tmp_path / "mijn-sample.sqlite"
    try:
        assert len(asked) == 1 and "your database stays empty" in asked[0]
        assert window.context.db.path == sample
        assert window.windowTitle() == "zpdesk — Sample data (mijn-sample.sqlite)"
        # as many networks as the sample data holds (whatever it holds), none in the own file
        assert _networks(sample) == _networks(demo_template) > 0 and _networks(own) == 0
        # the day's first backup is of the user's own file, without the sample data
        qtbot.waitUntil(lambda: len(list_backups(backup_folder_for(own))) == 1, timeout=5000)
        assert _networks(list_backups(backup_folder_for(own))[0].path) == 0
        assert list_backups(backup_folder_for(sample)) == []

        menu = window.file_menu
        action = window.findChild(QAction, "open_own_data")
        assert action is not None and menu.actions()[0] is action
        menu.popup(window.mapToGlobal(QPoint(10, 10)))
        qtbot.waitExposed(menu)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        qtbot.waitUntil(lambda: window.context.db.path == own)
        assert window.windowTitle() == "zpdesk — mijn.sqlite"
        assert action not in menu.actions()
        overview = window.show_view("networks")
        assert overview.model.rowCount() == 0  # the user's own, empty data
    finally:
        window.close()
        running.shut_down()
    assert not Path(f"{own}.lock").exists() and not Path(f"{sample}.lock").exists()


def test_no_to_the_sample_data_leaves_one_empty_file(tmp_path: Path, qtbot) -> None:
    own = tmp_path / "mijn.sqlite"
    running = app_module.start(str(own))  # conftest answers "No"
    assert isinstance(running, app_module.Running)
    qtbot.addWidget(running.window)
    try:
        assert running.window.context.db.path == own
        assert not sample_db_path(own).exists()
    finally:
        running.window.close()
        running.shut_down()
