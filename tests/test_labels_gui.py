"""Every dialog, opened as the window opens it, in both languages: no label shows a literal
'&' and every label with a mnemonic has a buddy to jump to ("Co&mmission %" showed its '&')."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

import zpdesk.ui
from gui_helpers import click_row
from zpdesk.ui import i18n

pytestmark = pytest.mark.gui

# Shared bases: never shown themselves.
BASES = {"FormDialog", "EditorDialog", "SavingDialog", "AgendaDialog"}
MNEMONIC = re.compile(r"&(?!&)")


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined in zpdesk.ui."""
    found: set[str] = set()
    for module_info in pkgutil.walk_packages(zpdesk.ui.__path__, "zpdesk.ui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and not issubclass(value, QMessageBox)
                and value.__module__ == module.__name__
            ):
                found.add(name)
    return found - BASES


def label_offences(dialog: QWidget) -> list[str]:
    """Labels a person sees with a literal '&', or a mnemonic that goes nowhere."""
    offences: list[str] = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        if rich:
            document = QTextDocument()
            document.setHtml(text)
            if MNEMONIC.search(document.toPlainText().replace("&&", "")):
                offences.append(f"{type(dialog).__name__}: rich text shows '&': {text!r}")
            continue
        stripped = text.replace("&&", "")
        if MNEMONIC.search(stripped) and label.buddy() is None:
            offences.append(f"{type(dialog).__name__}: {text!r} has no buddy")
    return offences


def _visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_label_shows_an_ampersand(
    language: str,
    qapp,
    qtbot,
    demo_db,
    ui_settings,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, language)
    try:
        window = build_window(demo_db, ui_settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        seen: dict[str, list[str]] = {}

        def check(open_it: Callable[[], object]) -> None:
            before = set(_visible_dialogs())
            open_it()
            qtbot.waitUntil(lambda: len(set(_visible_dialogs()) - before) > 0)
            for dialog in set(_visible_dialogs()) - before:
                seen.setdefault(type(dialog).__name__, []).extend(label_offences(dialog))
                if type(dialog).__name__ == "EngagementDialog":
                    check(dialog.add_revenue)
                dialog.reject()
            qtbot.waitUntil(lambda: set(_visible_dialogs()) <= before)

        _open_everything(window, qtbot, tmp_path, monkeypatch, check)
    finally:
        i18n.install_translators(qapp, "en")

    missing = dialog_classes() - set(seen)
    assert not missing, f"dialogs this test does not open yet: {sorted(missing)}"
    offences = [o for found in seen.values() for o in found]
    assert offences == []


def _open_everything(window, qtbot, tmp_path: Path, monkeypatch, check) -> None:
    check(window.show_preferences)
    check(window.safety.open_restore_dialog)
    check(window.two_devices.open_action.trigger)
    check(window.two_devices.move_action.trigger)

    networks = window.show_view("networks")
    check(networks.new_action.trigger)
    click_row(qtbot, networks.table, 0)
    check(networks.edit_action.trigger)
    check(networks.end_action.trigger)
    contract, health, contract_type, meetings = networks.extra_tabs
    for row in range(networks.proxy.rowCount()):
        click_row(qtbot, networks.table, row)
        if contract.give_panel.proxy.rowCount() and health.model.columnCount() > 1:
            break
    networks.tabs.setCurrentWidget(contract)
    check(lambda: contract.give_panel.add_button.click())
    click_row(qtbot, contract.give_panel.table, 0, 1)
    check(lambda: contract.give_panel.checkin_button.click())
    check(contract.pass_button.click)
    check(contract.suggest_button.click)
    networks.tabs.setCurrentWidget(health)
    check(health.add_button.click)
    networks.tabs.setCurrentWidget(contract_type)
    check(contract_type.add_button.click)
    networks.tabs.setCurrentWidget(meetings)
    check(meetings.new_button.click)
    click_row(qtbot, networks.table, 0)  # a network still current
    check(networks.whatif_action.trigger)
    current = networks.current_network_id()
    review = window.show_view("review")
    check(lambda: review.offer_notice(current, "Netwerk"))
    networks = window.show_view("networks")

    people = window.show_view("people")
    check(people.new_action.trigger)
    click_row(qtbot, people.table, 0)
    check(people.add_membership_action.trigger)

    agenda = window.show_view("agenda")
    agenda.mode_combo.setCurrentIndex(agenda.mode_combo.findData("month"))
    check(agenda.new_button.click)
    check(agenda.log_button.click)
    check(agenda.sheet_button.click)
    check(agenda.print_button.click)
    click_row(qtbot, agenda.occurrence_table, 0)
    check(agenda.edit_current_occurrence)
    ics = tmp_path / "one.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:a@b\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260105T100000\r\n"
        "DTEND:20260105T110000\r\nSUMMARY:Overleg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    check(lambda: agenda.import_ics(str(ics)))

    work = window.show_view("work")
    for tab in (work.engagements, work.referrals, work.expenses):
        work.tabs.setCurrentWidget(tab)
        check(tab.new_button.click)
    work.tabs.setCurrentWidget(work.engagements)
    csv = tmp_path / "revenue.csv"
    csv.write_text("datum;klant;bedrag\n05-01-2026;Gemeente Breda;1.250,00\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(csv), ""))
    check(work.engagements.import_button.click)
