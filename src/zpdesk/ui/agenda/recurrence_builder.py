"""The recurrence builder: none, daily, weekly (every N weeks, on days), monthly by day of
the month or by weekday ("every 2nd Tuesday", "last Friday"), yearly; until or count;
exception dates. Rules it cannot show (from an import) are kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.recurrence import (
    Frequency,
    MonthlyMode,
    RecurrenceError,
    RecurrenceSpec,
    expand,
    first_occurrence,
    is_last_weekday,
    parse_rule,
)
from zpdesk.services.errors import ValidationError
from zpdesk.ui import formatting
from zpdesk.ui.agenda.describe import describe_rule, ordinal_text, weekday_name
from zpdesk.ui.date_edit import DateEdit, from_qdate, to_qdate

CUSTOM = "custom"
_DATE_ROLE = Qt.ItemDataRole.UserRole + 7  # the date of a skipped-dates item


class RecurrenceBuilder(QWidget):
    """Edits a recurrence rule for a given start; ``rule()`` gives the RRULE text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = datetime.combine(clock.today(), datetime.min.time()).replace(hour=9)
        self._custom_rule = ""
        self._updating = False

        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for text, value in (
            (self.tr("Does not repeat"), Frequency.NONE),
            (self.tr("Daily"), Frequency.DAILY),
            (self.tr("Weekly"), Frequency.WEEKLY),
            (self.tr("Monthly"), Frequency.MONTHLY),
            (self.tr("Yearly"), Frequency.YEARLY),
        ):
            self.frequency.addItem(text, value)

        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 99)
        self.interval_unit = QLabel()
        self.interval_row = QWidget()
        row = QHBoxLayout(self.interval_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Every")))
        row.addWidget(self.interval)
        row.addWidget(self.interval_unit)
        row.addStretch(1)

        self.weekday_row = QWidget()
        row = QHBoxLayout(self.weekday_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_buttons: list[QToolButton] = []
        for weekday in range(7):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            button.setToolTip(weekday_name(weekday))
            button.setObjectName(f"weekday_{weekday}")
            button.toggled.connect(self._on_change)
            self.weekday_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)

        self.monthly_row = QWidget()
        column = QVBoxLayout(self.monthly_row)
        column.setContentsMargins(0, 0, 0, 0)
        self.by_month_day = QRadioButton()
        self.by_month_day.setObjectName("by_month_day")
        self.by_weekday = QRadioButton()
        self.by_weekday.setObjectName("by_weekday")
        self.ordinal = QComboBox()
        self.ordinal.setObjectName("ordinal")
        self.ordinal_weekday = QLabel()
        group = QButtonGroup(self)
        group.addButton(self.by_month_day)
        group.addButton(self.by_weekday)
        self.by_month_day.setChecked(True)
        column.addWidget(self.by_month_day)
        weekday_line = QHBoxLayout()
        weekday_line.addWidget(self.by_weekday)
        weekday_line.addWidget(self.ordinal)
        weekday_line.addWidget(self.ordinal_weekday)
        weekday_line.addStretch(1)
        column.addLayout(weekday_line)

        self.end_row = QWidget()
        line = QHBoxLayout(self.end_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.end_never = QRadioButton(self.tr("Never"))
        self.end_never.setObjectName("end_never")
        self.end_until = QRadioButton(self.tr("On"))
        self.end_until.setObjectName("end_until")
        self.until = DateEdit()
        self.until.setObjectName("until")
        self.end_count = QRadioButton(self.tr("After"))
        self.end_count.setObjectName("end_count")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, 999)
        self.count.setValue(10)
        ends = QButtonGroup(self)
        for button in (self.end_never, self.end_until, self.end_count):
            ends.addButton(button)
        self.end_never.setChecked(True)
        line.addWidget(self.end_never)
        line.addSpacing(8)
        line.addWidget(self.end_until)
        line.addWidget(self.until)
        line.addSpacing(8)
        line.addWidget(self.end_count)
        line.addWidget(self.count)
        line.addWidget(QLabel(self.tr("times")))
        line.addStretch(1)

        self.exceptions_row = QWidget()
        column = QVBoxLayout(self.exceptions_row)
        column.setContentsMargins(0, 0, 0, 0)
        self.exception_list = QListWidget()
        self.exception_list.setObjectName("exceptions")
        self.exception_list.setMaximumHeight(80)
        self.exception_date = DateEdit()
        self.exception_date.setObjectName("exception_date")
        self.add_exception = QPushButton(self.tr("Skip this date"))
        self.add_exception.setObjectName("add_exception")
        self.remove_exception = QPushButton(self.tr("Remove"))
        self.remove_exception.setObjectName("remove_exception")
        buttons = QHBoxLayout()
        buttons.addWidget(self.exception_date)
        buttons.addWidget(self.add_exception)
        buttons.addWidget(self.remove_exception)
        buttons.addStretch(1)
        column.addWidget(self.exception_list)
        column.addLayout(buttons)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: palette(mid);")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Repeats"), self.frequency)
        form.addRow("", self.interval_row)
        self._weekday_label = QLabel(self.tr("On"))
        form.addRow(self._weekday_label, self.weekday_row)
        self._monthly_label = QLabel(self.tr("On"))
        form.addRow(self._monthly_label, self.monthly_row)
        self._end_label = QLabel(self.tr("Ends"))
        form.addRow(self._end_label, self.end_row)
        self._exceptions_label = QLabel(self.tr("Skipped dates"))
        form.addRow(self._exceptions_label, self.exceptions_row)
        form.addRow("", self.summary)

        self.frequency.currentIndexChanged.connect(self._on_change)
        self.interval.valueChanged.connect(self._on_change)
        self.by_month_day.toggled.connect(self._on_change)
        self.ordinal.currentIndexChanged.connect(self._on_change)
        self.end_never.toggled.connect(self._on_change)
        self.end_until.toggled.connect(self._on_change)
        self.until.dateChanged.connect(self._on_change)
        self.count.valueChanged.connect(self._on_change)
        self.add_exception.clicked.connect(self._add_exception)
        self.remove_exception.clicked.connect(self._remove_exception)
        self.set_start(self._start)

    # --- public API ---------------------------------------------------------------------

    def set_start(self, starts_at: datetime) -> None:
        """The series' first start: it fixes the weekday, the day of the month and so on."""
        previous = self._start.weekday()
        self._start = starts_at
        self._updating = True
        try:
            weekday = starts_at.weekday()
            if previous != weekday:
                # the old start's day was only ticked because it was the start's
                self.weekday_buttons[previous].setChecked(False)
            for index, button in enumerate(self.weekday_buttons):
                if index == weekday:
                    button.setChecked(True)
                button.setEnabled(index != weekday)  # the start's own day always takes part
            self.by_month_day.setText(self.tr("On day %1").replace("%1", str(starts_at.day)))
            self.by_weekday.setText(self.tr("On the"))
            self.ordinal_weekday.setText(weekday_name(weekday))
            current = self.ordinal.currentData()
            self.ordinal.clear()
            nth = (starts_at.day - 1) // 7 + 1
            if nth <= 4:
                self.ordinal.addItem(ordinal_text(nth), nth)
            if is_last_weekday(starts_at.date()):
                self.ordinal.addItem(ordinal_text(-1), -1)
            index = self.ordinal.findData(current)
            self.ordinal.setCurrentIndex(max(index, 0))
            if from_qdate(self.until.date()) < starts_at.date():
                self.until.setDate(to_qdate(starts_at.date() + timedelta(days=90)))
            self.until.setMinimumDate(to_qdate(starts_at.date()))
            self.exception_date.setMinimumDate(to_qdate(starts_at.date()))
        finally:
            self._updating = False
        self._refresh()

    def set_rule(self, rule: str, exdates: Sequence[date | datetime] = ()) -> None:
        """Show ``rule`` (for the current start) and its skipped dates."""
        self._updating = True
        try:
            self._custom_rule = ""
            custom_index = self.frequency.findData(CUSTOM)
            try:
                spec = parse_rule(rule, self._start)
            except RecurrenceError:
                spec = None
            if spec is None:
                self._custom_rule = rule
                if custom_index < 0:
                    self.frequency.addItem(self.tr("Custom rule (kept as it is)"), CUSTOM)
                    custom_index = self.frequency.count() - 1
                self.frequency.setCurrentIndex(custom_index)
            else:
                if custom_index >= 0:
                    self.frequency.removeItem(custom_index)
                self._show_spec(spec)
            self.exception_list.clear()
            for value in sorted({d.date() if isinstance(d, datetime) else d for d in exdates}):
                self._append_exception(value)
        finally:
            self._updating = False
        self._refresh()

    def current_frequency(self) -> Frequency | str:
        """The chosen Frequency, or CUSTOM (Qt hands enum data back as plain text)."""
        value = self.frequency.currentData()
        if value is None:
            return Frequency.NONE
        return CUSTOM if value == CUSTOM else Frequency(value)

    def spec(self) -> RecurrenceSpec:
        """The recurrence as the builder shows it (not for a custom rule)."""
        frequency = self.current_frequency()
        if frequency == CUSTOM:
            raise ValueError("a custom rule has no builder form")
        assert isinstance(frequency, Frequency)
        return RecurrenceSpec(
            frequency=frequency,
            interval=self.interval.value(),
            weekdays=tuple(i for i, b in enumerate(self.weekday_buttons) if b.isChecked())
            if frequency is Frequency.WEEKLY
            else (),
            monthly_mode=MonthlyMode.WEEKDAY
            if self.by_weekday.isChecked()
            else MonthlyMode.DAY_OF_MONTH,
            ordinal=int(self.ordinal.currentData() or 1),
            until=from_qdate(self.until.date()) if self.end_until.isChecked() else None,
            count=self.count.value() if self.end_count.isChecked() else None,
        )

    def rule(self) -> str:
        """The RRULE for the current start; ValidationError (field "rrule") when impossible."""
        if self.current_frequency() == CUSTOM:
            return self._custom_rule
        try:
            return self.spec().to_rule(self._start)
        except RecurrenceError as exc:
            raise ValidationError(str(exc), "rrule") from exc

    def exception_dates(self) -> list[date]:
        return [
            self.exception_list.item(i).data(_DATE_ROLE) for i in range(self.exception_list.count())
        ]

    def exdates(self, starts_at: datetime) -> tuple[datetime, ...]:
        """The skipped dates at the series' time of day."""
        return tuple(datetime.combine(d, starts_at.time()) for d in self.exception_dates())

    def add_exception_date(self, value: date) -> None:
        if value not in self.exception_dates():
            self._append_exception(value)
            self._sort_exceptions()
            self._on_change()

    # --- internals ------------------------------------------------------------------------

    def _show_spec(self, spec: RecurrenceSpec) -> None:
        self.frequency.setCurrentIndex(self.frequency.findData(spec.frequency))
        self.interval.setValue(spec.interval)
        if spec.frequency is Frequency.WEEKLY:
            days = set(spec.weekdays or (self._start.weekday(),))
            for index, button in enumerate(self.weekday_buttons):
                button.setChecked(index in days)
        if spec.monthly_mode is MonthlyMode.WEEKDAY:
            self.by_weekday.setChecked(True)
            self.ordinal.setCurrentIndex(max(self.ordinal.findData(spec.ordinal), 0))
        else:
            self.by_month_day.setChecked(True)
        if spec.until is not None:
            self.end_until.setChecked(True)
            self.until.setDate(to_qdate(spec.until))
        elif spec.count is not None:
            self.end_count.setChecked(True)
            self.count.setValue(spec.count)
        else:
            self.end_never.setChecked(True)

    def _append_exception(self, value: date) -> None:
        item = QListWidgetItem(f"{formatting.day(value)}  ({weekday_name(value.weekday())})")
        item.setData(_DATE_ROLE, value)
        self.exception_list.addItem(item)

    def _sort_exceptions(self) -> None:
        values = sorted(self.exception_dates())
        self.exception_list.clear()
        for value in values:
            self._append_exception(value)

    def _add_exception(self) -> None:
        self.add_exception_date(from_qdate(self.exception_date.date()))

    def _remove_exception(self) -> None:
        row = self.exception_list.currentRow()
        if row >= 0:
            self.exception_list.takeItem(row)
            self._on_change()

    def _on_change(self, *_args: object) -> None:
        if self._updating:
            return
        if self.current_frequency() != CUSTOM:
            custom_index = self.frequency.findData(CUSTOM)
            if custom_index >= 0:
                self._custom_rule = ""
                self.frequency.removeItem(custom_index)
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        frequency = self.current_frequency()
        repeats = frequency is not Frequency.NONE
        structured = repeats and frequency != CUSTOM
        n = self.interval.value()  # "every 1 week", "every 2 weeks"
        units = {
            Frequency.DAILY: self.tr("day(s)", "", n),
            Frequency.WEEKLY: self.tr("week(s)", "", n),
            Frequency.MONTHLY: self.tr("month(s)", "", n),
            Frequency.YEARLY: self.tr("year(s)", "", n),
        }
        self.interval_unit.setText(units.get(frequency, ""))
        self.interval_row.setVisible(structured)
        for widget in (self._weekday_label, self.weekday_row):
            widget.setVisible(frequency is Frequency.WEEKLY)
        for widget in (self._monthly_label, self.monthly_row):
            widget.setVisible(frequency is Frequency.MONTHLY)
        for widget in (self._end_label, self.end_row):
            widget.setVisible(structured)
        for widget in (self._exceptions_label, self.exceptions_row):
            widget.setVisible(repeats)
        self.until.setEnabled(self.end_until.isChecked())
        self.count.setEnabled(self.end_count.isChecked())
        self.ordinal.setEnabled(self.by_weekday.isChecked())
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        try:
            rule = self.rule()
        except ValidationError as exc:
            return str(exc)
        if not rule:
            return self.tr("Once, on %1").replace("%1", formatting.day(self._start.date()))
        text = describe_rule(rule, self._start)
        try:
            upcoming = expand(
                self._start,
                rule,
                self._start,
                self._start + timedelta(days=3660),
                self.exdates(self._start),
            )[:5]
        except RecurrenceError as exc:
            return str(exc)
        if first_occurrence(self._start, rule) != self._start:
            return self.tr("The start date is not one of the dates this gives: %1").replace(
                "%1", text
            )
        dates = ", ".join(
            f"{QLocale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} "
            f"{formatting.day(d.date())}"
            for d in upcoming
        )
        return text + "\n" + self.tr("First dates: %1").replace("%1", dates)
