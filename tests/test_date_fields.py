"""Every date field of the editors keeps to the years zpdesk works with (1900–2200)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from gui_helpers import dutch, focus  # noqa: F401
from zpdesk.domain.limits import FIRST_DAY, LAST_DAY
from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog
from zpdesk.ui.contract.dialogs import ExpectationDialog
from zpdesk.ui.date_edit import DateEdit, OptionalDateEdit
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.work.engagement_dialog import RevenueDialog

pytestmark = pytest.mark.gui

SRC = Path(__file__).resolve().parents[1] / "src" / "zpdesk"


def test_the_range_and_clamping(qtbot) -> None:
    edit = DateEdit(date(2026, 3, 9))
    qtbot.addWidget(edit)
    assert edit.minimumDate() == QDate(1900, 1, 1)
    assert edit.maximumDate() == QDate(2200, 12, 31)
    assert edit.calendarPopup()
    assert "yyyy" in edit.displayFormat()
    edit.set_date(date(1800, 5, 1))
    assert edit.date_value() == FIRST_DAY
    edit.set_date(date(9999, 12, 31))
    assert edit.date_value() == LAST_DAY


@pytest.mark.usefixtures("dutch")
def test_typing_a_year_outside_the_range_is_not_taken(qtbot) -> None:
    edit = DateEdit(date(2026, 3, 9))
    qtbot.addWidget(edit)
    edit.show()
    focus(qtbot, edit)
    assert edit.displayFormat() == "dd-MM-yyyy"
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, "15082031")
    assert edit.date_value() == date(2031, 8, 15)
    for year in ("9999", "1850", "2201"):
        edit.setSelectedSection(QDateEdit.Section.YearSection)
        qtbot.keyClicks(edit, year)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.date_value() == date(2031, 8, 15), year


def test_optional_date_is_empty_until_ticked(qtbot) -> None:
    field = OptionalDateEdit("Ended on")
    qtbot.addWidget(field)
    assert field.value() is None
    field.set_value(date(1700, 1, 1))
    assert field.value() == FIRST_DAY


def _date_fields(widget) -> list[QDateEdit]:
    return widget.findChildren(QDateEdit)


def test_the_editors_date_fields_are_bounded(qtbot, window) -> None:
    dialogs = [
        NetworkEditor(window.context, parent=window),
        ExpectationDialog(lambda _data: None, parent=window),
        RevenueDialog(parent=window),
        CommitmentDialog(window.context, parent=window),
    ]
    for dialog in dialogs:
        fields = _date_fields(dialog)
        assert fields, type(dialog).__name__
        for field in fields:
            assert isinstance(field, DateEdit), (type(dialog).__name__, field.objectName())
            assert field.minimumDate() >= QDate(1900, 1, 1)
            assert field.maximumDate() == QDate(2200, 12, 31)
        dialog.deleteLater()


def test_no_editor_builds_a_bare_qdateedit() -> None:
    """A ``QDateEdit()`` outside ``ui/date_edit.py`` would accept 1752–9999 again."""
    offences = []
    for path in SRC.rglob("*.py"):
        if path.name == "date_edit.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QDateEdit"
            ):
                offences.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offences == []


@pytest.mark.usefixtures("dutch")
@pytest.mark.parametrize("typed", ["15082031", "15-08-2031", "15-8-2031", "15/08/2031"])
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_typing_a_whole_date_after_a_click(qtbot, typed: str, where: float) -> None:
    """A click puts the cursor inside a section; the date typed next must still arrive."""
    from PySide6.QtCore import QPoint

    edit = DateEdit(date(2026, 3, 9))
    qtbot.addWidget(edit)
    edit.resize(160, 30)
    edit.show()
    focus(qtbot, edit)
    line = edit.lineEdit()
    qtbot.mouseClick(
        line, Qt.MouseButton.LeftButton, pos=QPoint(int(line.width() * where), line.height() // 2)
    )
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date_value() == date(2031, 8, 15)


@pytest.mark.usefixtures("dutch")
def test_a_click_then_a_single_section_still_edits_from_the_start(qtbot) -> None:
    """Typing a day and month after a click keeps the year; the arrow keys still step."""
    from PySide6.QtCore import QPoint

    edit = DateEdit(date(2026, 3, 9))
    qtbot.addWidget(edit)
    edit.show()
    focus(qtbot, edit)
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(5, line.height() // 2))
    qtbot.keyClicks(edit, "1204")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date_value() == date(2026, 4, 12)
