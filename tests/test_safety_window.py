"""Issue 15, cases 7 and 8 in the window: the editors keep the importers' bounds, a failed
write says why and loses nothing typed, a row deleted elsewhere is a message, and a bug
is a dialog with an owner-only crash log the About dialog points to."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from gui_helpers import click_ok, dutch, focus, open_dialog  # noqa: F401 - dutch: a fixture
from test_safety_diskfull import _mount_small_tmpfs, fill
from zpdesk.services import portable
from zpdesk.services import work as work_service
from zpdesk.store.db import open_database
from zpdesk.store.models import Engagement, Network
from zpdesk.ui.dialogs.network_editor import NetworkEditor

pytestmark = pytest.mark.gui


def _new_network_dialog(window, qtbot, name: str = "KKP West-Brabant"):
    view = window.show_view("networks")
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key_N, Qt.ControlModifier)
    dialog = open_dialog(qtbot, view, NetworkEditor)
    qtbot.keyClicks(dialog.name_edit, name)
    return dialog


def _networks(db) -> list[tuple[str, int]]:
    with db.session() as session:
        return [
            tuple(row) for row in session.execute(select(Network.name, Network.annual_fee_cents))
        ]


# --- 7. what the window accepts, the import accepts ----------------------------------------


@pytest.mark.usefixtures("dutch")
@pytest.mark.parametrize(
    ("fee", "message"),
    [
        ("20.000.000.000", "more than zpdesk accepts"),  # 2·10^12 cents: import refuses it
        ("100000000000000000000", "more than zpdesk accepts"),  # 10^20: an OverflowError
    ],
)
def test_case7_a_fee_the_import_refuses_is_refused_in_the_editor(
    window, db, qtbot, fee: str, message: str
) -> None:
    dialog = _new_network_dialog(window, qtbot)
    qtbot.keyClicks(dialog.fee_edit, fee)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert message in dialog.error_text()
    assert dialog.fee_edit.text() == fee  # nothing typed is lost
    assert _networks(db) == []
    dialog.reject()


def test_case7_a_description_the_import_refuses_is_refused_in_the_editor(window, db, qtbot) -> None:
    dialog = _new_network_dialog(window, qtbot)
    dialog.description_edit.setPlainText(("x" * 99 + "\n") * 10_000 + "x")  # pasted: 10^6 + 1
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "too long" in dialog.error_text()
    assert _networks(db) == []
    dialog.reject()


@pytest.mark.usefixtures("dutch")
def test_case7_the_largest_fee_the_editor_takes_survives_export_and_import(
    window, db, qtbot, tmp_path: Path
) -> None:
    dialog = _new_network_dialog(window, qtbot)
    qtbot.keyClicks(dialog.fee_edit, "10.000.000.000")  # exactly the bound
    dialog.description_edit.setPlainText(("y" * 99 + "\n") * 10_000)  # exactly 10^6
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    portable.export_json(db, tmp_path / "out.json")
    summary = portable.import_file(tmp_path / "copy.sqlite", tmp_path / "out.json")
    assert summary.rows["network"] == 1
    copy = open_database(tmp_path / "copy.sqlite")
    assert _networks(copy) == [("KKP West-Brabant", 10**12)]
    copy.close()


# --- 8. one error path ---------------------------------------------------------------------


@pytest.fixture
def small_db(tmp_path: Path):
    """A database on a 3 MB file system of its own."""
    folder = tmp_path / "small"
    reason = _mount_small_tmpfs(folder)
    if reason:
        pytest.skip(reason)
    db = open_database(folder / "d.sqlite")
    yield db
    db.close()
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_case8_ok_on_a_full_disk_says_so_and_keeps_the_editor_open(
    qtbot, small_db, ui_settings
) -> None:
    from zpdesk.ui.app import build_window

    window = build_window(small_db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    dialog = _new_network_dialog(window, qtbot, "Netwerk op een volle schijf")
    dialog.description_edit.setPlainText("z" * 200_000)  # more than the last free pages
    filler = fill(small_db.path.parent)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in dialog.error_text()
    assert str(small_db.path) in dialog.error_text()
    assert dialog.name_edit.text() == "Netwerk op een volle schijf"
    assert _networks(small_db) == []

    filler.unlink()  # space again: the same OK now saves what was typed
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _networks(small_db) == [("Netwerk op een volle schijf", 0)]
    window.close()


def test_case8_deleting_a_row_deleted_elsewhere_is_a_message(
    window, db, qtbot, monkeypatch
) -> None:
    from zpdesk.ui import errors

    with db.session() as session:
        work_service.save_engagement(
            session, work_service.EngagementInput(title="Workshop", start_on=date(2025, 1, 1))
        )
    tab = window.show_view("work").engagements
    cell = tab.table.visualRect(tab.proxy.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    with db.session() as session:  # another window (or an undo) deletes it meanwhile
        session.delete(session.scalars(select(Engagement)).one())
    warnings: list[str] = []
    monkeypatch.setattr(sys, "excepthook", errors._hook)  # as run_app installs it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("not a crash"))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert warnings and "deleted elsewhere" in warnings[0]
    assert tab.model.rowCount() == 0  # the view caught up


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_case8_a_bug_shows_a_dialog_and_writes_a_private_crash_log(
    window, qtbot, monkeypatch, isolated_home: Path
) -> None:
    from zpdesk.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", errors._hook)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    old = os.umask(0)
    try:
        try:
            raise RuntimeError(
                "boom [SQL: UPDATE person SET email=?] [parameters: ('anna@example.nl',)]"
            )
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        os.umask(old)
    (log,) = (isolated_home / "log").iterdir()
    assert str(log) in shown[0]
    text = log.read_text()
    assert "Traceback" in text and "RuntimeError: boom" in text
    assert "anna@example.nl" not in text and "UPDATE person" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert str(isolated_home / "log") in window.about_text()
