"""Every item model of zpdesk passes Qt's QAbstractItemModelTester, on the demo data.

The window is opened on the demo set, every view, network tab and table-holding dialog is
shown, and each model found is checked as it stands and again while it reloads. A model
class that this walk does not reach fails the test, so a new model cannot skip the check.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

import zpdesk.ui
from zpdesk.services import work
from zpdesk.ui.views import VIEW_KEYS

pytestmark = pytest.mark.gui


def _model_classes() -> set[type]:
    """zpdesk's concrete item model classes (bases that are only extended are left out)."""
    for info in pkgutil.walk_packages(zpdesk.ui.__path__, "zpdesk.ui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    stack: list[type] = [QAbstractItemModel]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("zpdesk.") and not sub.__subclasses__():
                found.add(sub)
    return found


class _Checked:
    """Testers attached to models, and the failures they report."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.testers: dict[int, tuple[QAbstractItemModel, QAbstractItemModelTester]] = {}

    def handle(self, _mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "qt.modeltest":
            self.failures.append(message)

    def add(self, model: QAbstractItemModel | None, where: str) -> None:
        if model is None or id(model) in self.testers:
            return
        if not type(model).__module__.startswith("zpdesk."):
            if isinstance(model, QAbstractProxyModel):
                self.add(model.sourceModel(), where)
            return
        before = len(self.failures)
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning
        )
        self.testers[id(model)] = (model, tester)
        self.failures[before:] = [
            f"{type(model).__name__} in {where}: {m}" for m in self.failures[before:]
        ]
        if isinstance(model, QAbstractProxyModel):
            self.add(model.sourceModel(), where)

    def add_all(self, widget: QWidget, where: str) -> None:
        for model in widget.findChildren(QAbstractItemModel):
            self.add(model, where)
        for view in widget.findChildren(QAbstractItemView):
            self.add(view.model(), where)

    def classes(self) -> set[type]:
        return {type(model) for model, _tester in self.testers.values()}


@contextmanager
def _checking() -> Iterator[_Checked]:
    checked = _Checked()
    previous = qInstallMessageHandler(checked.handle)
    try:
        yield checked
    finally:
        qInstallMessageHandler(previous)


def _click_tabs(qtbot: Any, widget: QWidget, checked: _Checked, where: str) -> None:
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            QApplication.processEvents()
            checked.add_all(tabs.widget(index), f"{where}, tab {tabs.tabText(index)}")


def _dialogs(window: Any, tmp_path: Path) -> list[tuple[str, QWidget]]:
    """The dialogs that hold a table, each opened on demo data as its button opens it."""
    from zpdesk.services import backups, csv_import
    from zpdesk.ui.agenda.ics_dialogs import IcsImportDialog
    from zpdesk.ui.agenda.week_sheet import WeekSheetDialog
    from zpdesk.ui.contract.tabs import ContractTab
    from zpdesk.ui.dialogs.network_editor import NetworkEditor
    from zpdesk.ui.dialogs.restore_dialog import RestoreDialog
    from zpdesk.ui.work.engagement_dialog import EngagementDialog
    from zpdesk.ui.work.import_dialog import CsvImportDialog

    context = window.context
    db = context.db
    window.show_view("networks")
    contract_tab = window.findChild(ContractTab)
    assert contract_tab is not None and contract_tab.network_id is not None
    with db.session() as session:
        networks = work.network_options(session)
        people = work.person_options(session)
        engagement_id = next(r.id for r in work.list_engagements(session) if r.revenue_cents)
        engagement = work.get_engagement(session, engagement_id)
    backups.backup_now(db.path)
    calendar = tmp_path / "meetings.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:one@test\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20260105T090000\r\nDTEND:20260105T100000\r\nSUMMARY:Kennisgroep\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    table = csv_import.parse_csv_text(
        "Datum;Bedrag;Klant;Omschrijving\n03-02-2026;1.250,00;Gemeente;Advies\nbad;x;;\n"
    )

    def build(table: csv_import.CsvTable, mapping: Any) -> csv_import.ImportPreview:
        with db.session() as session:
            return csv_import.build_preview(session, table, mapping)

    def ignore(*_args: Any) -> None:
        return None

    return [
        ("check-in pass", contract_tab.check_in_pass()),
        ("suggestions", contract_tab.suggest()),
        ("network editor", NetworkEditor(context, contract_tab.network_id)),
        ("week sheet", WeekSheetDialog(context, date(2026, 2, 2))),
        ("ics import", IcsImportDialog(context, calendar)),
        ("restore", RestoreDialog(db.path, backups.backups_of(db.path))),
        ("engagement", EngagementDialog(networks, people, ignore, engagement)),
        ("csv import", CsvImportDialog("revenue.csv", table, build, ignore)),
    ]


def test_every_item_model_passes_the_model_tester(
    qtbot: Any, demo_window: Any, tmp_path: Path
) -> None:
    window = demo_window
    with _checking() as checked:
        for key in VIEW_KEYS:
            view = window.show_view(key)
            QApplication.processEvents()
            checked.add_all(view, key)
            _click_tabs(qtbot, view, checked, key)
        for where, dialog in _dialogs(window, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            QApplication.processEvents()
            checked.add_all(dialog, where)
            _click_tabs(qtbot, dialog, checked, where)
        # reload everything with the testers attached: resets and row changes are checked too
        for key in VIEW_KEYS:
            window.show_view(key).refresh()
            QApplication.processEvents()
    assert checked.failures == []
    missing = {cls.__name__ for cls in _model_classes() - checked.classes()}
    assert missing == set()
