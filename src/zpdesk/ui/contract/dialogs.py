"""Dialogs of the psychological contract.

Each dialog is handed a ``save`` callback that runs the write (through
``context.actions.run``). ``accept()`` reads the fields, checks them, calls ``save``, and
closes only when that succeeded; otherwise the message stays in the dialog and nothing is
saved. Tests fill the fields (or ``set_values``) and call ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.contract import Suggestion, contract_type
from zpdesk.domain.enums import (
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    ExpectationArea,
    HealthFactor,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.services.contract import (
    AssessmentData,
    CheckInRow,
    ExpectationData,
    ExpectationRow,
    HealthCheckData,
)
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.ui import formatting
from zpdesk.ui.contract import texts
from zpdesk.ui.contract.models import (
    CheckInPassModel,
    PassEntry,
    SuggestionEntry,
    SuggestionModel,
)
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.labels import choices, label

V = TypeVar("V")
E = TypeVar("E", bound=StrEnum)


def date_edit(value: date | None = None) -> DateEdit:
    """A date field (1900–2200, calendar pop-up), not wider than a date needs."""
    edit = DateEdit(value)
    edit.setMaximumWidth(160)
    return edit


class EnumCombo(QComboBox):
    """A combo box of an enum's labels whose ``value()`` is the enum member.

    (Qt hands item data back as a plain ``str``; this turns it back into the member.)
    """

    def __init__(self, enum_type: type[E], current: E | None = None) -> None:
        super().__init__()
        self._enum = enum_type
        for text, value in choices(enum_type):
            self.addItem(text, value.value)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self._enum(self.currentData())

    def set_value(self, value: StrEnum | None) -> None:
        if value is not None:
            self.setCurrentIndex(self.findData(value.value))


def enum_combo(enum_type: type[E], current: E | None = None) -> EnumCombo:
    return EnumCombo(enum_type, current)


def set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def score_combo(allow_empty: bool = False) -> QComboBox:
    """Scores 1–5 with their meaning; optionally a leading "—" (not scored, data 0)."""
    combo = QComboBox()
    if allow_empty:
        combo.addItem("—", 0)
    for score in range(1, 6):
        combo.addItem(texts.score_hint(score), score)
    return combo


class SavingDialog(QDialog, Generic[V]):
    """A dialog that saves through a callback and stays open on an error."""

    def __init__(self, save: Callable[[V], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> V:
        """The fields as values; raises ValueError with a message for the user."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        try:
            values = self.values()
            self._save(values)
        except (ValueError, ValidationError, NotFoundError) as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def finish_layout(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)


