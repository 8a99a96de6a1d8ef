"""Issue 21 and issue 15 (case 9) in the window: the preview lists what is left out and why,
a big import shows progress with Cancel, and it is undone as one step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog
from sqlalchemy import func, select

from zpdesk.domain.enums import NetworkKind
from zpdesk.store.models import Commitment, Network

pytestmark = pytest.mark.gui


def _network(db) -> int:
    with db.session() as s:
        network = Network(name="Kring", kind=NetworkKind.KNOWLEDGE_NETWORK)
        s.add(network)
        s.flush()
        return network.id


def _file(tmp_path, *events: str):
    body = "".join(f"BEGIN:VEVENT\r\n{e}\r\nEND:VEVENT\r\n" for e in events)
    path = tmp_path / "agenda.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n")
    return path


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Commitment))


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_preview_lists_the_left_out_events_and_the_user_imports_the_rest(
    window, db, tmp_path
) -> None:
    _network(db)
    path = _file(
        tmp_path,
        "UID:a@x\r\nSUMMARY:Kennissessie\r\nDTSTART:20310902T160000\r\nDURATION:PT1H",
        "UID:b@x\r\nSUMMARY:Congres\r\nDTSTART:20310910T090000\r\nDTEND:20310925T170000",
    )
    view = window.show_view("agenda")
    view.set_anchor(date(2031, 9, 2))
    dialog = view.import_ics(str(path))
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Kennissessie"
    assert model.index(1, 0).data() == "'Congres' (2031-09-10 09:00)"
    assert model.index(1, 4).data() == (
        "left out: it lasts longer than 7 days, which zpdesk cannot hold as one meeting"
    )
    assert "left out (listed in red with the reason): 1." in dialog.summary.text()
    _ok(dialog)
    assert _count(db) == 1
    assert [r.title for r in view.visible_occurrences()] == ["Kennissessie"]


def _many(count: int) -> list[str]:
    return [
        f"UID:e{i}@x\r\nSUMMARY:Meeting {i}\r\nDTSTART:2031{1 + i % 12:02d}{1 + i % 28:02d}"
        f"T100000\r\nDURATION:PT1H"
        for i in range(count)
    ]


def test_a_big_import_can_be_cancelled_and_is_undone_as_one_step(
    window, db, tmp_path, qtbot
) -> None:
    _network(db)
    path = _file(tmp_path, *_many(3000))
    view = window.show_view("agenda")
    dialog = view.import_ics(str(path))
    assert "3000 new series" in dialog.summary.text()

    def press_cancel() -> None:
        shown = [b for b in dialog.findChildren(QProgressDialog) if b.isVisible()]
        if not shown:
            QTimer.singleShot(20, press_cancel)
            return
        shown[0].cancel()

    # The progress dialog appears after a moment; Cancel as the user would.
    QTimer.singleShot(0, press_cancel)
    slow = _slow_progress(dialog)
    _ok(dialog)
    slow.restore()
    assert "cancelled; nothing was changed" in dialog.error_text()
    assert _count(db) == 0
    assert window.context.actions.undo_stack.count() == 0

    _ok(dialog)  # now to the end
    assert _count(db) == 3000
    stack = window.context.actions.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert _count(db) == 0
    QApplication.processEvents()


class _slow_progress:
    """Make each progress step wait for events, so the progress dialog is shown."""

    def __init__(self, dialog) -> None:
        self.dialog = dialog
        self.original = dialog._progress

        def patched(label: str):
            report, box = self.original(label)
            box.setMinimumDuration(0)

            def slow(done: int, total: int) -> bool:
                box.show()
                for _ in range(5):
                    QApplication.processEvents()
                return report(done, total)

            return slow, box

        dialog._progress = patched

    def restore(self) -> None:
        self.dialog._progress = self.original
