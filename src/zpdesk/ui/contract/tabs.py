"""The network detail tabs of the psychological contract: Contract, Health, Contract type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zpdesk import clock
from zpdesk.domain.contract import ContractType, suggest_expectations
from zpdesk.domain.enums import ContractSpecificity, ContractTimeFrame, Direction
from zpdesk.services import contract as svc
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.store.models import Network
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.contract import texts
from zpdesk.ui.contract.dialogs import (
    AssessmentDialog,
    CheckInDialog,
    CheckInPassDialog,
    ExpectationDialog,
    HealthCheckDialog,
    SuggestionsDialog,
)
from zpdesk.ui.contract.models import (
    ID_ROLE,
    SORT_ROLE,
    AssessmentModel,
    ExpectationTableModel,
    HealthMatrixModel,
)
from zpdesk.ui.contract.widgets import FulfilmentBars, SparklineDelegate, TitledDelegate
from zpdesk.ui.labels import label
from zpdesk.ui.views.common import on_selection, row_menu
from zpdesk.ui.views.network_tabs import NetworkTab

T = TypeVar("T")


def _network_name(session: Session, network_id: int) -> str:
    network = session.get(Network, network_id)
    return network.name if network is not None else ""


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    heading.setFont(font)
    return heading


class _ContractPage(NetworkTab):
    """What the three tabs share: the network's name, writes with error messages."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.network_name = ""

    def today(self) -> date:
        return clock.today()

    def run(self, description: str, action: Callable[[Session], T]) -> T | None:
        """Run a write; show a message (and return None) when it is refused."""
        try:
            return self.context.actions.run(description, action)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def load_name(self, session: Session) -> None:
        self.network_name = _network_name(session, self.network_id) if self.network_id else ""


