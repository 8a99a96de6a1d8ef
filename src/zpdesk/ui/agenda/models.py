"""Table models of the agenda: occurrences, series and time entries (plain rows, no ORM)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from zpdesk import clock
from zpdesk.domain.enums import Attendance
from zpdesk.services.agenda import AgendaPeriod, CommitmentRecord
from zpdesk.services.occurrences import OccurrenceRow
from zpdesk.services.timelog import TimeEntryRow
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import network_icon
from zpdesk.ui.agenda.describe import describe_rule
from zpdesk.ui.labels import label
from zpdesk.ui.models.rows import RowsModel

# Rows are reached with ``row_at`` (through the proxy's mapToSource), never as QVariant:
# plain Python objects are not sent through Qt.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NETWORK_ROLE = Qt.ItemDataRole.UserRole + 3
CLASH_FOREGROUND = QColor("#b3261e")
MUTED = QColor("#8c959f")

Index = QModelIndex | QPersistentModelIndex


def tint(colour: str, alpha: int = 34) -> QBrush:
    """The network's colour, faint enough to read text on."""
    base = QColor(colour)
    if not base.isValid():
        return QBrush()
    base.setAlpha(alpha)
    return QBrush(base)


def _listed_minutes(row: OccurrenceRow) -> int:
    """The hours a list shows: 0 when absent, cancelled or sent a substitute."""
    return row.minutes if row.takes_my_time() else 0


