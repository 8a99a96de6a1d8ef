"""A year with zpdesk, told with the mouse and the keyboard only.

First start on an empty database; a network that is part of another; a person and her
membership; expectations both ways and a check-in; a biweekly meeting with one absence;
time logged; an engagement with revenue through the network; a referral given; the review
of the year — whose figures must equal the hand computation below (DOMAIN.md, "The yearly
review") — and the agenda printed to PDF.

Everything happens in last year, so every meeting is in the past whatever day the test runs.
Only blocking file dialogs and message boxes are answered by patching (as gui_helpers does).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from gui_helpers import click_menu_item, dutch, focus, open_dialog, right_click_row  # noqa: F401
from zpdesk.domain.review import RowKind, Verdict
from zpdesk.services import settings as settings_service
from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog
from zpdesk.ui.agenda.printing import PrintPeriodDialog
from zpdesk.ui.agenda.time_entry_dialog import TimeEntryDialog
from zpdesk.ui.contract.dialogs import CheckInDialog, ExpectationDialog
from zpdesk.ui.dialogs.membership_editor import MembershipEditor
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.dialogs.person_editor import PersonEditor
from zpdesk.ui.first_start import offer_demo_if_empty
from zpdesk.ui.models import ID_ROLE
from zpdesk.ui.work.engagement_dialog import EngagementDialog, RevenueDialog
from zpdesk.ui.work.referral_dialog import ReferralDialog

pytestmark = pytest.mark.gui

YEAR = date.today().year - 1


def day(month: int, dom: int) -> date:
    return date(YEAR, month, dom)


def typed(value: date) -> str:
    """A date as a Dutch user types it."""
    return f"{value:%d-%m-%Y}"


# --- the hands ---------------------------------------------------------------------------


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_into(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    """Click into a field, select what is there (Ctrl+A) and type."""
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(4, target.height() // 2))
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def type_date(qtbot, edit, value: date) -> None:  # noqa: ANN001
    """Click into a date field and type the whole date."""
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() // 2, 5))
    qtbot.keyClicks(edit, typed(value))
    assert edit.date_value() == value


def pick(qtbot, combo: QComboBox, text: str) -> None:  # noqa: ANN001
    """Open the combo with a click and click the item that reads ``text``."""
    click(qtbot, combo)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    row = next(r for r in range(combo.count()) if combo.itemText(r) == text)
    index = popup.model().index(row, combo.modelColumn())
    popup.scrollTo(index)
    # The combo ignores a release within the double-click time of opening (a person's click
    # that opened it); a person then moves to the item and clicks it.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    rect = popup.visualRect(index)  # may reach past a popup squeezed to the screen's edge
    point = QPoint(min(rect.center().x(), popup.viewport().width() // 2), rect.center().y())
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == text


def ok(qtbot, dialog) -> None:  # noqa: ANN001
    """Click the dialog's OK button."""
    box = dialog.findChild(QDialogButtonBox)
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def press(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:  # noqa: ANN001
    """A shortcut typed into the main window (back in front after a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def tab(qtbot, tabs: QTabWidget, title: str) -> None:  # noqa: ANN001
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def tree_row(table, text: str):  # noqa: ANN001, ANN202
    """The index of the row reading ``text`` anywhere in a (tree) view."""
    model = table.model()
    hits = model.match(
        model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert hits, text
    return hits[0]


def click_index(qtbot, table, index) -> None:  # noqa: ANN001
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button reading ``text`` (without '&')."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&", "").rstrip("…") == text.rstrip("…") and b.isVisible()
    ]
    assert len(found) == 1, (text, [b.text() for b in parent.findChildren(QAbstractButton)])
    return found[0]


# --- the journey -------------------------------------------------------------------------


@pytest.mark.usefixtures("dutch")
def test_a_year_with_zpdesk(window, db, qtbot, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001, PLR0915
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, *_args, **_kw: asked.append(title) or QMessageBox.StandardButton.No,
    )
    # First start on an empty database: the sample data is offered, and declined.
    assert offer_demo_if_empty(window) is None
    assert asked == ["Welcome to zpdesk"]
    focus(qtbot, window.navigation)

    # -- a network that is part of another ------------------------------------------------
    press(qtbot, window, Qt.Key.Key_2)  # View > Networks
    networks = window.view("networks")
    assert window.current_key() == "networks"
    click(qtbot, networks.table.viewport())
    press(qtbot, window, Qt.Key.Key_N)
    editor = open_dialog(qtbot, networks, NetworkEditor)
    type_into(qtbot, editor.name_edit, "Regio Zuid")
    ok(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())

    press(qtbot, window, Qt.Key.Key_N)
    editor = open_dialog(qtbot, networks, NetworkEditor)
    type_into(qtbot, editor.name_edit, "Kring Breda")
    pick(qtbot, editor.parent_combo, "Regio Zuid")
    click(qtbot, editor.joined_edit.check)
    type_date(qtbot, editor.joined_edit.edit, day(1, 1))
    type_into(qtbot, editor.fee_edit, "120")
    type_into(qtbot, editor.commission_edit, "10")
    ok(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    kring = tree_row(networks.table, "Kring Breda")
    assert kring.parent().data() == "Regio Zuid"  # shown under its parent
    kring_id = int(kring.data(ID_ROLE))

    # -- a person and her membership -------------------------------------------------------
    press(qtbot, window, Qt.Key.Key_3)
    people = window.view("people")
    click(qtbot, people.table.viewport())
    press(qtbot, window, Qt.Key.Key_N)
    editor = open_dialog(qtbot, people, PersonEditor)
    type_into(qtbot, editor.name_edit, "Anna de Vries")
    type_into(qtbot, editor.region_edit, "Breda")
    ok(qtbot, editor)
    qtbot.waitUntil(lambda: people.current_person_id() is not None)
    click(qtbot, button(people, "Add membership…"))
    editor = open_dialog(qtbot, people, MembershipEditor)
    pick(qtbot, editor.network_combo, "Kring Breda")
    ok(qtbot, editor)
    qtbot.waitUntil(lambda: people.membership_proxy.rowCount() == 1)

    # -- expectations both ways and a check-in ----------------------------------------------
    press(qtbot, window, Qt.Key.Key_2)
    click_index(qtbot, networks.table, tree_row(networks.table, "Kring Breda"))
    assert networks.current_network_id() == kring_id
    tab(qtbot, networks.tabs, "Contract")
    contract = networks.extra_tabs[0]
    for panel, statement, importance in (
        (contract.give_panel, "Twee intervisies per jaar leiden", "2"),
        (contract.get_panel, "Opdrachten doorverwezen krijgen", "4"),
    ):
        click(qtbot, panel.add_button)
        dialog = open_dialog(qtbot, contract, ExpectationDialog)
        type_into(qtbot, dialog.statement, statement)
        type_into(qtbot, dialog.importance, importance)
        type_date(qtbot, dialog.opened, day(1, 1))
        ok(qtbot, dialog)
        qtbot.waitUntil(lambda panel=panel: panel.proxy.rowCount() == 1)
    panel = contract.get_panel
    click_index(qtbot, panel.table, panel.proxy.index(0, 1))
    click(qtbot, panel.checkin_button)
    dialog = open_dialog(qtbot, contract, CheckInDialog)
    type_date(qtbot, dialog.on, day(6, 15))
    pick(qtbot, dialog.score, dialog.score.itemText(dialog.score.findData(4)))
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # -- a biweekly meeting, one absence -------------------------------------------------------
    press(qtbot, window, Qt.Key.Key_4)
    agenda = window.view("agenda")
    click(qtbot, agenda.new_button)
    dialog = open_dialog(qtbot, agenda, CommitmentDialog)
    pick(qtbot, dialog.network, "Kring Breda")
    type_into(qtbot, dialog.title_edit, "Intervisie")
    first = day(1, 12)
    type_date(qtbot, dialog.date_edit, first)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # to the start time, its hour selected
    qtbot.keyClicks(dialog.start_time, "1900")
    qtbot.keyClick(dialog.start_time, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.end_time, "2100")
    builder = dialog.recurrence
    pick(qtbot, builder.frequency, "Weekly")
    type_into(qtbot, builder.interval, "2")
    click(qtbot, builder.end_count)
    type_into(qtbot, builder.count, "4")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    meetings = [first + timedelta(weeks=2 * n) for n in range(4)]  # 12 Jan … 23 Feb

    pick(qtbot, agenda.mode_combo, "Month")
    focus(qtbot, agenda.occurrence_table)
    today = date.today()
    for _ in range((today.year - YEAR) * 12 + today.month - 1):  # back to January
        qtbot.keyClick(agenda.occurrence_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert agenda.date_range() == (day(1, 1), day(1, 31))
    shown = [r.start.date() for r in agenda.visible_occurrences()]
    assert shown == meetings[:2]
    row = next(
        r
        for r in range(agenda.occurrence_proxy.rowCount())
        if agenda.occurrence_model.row_at(
            agenda.occurrence_proxy.mapToSource(agenda.occurrence_proxy.index(r, 0)).row()
        ).start.date()
        == meetings[1]
    )
    click_menu_item(
        qtbot, right_click_row(qtbot, agenda.occurrence_table, row), "Mark attendance/Absent"
    )

    # -- time logged --------------------------------------------------------------------------
    click(qtbot, agenda.log_button)
    dialog = open_dialog(qtbot, agenda, TimeEntryDialog)
    pick(qtbot, dialog.network, "Kring Breda")
    type_date(qtbot, dialog.date_edit, day(3, 2))
    type_into(qtbot, dialog.hours, "1,5")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # -- an engagement with revenue through the network -------------------------------------
    press(qtbot, window, Qt.Key.Key_5)
    work = window.view("work")
    engagements = work.engagements
    click(qtbot, engagements.new_button)
    dialog = open_dialog(qtbot, engagements, EngagementDialog)
    type_into(qtbot, dialog.title, "Workshop verzuim")
    type_into(qtbot, dialog.client, "Gemeente Breda")
    type_date(qtbot, dialog.start_on, day(2, 10))
    pick(qtbot, dialog.network, "Kring Breda")
    pick(qtbot, dialog.route, "The network's own client")
    type_into(qtbot, dialog.hours, "10")
    click(qtbot, dialog.add_revenue_button)
    revenue = open_dialog(qtbot, dialog, RevenueDialog)
    type_date(qtbot, revenue.on, day(2, 15))
    type_into(qtbot, revenue.amount, "1.000,00")
    qtbot.keyClick(revenue.amount, Qt.Key.Key_Return)  # Enter presses OK
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 1)
    dialog.activateWindow()
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: engagements.proxy.rowCount() == 1)

    # -- a referral given ---------------------------------------------------------------------
    tab(qtbot, work.tabs, "Referrals given")
    referrals = work.referrals
    click(qtbot, referrals.new_button)
    dialog = open_dialog(qtbot, referrals, ReferralDialog)
    type_date(qtbot, dialog.on, day(3, 20))
    pick(qtbot, dialog.person, "Anna de Vries")
    pick(qtbot, dialog.network, "Kring Breda")
    click(qtbot, dialog.description)
    qtbot.keyClicks(dialog.description, "Interim HR-adviseur voor een zorginstelling")
    type_into(qtbot, dialog.value, "500")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: referrals.proxy.rowCount() == 1)

    # -- the review of the year ---------------------------------------------------------------
    press(qtbot, window, Qt.Key.Key_6)
    review = window.view("review")
    pick(qtbot, review.year, str(YEAR))
    row = next(
        r for r in review.model.rows if r.kind == RowKind.NETWORK and r.name == "Kring Breda"
    )

    # By hand. Revenue: € 1.000,00 dated 15 Feb through Kring Breda. Commission: the
    # network's 10 % = € 100,00. Meetings: 4 of 2 h, one absent: 3 × 2 h = 6 h; time
    # logged 1,5 h: 7,5 h invested. Attendance 3 of 4. Referral given: 1 of € 500,00.
    # Fulfilment: of the two open expectations only the one checked counts: score 4 of 5
    # = (4 − 1) / 4 = 75 %.
    figures = row.figures
    assert figures.revenue_cents == 100_000
    assert figures.commission_cents == Decimal(10_000)
    assert figures.occurrence_minutes == 3 * 120
    assert figures.time_entry_minutes == 90
    assert row.minutes == 450
    assert (figures.attended, figures.attendable) == (3, 4)
    assert row.attendance_rate == Decimal(3) / 4
    assert (figures.referrals_given, figures.referrals_given_cents) == (1, 50_000)
    assert (figures.referrals_received, figures.referrals_received_cents) == (0, 0)
    assert row.fulfilment == Decimal("0.75")
    own = review.model.rows[-2] if review.model.rows[-2].kind == RowKind.OWN_ACQUISITION else None
    assert own is None or own.revenue_cents == 0
    with db.session() as session:
        target = settings_service.get_settings(session).target_rate_cents
    assert_the_yearly_review_rules(row, target)

    # -- the agenda printed to PDF --------------------------------------------------------------
    press(qtbot, window, Qt.Key.Key_4)
    pdf = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), ""))
    click(qtbot, agenda.pdf_button)
    dialog = open_dialog(qtbot, agenda, PrintPeriodDialog)
    click(qtbot, button(dialog, "From"))
    type_date(qtbot, dialog.date_from, day(1, 1))
    type_date(qtbot, dialog.date_to, day(3, 31))
    ok(qtbot, dialog)
    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Intervisie" in text and "Kring Breda" in text


def assert_the_yearly_review_rules(row, target_rate_cents: int) -> None:  # noqa: ANN001
    """The figures that follow DOMAIN.md's rules on fees, work hours and the effective rate.

    Costs: the annual fee of € 120,00 counts for the membership year without being booked
    (expected fee) + € 100,00 commission = € 220,00; net € 780,00; net per invested hour
    780 / 7,5 = € 104,00; work hours: the engagement's 10 h × (1000 / 1000) = 10 h;
    effective hourly rate 780 / (7,5 + 10) = € 44,57…
    """
    assert row.costs_cents == Decimal(22_000)
    assert row.net_cents == Decimal(78_000)
    assert row.net_per_hour_cents == Decimal(10_400)
    assert row.work_minutes == Decimal(600)
    assert row.effective_rate_cents == Decimal(78_000) * 60 / 1050
    above = row.effective_rate_cents >= target_rate_cents
    assert row.verdict(target_rate_cents) is (
        Verdict.AT_OR_ABOVE_TARGET if above else Verdict.BELOW_TARGET
    )