class _DirectionPanel(QFrame):
    """One side of the contract: a table and its buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExpectationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.sortByColumn(ExpectationTableModel.IMPORTANCE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ExpectationTableModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        # the statement gets the room; the small number columns stay narrow
        for column, width in (
            (ExpectationTableModel.IMPORTANCE, 46),
            (ExpectationTableModel.PROPOSED, 50),
            (ExpectationTableModel.LATEST, 54),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(
            ExpectationTableModel.STATEMENT, TitledDelegate(self.table)
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.title = _heading(title)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.checkin_button = QPushButton(self.tr("Check-in…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.checkin_button,
            self.retire_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        on_selection(self.table, self.update_buttons)
        row_menu(
            self.table,
            [self.edit_button, self.checkin_button, self.retire_button, None, self.delete_button],
        )
        self.update_buttons()

    def selected_row(self) -> svc.ExpectationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, expectation_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == expectation_id:
                self.table.selectRow(row)
                return

    def update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setEnabled(row is not None)
        self.checkin_button.setEnabled(row is not None and row.is_open)
        retired = row is not None and not row.is_open and row.retired_on is not None
        self.retire_button.setText(self.tr("Reopen") if retired else self.tr("Retire"))

    def set_rows(self, rows: list[svc.ExpectationRow]) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self.update_buttons()


class ContractTab(_ContractPage):
    """A network's expectations in two columns, with the mutual match on top."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.contract: svc.NetworkContract | None = None
        self.bars = FulfilmentBars()
        self.match_label = QLabel()
        self.match_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.pass_button = QPushButton(self.tr("Check-in pass…"))
        self.pass_button.setToolTip(self.tr("Score all open expectations of this network at once"))
        self.suggest_button = QPushButton(self.tr("Suggest expectations…"))
        self.show_retired = QCheckBox(self.tr("Show retired"))

        match_box = QFrame()
        match_box.setFrameShape(QFrame.Shape.StyledPanel)
        match_layout = QVBoxLayout(match_box)
        match_layout.addWidget(_heading(self.tr("Mutual match")))
        match_layout.addWidget(self.bars)
        match_layout.addWidget(self.match_label)
        match_layout.addWidget(self.status_label)

        actions = QHBoxLayout()
        actions.addWidget(self.pass_button)
        actions.addWidget(self.suggest_button)
        actions.addStretch(1)
        actions.addWidget(self.show_retired)

        self.give_panel = _DirectionPanel(label(Direction.GIVE))
        self.get_panel = _DirectionPanel(label(Direction.GET))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.give_panel)
        splitter.addWidget(self.get_panel)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(match_box)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        for panel, direction in (
            (self.give_panel, Direction.GIVE),
            (self.get_panel, Direction.GET),
        ):
            panel.add_button.clicked.connect(lambda _=False, d=direction: self.add_expectation(d))
            panel.edit_button.clicked.connect(lambda _=False, p=panel: self.edit_expectation(p))
            panel.checkin_button.clicked.connect(lambda _=False, p=panel: self.check_in(p))
            panel.retire_button.clicked.connect(lambda _=False, p=panel: self.retire_or_reopen(p))
            panel.delete_button.clicked.connect(lambda _=False, p=panel: self.delete(p))
            panel.table.doubleClicked.connect(lambda _i, p=panel: self.edit_expectation(p))
        self.pass_button.clicked.connect(self.check_in_pass)
        self.suggest_button.clicked.connect(self.suggest)
        self.show_retired.toggled.connect(lambda _on: self._fill())
        self.refresh()

    def panel(self, direction: Direction) -> _DirectionPanel:
        return self.give_panel if direction is Direction.GIVE else self.get_panel

    def refresh(self) -> None:
        self.contract = None
        if self.network_id is not None:
            with self.context.db.session() as session:
                self.load_name(session)
                self.contract = svc.network_contract(session, self.network_id, self.today())
        self._fill()

    def _fill(self) -> None:
        contract = self.contract
        enabled = contract is not None
        for widget in (self.pass_button, self.suggest_button, self.give_panel, self.get_panel):
            widget.setEnabled(enabled)
        if contract is None:
            self.bars.set_rows([])
            self.match_label.setText(self.tr("Choose a network."))
            self.status_label.clear()
            self.give_panel.set_rows([])
            self.get_panel.set_rows([])
            return
        show_all = self.show_retired.isChecked()
        for direction in Direction:
            rows = [r for r in contract.of(direction) if show_all or r.is_open]
            self.panel(direction).set_rows(rows)
        match = contract.match
        self.bars.set_rows(
            [
                (self.tr("How well I deliver what I give"), match.give),
                (self.tr("How well the network delivers what I expect"), match.get),
            ]
        )
        if contract.rows:
            self.match_label.setText(texts.match_text(match))
        else:
            self.match_label.setText(
                self.tr(
                    "No expectations yet. Add what you give and what you expect to get, "
                    "or start from suggestions for this kind of network."
                )
            )
        open_rows = [r for r in contract.rows if r.is_open]
        breaches = sum(1 for r in open_rows if r.breach)
        parts = [
            self.tr("Fulfilment %1").replace(
                "%1", formatting.percent(contract.fulfilment) or self.tr("not checked yet")
            )
        ]
        if contract.next_checkin_due is not None:
            due = formatting.day(contract.next_checkin_due)
            if contract.next_checkin_due < contract.on:
                parts.append(self.tr("<b>check-in overdue since %1</b>").replace("%1", due))
            else:
                parts.append(self.tr("next check-in %1").replace("%1", due))
        parts.append(self.tr("rhythm every %n month(s)", "", contract.rhythm_months))
        if breaches:
            parts.append(
                "<span style='color:#c0392b'><b>"
                + self.tr("%1 in breach").replace("%1", str(breaches))
                + "</b></span>"
            )
        self.status_label.setText(" · ".join(parts))
        self.suggest_button.setVisible(not contract.rows)
        self.pass_button.setEnabled(bool(open_rows))

    # --- actions ------------------------------------------------------------------

    def add_expectation(self, direction: Direction) -> ExpectationDialog | None:
        network_id = self.network_id
        if network_id is None:
            return None

        def save(data: svc.ExpectationData) -> None:
            self.context.actions.run(
                self.tr("Add expectation '%1' to '%2'")
                .replace("%1", data.statement)
                .replace("%2", self.network_name),
                lambda s: svc.add_expectation(s, network_id, data),
            )

        dialog = ExpectationDialog(save, direction, self)
        dialog.setWindowTitle(self.tr("Add expectation"))
        dialog.open()
        return dialog

    def edit_expectation(self, panel: _DirectionPanel) -> ExpectationDialog | None:
        row = panel.selected_row()
        if row is None:
            return None
        with self.context.db.session() as session:
            data = svc.expectation_data(session, row.id)

        def save(values: svc.ExpectationData) -> None:
            self.context.actions.run(
                self.tr("Edit expectation '%1'").replace("%1", values.statement),
                lambda s: svc.update_expectation(s, row.id, values),
            )

        dialog = ExpectationDialog(save, row.direction, self)
        dialog.setWindowTitle(self.tr("Edit expectation"))
        dialog.set_values(data)
        dialog.open()
        return dialog

    def check_in(self, panel: _DirectionPanel) -> CheckInDialog | None:
        row = panel.selected_row()
        if row is None or not row.is_open:
            return None
        with self.context.db.session() as session:
            history = svc.checkin_history(session, row.id)

        def save(values: tuple[date, int, str]) -> None:
            on, score, note = values
            self.context.actions.run(
                self.tr("Check in on '%1': %2")
                .replace("%1", row.statement)
                .replace("%2", str(score)),
                lambda s: svc.add_checkin(s, row.id, on, score, note),
            )

        dialog = CheckInDialog(save, row, history, self)
        dialog.open()
        return dialog

    def retire_or_reopen(self, panel: _DirectionPanel) -> None:
        row = panel.selected_row()
        if row is None:
            return
        if row.retired_on is not None and not row.is_open:
            self.run(
                self.tr("Reopen expectation '%1'").replace("%1", row.statement),
                lambda s: svc.reopen_expectation(s, row.id),
            )
            return
        today = self.today()
        self.run(
            self.tr("Retire expectation '%1'").replace("%1", row.statement),
            lambda s: svc.retire_expectation(s, row.id, today),
        )

    def delete(self, panel: _DirectionPanel) -> None:
        row = panel.selected_row()
        if row is None:
            return
        question = self.tr(
            "Delete '%1' with all its check-ins? Retire it instead to keep its history."
        ).replace("%1", row.statement)
        if not self.confirm(self.tr("Delete expectation"), question):
            return
        self.run(
            self.tr("Delete expectation '%1'").replace("%1", row.statement),
            lambda s: svc.delete_expectation(s, row.id),
        )

    def check_in_pass(self) -> CheckInPassDialog | None:
        contract = self.contract
        network_id = self.network_id
        if contract is None or network_id is None:
            return None

        def save(values: tuple[date, dict[int, tuple[int, str]]]) -> None:
            on, scores = values
            self.context.actions.run(
                formatting.fill(
                    self.tr("Check-in pass for '%1' (%n expectation(s))", "", len(scores)),
                    self.network_name,
                ),
                lambda s: svc.checkin_pass(s, network_id, on, scores),
            )

        dialog = CheckInPassDialog(save, self.network_name, contract.rows, self)
        dialog.open()
        return dialog

    def suggest(self) -> SuggestionsDialog | None:
        network_id = self.network_id
        if network_id is None:
            return None
        with self.context.db.session() as session:
            kind, motives = svc.network_kind_and_motives(session, network_id)
        suggestions = suggest_expectations(kind, motives)

        def save(chosen: list[svc.ExpectationData]) -> None:
            def add_all(session: Session) -> None:
                for data in chosen:
                    svc.add_expectation(session, network_id, data)

            self.context.actions.run(
                self.tr("Add %1 suggested expectations to '%2'")
                .replace("%1", str(len(chosen)))
                .replace("%2", self.network_name),
                add_all,
            )

        dialog = SuggestionsDialog(save, self.network_name, suggestions, self)
        dialog.open()
        return dialog


