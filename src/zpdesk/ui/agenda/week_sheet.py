"""The quick weekly entry sheet: hours per network and weekday for one ISO week, saved at once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import TimeActivity
from zpdesk.services import timelog
from zpdesk.services.errors import ValidationError
from zpdesk.services.timelog import WeekSheet
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import AgendaDialog, network_icon
from zpdesk.ui.agenda.time_entry_dialog import parse_hours
from zpdesk.ui.context import ViewContext
from zpdesk.ui.labels import choices

Index = QModelIndex | QPersistentModelIndex
AS_BEFORE = "as_before"


class WeekSheetModel(QAbstractTableModel):
    """Rows: networks; columns: Monday … Sunday and the week's total. Cells edit hours."""

    TOTAL = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet: WeekSheet | None = None
        self.minutes: list[list[int]] = []
        self.errors: dict[tuple[int, int], str] = {}

    def set_sheet(self, sheet: WeekSheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.minutes = [list(row.minutes) for row in sheet.rows]
        self.errors = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.sheet is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                if section == self.TOTAL:
                    return QCoreApplication.translate("WeekSheetModel", "Total")
                day = self.sheet.monday + timedelta(days=section)
                name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                return f"{name} {day.day}"
            return self.sheet.rows[section].network_name
        if role == Qt.ItemDataRole.DecorationRole and orientation == Qt.Orientation.Vertical:
            return network_icon(self.sheet.rows[section].network_colour)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.TOTAL:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        row, column = index.row(), index.column()
        value = sum(self.minutes[row]) if column == self.TOTAL else self.minutes[row][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if (row, column) in self.errors:
                return self.errors[(row, column)]
            if value == 0 and role == Qt.ItemDataRole.DisplayRole:
                return ""
            return formatting.hours(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (row, column) in self.errors:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and column == self.TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column >= 5 and column != self.TOTAL:
            return QBrush(QColor(0, 0, 0, 12))  # the weekend, faintly
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() == self.TOTAL:
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        try:
            minutes = parse_hours(text) if text else 0
            if minutes < 0:
                raise ValueError(text)
        except ValueError:
            self.errors[(row, column)] = text
        else:
            self.errors.pop((row, column), None)
            self.minutes[row][column] = minutes
        self.dataChanged.emit(index, self.index(row, self.TOTAL))
        return True

    def cells(self) -> dict[tuple[int, date], int]:
        """Every cell as (network id, day) → minutes."""
        assert self.sheet is not None
        return {
            (sheet_row.network_id, self.sheet.monday + timedelta(days=column)): self.minutes[r][
                column
            ]
            for r, sheet_row in enumerate(self.sheet.rows)
            for column in range(7)
        }


class WeekSheetDialog(AgendaDialog):
    """Fill in a week's network hours at once; OK saves every changed cell in one action."""

    def __init__(
        self, context: ViewContext, monday: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("week_sheet_dialog")
        self.setWindowTitle(self.tr("Week sheet"))
        self.model = WeekSheetModel(self)
        self.table = QTableView()
        self.table.setObjectName("sheet")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QTableView.EditTrigger.AnyKeyPressed
            | QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        self.week_label = QLabel()
        self.week_label.setObjectName("week")
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week"))
        self.previous_button.clicked.connect(lambda: self._go(-7))
        self.next_button.clicked.connect(lambda: self._go(7))
        self.activity = QComboBox()
        self.activity.setObjectName("activity")
        self.activity.addItem(self.tr("as last time for that network"), AS_BEFORE)
        for text, value in choices(TimeActivity):
            self.activity.addItem(text, value)
        self.side = QComboBox()
        self.side.setObjectName("side")
        self.side.addItem(self.tr("as last time"), AS_BEFORE)
        self.side.addItem(self.tr("Internal"), False)
        self.side.addItem(self.tr("External"), True)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.week_label, 1)
        top.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("New hours are logged as")))
        bottom.addWidget(self.activity)
        bottom.addWidget(self.side)
        bottom.addStretch(1)
        hint = QLabel(self.tr("Type hours as 1,5 or 1:30. Every changed cell is saved together."))
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {"minutes": self.table, "network_id": self.table}
        self.load(monday or clock.today())
        self.resize(760, 380)

    def load(self, day: date) -> None:
        with self.context.db.session() as session:
            sheet = timelog.week_sheet(session, day)
        self.model.set_sheet(sheet)
        year, week, _ = sheet.monday.isocalendar()
        self.week_label.setText(
            self.tr("Week %1 of %2: %3 – %4")
            .replace("%1", str(week))
            .replace("%2", str(year))
            .replace("%3", formatting.day(sheet.monday))
            .replace("%4", formatting.day(sheet.monday + timedelta(days=6)))
        )

    def _go(self, days: int) -> None:
        if self._has_changes():
            self.show_error(self.tr("Save or cancel this week's changes first."))
            return
        assert self.model.sheet is not None
        self.error_label.hide()
        self.load(self.model.sheet.monday + timedelta(days=days))

    def _has_changes(self) -> bool:
        sheet = self.model.sheet
        return sheet is not None and any(
            list(row.minutes) != self.model.minutes[i] for i, row in enumerate(sheet.rows)
        )

    def set_cell(self, network_id: int, day: date, text: str) -> None:
        """Type ``text`` into a cell, as the user would."""
        assert self.model.sheet is not None
        row = next(i for i, r in enumerate(self.model.sheet.rows) if r.network_id == network_id)
        column = (day - self.model.sheet.monday).days
        self.model.setData(self.model.index(row, column), text)

    def save(self) -> int | None:
        if self.model.errors:
            (_row, _column), text = next(iter(self.model.errors.items()))
            raise ValidationError(
                self.tr("%1 is not a number of hours.").replace("%1", text), "minutes"
            )
        sheet = self.model.sheet
        assert sheet is not None
        defaults: dict[int, tuple[TimeActivity, bool]] = {}
        for row in sheet.rows:
            activity = self.activity.currentData()
            side = self.side.currentData()
            defaults[row.network_id] = (
                row.activity if activity == AS_BEFORE else TimeActivity(activity),
                row.is_external if side == AS_BEFORE else bool(side),
            )
        if not self._has_changes():
            return None
        cells = self.model.cells()
        monday = sheet.monday
        year, week, _ = monday.isocalendar()
        self.context.actions.run(
            self.tr("Fill in the week sheet of week %1").replace("%1", f"{week} {year}"),
            lambda session: timelog.save_week_sheet(session, monday, cells, defaults),
        )
        return None
