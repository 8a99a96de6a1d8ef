"""The contract table models and texts, without a view."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from zpdesk.domain.contract import (
    SUGGESTIONS,
    BreachReason,
    BreachRule,
    CheckInPoint,
    ExpectationState,
    PaceWindow,
    Target,
    Trend,
)
from zpdesk.domain.enums import (
    Direction,
    ExpectationArea,
    NetworkStatus,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.services.contract import ExpectationBreach, ExpectationRow, NetworkContractSummary
from zpdesk.ui.contract import texts
from zpdesk.ui.contract.models import (
    ID_ROLE,
    DueItem,
    DueModel,
    ExpectationTableModel,
    NetworkLineModel,
)
from zpdesk.ui.contract.widgets import SUBTITLE_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english_locale():  # noqa: ANN201
    """Texts below are checked in English (UK) number and date formats."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


MEETINGS_20 = Target(Decimal(20), TargetUnit.MEETINGS, TargetPeriod.YEAR)
WINDOW = PaceWindow(
    TargetPeriod.YEAR,
    date(2026, 1, 1),
    date(2026, 12, 31),
    date(2026, 1, 1),
    date(2026, 11, 23),
    Decimal(20) * 327 / 365,
    complete=False,
)


def _row(**fields) -> ExpectationRow:  # noqa: ANN003
    state = ExpectationState(7, Direction.GIVE, 4, date(2025, 1, 1))
    values = dict(
        id=7,
        network_id=1,
        direction=Direction.GIVE,
        area=ExpectationArea.TIME,
        statement="Attend the breakfasts",
        importance=4,
        target=MEETINGS_20,
        explicit=True,
        opened_on=date(2025, 1, 1),
        retired_on=None,
        note="",
        is_open=True,
        latest=CheckInPoint(3, date(2026, 8, 20), 2),
        previous=CheckInPoint(2, date(2026, 6, 15), 3),
        trend=Trend.DOWN,
        window=WINDOW,
        measured=Decimal(8),
        proposed=2,
        reasons=(),
        next_due=date(2026, 11, 20),
        state=state,
    )
    values.update(fields)
    return ExpectationRow(**values)  # type: ignore[arg-type]


def test_expectation_model_cells(qapp) -> None:  # noqa: ANN001
    model = ExpectationTableModel()
    model.set_rows([_row()])
    cell = lambda column, role=Qt.ItemDataRole.DisplayRole: model.index(0, column).data(role)  # noqa: E731
    assert cell(ExpectationTableModel.STATEMENT) == "Attend the breakfasts"
    assert cell(ExpectationTableModel.STATEMENT, SUBTITLE_ROLE) == "Time · made explicit"
    # 20 × 327 / 365 = 17.92 expected so far
    assert cell(ExpectationTableModel.TARGET) == "20 meetings a year\n8 of 17.9"
    assert cell(ExpectationTableModel.PROPOSED) == "2"
    assert cell(ExpectationTableModel.LATEST) == "2 ↓"
    assert cell(ExpectationTableModel.STATEMENT, ID_ROLE) == 7
    assert cell(ExpectationTableModel.STATEMENT, Qt.ItemDataRole.DecorationRole) is None
    assert "2026 so far" in cell(ExpectationTableModel.TARGET, Qt.ItemDataRole.ToolTipRole)


def test_breach_shows_an_icon_and_its_reason(qapp) -> None:  # noqa: ANN001
    reason = BreachReason(BreachRule.LOW_SCORES, scores=(2, 1))
    model = ExpectationTableModel()
    model.set_rows([_row(reasons=(reason,), explicit=False)])
    index = model.index(0, ExpectationTableModel.STATEMENT)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(SUBTITLE_ROLE) == "Time · unspoken"
    assert "last two check-ins scored 2 and 1" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_texts_of_targets_and_reasons(qapp) -> None:  # noqa: ANN001
    one = Target(Decimal(1), TargetUnit.REFERRALS_RECEIVED, TargetPeriod.YEAR)
    assert texts.target_text(one) == "1 referral received a year"
    hours = Target(Decimal("4.5"), TargetUnit.HOURS, TargetPeriod.MONTH)
    assert texts.target_text(hours) == "4.5 hours a month"
    assert texts.target_text(None) == ""
    behind = BreachReason(
        BreachRule.BEHIND_PACE, measured=Decimal(8), expected=WINDOW.expected, window=WINDOW
    )
    assert texts.reason_text(behind, TargetUnit.MEETINGS) == (
        "Behind pace: 8 of the 17.9 expected in 2026 so far"
    )
    quarter = PaceWindow(
        TargetPeriod.QUARTER,
        date(2026, 4, 1),
        date(2026, 6, 30),
        date(2026, 4, 1),
        date(2026, 6, 30),
        Decimal(3),
        complete=True,
    )
    assert texts.window_text(quarter) == "Q2 2026"


def test_every_suggestion_has_a_statement(qapp) -> None:  # noqa: ANN001
    assert {s.key for s in SUGGESTIONS} == set(texts.SUGGESTION_TEXTS)
    assert all(texts.suggestion_text(s.key) for s in SUGGESTIONS)


def _summary(**fields) -> NetworkContractSummary:  # noqa: ANN003
    values = dict(
        network_id=3,
        name="KKP",
        status=NetworkStatus.ACTIVE,
        open_expectations=2,
        fulfilment=Decimal("0.28125"),
        give=Decimal("0.75"),
        get=Decimal(0),
        breaches=(),
        rhythm_months=3,
        next_checkin_due=date(2026, 9, 15),
        checkin_overdue=True,
        last_health_check=None,
        next_health_check_due=None,
        health_overdue=True,
        is_live=True,
    )
    values.update(fields)
    return NetworkContractSummary(**values)  # type: ignore[arg-type]


def test_network_lines_and_overdue_items(qapp) -> None:  # noqa: ANN001
    breach = ExpectationBreach(9, 3, Direction.GET, "Learn", 5, (), None)
    lines = NetworkLineModel()
    lines.set_rows([_summary(breaches=(breach,))])
    row = [lines.index(0, c).data() for c in range(lines.columnCount())]
    assert row[:6] == ["KKP", "Active", "28 %", "75 %", "0 %", "1"]
    assert row[7] == "never"
    assert lines.index(0, NetworkLineModel.BREACHES).data(Qt.ItemDataRole.ToolTipRole) == "Learn"
    due = DueModel()
    due.on = date(2026, 9, 16)
    due.set_rows([DueItem(_summary(), False, date(2026, 9, 15)), DueItem(_summary(), True, None)])
    assert due.index(0, DueModel.LATE).data() == "1 day"
    assert due.index(0, DueModel.WHAT).data() == "Check-in"
    assert due.index(1, DueModel.DUE).data() == "never done"


def test_never_checked_is_said_not_counted_in_days(qapp) -> None:  # noqa: ANN001
    due = DueModel()
    due.on = date(2026, 12, 3)
    # joined 3 June 2024: due since 3 September 2024, 821 days before 3 December 2026
    never = DueItem(_summary(), True, date(2024, 9, 3))
    due.set_rows([never])
    assert due.index(0, DueModel.DUE).data() == "03/09/2024"
    assert due.index(0, DueModel.LATE).data() == "never checked"