class HealthTab(_ContractPage):
    """Dated health checks on the success factors, a trend per factor."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.checks: list[svc.HealthCheckRow] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = HealthMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(HealthMatrixModel.TREND, SparklineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HealthMatrixModel.TREND, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(HealthMatrixModel.TREND, 110)
        self.hint = QLabel(self.tr("Select a check's column to edit or delete it."))
        self.hint.setEnabled(False)
        self.add_button = QPushButton(self.tr("New health check…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Health of the collaboration")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_check)
        self.edit_button.clicked.connect(self.edit_check)
        self.delete_button.clicked.connect(self.delete_check)
        on_selection(self.table, self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_check())
        row_menu(self.table, [self.edit_button, None, self.delete_button])
        self.refresh()

    def refresh(self) -> None:
        self.checks = []
        summary: svc.NetworkContractSummary | None = None
        if self.network_id is not None:
            with self.context.db.session() as session:
                self.load_name(session)
                self.checks = svc.health_checks(session, self.network_id)
                summary = svc.network_summaries(
                    session, self.today(), network_ids=[self.network_id]
                ).get(self.network_id)
        self.model.set_checks(self.checks)
        self.table.setColumnWidth(HealthMatrixModel.TREND, 110)
        self.add_button.setEnabled(self.network_id is not None)
        self.summary.setText(self._summary_text(summary))
        if self.checks:
            self.table.scrollTo(self.model.index(0, self.model.columnCount() - 1))
        self._update_buttons()

    def _summary_text(self, summary: svc.NetworkContractSummary | None) -> str:
        if summary is None:
            return ""
        if summary.last_health_check is None:
            text = self.tr("No health check yet.")
        else:
            text = self.tr("Last check %1.").replace(
                "%1", formatting.day(summary.last_health_check)
            )
        if summary.next_health_check_due is not None:
            due = formatting.day(summary.next_health_check_due)
            if summary.health_overdue:
                text += " " + self.tr("<b>Overdue since %1.</b>").replace("%1", due)
            else:
                text += " " + self.tr("Next one due %1.").replace("%1", due)
        return text

    def selected_check(self) -> svc.HealthCheckRow | None:
        columns = self.table.selectionModel().selectedColumns()
        if not columns:
            index = self.table.currentIndex()
            return self.model.check_at(index.column()) if index.isValid() else None
        return self.model.check_at(columns[0].column())

    def _update_buttons(self) -> None:
        has = self.selected_check() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_check(self) -> HealthCheckDialog | None:
        network_id = self.network_id
        if network_id is None:
            return None

        def save(data: svc.HealthCheckData) -> None:
            self.context.actions.run(
                self.tr("Health check of '%1' on %2")
                .replace("%1", self.network_name)
                .replace("%2", formatting.day(data.on)),
                lambda s: svc.add_health_check(s, network_id, data),
            )

        dialog = HealthCheckDialog(save, self)
        if self.checks:  # start from the previous scores: usually only a few change
            previous = self.checks[-1]
            dialog.set_values(
                svc.HealthCheckData(
                    self.today(),
                    {f: (s, "") for f, s in previous.scores.items()},
                )
            )
        dialog.open()
        return dialog

    def edit_check(self) -> HealthCheckDialog | None:
        check = self.selected_check()
        if check is None:
            return None
        with self.context.db.session() as session:
            data = svc.health_check_data(session, check.id)

        def save(values: svc.HealthCheckData) -> None:
            self.context.actions.run(
                self.tr("Edit health check of '%1' on %2")
                .replace("%1", self.network_name)
                .replace("%2", formatting.day(values.on)),
                lambda s: svc.update_health_check(s, check.id, values),
            )

        dialog = HealthCheckDialog(save, self)
        dialog.set_values(data)
        dialog.open()
        return dialog

    def delete_check(self) -> None:
        check = self.selected_check()
        if check is None:
            return
        day = formatting.day(check.on)
        if not self.confirm(
            self.tr("Delete health check"),
            self.tr("Delete the health check of %1?").replace("%1", day),
        ):
            return
        self.run(
            self.tr("Delete health check of '%1' on %2")
            .replace("%1", self.network_name)
            .replace("%2", day),
            lambda s: svc.delete_health_check(s, check.id),
        )


# Quadrants of Rousseau's types: (column, row) with open-ended on top, specific on the right.
_QUADRANTS = {
    ContractType.RELATIONAL: (0, 0),
    ContractType.BALANCED: (1, 0),
    ContractType.TRANSITIONAL: (0, 1),
    ContractType.TRANSACTIONAL: (1, 1),
}


class ContractTypeMap(QWidget):
    """Rousseau's four types as a 2×2 field with the assessed years as a path through it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[svc.AssessmentRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[svc.AssessmentRow]) -> None:
        self._rows = list(rows)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(340, 300)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 220)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        margin_left = metrics.height() + 8
        margin_bottom = metrics.height() + 8
        field = QRectF(
            margin_left, 4, self.width() - margin_left - 4, self.height() - margin_bottom - 8
        )
        cell_w, cell_h = field.width() / 2, field.height() / 2
        fills = {
            ContractType.RELATIONAL: QColor(78, 121, 167, 40),
            ContractType.BALANCED: QColor(89, 161, 79, 40),
            ContractType.TRANSITIONAL: QColor(225, 87, 89, 35),
            ContractType.TRANSACTIONAL: QColor(237, 201, 72, 45),
        }
        title_font = QFont(self.font())
        title_font.setBold(True)
        centres: dict[ContractType, QPointF] = {}
        for kind, (col, row) in _QUADRANTS.items():
            rect = QRectF(field.left() + col * cell_w, field.top() + row * cell_h, cell_w, cell_h)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(fills[kind])
            painter.drawRect(rect)
            painter.setPen(text_colour)
            painter.setFont(title_font)
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                texts.contract_type_label(kind),
            )
            centres[kind] = rect.center() + QPointF(0, metrics.height() / 2)
        painter.setFont(self.font())
        # axis labels
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(field.left(), field.bottom() + 2, cell_w, margin_bottom),
            Qt.AlignmentFlag.AlignHCenter,
            label(ContractSpecificity.UNSPECIFIC),
        )
        painter.drawText(
            QRectF(field.left() + cell_w, field.bottom() + 2, cell_w, margin_bottom),
            Qt.AlignmentFlag.AlignHCenter,
            label(ContractSpecificity.SPECIFIC),
        )
        for row, kind in ((0, ContractTimeFrame.OPEN_ENDED), (1, ContractTimeFrame.SHORT_TERM)):
            painter.save()
            centre_y = field.top() + row * cell_h + cell_h / 2
            painter.translate(metrics.height() - 2, centre_y)
            painter.rotate(-90)
            text = label(kind)
            painter.drawText(QPointF(-metrics.horizontalAdvance(text) / 2, 0), text)
            painter.restore()
        # the years, spread within their quadrant, joined in order
        per_type: dict[ContractType, list[svc.AssessmentRow]] = {}
        for item in self._rows:
            per_type.setdefault(item.type, []).append(item)
        points: list[QPointF] = []
        for item in self._rows:
            group = per_type[item.type]
            offset = group.index(item) - (len(group) - 1) / 2
            # stacked vertically, so a path through several years stays readable
            spread = min(cell_h / (len(group) + 1), 30.0)
            points.append(centres[item.type] + QPointF(0, offset * spread))
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(QColor("#4e79a7"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            self._arrow(painter, points[-2], points[-1])
        for index, (item, point) in enumerate(zip(self._rows, points, strict=True)):
            last = index == len(points) - 1
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#4e79a7") if last else QColor("#9fb7d3"))
            painter.drawEllipse(point, 5, 5)
            painter.setPen(text_colour)
            # the year on the side away from its neighbours on the path
            neighbours = [p.x() for p in points[max(0, index - 1) : index + 2] if p is not point]
            text = str(item.year)
            left = bool(neighbours) and sum(neighbours) / len(neighbours) > point.x() + 1
            dx = -9 - metrics.horizontalAdvance(text) if left else 9
            painter.drawText(point + QPointF(dx, metrics.ascent() / 2 - 1), text)
        painter.end()

    @staticmethod
    def _arrow(painter: QPainter, start: QPointF, end: QPointF) -> None:
        direction = end - start
        length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5
        if length < 12:
            return
        unit = direction / length
        tip = end - unit * 7
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF([tip, tip - unit * 9 + normal * 5, tip - unit * 9 - normal * 5])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#4e79a7"))
        painter.drawPolygon(head)


class ContractTypeTab(_ContractPage):
    """Per year: the two questions → Rousseau's type, the phase, and the movement."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AssessmentModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssessmentModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.map = ContractTypeMap()
        self.movement = QLabel()
        self.movement.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Assess a year…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("Type of psychological contract per year")))
        left.addWidget(self.table, 1)
        left.addWidget(self.movement)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.map, 2)
        self.add_button.clicked.connect(self.add_assessment)
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button.clicked.connect(self.delete_assessment)
        self.table.doubleClicked.connect(lambda _index: self.edit_assessment())
        on_selection(self.table, self._update_buttons)
        row_menu(self.table, [self.edit_button, None, self.delete_button])
        self.refresh()

    def refresh(self) -> None:
        rows: list[svc.AssessmentRow] = []
        if self.network_id is not None:
            with self.context.db.session() as session:
                self.load_name(session)
                rows = svc.assessments(session, self.network_id)
        self.model.set_rows(rows)
        self.map.set_rows(rows)
        self.movement.setText(self._movement_text(rows))
        self.add_button.setEnabled(self.network_id is not None)
        self._update_buttons()

    def _movement_text(self, rows: list[svc.AssessmentRow]) -> str:
        if not rows:
            return self.tr(
                "Not assessed yet. Answer two questions per year to see which kind of "
                "contract this network has become."
            )
        moves = [
            self.tr("%1: %2 → %3")
            .replace("%1", str(r.year))
            .replace("%2", texts.contract_type_label(r.previous_type))
            .replace("%3", texts.contract_type_label(r.type))
            for r in rows
            if r.moved and r.previous_type is not None
        ]
        if not moves:
            return (
                self.tr("Unchanged: %1 since %2.")
                .replace("%1", texts.contract_type_label(rows[0].type))
                .replace("%2", str(rows[0].year))
            )
        return self.tr("Moved: %1.").replace("%1", "; ".join(moves))

    def selected(self) -> svc.AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _dialog(self, assessment_id: int | None) -> AssessmentDialog | None:
        network_id = self.network_id
        if network_id is None:
            return None

        def save(data: svc.AssessmentData) -> None:
            text = (
                self.tr("Assess the contract with '%1' in %2")
                if assessment_id is None
                else self.tr("Edit the contract assessment of '%1' for %2")
            )
            self.context.actions.run(
                text.replace("%1", self.network_name).replace("%2", str(data.year)),
                lambda s: svc.save_assessment(s, network_id, data, assessment_id),
            )

        return AssessmentDialog(save, self)

    def add_assessment(self) -> AssessmentDialog | None:
        dialog = self._dialog(None)
        if dialog is None:
            return None
        rows = self.model.rows()
        if rows:  # start from the latest answers, for this year or else the next
            last = rows[-1]
            this_year = self.today().year
            year = this_year if all(r.year != this_year for r in rows) else last.year + 1
            dialog.set_values(
                svc.AssessmentData(year, last.time_frame, last.specificity, last.phase)
            )
        dialog.open()
        return dialog

    def edit_assessment(self) -> AssessmentDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = self._dialog(row.id)
        if dialog is None:
            return None
        dialog.set_values(
            svc.AssessmentData(row.year, row.time_frame, row.specificity, row.phase, row.note)
        )
        dialog.open()
        return dialog

    def delete_assessment(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not self.confirm(
            self.tr("Delete assessment"),
            self.tr("Delete the assessment of %1?").replace("%1", str(row.year)),
        ):
            return
        self.run(
            self.tr("Delete the contract assessment of '%1' for %2")
            .replace("%1", self.network_name)
            .replace("%2", str(row.year)),
            lambda s: svc.delete_assessment(s, row.id),
        )
