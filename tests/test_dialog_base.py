"""One dialog base (ui/dialogs/base.py): one error line and style, the field focused, and
the dialogs no longer refusing what the service accepts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from zpdesk.domain.enums import ExpenseCategory, NetworkKind
from zpdesk.store.models import Expense, Network
from zpdesk.ui.dialogs.base import ERROR_STYLE, FormDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def network_id(db) -> int:
    with db.session() as session:
        network = Network(
            name="Adviespool", kind=NetworkKind.NETWORK_ORGANISATION, commission_pct=Decimal(10)
        )
        session.add(network)
        session.flush()
        return network.id


def _ok(qtbot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_expense_of_zero_is_saved_as_the_service_allows(
    qtbot,
    window,
    db,
    network_id: int,
) -> None:
    view = window.show_view("work")
    view.tabs.setCurrentWidget(view.expenses)
    qtbot.mouseClick(view.expenses.new_button, Qt.MouseButton.LeftButton)
    dialog = view.expenses.dialog
    dialog.network.setCurrentIndex(dialog.network.findData(network_id))
    dialog.on.set_date(date(2025, 3, 1))
    dialog.category.setCurrentIndex(dialog.category.findData(ExpenseCategory.EVENT))
    qtbot.keyClicks(dialog.amount, "0")
    _ok(qtbot, dialog)
    with db.session() as session:
        amounts = session.scalars(select(Expense.amount_cents)).all()
    assert amounts == [0]


def test_a_refused_amount_shows_one_red_line_and_focuses_the_field(
    qtbot,
    window,
    db,
    network_id: int,
) -> None:
    view = window.show_view("work")
    view.tabs.setCurrentWidget(view.expenses)
    qtbot.mouseClick(view.expenses.new_button, Qt.MouseButton.LeftButton)
    dialog = view.expenses.dialog
    dialog.activateWindow()
    qtbot.keyClicks(dialog.amount, "-5")
    dialog.note.setFocus()
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "An amount cannot be negative."
    assert dialog.error.styleSheet() == ERROR_STYLE
    qtbot.waitUntil(dialog.amount.hasFocus)
    with db.session() as session:
        assert session.scalars(select(Expense)).all() == []
    dialog.reject()


def test_every_saving_dialog_shares_the_base() -> None:
    """No dialog that saves builds its own error line or buttons any more."""
    from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog
    from zpdesk.ui.contract.dialogs import ExpectationDialog
    from zpdesk.ui.dialogs.network_editor import NetworkEditor
    from zpdesk.ui.work.engagement_dialog import EngagementDialog, RevenueDialog
    from zpdesk.ui.work.expense_dialog import ExpenseDialog
    from zpdesk.ui.work.referral_dialog import ReferralDialog

    for dialog in (
        CommitmentDialog,
        ExpectationDialog,
        NetworkEditor,
        EngagementDialog,
        RevenueDialog,
        ExpenseDialog,
        ReferralDialog,
    ):
        assert issubclass(dialog, FormDialog), dialog.__name__
        assert "accept" not in vars(dialog), dialog.__name__