class OccurrenceTableModel(QAbstractTableModel):
    """Every occurrence of a period, coloured per network, clashes flagged."""

    DATE, TIME, NETWORK, TITLE, LOCATION, SIDE, STATUS, HOURS, CLASH = range(9)
    KIND = -1  # shown in the tooltip, not as a column (the table must fit a laptop)
    HEADERS = (
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Date"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Time"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Network"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Location"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Counts as"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Status"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Hours"),
        QT_TRANSLATE_NOOP("OccurrenceTableModel", "Overlap"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OccurrenceRow] = []
        self._clashes: dict[tuple[int, datetime], list[tuple[int, datetime]]] = {}
        self._titles: dict[tuple[int, datetime], str] = {}
        self._now = clock.now()

    def set_period(self, period: AgendaPeriod) -> None:
        self.beginResetModel()
        self._rows = list(period.rows)
        self._clashes = period.clashes
        self._titles = {r.key: f"{r.title} ({r.network_name})" for r in period.rows}
        self._now = period.now
        self.endResetModel()

    def row_at(self, row: int) -> OccurrenceRow:
        return self._rows[row]

    def row_of(self, key: tuple[int, datetime]) -> int | None:
        for index, row in enumerate(self._rows):
            if row.key == key:
                return index
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OccurrenceTableModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section == self.HOURS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def clash_text(self, row: OccurrenceRow) -> str:
        others = sorted({self._titles.get(k, "?") for k in self._clashes.get(row.key, [])})
        if not others:
            return ""
        return QCoreApplication.translate("OccurrenceTableModel", "Overlaps with %1").replace(
            "%1", ", ".join(others)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        status = row.attendance(self._now)
        if role == NETWORK_ROLE:
            return row.network_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, status)
        if role == SORT_ROLE:
            if column in (self.DATE, self.TIME):
                return row.start.isoformat()
            if column == self.HOURS:
                return _listed_minutes(row)
            if column == self.CLASH:
                return int(row.key in self._clashes)
            return (self._display(row, column, status) or "").lower()
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.NETWORK:
                return network_icon(row.network_colour)
            if column == self.CLASH and row.key in self._clashes:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(row.network_colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_cancelled or status in (Attendance.ABSENT, Attendance.SUBSTITUTE):
                return QBrush(MUTED)
            if column == self.CLASH and row.key in self._clashes:
                return QBrush(CLASH_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.is_cancelled and column != self.STATUS:
                font.setStrikeOut(True)
            if column == self.TITLE:
                font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{row.title} — {row.network_name}", label(row.kind)]
            if not row.required:
                parts.append(QCoreApplication.translate("OccurrenceTableModel", "Optional"))
            if row.is_moved:
                parts.append(
                    QCoreApplication.translate("OccurrenceTableModel", "Moved from %1").replace(
                        "%1",
                        f"{formatting.day(row.original_start.date())} {row.original_start:%H:%M}",
                    )
                )
            if row.key in self._clashes:
                parts.append(self.clash_text(row))
            if row.note:
                parts.append(row.note)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: OccurrenceRow, column: int, status: Attendance) -> str | None:
        if column == self.DATE:
            return f"{_weekday(row.start)} {formatting.day(row.start.date())}"
        if column == self.TIME:
            return f"{row.start:%H:%M}–{row.end:%H:%M}"
        if column == self.NETWORK:
            return row.network_name
        if column == self.TITLE:
            moved = " ↷" if row.is_moved else ""
            return row.title + moved
        if column == self.LOCATION:
            return row.location
        if column == self.SIDE:
            return (
                QCoreApplication.translate("OccurrenceTableModel", "External")
                if row.is_external
                else QCoreApplication.translate("OccurrenceTableModel", "Internal")
            )
        if column == self.STATUS:
            text = label(status)
            if row.actual_minutes is not None:
                text += " · " + QCoreApplication.translate(
                    "OccurrenceTableModel", "%1 h actual"
                ).replace("%1", formatting.hours(row.actual_minutes))
            return text
        if column == self.HOURS:
            return formatting.hours(_listed_minutes(row))
        if column == self.CLASH:
            return (
                QCoreApplication.translate("OccurrenceTableModel", "Overlap")
                if row.key in self._clashes
                else ""
            )
        return None


def _weekday(moment: datetime) -> str:
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)


def source_row(view_index: QModelIndex | QPersistentModelIndex) -> int | None:
    """The source model's row of an index of a view over a proxy (None when invalid)."""
    if not view_index.isValid():
        return None
    model = view_index.model()
    if isinstance(model, QSortFilterProxyModel):
        return model.mapToSource(view_index).row()
    return view_index.row()


class NetworkFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the rows of one network (or all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.network_id: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_network(self, network_id: int | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.network_id = network_id
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.network_id = network_id
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.network_id is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(NETWORK_ROLE) == self.network_id


class SeriesTableModel(RowsModel[CommitmentRecord]):
    """Every meeting series: network, title, kind, schedule, first and last date."""

    NETWORK, TITLE, KIND, SCHEDULE, TIME, FIRST, LAST = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("SeriesTableModel", "Network"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "Repeats"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "Time"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "First"),
        QT_TRANSLATE_NOOP("SeriesTableModel", "Last"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("SeriesTableModel", self.HEADERS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        data = record.data
        column = index.column()
        if role == NETWORK_ROLE:
            return data.network_id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            end = data.starts_at.timestamp() + data.duration_minutes * 60
            values: dict[int, Any] = {
                self.NETWORK: record.network_name,
                self.TITLE: data.title,
                self.KIND: label(data.kind),
                self.SCHEDULE: describe_rule(data.rrule, data.starts_at),
                self.TIME: f"{data.starts_at:%H:%M}–{datetime.fromtimestamp(end):%H:%M}",
                self.FIRST: formatting.day(record.first.date()) if record.first else "",
                self.LAST: formatting.day(record.last.date())
                if record.last
                else QCoreApplication.translate("SeriesTableModel", "no end"),
            }
            if role == SORT_ROLE:
                if column == self.FIRST:
                    return record.first.isoformat() if record.first else ""
                if column == self.LAST:
                    return record.last.isoformat() if record.last else "9999"
                return str(values[column]).lower()
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            return network_icon(record.network_colour)
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(record.network_colour, 24)
        return None


class TimeEntryTableModel(RowsModel[TimeEntryRow]):
    """Time entries of a period."""

    DATE, NETWORK, ACTIVITY, SIDE, HOURS, NOTE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Date"),
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Network"),
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Activity"),
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Counts as"),
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Hours"),
        QT_TRANSLATE_NOOP("TimeEntryTableModel", "Note"),
    )

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("TimeEntryTableModel", self.HEADERS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == NETWORK_ROLE:
            return entry.network_id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.DATE: formatting.day(entry.on),
                self.NETWORK: entry.network_name,
                self.ACTIVITY: label(entry.activity),
                self.SIDE: QCoreApplication.translate("TimeEntryTableModel", "External")
                if entry.is_external
                else QCoreApplication.translate("TimeEntryTableModel", "Internal"),
                self.HOURS: formatting.hours(entry.minutes, 2),
                self.NOTE: entry.note,
            }[column]
        if role == SORT_ROLE:
            if column == self.DATE:
                return entry.on.isoformat()
            if column == self.HOURS:
                return entry.minutes
            return str(self.data(index)).lower()
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            return network_icon(entry.network_colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
