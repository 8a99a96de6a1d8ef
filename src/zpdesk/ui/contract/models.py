"""Table models of the contract screens (tested without a view)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from zpdesk import clock
from zpdesk.domain.contract import Suggestion, Target
from zpdesk.domain.enums import Direction, HealthFactor
from zpdesk.services.contract import (
    AssessmentRow,
    ExpectationBreach,
    ExpectationData,
    ExpectationRisk,
    ExpectationRow,
    HealthCheckRow,
    NetworkContractSummary,
)
from zpdesk.ui import formatting
from zpdesk.ui.contract import texts
from zpdesk.ui.contract.widgets import POOR, SPARK_ROLE, SUBTITLE_ROLE, score_background
from zpdesk.ui.labels import label
from zpdesk.ui.models.rows import RowsModel as SharedRowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY = Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex

R = TypeVar("R")


class RowsModel(SharedRowsModel[R]):
    """The contract tables: headers in the "contract" translation context; each says what
    a cell shows in ``cell``."""

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("contract", self.HEADERS[section])

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError


def _muted() -> Any:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class ExpectationTableModel(RowsModel[ExpectationRow]):
    """One direction of a network's expectations.

    The Expectation cell carries the statement, with the area and whether it was made
    explicit under ``SUBTITLE_ROLE``; the Target cell shows the measured value below it;
    the Score cell the latest score with its trend.
    """

    STATEMENT, IMPORTANCE, TARGET, PROPOSED, LATEST = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Expectation"),
        QT_TRANSLATE_NOOP("contract", "Imp."),
        QT_TRANSLATE_NOOP("contract", "Target · measured"),
        QT_TRANSLATE_NOOP("contract", "Prop."),
        QT_TRANSLATE_NOOP("contract", "Score"),
    )
    CENTRED = frozenset({IMPORTANCE, PROPOSED, LATEST})

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.IMPORTANCE: QCoreApplication.translate("contract", "Importance, 1 to 5"),
                self.TARGET: QCoreApplication.translate(
                    "contract", "The target, and below it what zpdesk measured of it"
                ),
                self.PROPOSED: QCoreApplication.translate(
                    "contract", "The score the measured value proposes"
                ),
                self.LATEST: QCoreApplication.translate(
                    "contract", "The latest check-in score (1 to 5) and its trend"
                ),
            }
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def cell(self, row: ExpectationRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self._display(row, column)
        if role == SUBTITLE_ROLE and column == self.STATEMENT:
            explicit = (
                QCoreApplication.translate("contract", "made explicit")
                if row.explicit
                else QCoreApplication.translate("contract", "unspoken")
            )
            return f"{label(row.area)} · {explicit}"
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.LATEST and row.latest is not None:
                return score_background(row.latest.score)
            if column == self.PROPOSED and row.proposed is not None:
                return score_background(row.proposed)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_open:
            return _muted()
        if role == Qt.ItemDataRole.FontRole and not row.is_open:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATEMENT and row.breach:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _display(self, row: ExpectationRow, column: int) -> str:
        if column == self.STATEMENT:
            return row.statement
        if column == self.IMPORTANCE:
            return str(row.importance)
        if column == self.TARGET:
            target = texts.target_text(row.target)
            measured = texts.measured_text(row.target, row.window, row.measured)
            return f"{target}\n{measured}" if measured else target
        if column == self.PROPOSED:
            return str(row.proposed) if row.proposed is not None else ""
        if column == self.LATEST:
            if row.latest is None:
                return ""
            return f"{row.latest.score} {texts.trend_symbol(row.trend)}".strip()
        return ""

    def _sort_key(self, row: ExpectationRow, column: int) -> Any:
        if column == self.IMPORTANCE:
            return row.importance
        if column == self.LATEST:
            return row.latest.score if row.latest else 0
        if column == self.PROPOSED:
            return row.proposed or 0
        return self._display(row, column).lower()

    def _tooltip(self, row: ExpectationRow, column: int) -> str | None:
        if column == self.STATEMENT:
            lines = [row.statement, self.cell(row, column, SUBTITLE_ROLE)]
            if row.note:
                lines.append(row.note)
            lines.append(
                QCoreApplication.translate("contract", "Opened on %1").replace(
                    "%1", formatting.day(row.opened_on)
                )
            )
            if row.retired_on is not None:
                lines.append(
                    QCoreApplication.translate("contract", "Retired on %1").replace(
                        "%1", formatting.day(row.retired_on)
                    )
                )
            unit = row.target.unit if row.target else None
            lines += ["⚠ " + texts.reason_text(reason, unit) for reason in row.reasons]
            return "\n".join(lines)
        if column == self.TARGET and row.window is not None:
            return (
                QCoreApplication.translate("contract", "Measured %1 to %2 (%3)")
                .replace("%1", formatting.day(row.window.start))
                .replace("%2", formatting.day(row.window.end))
                .replace("%3", texts.window_text(row.window))
            )
        if column == self.LATEST and row.latest is not None:
            return (
                QCoreApplication.translate("contract", "Checked on %1. %2")
                .replace("%1", formatting.day(row.latest.on))
                .replace("%2", texts.trend_hint(row.trend))
            )
        if column == self.IMPORTANCE:
            return QCoreApplication.translate("contract", "Importance %1 of 5").replace(
                "%1", str(row.importance)
            )
        return None


@dataclass
class PassEntry:
    """One line of a check-in pass: the expectation and the score being given (0: skip)."""

    row: ExpectationRow
    score: int
    note: str = ""


class CheckInPassModel(RowsModel[PassEntry]):
    """All open expectations of a network with an editable score and note each."""

    SIDE, STATEMENT, IMPORTANCE, MEASURED, LAST, SCORE, NOTE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Side"),
        QT_TRANSLATE_NOOP("contract", "Expectation"),
        QT_TRANSLATE_NOOP("contract", "Imp."),
        QT_TRANSLATE_NOOP("contract", "Measured"),
        QT_TRANSLATE_NOOP("contract", "Last score"),
        QT_TRANSLATE_NOOP("contract", "Score"),
        QT_TRANSLATE_NOOP("contract", "Note"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.SCORE, self.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, entry: PassEntry, column: int, role: int) -> Any:
        row = entry.row
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if column == self.SIDE:
                return (
                    QCoreApplication.translate("contract", "I give")
                    if row.direction is Direction.GIVE
                    else QCoreApplication.translate("contract", "I get")
                )
            if column == self.STATEMENT:
                return row.statement
            if column == self.IMPORTANCE:
                return str(row.importance)
            if column == self.MEASURED:
                return texts.measured_text(row.target, row.window, row.measured)
            if column == self.LAST:
                return str(row.latest.score) if row.latest else ""
            if column == self.SCORE:
                if role == Qt.ItemDataRole.EditRole:
                    return entry.score
                return texts.score_hint(entry.score) if entry.score else "—"
            if column == self.NOTE:
                return entry.note
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and column == self.SCORE and entry.score:
            return score_background(entry.score)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SCORE:
            if row.proposed is not None:
                return QCoreApplication.translate(
                    "contract", "Proposed from the measured value: %1"
                ).replace("%1", str(row.proposed))
            return QCoreApplication.translate(
                "contract", "Double-click to score 1 to 5; leave empty to skip"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATEMENT:
            return row.statement
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self._rows[index.row()]
        if index.column() == self.SCORE:
            score = int(value or 0)
            if not 0 <= score <= 5:
                return False
            entry.score = score
        elif index.column() == self.NOTE:
            entry.note = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


@dataclass
class SuggestionEntry:
    suggestion: Suggestion
    use: bool
    statement: str
    importance: int


class SuggestionModel(RowsModel[SuggestionEntry]):
    """Suggested expectations: tick the ones to use, edit statement and importance."""

    USE, SIDE, AREA, STATEMENT, IMPORTANCE, TARGET = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Use"),
        QT_TRANSLATE_NOOP("contract", "Side"),
        QT_TRANSLATE_NOOP("contract", "Area"),
        QT_TRANSLATE_NOOP("contract", "Expectation"),
        QT_TRANSLATE_NOOP("contract", "Imp."),
        QT_TRANSLATE_NOOP("contract", "Target"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.USE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.STATEMENT, self.IMPORTANCE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, entry: SuggestionEntry, column: int, role: int) -> Any:
        s = entry.suggestion
        if role == Qt.ItemDataRole.CheckStateRole and column == self.USE:
            return Qt.CheckState.Checked if entry.use else Qt.CheckState.Unchecked
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if column == self.SIDE:
                return (
                    QCoreApplication.translate("contract", "I give")
                    if s.direction is Direction.GIVE
                    else QCoreApplication.translate("contract", "I get")
                )
            if column == self.AREA:
                return label(s.area)
            if column == self.STATEMENT:
                return entry.statement
            if column == self.IMPORTANCE:
                return (
                    entry.importance if role == Qt.ItemDataRole.EditRole else str(entry.importance)
                )
            if column == self.TARGET:
                return texts.target_text(_target(s))
        if role == Qt.ItemDataRole.ForegroundRole and not entry.use:
            return _muted()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        entry = self._rows[index.row()]
        column = index.column()
        if column == self.USE and role == Qt.ItemDataRole.CheckStateRole:
            entry.use = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == self.STATEMENT:
            entry.statement = str(value)
        elif column == self.IMPORTANCE:
            importance = int(value)
            if not 1 <= importance <= 5:
                return False
            entry.importance = importance
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def chosen(self, opened_on: date) -> list[ExpectationData]:
        """The ticked suggestions as expectations to add, opened on ``opened_on``."""
        return [
            ExpectationData(
                direction=e.suggestion.direction,
                area=e.suggestion.area,
                statement=e.statement,
                importance=e.importance,
                target_quantity=e.suggestion.target_quantity,
                target_unit=e.suggestion.target_unit,
                target_period=e.suggestion.target_period,
                explicit=False,
                opened_on=opened_on,
            )
            for e in self._rows
            if e.use
        ]


def _target(s: Suggestion) -> Target | None:
    if s.target_quantity is None or s.target_unit is None or s.target_period is None:
        return None
    return Target(s.target_quantity, s.target_unit, s.target_period)


class HealthMatrixModel(QAbstractTableModel):
    """Success factors down, health checks across (oldest left), with a trend per factor."""

    FACTOR, TREND = 0, 1
    FIRST_CHECK = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checks: list[HealthCheckRow] = []
        self._factors = list(HealthFactor)

    def set_checks(self, checks: list[HealthCheckRow]) -> None:
        self.beginResetModel()
        self._checks = list(checks)
        self.endResetModel()

    def check_at(self, column: int) -> HealthCheckRow | None:
        offset = column - self.FIRST_CHECK
        return self._checks[offset] if 0 <= offset < len(self._checks) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.FIRST_CHECK + len(self._checks)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        check = self.check_at(section)
        if role == DISPLAY:
            if section == self.FACTOR:
                return QCoreApplication.translate("contract", "Success factor")
            if section == self.TREND:
                return QCoreApplication.translate("contract", "Trend")
            return formatting.day(check.on) if check else None
        if role == Qt.ItemDataRole.ToolTipRole and check is not None:
            mean = formatting.number(check.mean, 1) if check.mean is not None else ""
            tip = QCoreApplication.translate("contract", "Mean score %1").replace("%1", mean)
            return f"{tip}\n{check.note}" if check.note else tip
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        factor = self._factors[index.row()]
        column = index.column()
        if column == self.FACTOR:
            return label(factor) if role == DISPLAY else None
        if column == self.TREND:
            if role == SPARK_ROLE:
                return [c.scores[factor] for c in self._checks if factor in c.scores]
            return None
        check = self.check_at(column)
        if check is None:
            return None
        score = check.scores.get(factor)
        if role == DISPLAY:
            return str(score) if score is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and score is not None:
            return score_background(score)
        if role == Qt.ItemDataRole.ToolTipRole:
            return check.notes.get(factor) or None
        if role == ID_ROLE:
            return check.id
        return None


class AssessmentModel(RowsModel[AssessmentRow]):
    YEAR, TIME_FRAME, TERMS, TYPE, PHASE, NOTE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Year"),
        QT_TRANSLATE_NOOP("contract", "Time frame"),
        QT_TRANSLATE_NOOP("contract", "Terms"),
        QT_TRANSLATE_NOOP("contract", "Contract type"),
        QT_TRANSLATE_NOOP("contract", "Phase"),
        QT_TRANSLATE_NOOP("contract", "Note"),
    )

    def cell(self, row: AssessmentRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == self.YEAR:
                return str(row.year)
            if column == self.TIME_FRAME:
                return label(row.time_frame)
            if column == self.TERMS:
                return label(row.specificity)
            if column == self.TYPE:
                current = texts.contract_type_label(row.type)
                if row.moved and row.previous_type is not None:
                    return (
                        QCoreApplication.translate("contract", "%1 (was %2)")
                        .replace("%1", current)
                        .replace("%2", texts.contract_type_label(row.previous_type))
                    )
                return current
            if column == self.PHASE:
                return label(row.phase)
            if column == self.NOTE:
                return row.note
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TYPE:
            return texts.contract_type_hint(row.type)
        if role == Qt.ItemDataRole.FontRole and column == self.TYPE and row.moved:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- Overview -------------------------------------------------------------------------


class BreachModel(RowsModel[tuple[NetworkContractSummary, ExpectationBreach | ExpectationRisk]]):
    """Breaches: an expectation per line with its network, side and why."""

    NETWORK, SIDE, STATEMENT, REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Network"),
        QT_TRANSLATE_NOOP("contract", "Side"),
        QT_TRANSLATE_NOOP("contract", "Expectation"),
        QT_TRANSLATE_NOOP("contract", "Why"),
    )

    def reason(self, item: Any) -> str:
        return "; ".join(texts.reason_text(r, item.target_unit) for r in item.reasons)

    def cell(
        self,
        row: tuple[NetworkContractSummary, ExpectationBreach | ExpectationRisk],
        column: int,
        role: int,
    ) -> Any:
        network, item = row
        if role == DISPLAY:
            if column == self.NETWORK:
                return network.name
            if column == self.SIDE:
                return (
                    QCoreApplication.translate("contract", "I give")
                    if item.direction is Direction.GIVE
                    else QCoreApplication.translate("contract", "I get")
                )
            if column == self.STATEMENT:
                return item.statement
            if column == self.REASON:
                return self.reason(item)
        if role == ID_ROLE:
            return network.network_id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATEMENT:
            return item.statement
        return None


class AtRiskModel(BreachModel):
    """Important expectations whose latest check-in scored low: one more makes a breach."""

    def reason(self, item: Any) -> str:
        return formatting.fill(
            QCoreApplication.translate(
                "contract", "scored %1 on %2; one more low score makes it a breach"
            ),
            item.score,
            formatting.day(item.checked_on),
        )


@dataclass(frozen=True)
class DueItem:
    network: NetworkContractSummary
    health: bool  # a health check (else a check-in)
    due: date | None  # None: never done and nothing to count from


class DueModel(RowsModel[DueItem]):
    NETWORK, WHAT, DUE, LATE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Network"),
        QT_TRANSLATE_NOOP("contract", "What"),
        QT_TRANSLATE_NOOP("contract", "Due since"),
        QT_TRANSLATE_NOOP("contract", "Overdue"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on = clock.today()

    def cell(self, row: DueItem, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == self.NETWORK:
                return row.network.name
            if column == self.WHAT:
                return (
                    QCoreApplication.translate("contract", "Health check")
                    if row.health
                    else QCoreApplication.translate("contract", "Check-in")
                )
            if column == self.DUE:
                return (
                    formatting.day(row.due)
                    if row.due
                    else QCoreApplication.translate("contract", "never done")
                )
            if column == self.LATE and row.health and row.network.last_health_check is None:
                # Never checked: say so, not "914 days" counted from a joining date.
                return QCoreApplication.translate("contract", "never checked")
            if column == self.LATE and row.due is not None:
                days = (self.on - row.due).days
                text = (
                    QCoreApplication.translate("contract", "%1 day")
                    if days == 1
                    else QCoreApplication.translate("contract", "%1 days")
                )
                return text.replace("%1", str(days))
        if role == ID_ROLE:
            return row.network.network_id
        return None


class NetworkLineModel(RowsModel[NetworkContractSummary]):
    NETWORK, STATUS, FULFILMENT, GIVE, GET, BREACHES, NEXT, HEALTH = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("contract", "Network"),
        QT_TRANSLATE_NOOP("contract", "Status"),
        QT_TRANSLATE_NOOP("contract", "Fulfilment"),
        QT_TRANSLATE_NOOP("contract", "I give"),
        QT_TRANSLATE_NOOP("contract", "I get"),
        QT_TRANSLATE_NOOP("contract", "Breaches"),
        QT_TRANSLATE_NOOP("contract", "Next check-in"),
        QT_TRANSLATE_NOOP("contract", "Last health check"),
    )

    def cell(self, row: NetworkContractSummary, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == self.NETWORK:
                return row.name
            if column == self.STATUS:
                return label(row.status)
            if column == self.FULFILMENT:
                return formatting.percent(row.fulfilment) or "—"
            if column == self.GIVE:
                return formatting.percent(row.give) or "—"
            if column == self.GET:
                return formatting.percent(row.get) or "—"
            if column == self.BREACHES:
                return str(len(row.breaches)) if row.breaches else ""
            if column == self.NEXT:
                if row.next_checkin_due is None:
                    return QCoreApplication.translate("contract", "no expectations yet")
                return formatting.day(row.next_checkin_due)
            if column == self.HEALTH:
                return formatting.day(row.last_health_check) or QCoreApplication.translate(
                    "contract", "never"
                )
        if role == ID_ROLE:
            return row.network_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NEXT and row.checkin_overdue:
                return QCoreApplication.translate("contract", "Check-in overdue")
            if column == self.HEALTH and row.next_health_check_due is not None:
                if row.health_overdue:
                    text = QCoreApplication.translate("contract", "Health check was due %1")
                else:
                    text = QCoreApplication.translate("contract", "Next health check due %1")
                return text.replace("%1", formatting.day(row.next_health_check_due))
            if column == self.HEALTH and row.health_overdue:
                return QCoreApplication.translate("contract", "No health check yet")
            if column == self.BREACHES and row.breaches:
                return "\n".join(b.statement for b in row.breaches)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.BREACHES and row.breaches:
                return POOR.darker(130)
            if column == self.NEXT and row.checkin_overdue:
                return POOR.darker(130)
            if column == self.NEXT and row.next_checkin_due is None:
                return _muted()
            if column == self.HEALTH and row.health_overdue:
                return POOR.darker(130)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.FULFILMENT,
            self.GIVE,
            self.GET,
            self.BREACHES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