class ExpectationDialog(SavingDialog[ExpectationData]):
    """Add or edit one expectation."""

    def __init__(
        self,
        save: Callable[[ExpectationData], Any],
        direction: Direction = Direction.GIVE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Expectation"))
        self.setMinimumWidth(560)
        self.direction = enum_combo(Direction, direction)
        self.area = enum_combo(ExpectationArea)
        self.statement = QLineEdit()
        self.statement.setPlaceholderText(self.tr("e.g. Two referrals a year for work I can do"))
        self.importance = QSpinBox()
        self.importance.setRange(1, 5)
        self.importance.setValue(3)
        self.importance.setMaximumWidth(70)
        importance_row = QHBoxLayout()
        importance_row.addWidget(self.importance)
        importance_row.addWidget(QLabel(self.tr("1 = nice to have, 5 = essential")))
        importance_row.addStretch(1)

        self.has_target = QCheckBox(self.tr("Measurable target"))
        self.quantity = QLineEdit()
        self.quantity.setMaximumWidth(90)
        self.unit = enum_combo(TargetUnit)
        self.period = enum_combo(TargetPeriod, TargetPeriod.YEAR)
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.quantity)
        target_row.addWidget(self.unit)
        target_row.addWidget(QLabel(self.tr("per")))
        target_row.addWidget(self.period)
        target_row.addStretch(1)
        self.has_target.toggled.connect(self._target_toggled)
        self._target_toggled(False)

        self.explicit = QCheckBox(
            self.tr("Made explicit with the others (not an unspoken assumption)")
        )
        self.opened = date_edit()
        self.is_retired = QCheckBox(self.tr("Retired on"))
        self.retired = date_edit()
        self.retired.setEnabled(False)
        self.is_retired.toggled.connect(self.retired.setEnabled)
        retired_row = QHBoxLayout()
        retired_row.addWidget(self.is_retired)
        retired_row.addWidget(self.retired)
        retired_row.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Side"), self.direction)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow(self.tr("Importance"), importance_row)
        form.addRow(self.tr("Target"), target_row)
        form.addRow("", self.explicit)
        form.addRow(self.tr("Opened on"), self.opened)
        form.addRow("", retired_row)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)

    def _target_toggled(self, on: bool) -> None:
        for widget in (self.quantity, self.unit, self.period):
            widget.setEnabled(on)

    def set_values(self, data: ExpectationData) -> None:
        self.direction.set_value(data.direction)
        self.area.set_value(data.area)
        self.statement.setText(data.statement)
        self.importance.setValue(data.importance)
        has_target = data.target_quantity is not None
        self.has_target.setChecked(has_target)
        if has_target:
            assert data.target_quantity is not None
            self.quantity.setText(texts.plain(data.target_quantity))
            self.unit.set_value(data.target_unit)
            self.period.set_value(data.target_period)
        self.explicit.setChecked(data.explicit)
        self.opened.set_date(data.opened_on)
        self.is_retired.setChecked(data.retired_on is not None)
        if data.retired_on is not None:
            self.retired.set_date(data.retired_on)
        self.note.setPlainText(data.note)

    def values(self) -> ExpectationData:
        statement = self.statement.text().strip()
        if not statement:
            raise ValueError(self.tr("Write down what is expected."))
        quantity: Decimal | None = None
        unit: TargetUnit | None = None
        period: TargetPeriod | None = None
        if self.has_target.isChecked():
            try:
                quantity = formatting.parse_decimal(self.quantity.text())
            except ValueError:
                example = formatting.number(Decimal("4.5"))
                raise ValueError(
                    formatting.fill(self.tr("The target needs a number, e.g. 20 or %1."), example)
                ) from None
            if quantity < 0:
                raise ValueError(self.tr("A target cannot be negative."))
            if quantity != quantity.quantize(Decimal("0.01")):
                raise ValueError(self.tr("A target has at most two decimals."))
            unit = self.unit.value()
            period = self.period.value()
        opened = self.opened.date_value()
        retired = self.retired.date_value() if self.is_retired.isChecked() else None
        if retired is not None and retired < opened:
            raise ValueError(self.tr("It cannot be retired before it was opened."))
        return ExpectationData(
            direction=self.direction.value(),
            area=self.area.value(),
            statement=statement,
            importance=self.importance.value(),
            target_quantity=quantity,
            target_unit=unit,
            target_period=period,
            explicit=self.explicit.isChecked(),
            opened_on=opened,
            retired_on=retired,
            note=self.note.toPlainText().strip(),
        )


