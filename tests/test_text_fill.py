"""One way to fill a translated text: %1..%9 replaced in one pass (zpdesk.locale_format)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from zpdesk.domain.enums import NetworkKind
from zpdesk.locale_format import fill
from zpdesk.store.models import Network


def test_values_fill_their_placeholders() -> None:
    assert fill("Log %1 h for '%2'", "1,5", "KKP") == "Log 1,5 h for 'KKP'"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %1", "x") == "x and x"


def test_values_that_look_like_placeholders_stay_as_typed() -> None:
    # Chained .replace() gave "Add expectation 'Grow 20KKP a year' to 'KKP'".
    template = "Add expectation '%1' to '%2'"
    assert (
        fill(template, "Grow 20%2 a year", "KKP") == "Add expectation 'Grow 20%2 a year' to 'KKP'"
    )
    assert fill("%1 · %2", "%2%1", "%1") == "%2%1 · %1"


def test_values_are_shown_with_str_and_missing_ones_leave_the_placeholder() -> None:
    assert fill("%1 of %2 meetings", 3, 12) == "3 of 12 meetings"
    assert fill("%1 and %2", "only one") == "only one and %2"
    assert fill("100% sure, %1", "yes") == "100% sure, yes"
    assert fill("no placeholders") == "no placeholders"


@pytest.mark.gui
def test_a_statement_with_percent_two_reaches_the_undo_menu_as_typed(qtbot, window, db) -> None:
    from zpdesk.ui.contract.dialogs import ExpectationDialog
    from zpdesk.ui.contract.tabs import ContractTab

    with db.session() as s:
        network = Network(name="KKP", kind=NetworkKind.KNOWLEDGE_NETWORK)
        s.add(network)
        s.flush()
        network_id = network.id
    tab = ContractTab(window.context)
    qtbot.addWidget(tab)
    tab.set_network(network_id)
    tab.resize(1000, 600)
    tab.show()

    qtbot.mouseClick(tab.give_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(ExpectationDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.statement, "Grow 20%2 a year")
    start = date.today() - timedelta(days=30)
    dialog.opened.setDate(QDate(start.year, start.month, start.day))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    stack = window.context.actions.undo_stack
    assert stack.undoText() == "Add expectation 'Grow 20%2 a year' to 'KKP'"
