"""The Agenda view: every meeting of every network per week or month, the week's load
against my capacity, overlapping appointments, series, the time log, printing and .ics.

Keyboard: Alt+Left / Alt+Right for the previous / next week or month, Alt+Home for today,
Enter or a double-click on a meeting to edit it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import Attendance
from zpdesk.locale_format import fill
from zpdesk.services import agenda, timelog
from zpdesk.services.agenda import AgendaPeriod, WeekLoad
from zpdesk.services.networks import network_choices
from zpdesk.services.timelog import week_monday
from zpdesk.ui import formatting
from zpdesk.ui.agenda.load_bar import LoadBar
from zpdesk.ui.agenda.models import (
    NetworkFilterProxy,
    OccurrenceTableModel,
    SeriesTableModel,
    TimeEntryTableModel,
    source_row,
)
from zpdesk.ui.combos import add_network_items, select_data
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text
from zpdesk.ui.labels import choices, label
from zpdesk.ui.models.rows import RowsModel
from zpdesk.ui.views.base import View
from zpdesk.ui.views.common import ColumnFitter, read_only_table, row_menu

R = TypeVar("R")

OVER_COLOUR = "#b3261e"
INTERNAL_COLOUR = "#4e79a7"
EXTERNAL_COLOUR = "#f28e2b"
WEEK, MONTH = "week", "month"


def _table(model: NetworkFilterProxy, name: str) -> QTableView:
    table = read_only_table(name)
    table.setModel(model)
    return table


class AgendaView(View):
    """Week and month lists of occurrences, with the load header, series and time log."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.anchor = clock.today()
        self.mode = WEEK
        self.period: AgendaPeriod | None = None
        self.weeks: tuple[WeekLoad, ...] = ()
        self.dialog: QWidget | None = None  # the last dialog opened (kept alive while open)

        # --- navigation row -------------------------------------------------------------
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previous")
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous (Alt+Left)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("today")
        self.today_button.setToolTip(self.tr("Go to today (Alt+Home)"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("next")
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next (Alt+Right)"))
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("mode")
        self.mode_combo.addItem(self.tr("Week"), WEEK)
        self.mode_combo.addItem(self.tr("Month"), MONTH)
        self.network_filter = QComboBox()
        self.network_filter.setObjectName("network_filter")
        self.network_filter.setMinimumWidth(200)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        navigation.addSpacing(12)
        navigation.addWidget(self.period_label, 1)
        navigation.addWidget(QLabel(self.tr("Show")))
        navigation.addWidget(self.mode_combo)
        navigation.addWidget(self.network_filter)

        # --- actions row ----------------------------------------------------------------
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setObjectName("new_meeting")
        self.log_button = QPushButton(self.tr("Log time…"))
        self.log_button.setObjectName("log_time")
        self.sheet_button = QPushButton(self.tr("Week sheet…"))
        self.sheet_button.setObjectName("week_sheet")
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.setObjectName("print_preview")
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("export_pdf")
        self.import_button = QPushButton(self.tr("Import .ics…"))
        self.import_button.setObjectName("import_ics")
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setObjectName("export_ics")
        actions = QHBoxLayout()
        for button in (self.new_button, self.log_button, self.sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.import_button, self.export_button):
            actions.addWidget(button)

        # --- load header ----------------------------------------------------------------
        self.header = QFrame()
        self.header.setObjectName("load_header")
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.load_label = QLabel()
        self.load_label.setObjectName("load")
        self.load_label.setTextFormat(Qt.TextFormat.RichText)
        self.networks_label = QLabel()
        self.networks_label.setObjectName("network_hours")
        self.networks_label.setTextFormat(Qt.TextFormat.RichText)
        self.networks_label.setWordWrap(True)
        self.weeks_label = QLabel()
        self.weeks_label.setObjectName("weeks")
        self.weeks_label.setTextFormat(Qt.TextFormat.RichText)
        self.weeks_label.setWordWrap(True)
        self.load_bar = LoadBar()
        self.load_bar.setObjectName("load_bar")
        self.load_bar.setMaximumWidth(360)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(10, 6, 10, 6)
        header_layout.setSpacing(3)
        first_line = QHBoxLayout()
        first_line.addWidget(self.load_label)
        first_line.addStretch(1)
        first_line.addWidget(self.load_bar, 1)
        header_layout.addLayout(first_line)
        header_layout.addWidget(self.networks_label)
        header_layout.addWidget(self.weeks_label)

        # --- tables ---------------------------------------------------------------------
        self.occurrence_model = OccurrenceTableModel(self)
        self.occurrence_proxy = NetworkFilterProxy(self)
        self.occurrence_proxy.setSourceModel(self.occurrence_model)
        self.occurrence_table = _table(self.occurrence_proxy, "occurrences")
        self.occurrence_table.sortByColumn(OccurrenceTableModel.DATE, Qt.SortOrder.AscendingOrder)
        # The title is a name (kept whole); the location gives way.
        ColumnFitter(self.occurrence_table, context.ui_settings, OccurrenceTableModel.LOCATION, 120)

        self.series_model = SeriesTableModel(self)
        self.series_proxy = NetworkFilterProxy(self)
        self.series_proxy.setSourceModel(self.series_model)
        self.series_table = _table(self.series_proxy, "series")
        self.series_table.sortByColumn(SeriesTableModel.NETWORK, Qt.SortOrder.AscendingOrder)
        ColumnFitter(self.series_table, context.ui_settings, SeriesTableModel.SCHEDULE)
        self.edit_series_button = QPushButton(self.tr("Edit…"))
        self.edit_series_button.setObjectName("edit_series")
        self.delete_series_button = QPushButton(self.tr("Delete…"))
        self.delete_series_button.setObjectName("delete_series")
        series_page = QWidget()
        series_layout = QVBoxLayout(series_page)
        series_layout.addWidget(self.series_table)
        series_buttons = QHBoxLayout()
        series_buttons.addStretch(1)
        series_buttons.addWidget(self.edit_series_button)
        series_buttons.addWidget(self.delete_series_button)
        series_layout.addLayout(series_buttons)

        self.entry_model = TimeEntryTableModel(self)
        self.entry_proxy = NetworkFilterProxy(self)
        self.entry_proxy.setSourceModel(self.entry_model)
        self.entry_table = _table(self.entry_proxy, "time_entries")
        self.entry_table.sortByColumn(TimeEntryTableModel.DATE, Qt.SortOrder.AscendingOrder)
        ColumnFitter(self.entry_table, context.ui_settings, TimeEntryTableModel.NOTE)
        self.edit_entry_button = QPushButton(self.tr("Edit…"))
        self.edit_entry_button.setObjectName("edit_entry")
        self.delete_entry_button = QPushButton(self.tr("Delete"))
        self.delete_entry_button.setObjectName("delete_entry")
        entries_page = QWidget()
        entries_layout = QVBoxLayout(entries_page)
        entries_layout.addWidget(self.entry_table)
        entry_buttons = QHBoxLayout()
        entry_buttons.addStretch(1)
        entry_buttons.addWidget(self.edit_entry_button)
        entry_buttons.addWidget(self.delete_entry_button)
        entries_layout.addLayout(entry_buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agenda_tabs")
        self.tabs.addTab(self.occurrence_table, self.tr("Meetings"))
        self.tabs.addTab(series_page, self.tr("Series"))
        self.tabs.addTab(entries_page, self.tr("Time log"))

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(actions)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        # --- signals and keys -----------------------------------------------------------
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        self.mode_combo.currentIndexChanged.connect(self._on_mode)
        self.network_filter.currentIndexChanged.connect(self._on_filter)
        self.new_button.clicked.connect(lambda: self.new_commitment())
        self.log_button.clicked.connect(lambda: self.log_time())
        self.sheet_button.clicked.connect(lambda: self.open_week_sheet())
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.import_button.clicked.connect(lambda: self.import_ics())
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.occurrence_table.doubleClicked.connect(self._on_occurrence_activated)
        self.series_table.doubleClicked.connect(lambda _i: self.edit_selected_series())
        self.edit_series_button.clicked.connect(lambda: self.edit_selected_series())
        self.delete_series_button.clicked.connect(lambda: self.delete_selected_series())
        self.entry_table.doubleClicked.connect(lambda _i: self.edit_selected_entry())
        self.edit_entry_button.clicked.connect(lambda: self.edit_selected_entry())
        self.delete_entry_button.clicked.connect(lambda: self.delete_selected_entry())
        for keys, slot in (
            ("Alt+Left", self.go_previous),
            ("Alt+Right", self.go_next),
            ("Alt+Home", self.go_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.edit_occurrence_action = QAction(self.tr("&Edit meeting…"), self)
        self.edit_occurrence_action.triggered.connect(lambda: self.edit_current_occurrence())
        self.edit_occurrence_series_action = QAction(self.tr("Edit the &series…"), self)
        self.edit_occurrence_series_action.triggered.connect(
            lambda: self.edit_current_occurrence_series()
        )
        self.attendance_menu = QMenu(self.tr("Mark &attendance"), self)
        self.attendance_menu.setObjectName("attendance_menu")
        for text, value in choices(Attendance):
            action = self.attendance_menu.addAction(text)
            action.setObjectName(f"attendance_{value}")
            action.triggered.connect(
                lambda _checked=False, value=value: self.mark_attendance(Attendance(value))
            )
        row_menu(
            self.occurrence_table,
            [self.edit_occurrence_action, self.attendance_menu, self.edit_occurrence_series_action],
        )
        row_menu(self.series_table, [self.edit_series_button, None, self.delete_series_button])
        row_menu(self.entry_table, [self.edit_entry_button, None, self.delete_entry_button])
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.occurrence_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current_occurrence)

    # --- period ---------------------------------------------------------------------------

    def date_range(self) -> tuple[date, date]:
        if self.mode == WEEK:
            monday = week_monday(self.anchor)
            return monday, monday + timedelta(days=6)
        first = self.anchor.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def go_previous(self) -> None:
        if self.mode == WEEK:
            self.set_anchor(self.anchor - timedelta(days=7))
        else:
            self.set_anchor((self.anchor.replace(day=1) - timedelta(days=1)).replace(day=1))

    def go_next(self) -> None:
        if self.mode == WEEK:
            self.set_anchor(self.anchor + timedelta(days=7))
        else:
            self.set_anchor((self.anchor.replace(day=1) + timedelta(days=32)).replace(day=1))

    def go_today(self) -> None:
        self.set_anchor(clock.today())

    def set_mode(self, mode: str) -> None:
        select_data(self.mode_combo, mode)

    def _on_mode(self, *_args: object) -> None:
        self.mode = self.mode_combo.currentData()
        self.refresh()

    def network_id(self) -> int | None:
        value = self.network_filter.currentData()
        return None if value is None else int(value)

    def set_network_filter(self, network_id: int | None) -> None:
        select_data(self.network_filter, network_id)

    def _on_filter(self, *_args: object) -> None:
        network_id = self.network_id()
        for proxy in (self.occurrence_proxy, self.series_proxy, self.entry_proxy):
            proxy.set_network(network_id)
        self._update_header()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        date_from, date_to = self.date_range()
        with self.context.db.session() as session:
            networks = network_choices(session)
            self.period = agenda.agenda_period(session, date_from, date_to)
            # the header counts whole weeks, also where a month starts or ends mid-week
            self.weeks = agenda.weekly_load(session, date_from, date_to, self.period.now)
            series = agenda.list_commitments(session)
            entries = timelog.entries(session, date_from, date_to)
        self._fill_filter(networks)
        selected = self._selected_key()
        self.occurrence_model.set_period(self.period)
        self.series_model.set_rows(series)
        self.entry_model.set_rows(entries)
        self._show_tab_hours(entries)
        if selected is not None:
            self.select_occurrence(selected)
        if self.mode == WEEK:
            year, week, _ = date_from.isocalendar()
            title = fill(
                self.tr("Week %1 · %2 – %3"),
                week,
                formatting.day(date_from),
                formatting.day(date_to),
            )
        else:
            title = QLocale().standaloneMonthName(date_from.month) + f" {date_from.year}"
        self.period_label.setText(title)
        self._update_header()

    def _show_tab_hours(self, entries: list) -> None:
        """The header's hours, split over the two tabs that list them: the meetings that take
        my time and the time log (a week without meetings shows its hours under the log)."""
        assert self.period is not None
        meetings = sum(row.minutes for row in self.period.rows if row.takes_my_time())
        logged = sum(entry.minutes for entry in entries)
        self.tabs.setTabText(0, fill(self.tr("Meetings · %1 h"), formatting.hours(meetings)))
        self.tabs.setTabText(2, fill(self.tr("Time log · %1 h"), formatting.hours(logged)))

    def _fill_filter(self, networks: list) -> None:
        current = self.network_filter.currentData()
        self.network_filter.blockSignals(True)
        self.network_filter.clear()
        self.network_filter.addItem(self.tr("All networks"), None)
        add_network_items(self.network_filter, networks)
        select_data(self.network_filter, current)
        self.network_filter.blockSignals(False)
        network_id = self.network_id()
        for proxy in (self.occurrence_proxy, self.series_proxy, self.entry_proxy):
            proxy.set_network(network_id)

    def current_week(self) -> WeekLoad | None:
        """The load of the week shown (week mode) or of the week holding today/the 1st."""
        if self.period is None or not self.weeks:
            return None
        wanted = week_monday(
            self.anchor
            if self.mode == WEEK
            else min(max(clock.today(), self.period.date_from), self.period.date_to)
        )
        return next((w for w in self.weeks if w.monday == wanted), self.weeks[0])

    def _update_header(self) -> None:
        period = self.period
        week = self.current_week()
        if period is None or week is None:
            return
        if self.mode == MONTH:
            # The month's own figures: its days' time against its days' share of capacity.
            internal = sum(n.internal for n in period.networks)
            external = sum(n.external for n in period.networks)
            days = (period.date_to - period.date_from).days + 1
            capacity = round(period.capacity_minutes * days / 7)
            over = internal + external > capacity
            heading = self.period_label.text()
        else:
            _year, number, _ = week.monday.isocalendar()
            internal, external = week.scheduled_internal, week.scheduled_external
            capacity = week.capacity_minutes
            over = week.over_capacity
            heading = fill(self.tr("Week %1"), number)
        load = fill(
            self.tr("<b>%1</b>: %2 h of %3 h capacity"),
            escape(heading),
            formatting.hours(internal + external),
            formatting.hours(capacity),
        )
        split = fill(
            self.tr("internal %1 h · external %2 h"),
            formatting.hours(internal),
            formatting.hours(external),
        )
        text = (
            f'{load} &nbsp;<span style="color:{INTERNAL_COLOUR}">■</span>'
            f'<span style="color:{EXTERNAL_COLOUR}">■</span> {escape(split)}'
        )
        if over:
            flag = escape(self.tr("over capacity"))
            text += f' &nbsp;<b style="color:{OVER_COLOUR}">▲ {flag}</b>'
        clashes = len(period.clashes)
        if clashes:
            text += (
                f' &nbsp;·&nbsp; <span style="color:{OVER_COLOUR}">'
                + escape(fill(self.tr("%1 overlapping meetings"), clashes))
                + "</span>"
            )
        self.load_label.setText(text)
        self.load_bar.set_load(internal, external, capacity)
        self.header.setProperty("over", over)
        self.header.setStyleSheet(
            f"#load_header {{ background: {'#fdecea' if over else 'palette(base)'}; }}"
        )
        # Network hours of the period shown, coloured, the filtered one first.
        scope = period
        shown = self.network_id()
        chips = []
        for network in sorted(scope.networks, key=lambda n: (n.network_id != shown, -n.total)):
            if network.total == 0:
                continue
            name = escape(network.network_name)
            if network.network_id == shown:
                name = f"<b>{name}</b>"
            # One chip never breaks (square, name and hours stay together); lines break
            # between chips.
            chips.append(
                '<span style="white-space:nowrap">'
                f'<span style="color:{escape(network.network_colour)}">■</span> {name} '
                + escape(fill(self.tr("%1 h"), formatting.hours(network.total)))
                + "</span>"
            )
        self.networks_label.setText(
            " &nbsp; ".join(chips)
            if chips
            else escape(
                self.tr("No network time this month.")
                if self.mode == MONTH
                else self.tr("No network time this week.")
            )
        )
        if self.mode == MONTH:
            weeks = []
            short = self.tr("W%1")
            for item in self.weeks:
                _y, n, _d = item.monday.isocalendar()
                hours = fill(self.tr("%1 h"), formatting.hours(item.scheduled))
                label = f"{fill(short, n)} {hours}"
                if item.over_capacity:
                    label = f'<b style="color:{OVER_COLOUR}">{escape(label)} ▲</b>'
                else:
                    label = escape(label)
                weeks.append(f'<span style="white-space:nowrap">{label}</span>')
            self.weeks_label.setText(" &nbsp;·&nbsp; ".join(weeks))
            self.weeks_label.show()
        else:
            self.weeks_label.hide()

    # --- selection ------------------------------------------------------------------------

    def _selected_key(self) -> tuple[int, datetime] | None:
        row = source_row(self.occurrence_table.currentIndex())
        return None if row is None else self.occurrence_model.row_at(row).key

    def select_occurrence(self, key: tuple[int, datetime]) -> bool:
        row = self.occurrence_model.row_of(key)
        if row is None:
            return False
        index = self.occurrence_proxy.mapFromSource(self.occurrence_model.index(row, 0))
        if not index.isValid():
            return False
        self.occurrence_table.setCurrentIndex(index)
        return True

    def visible_occurrences(self) -> list:
        proxy = self.occurrence_proxy
        return [
            self.occurrence_model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())
        ]

    # --- dialogs --------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def new_commitment(self, day: date | None = None):
        from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog

        return self._open(
            CommitmentDialog(
                self.context, network_id=self.network_id(), day=day or self.anchor, parent=self
            )
        )

    def edit_series(self, commitment_id: int, from_day: date | None = None):
        from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog

        dialog = CommitmentDialog(self.context, commitment_id, parent=self)
        if from_day is not None:
            dialog.set_only_from(from_day)
        return self._open(dialog)

    def edit_occurrence(self, key: tuple[int, datetime]):
        from zpdesk.ui.agenda.occurrence_dialog import OccurrenceDialog

        dialog = OccurrenceDialog(self.context, key[0], key[1], parent=self)

        def edit_series_instead() -> None:
            dialog.reject()
            self.edit_series(key[0], key[1].date())

        dialog.edit_series_button.clicked.connect(edit_series_instead)
        return self._open(dialog)

    def edit_current_occurrence(self):
        key = self._selected_key()
        return None if key is None else self.edit_occurrence(key)

    def edit_current_occurrence_series(self):
        key = self._selected_key()
        return None if key is None else self.edit_series(key[0], key[1].date())

    def mark_attendance(self, attendance: Attendance) -> None:
        """Mark the selected meeting attended, absent, … (its other details stay)."""
        index = source_row(self.occurrence_table.currentIndex())
        if index is None:
            return
        row = self.occurrence_model.row_at(index)
        key = row.key
        text = fill(
            self.tr("Mark '%1' of %2 as %3"),
            row.title,
            formatting.day(row.original_start.date()),
            label(attendance),
        )
        self.context.actions.run(
            text,
            lambda session: agenda.set_attendance(
                session, key[0], key[1], attendance, row.actual_minutes
            ),
        )
        self.refresh()

    def _on_occurrence_activated(self, index: QModelIndex) -> None:
        row = source_row(index)
        if row is not None:
            self.edit_occurrence(self.occurrence_model.row_at(row).key)

    def _selected(self, table: QTableView, model: RowsModel[R]) -> R | None:
        row = source_row(table.currentIndex())
        return None if row is None else model.row_at(row)

    def edit_selected_series(self):
        record = self._selected(self.series_table, self.series_model)
        return None if record is None else self.edit_series(record.id)

    def delete_selected_series(self) -> None:
        record = self._selected(self.series_table, self.series_model)
        if record is None:
            return
        title = record.data.title
        answer = QMessageBox.question(
            self,
            self.tr("Delete series?"),
            fill(self.tr("Delete '%1' with all its meetings and attendance?"), title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        commitment_id = record.id
        self.context.actions.run(
            fill(self.tr("Delete meeting series '%1'"), title),
            lambda session: agenda.delete_commitment(session, commitment_id),
        )
        self.refresh()

    def log_time(self, day: date | None = None):
        from zpdesk.ui.agenda.time_entry_dialog import TimeEntryDialog

        today = clock.today()
        first, last = self.date_range()
        default = day or (today if first <= today <= last else first)
        return self._open(
            TimeEntryDialog(self.context, network_id=self.network_id(), day=default, parent=self)
        )

    def edit_selected_entry(self):
        from zpdesk.ui.agenda.time_entry_dialog import TimeEntryDialog

        entry = self._selected(self.entry_table, self.entry_model)
        if entry is None:
            return None
        return self._open(TimeEntryDialog(self.context, entry.id, parent=self))

    def delete_selected_entry(self) -> None:
        entry = self._selected(self.entry_table, self.entry_model)
        if entry is None:
            return
        entry_id = entry.id
        self.context.actions.run(
            fill(
                self.tr("Delete %1 h logged for '%2' on %3"),
                formatting.hours(entry.minutes, 2),
                entry.network_name,
                formatting.day(entry.on),
            ),
            lambda session: timelog.delete_entry(session, entry_id),
        )
        self.refresh()

    def open_week_sheet(self):
        from zpdesk.ui.agenda.week_sheet import WeekSheetDialog

        return self._open(WeekSheetDialog(self.context, week_monday(self.anchor), parent=self))

    # --- printing and files ---------------------------------------------------------------

    def _network_ids(self) -> list[int] | None:
        network_id = self.network_id()
        return None if network_id is None else [network_id]

    def print_preview(self, date_from: date | None = None, date_to: date | None = None):
        """The Print Preview of the overview; without dates, ask for the period first."""
        from zpdesk.ui.agenda import printing

        if date_from is None or date_to is None:
            dialog = printing.PrintPeriodDialog(self.context, self.anchor, parent=self)
            dialog.accepted.connect(lambda: self.print_preview(*dialog.values()))
            return self._open(dialog)
        period = printing.load_period(self.context, date_from, date_to, self._network_ids())
        self.dialog = printing.open_print_preview(period, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return self.dialog

    def export_pdf(self, date_from: date | None = None, date_to: date | None = None):
        """Write the overview as PDF; without dates, ask for the period first."""
        from zpdesk.ui.agenda import printing

        if date_from is None or date_to is None:
            dialog = printing.PrintPeriodDialog(self.context, self.anchor, parent=self)
            dialog.setWindowTitle(self.tr("Export the agenda overview as PDF"))
            dialog.accepted.connect(lambda: self.export_pdf(*dialog.values()))
            return self._open(dialog)
        name = f"agenda-{date_from:%Y%m%d}-{date_to:%Y%m%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        period = printing.load_period(self.context, date_from, date_to, self._network_ids())
        try:
            pages = printing.export_pdf(period, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export PDF"), error_text(exc))
            return None
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                formatting.fill(self.tr("Saved %1 (%n page(s))", "", pages), path), 8000
            )
        return pages

    def import_ics(self, path: str | None = None):
        from zpdesk.ui.agenda.ics_dialogs import IcsImportDialog

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import calendar file"),
                str(Path.home()),
                self.tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"),
            )
            if not path:
                return None
        return self._open(
            IcsImportDialog(self.context, Path(path), network_id=self.network_id(), parent=self)
        )

    def export_ics(self) -> int | None:
        """Save the series (of the filtered network, or all) as an .ics file."""
        from zpdesk.files import write_bytes_atomic
        from zpdesk.services import ics

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar file"),
            str(Path.home() / "zpdesk-agenda.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return None
        with self.context.db.session() as session:
            ids = self._network_ids()
            data = ics.export_calendar(session, clock.now(), network_ids=ids)
            count = len(ics.series_for_export(session, ids))
        try:
            write_bytes_atomic(Path(path), data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export calendar file"), error_text(exc))
            return None
        return count