class CheckInDialog(SavingDialog[tuple[date, int, str]]):
    """Score one expectation: date, score 1–5, note; shows its earlier check-ins."""

    def __init__(
        self,
        save: Callable[[tuple[date, int, str]], Any],
        row: ExpectationRow,
        history: Sequence[CheckInRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Check-in"))
        self.setMinimumWidth(460)
        heading = QLabel(f"<b>{_escape(row.statement)}</b>")
        heading.setWordWrap(True)
        self.on = date_edit()
        self.score = score_combo()
        suggestion = row.proposed or (row.latest.score if row.latest else 3)
        set_combo(self.score, suggestion)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Score"), self.score)
        if row.proposed is not None:
            measured = texts.measured_text(row.target, row.window, row.measured)
            proposal = (
                self.tr("Measured %1 (%2): proposed score %3")
                .replace("%1", measured)
                .replace("%2", texts.window_text(row.window) if row.window else "")
                .replace("%3", str(row.proposed))
            )
            form.addRow("", QLabel(proposal))
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        if history:
            lines = [
                f"{formatting.day(c.on)}: {c.score}" + (f" — {_escape(c.note)}" if c.note else "")
                for c in history[:6]
            ]
            earlier = QLabel(self.tr("Earlier check-ins:") + "<br>" + "<br>".join(lines))
            earlier.setWordWrap(True)
            layout.addWidget(earlier)
        self.finish_layout(layout)

    def set_values(self, on: date, score: int, note: str = "") -> None:
        self.on.set_date(on)
        set_combo(self.score, score)
        self.note.setPlainText(note)

    def values(self) -> tuple[date, int, str]:
        return self.on.date_value(), int(self.score.currentData()), self.note.toPlainText().strip()


class ScoreDelegate(QStyledItemDelegate):
    """Edits a score cell with a combo of "—" and 1–5."""

    def createEditor(  # noqa: N802 - Qt override
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = score_combo(allow_empty=True)
        combo.setParent(parent)
        return combo

    def setEditorData(  # noqa: N802 - Qt override
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        set_combo(editor, int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


PassValues = tuple[date, dict[int, tuple[int, str]]]


class CheckInPassDialog(SavingDialog[PassValues]):
    """Score every open expectation of a network at once, on one date."""

    def __init__(
        self,
        save: Callable[[PassValues], Any],
        network_name: str,
        rows: Sequence[ExpectationRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Check-in pass — %1").replace("%1", network_name))
        self.resize(900, 460)
        self.on = date_edit()
        self.model = CheckInPassModel(self)
        ordered = sorted(
            (row for row in rows if row.is_open),
            key=lambda row: (row.direction is not Direction.GIVE, -row.importance, row.id),
        )
        self.model.set_rows([PassEntry(row, row.proposed or 0) for row in ordered])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CheckInPassModel.SCORE, ScoreDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CheckInPassModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CheckInPassModel.NOTE, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date of this check-in")))
        top.addWidget(self.on)
        top.addStretch(1)
        explain = QLabel(
            self.tr(
                "Score how well each expectation is fulfilled, 1 (not at all) to 5 (fully). "
                "Scores proposed from what zpdesk measured are filled in. Double-click a "
                "score or note to change it; leave a score empty (—) to skip it."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        self.finish_layout(layout)

    def _entry(self, expectation_id: int) -> tuple[int, PassEntry]:
        for row, entry in enumerate(self.model.rows()):
            if entry.row.id == expectation_id:
                return row, entry
        raise KeyError(expectation_id)

    def set_date(self, on: date) -> None:
        self.on.set_date(on)

    def set_score(self, expectation_id: int, score: int, note: str | None = None) -> None:
        row, _ = self._entry(expectation_id)
        self.model.setData(self.model.index(row, CheckInPassModel.SCORE), score)
        if note is not None:
            self.model.setData(self.model.index(row, CheckInPassModel.NOTE), note)

    def values(self) -> PassValues:
        scores = {
            entry.row.id: (entry.score, entry.note.strip())
            for entry in self.model.rows()
            if entry.score
        }
        if not scores:
            raise ValueError(self.tr("Score at least one expectation."))
        return self.on.date_value(), scores


class SuggestionsDialog(SavingDialog[list[ExpectationData]]):
    """Suggested starting expectations: tick, edit or drop them."""

    def __init__(
        self,
        save: Callable[[list[ExpectationData]], Any],
        network_name: str,
        suggestions: Sequence[Suggestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Suggested expectations — %1").replace("%1", network_name))
        self.resize(940, 520)
        self.model = SuggestionModel(self)
        self.model.set_rows(
            [
                SuggestionEntry(s, True, texts.suggestion_text(s.key), s.importance)
                for s in suggestions
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SuggestionModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        explain = QLabel(
            self.tr(
                "A starting point from the network's kind and motives. Untick what does not "
                "apply; double-click a statement or importance to change it. You can edit, "
                "add and retire expectations later."
            )
        )
        explain.setWordWrap(True)
        self.opened = date_edit()
        all_button = QPushButton(self.tr("Select all"))
        none_button = QPushButton(self.tr("Select none"))
        all_button.clicked.connect(lambda: self.set_all(True))
        none_button.clicked.connect(lambda: self.set_all(False))
        bottom = QHBoxLayout()
        bottom.addWidget(all_button)
        bottom.addWidget(none_button)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Opened on")))
        bottom.addWidget(self.opened)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.finish_layout(layout)

    def set_all(self, use: bool) -> None:
        state = Qt.CheckState.Checked if use else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            self.model.setData(
                self.model.index(row, SuggestionModel.USE), state, Qt.ItemDataRole.CheckStateRole
            )

    def values(self) -> list[ExpectationData]:
        chosen = self.model.chosen(self.opened.date_value())
        if not chosen:
            raise ValueError(self.tr("Tick at least one suggestion, or cancel."))
        if any(not data.statement.strip() for data in chosen):
            raise ValueError(self.tr("A ticked suggestion has an empty statement."))
        return chosen


class HealthCheckDialog(SavingDialog[HealthCheckData]):
    """A dated health check: each success factor scored 1–5 (or left out) with a note."""

    def __init__(
        self, save: Callable[[HealthCheckData], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Health check"))
        self.setMinimumWidth(620)
        self.on = date_edit()
        self.scores: dict[HealthFactor, QComboBox] = {}
        self.notes: dict[HealthFactor, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Success factor</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Score</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Note</b>")), 0, 2)
        for row, factor in enumerate(HealthFactor, start=1):
            self.scores[factor] = score_combo(allow_empty=True)
            self.notes[factor] = QLineEdit()
            grid.addWidget(QLabel(label(factor)), row, 0)
            grid.addWidget(self.scores[factor], row, 1)
            grid.addWidget(self.notes[factor], row, 2)
        grid.setColumnStretch(2, 1)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Overall note")))
        layout.addWidget(self.note)
        self.finish_layout(layout)

    def set_values(self, data: HealthCheckData) -> None:
        self.on.set_date(data.on)
        for factor in HealthFactor:
            score, note = data.scores.get(factor, (0, ""))
            set_combo(self.scores[factor], score)
            self.notes[factor].setText(note)
        self.note.setPlainText(data.note)

    def values(self) -> HealthCheckData:
        scores = {
            factor: (int(combo.currentData()), self.notes[factor].text().strip())
            for factor, combo in self.scores.items()
            if combo.currentData()
        }
        if not scores:
            raise ValueError(self.tr("Score at least one success factor."))
        return HealthCheckData(self.on.date_value(), scores, self.note.toPlainText().strip())


class AssessmentDialog(SavingDialog[AssessmentData]):
    """The two questions that place a network's contract in a year, and its phase."""

    def __init__(
        self, save: Callable[[AssessmentData], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Contract type"))
        self.setMinimumWidth(560)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(clock.today().year)
        self.year.setMaximumWidth(100)

        self.short_term = QRadioButton(
            self.tr("Short-term: one project or a fixed period, then it ends")
        )
        self.open_ended = QRadioButton(self.tr("Open-ended: we expect to go on together"))
        self.open_ended.setChecked(True)
        self.time_group = QButtonGroup(self)
        self.time_group.addButton(self.short_term)
        self.time_group.addButton(self.open_ended)
        time_box = QGroupBox(self.tr("1. How long is the collaboration meant to last?"))
        time_layout = QVBoxLayout(time_box)
        time_layout.addWidget(self.short_term)
        time_layout.addWidget(self.open_ended)

        self.specific = QRadioButton(
            self.tr("Specific: who gives what and what each gets is spelled out")
        )
        self.unspecific = QRadioButton(self.tr("Broad: much is unspoken and rests on trust"))
        self.unspecific.setChecked(True)
        self.terms_group = QButtonGroup(self)
        self.terms_group.addButton(self.specific)
        self.terms_group.addButton(self.unspecific)
        terms_box = QGroupBox(self.tr("2. How specific are the terms?"))
        terms_layout = QVBoxLayout(terms_box)
        terms_layout.addWidget(self.specific)
        terms_layout.addWidget(self.unspecific)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.phase = enum_combo(ContractPhase, ContractPhase.MAINTAINING)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        for button in (self.short_term, self.open_ended, self.specific, self.unspecific):
            button.toggled.connect(self._update_result)
        self._update_result()

        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(time_box)
        layout.addWidget(terms_box)
        layout.addWidget(self.result)
        phase_form = QFormLayout()
        phase_form.addRow(self.tr("Phase"), self.phase)
        phase_form.addRow(self.tr("Note"), self.note)
        layout.addLayout(phase_form)
        self.finish_layout(layout)

    def _time_frame(self) -> ContractTimeFrame:
        return (
            ContractTimeFrame.SHORT_TERM
            if self.short_term.isChecked()
            else ContractTimeFrame.OPEN_ENDED
        )

    def _specificity(self) -> ContractSpecificity:
        return (
            ContractSpecificity.SPECIFIC
            if self.specific.isChecked()
            else ContractSpecificity.UNSPECIFIC
        )

    def _update_result(self) -> None:
        kind = contract_type(self._time_frame(), self._specificity())
        self.result.setText(
            self.tr("Contract type: <b>%1</b> — %2")
            .replace("%1", texts.contract_type_label(kind))
            .replace("%2", texts.contract_type_hint(kind))
        )

    def set_values(self, data: AssessmentData) -> None:
        self.year.setValue(data.year)
        (
            self.short_term if data.time_frame is ContractTimeFrame.SHORT_TERM else self.open_ended
        ).setChecked(True)
        (
            self.specific if data.specificity is ContractSpecificity.SPECIFIC else self.unspecific
        ).setChecked(True)
        self.phase.set_value(data.phase)
        self.note.setPlainText(data.note)

    def values(self) -> AssessmentData:
        return AssessmentData(
            year=self.year.value(),
            time_frame=self._time_frame(),
            specificity=self._specificity(),
            phase=self.phase.value(),
            note=self.note.toPlainText().strip(),
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
