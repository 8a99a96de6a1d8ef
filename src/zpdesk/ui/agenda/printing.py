"""Printing the agenda overview: choose a period, then Print Preview or a PDF.

Both go through ``reports.agenda.render``: the preview's ``paintRequested`` and the PDF
writer draw with the same routine.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zpdesk.reports import agenda as report
from zpdesk.services import agenda
from zpdesk.services.agenda import AgendaPeriod
from zpdesk.services.errors import ValidationError
from zpdesk.ui.agenda.common import AgendaDialog
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit, from_qdate, to_qdate
from zpdesk.ui.errors import error_text


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    CUSTOM = "custom"


def period_of(kind: PeriodKind, anchor: date) -> tuple[date, date]:
    """The week (ISO), month or quarter around ``anchor``."""
    if kind is PeriodKind.WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return monday, monday + timedelta(days=6)
    if kind is PeriodKind.MONTH:
        first = anchor.replace(day=1)
    else:
        first = anchor.replace(month=(anchor.month - 1) // 3 * 3 + 1, day=1)
    months = 1 if kind is PeriodKind.MONTH else 3
    year, month = divmod(first.month - 1 + months, 12)
    return first, date(first.year + year, month + 1, 1) - timedelta(days=1)


class PrintPeriodDialog(AgendaDialog):
    """Which period to print: this week, month, quarter, or from–to."""

    def __init__(self, context: ViewContext, anchor: date, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("print_period_dialog")
        self.setWindowTitle(self.tr("Agenda overview"))
        self.anchor = anchor
        self.choices = {
            PeriodKind.WEEK: QRadioButton(self.tr("Week")),
            PeriodKind.MONTH: QRadioButton(self.tr("Month")),
            PeriodKind.QUARTER: QRadioButton(self.tr("Quarter")),
            PeriodKind.CUSTOM: QRadioButton(self.tr("From")),
        }
        group = QButtonGroup(self)
        for kind, button in self.choices.items():
            button.setObjectName(f"period_{kind.value}")
            group.addButton(button)
            button.toggled.connect(self._update)
        self.date_from = DateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit()
        self.date_to.setObjectName("date_to")
        custom = QHBoxLayout()
        custom.addWidget(self.choices[PeriodKind.CUSTOM])
        custom.addWidget(self.date_from)
        custom.addWidget(QLabel(self.tr("to")))
        custom.addWidget(self.date_to)
        custom.addStretch(1)
        self.range_label = QLabel()
        box = QVBoxLayout()
        for kind in (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER):
            box.addWidget(self.choices[kind])
        box.addLayout(custom)
        form = QFormLayout()
        form.addRow(self.tr("Period"), box)
        form.addRow("", self.range_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.field_widgets = {"period": self.date_from}
        first, last = period_of(PeriodKind.MONTH, anchor)
        self.date_from.setDate(to_qdate(first))
        self.date_to.setDate(to_qdate(last))
        self.choices[PeriodKind.MONTH].setChecked(True)

    def kind(self) -> PeriodKind:
        return next(k for k, b in self.choices.items() if b.isChecked())

    def set_kind(self, kind: PeriodKind) -> None:
        self.choices[kind].setChecked(True)

    def values(self) -> tuple[date, date]:
        kind = self.kind()
        if kind is PeriodKind.CUSTOM:
            first, last = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
            if last < first:
                raise ValidationError(self.tr("The period ends before it starts."), "period")
            if (last - first).days > 366:
                raise ValidationError(self.tr("Print at most a year at a time."), "period")
            return first, last
        return period_of(kind, self.anchor)

    def _update(self, *_args: object) -> None:
        custom = self.choices[PeriodKind.CUSTOM].isChecked()
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        try:
            first, last = self.values()
        except ValidationError as exc:
            self.range_label.setText(error_text(exc))
            return
        self.range_label.setText(report.period_text(first, last))

    def save(self) -> int | None:
        self.values()
        return None


def load_period(
    context: ViewContext,
    date_from: date,
    date_to: date,
    network_ids: Iterable[int] | None = None,
) -> AgendaPeriod:
    with context.db.session() as session:
        return agenda.agenda_period(session, date_from, date_to, network_ids=network_ids)


def new_printer() -> QPrinter:
    return report.configure_printer(QPrinter(QPrinter.PrinterMode.HighResolution))


def open_print_preview(period: AgendaPeriod, parent: QWidget | None) -> QPrintPreviewDialog:
    """A Print Preview of the overview, opened without blocking; it draws with ``render``."""
    document = report.agenda_document(period)
    footer = report.footer_text(period)
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview")
    dialog.setWindowTitle(report.period_text(period.date_from, period.date_to))
    # The slot holds the document and the printer, so they live as long as the dialog.
    dialog.paintRequested.connect(
        lambda target, _printer=printer: report.render(document, target, footer)
    )
    dialog.resize(900, 1000)
    dialog.open()
    return dialog


def export_pdf(period: AgendaPeriod, path: Path) -> int:
    """Write the overview as PDF with the same drawing routine; returns the page count."""
    return report.write_pdf(report.agenda_document(period), path, report.footer_text(period))
