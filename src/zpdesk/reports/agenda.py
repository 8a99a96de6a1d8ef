"""The printable agenda overview: A4, grouped by ISO week, hours against capacity.

``agenda_document`` builds a QTextDocument from an ``AgendaPeriod`` (services.agenda);
``render`` draws it page by page with a footer on any QPrinter. The window's Print Preview
(``paintRequested``) and every PDF export (window and ``zpdesk agenda --pdf``) call this
same ``render``, so what is previewed is what is written.

No QtWidgets here: a QGuiApplication is enough (``ensure_gui_application`` makes an
offscreen one for the command line).
"""

from __future__ import annotations

import csv
import io
import os
import sys
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from zpdesk import translations
from zpdesk.domain.enums import Attendance, CommitmentKind
from zpdesk.files import atomic_path, check_pdf
from zpdesk.locale_format import fill
from zpdesk.services.agenda import AgendaPeriod, WeekLoad
from zpdesk.services.occurrences import OccurrenceRow
from zpdesk.services.timelog import week_monday
from zpdesk.translation_marks import QT_TRANSLATE_NOOP

INTERNAL_COLOUR = "#4e79a7"
EXTERNAL_COLOUR = "#f28e2b"
OVER_COLOUR = "#b3261e"
CLASH_BACKGROUND = "#fdecea"
MARGIN_MM = 14.0
WEEK_ANCHOR = "week-"  # marks each week's heading, so render can keep weeks on one page

# Same source texts as ui.labels, so one translation serves both.
_ATTENDANCE = {
    Attendance.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("labels", "Attended"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    Attendance.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    Attendance.SUBSTITUTE: QT_TRANSLATE_NOOP("labels", "Sent a substitute"),
    Attendance.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled by the network"),
}
_KIND = {
    CommitmentKind.BREAKFAST: QT_TRANSLATE_NOOP("labels", "Breakfast session"),
    CommitmentKind.MONTHLY_MEETING: QT_TRANSLATE_NOOP("labels", "Monthly meeting"),
    CommitmentKind.KNOWLEDGE_GROUP: QT_TRANSLATE_NOOP("labels", "Knowledge group"),
    CommitmentKind.THEME_DAY: QT_TRANSLATE_NOOP("labels", "Theme day"),
    CommitmentKind.SOCIAL_EVENT: QT_TRANSLATE_NOOP("labels", "Social event"),
    CommitmentKind.INTERVISION: QT_TRANSLATE_NOOP("labels", "Intervision"),
    CommitmentKind.PROJECT_MEETING: QT_TRANSLATE_NOOP("labels", "Project meeting"),
    CommitmentKind.BOARD: QT_TRANSLATE_NOOP("labels", "Board"),
    CommitmentKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

_application: QGuiApplication | None = None


class AgendaCounts(QObject):
    """Texts with a count: lupdate reads plural forms only from ``self.tr(text, "", n)``."""

    def meetings_taking_time(self, n: int) -> str:
        return self.tr("meeting(s) that take your time", "", n)

    def meetings_overlapping(self, n: int) -> str:
        return self.tr("meeting(s) that overlap", "", n)


def ensure_gui_application(language: str | None = None) -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication (command line).

    With ``language`` ("nl", "en"; the command line's ``--lang``) its catalogues are
    installed, so the document's words, numbers and dates are in that language. Without,
    the language already installed stays (the window's), else the system's is installed.
    """
    global _application
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _application = QGuiApplication(sys.argv[:1])
    if language is not None or translations.current_language() is None:
        translations.install_translators(app, language)
    return app


# --- formatting (reports cannot use ui.formatting) -----------------------------------------


def status_label(attendance: Attendance) -> str:
    return QCoreApplication.translate("labels", _ATTENDANCE[attendance])


def kind_label(kind: CommitmentKind) -> str:
    return QCoreApplication.translate("labels", _KIND[kind])


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal in the locale (``2,5`` in Dutch)."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return QLocale().toString(float(value), "f", 1)


def hours_unit(minutes: int) -> str:
    """Hours with the language's unit: ``2.5 h`` (en), ``2,5 u`` (nl)."""
    return fill(QCoreApplication.translate("AgendaReport", "%1 h"), hours_text(minutes))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, pattern: str = "ddd d MMM") -> str:
    return QLocale().toString(_qdate(day), pattern)


def long_date(day: date) -> str:
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


def period_text(date_from: date, date_to: date) -> str:
    return fill(
        QCoreApplication.translate("AgendaReport", "%1 to %2"),
        long_date(date_from),
        long_date(date_to),
    )


def week_title(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return fill(QCoreApplication.translate("AgendaReport", "Week %1"), week) + (
        f" · {year}" if monday.year != (monday + timedelta(days=6)).year else ""
    )


def week_range(monday: date, date_from: date | None = None, date_to: date | None = None) -> str:
    """The days of the week, cut to the period where it starts or ends mid-week."""
    first = max(monday, date_from) if date_from else monday
    last = min(monday + timedelta(days=6), date_to) if date_to else monday + timedelta(days=6)
    if first == last:
        return day_text(first, "d MMM yyyy")
    return f"{day_text(first, 'd MMM')} – {day_text(last, 'd MMM yyyy')}"


# --- the document --------------------------------------------------------------------------

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif;
       font-size: 8.5pt; color: #1f2328; }
h1 { font-size: 17pt; font-weight: 600; margin: 0; color: #1f2328; }
.sub { font-size: 10pt; color: #57606a; }
.muted { color: #6e7781; }
.small { font-size: 7.5pt; color: #6e7781; }
.cardnum { font-size: 14pt; font-weight: 600; }
.cardlabel { font-size: 7.5pt; color: #57606a; }
.week { font-size: 11pt; font-weight: 600; }
.over { color: OVER; font-weight: 600; }
.clash { color: OVER; font-size: 7.5pt; }
.cancelled { color: #8c959f; }
th { font-size: 7.5pt; color: #57606a; font-weight: normal; text-align: left;
     border-bottom: 1px solid #afb8c1; padding: 2px 4px; }
td.cell { border-bottom: 1px solid #e4e7eb; padding: 3px 4px; vertical-align: top; }
""".replace("OVER", OVER_COLOUR)


def _swatch(colour: str, width: int = 10) -> str:
    return (
        f'<table cellspacing="0" cellpadding="0"><tr><td width="{width}" height="{width}" '
        f'bgcolor="{escape(colour)}"></td></tr></table>'
    )


def _load_bar(week: WeekLoad) -> str:
    """A thin bar: internal and external scheduled time against the capacity."""
    capacity = max(week.capacity_minutes, 1)
    scale = max(week.scheduled, capacity)
    internal = round(100 * week.scheduled_internal / scale)
    external = round(100 * week.scheduled_external / scale)
    free = max(0, 100 - internal - external)
    cells = []
    for width, colour in (
        (internal, INTERNAL_COLOUR),
        (external, EXTERNAL_COLOUR),
        (free, "#e4e7eb"),
    ):
        if width > 0:
            cells.append(
                f'<td width="{width}%" bgcolor="{colour}" style="font-size:2pt">&nbsp;</td>'
            )
    if not cells:
        cells.append('<td width="100%" bgcolor="#e4e7eb" style="font-size:2pt">&nbsp;</td>')
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        + "".join(cells)
        + "</tr></table>"
    )


def _week_heading(week: WeekLoad, period: AgendaPeriod) -> str:
    days = week_range(week.monday, period.date_from, period.date_to)
    load = fill(
        QCoreApplication.translate("AgendaReport", "%1 h of %2 h"),
        hours_text(week.scheduled),
        hours_text(week.capacity_minutes),
    )
    split = fill(
        QCoreApplication.translate("AgendaReport", "internal %1 h · external %2 h"),
        hours_text(week.scheduled_internal),
        hours_text(week.scheduled_external),
    )
    over_text = QCoreApplication.translate("AgendaReport", "over capacity")
    over = f' <span class="over">▲ {escape(over_text)}</span>' if week.over_capacity else ""
    load_html = (
        f'<span class="over">{escape(load)}</span>'
        if week.over_capacity
        else f"<b>{escape(load)}</b>"
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:12px"><tr>'
        f'<td><a name="{WEEK_ANCHOR}{week.monday.isoformat()}"></a>'
        f'<span class="week">{escape(week_title(week.monday))}</span>'
        f'&nbsp;&nbsp;<span class="muted">{escape(days)}</span></td>'
        f'<td align="right">{load_html}{over}<br/><span class="small">{escape(split)}</span></td>'
        "</tr></table>"
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:2px;'
        f'margin-bottom:4px"><tr><td>{_load_bar(week)}</td></tr></table>'
    )


def _row_html(row: OccurrenceRow, period: AgendaPeriod, titles: dict) -> str:
    status = row.attendance(period.now)
    cancelled = row.is_cancelled
    clash_keys = period.clashes.get(row.key, [])
    background = f' bgcolor="{CLASH_BACKGROUND}"' if clash_keys else ""

    def text(value: str) -> str:
        value = escape(value)
        return f'<span class="cancelled"><s>{value}</s></span>' if cancelled else value

    meeting = f"<b>{text(row.title)}</b>"
    details = [kind_label(row.kind)]
    if row.location:
        details.append(row.location)
    if row.is_external:
        details.append(QCoreApplication.translate("AgendaReport", "external"))
    if not row.required:
        details.append(QCoreApplication.translate("AgendaReport", "optional"))
    meeting += f'<br/><span class="small">{escape(" · ".join(details))}</span>'
    if row.is_moved:
        moved = fill(
            QCoreApplication.translate("AgendaReport", "moved from %1"),
            f"{day_text(row.original_start.date())} {row.original_start:%H:%M}",
        )
        meeting += f'<br/><span class="small">{escape(moved)}</span>'
    if clash_keys:
        overlaps = QCoreApplication.translate("AgendaReport", "Overlaps with %1")
        others = ", ".join(sorted({titles.get(k, "?") for k in clash_keys}))
        meeting += f'<br/><span class="clash">▲ {escape(fill(overlaps, others))}</span>'
    time_text = f"{row.start:%H:%M}–{row.end:%H:%M}"
    if row.end.date() != row.start.date():
        time_text = f"{row.start:%H:%M}–{day_text(row.end.date(), 'd MMM')} {row.end:%H:%M}"
    hours_html = escape(hours_text(row.minutes))
    status_html = escape(status_label(status))
    if not row.takes_my_time():
        # Absent, cancelled or sent a substitute: it counts 0 hours; the planned length is
        # shown struck through beside the 0.
        status_html = f'<span class="cancelled">{status_html}</span>'
        hours_html = f'<span class="cancelled"><s>{hours_html}</s></span> {escape(hours_text(0))}'
    return (
        f"<tr{background}>"
        f'<td width="4" bgcolor="{escape(row.network_colour)}"></td>'
        f'<td class="cell" width="13%">{text(day_text(row.start.date()))}</td>'
        f'<td class="cell" width="13%">{text(time_text)}</td>'
        f'<td class="cell" width="18%">{escape(row.network_name)}</td>'
        f'<td class="cell" width="38%">{meeting}</td>'
        f'<td class="cell" width="11%">{status_html}</td>'
        f'<td class="cell" width="7%" align="right">{hours_html}</td>'
        "</tr>"
    )


def _table_head() -> str:
    heads = [
        QCoreApplication.translate("AgendaReport", "Day"),
        QCoreApplication.translate("AgendaReport", "Time"),
        QCoreApplication.translate("AgendaReport", "Network"),
        QCoreApplication.translate("AgendaReport", "Meeting"),
        QCoreApplication.translate("AgendaReport", "Status"),
        QCoreApplication.translate("AgendaReport", "Hours"),
    ]
    right = ' align="right"'
    cells = "".join(
        f"<th{right if i == len(heads) - 1 else ''}>{escape(h)}</th>" for i, h in enumerate(heads)
    )
    return f"<tr><th></th>{cells}</tr>"


def agenda_html(period: AgendaPeriod, title: str | None = None) -> str:
    """The overview as HTML (QTextDocument's subset)."""
    title = title or QCoreApplication.translate("AgendaReport", "Agenda overview")
    titles = {r.key: f"{r.title} ({r.network_name})" for r in period.rows}
    scheduled = sum(w.scheduled for w in period.weeks)
    over = sum(1 for w in period.weeks if w.over_capacity)
    clash_count = len(period.clashes)
    meetings = len(period.rows_taking_my_time)
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    generated = fill(
        QCoreApplication.translate("AgendaReport", "Printed %1"),
        f"{day_text(period.now.date(), 'd MMM yyyy')} {period.now:%H:%M}",
    )
    owner = (
        f'<span class="sub"><b>{escape(period.owner_name)}</b></span><br/>'
        if period.owner_name
        else ""
    )
    parts.append(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><h1>{escape(title)}</h1>{owner}"
        f'<span class="sub">{escape(period_text(period.date_from, period.date_to))}</span></td>'
        f'<td align="right" valign="bottom"><span class="small">{escape(generated)}</span></td>'
        "</tr></table>"
    )
    # Absent, cancelled and sent-a-substitute meetings take none of my time: not counted.
    cards = [
        (str(meetings), AgendaCounts().meetings_taking_time(meetings)),
        (hours_text(scheduled), QCoreApplication.translate("AgendaReport", "hours scheduled")),
        (
            hours_text(period.capacity_minutes),
            QCoreApplication.translate("AgendaReport", "hours capacity per week"),
        ),
        (
            f"{over} / {len(period.weeks)}",
            QCoreApplication.translate("AgendaReport", "weeks over capacity"),
        ),
        (str(clash_count), AgendaCounts().meetings_overlapping(clash_count)),
    ]
    warn = f' style="color:{OVER_COLOUR}"'
    card_cells = "".join(
        f'<td bgcolor="#f3f5f8" width="20%" style="padding:6px">'
        f'<span class="cardnum"{warn if i in (3, 4) and value[0] != "0" else ""}>'
        f"{escape(value)}</span><br/>"
        f'<span class="cardlabel">{escape(label)}</span></td>'
        for i, (value, label) in enumerate(cards)
    )
    parts.append(
        '<table width="100%" cellspacing="4" cellpadding="0" style="margin-top:8px">'
        f"<tr>{card_cells}</tr></table>"
    )
    networks_text = QCoreApplication.translate("AgendaReport", "Networks")
    internal_text = QCoreApplication.translate("AgendaReport", "internal")
    external_text = QCoreApplication.translate("AgendaReport", "external")
    no_meetings = QCoreApplication.translate("AgendaReport", "No meetings this week.")
    if period.networks:
        legend_rows = []
        for network in period.networks:
            split = fill(
                QCoreApplication.translate("AgendaReport", "internal %1 h · external %2 h"),
                hours_text(network.internal),
                hours_text(network.external),
            )
            legend_rows.append(
                f'<td width="12" style="padding:3px 2px">{_swatch(network.network_colour)}</td>'
                f'<td style="padding:3px 10px 3px 2px"><b>{escape(network.network_name)}</b>'
                f' <span class="muted">{escape(hours_unit(network.total))}</span><br/>'
                f'<span class="small">{escape(split)}</span></td>'
            )
        rows_html = "".join(
            "<tr>" + "".join(legend_rows[i : i + 3]) + "</tr>"
            for i in range(0, len(legend_rows), 3)
        )
        parts.append(
            f'<p style="margin-top:10px;margin-bottom:2px"><b>{escape(networks_text)}</b></p>'
            f'<table cellspacing="0" cellpadding="0">{rows_html}</table>'
        )
    parts.append(
        f'<p class="small" style="margin-top:4px">'
        f'<span style="color:{INTERNAL_COLOUR}">■</span> {escape(internal_text)} &nbsp; '
        f'<span style="color:{EXTERNAL_COLOUR}">■</span> {escape(external_text)} &nbsp; '
        f'<span class="clash">▲</span> '
        + escape(
            QCoreApplication.translate(
                "AgendaReport", "overlapping appointments and weeks over capacity"
            )
        )
        + "</p>"
    )
    rows_of_week: dict[date, list[OccurrenceRow]] = {}
    for row in period.rows:
        rows_of_week.setdefault(week_monday(row.start.date()), []).append(row)
    for week in period.weeks:
        parts.append(_week_heading(week, period))
        rows = rows_of_week.get(week.monday, [])
        if rows:
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0">'
                + _table_head()
                + "".join(_row_html(r, period, titles) for r in rows)
                + "</table>"
            )
        else:
            parts.append(f'<p class="muted">{escape(no_meetings)}</p>')
        entries = week.entries_internal + week.entries_external
        if entries:
            text = fill(
                QCoreApplication.translate(
                    "AgendaReport",
                    "Other network work (time log): %1 h — internal %2 h · external %3 h",
                ),
                hours_text(entries),
                hours_text(week.entries_internal),
                hours_text(week.entries_external),
            )
            parts.append(f'<p class="small" style="margin-top:3px">{escape(text)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def agenda_document(period: AgendaPeriod, title: str | None = None) -> QTextDocument:
    """The overview as a QTextDocument, ready for ``render``."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(agenda_html(period, title))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        title or QCoreApplication.translate("AgendaReport", "Agenda overview"),
    )
    return document


def footer_text(period: AgendaPeriod) -> str:
    """zpdesk · Agenda overview · the user's name · the period."""
    parts = ["zpdesk", QCoreApplication.translate("AgendaReport", "Agenda overview")]
    if period.owner_name:
        parts.append(period.owner_name)
    parts.append(period_text(period.date_from, period.date_to))
    return " · ".join(parts)


# --- printing: one routine for Print Preview and PDF ----------------------------------------


def configure_printer(printer: QPrinter) -> QPrinter:
    """A4 portrait with the overview's margins."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


_CELL_TOP_PADDING = QTextFormat.Property.TableCellTopPadding


def _is_week_heading(table: QTextTable) -> bool:
    """Whether ``table`` is a week's heading (its first cell holds the week's anchor)."""
    block = table.cellAt(0, 0).firstCursorPosition().block()
    fragments = block.begin()
    while not fragments.atEnd():
        char_format = fragments.fragment().charFormat()
        if char_format.isAnchor() and any(
            name.startswith(WEEK_ANCHOR) for name in char_format.anchorNames()
        ):
            return True
        fragments += 1
    return False


def _row_top(document: QTextDocument, table: QTextTable, row: int) -> float:
    """Where row ``row`` of ``table`` begins: its highest cell content less the padding."""
    layout = document.documentLayout()
    padding = table.format().cellPadding()
    top = float("inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:  # covered by a cell spanning from a row above
            continue
        cell_format = cell.format()
        pad = (
            cell_format.doubleProperty(_CELL_TOP_PADDING)
            if cell_format.hasProperty(_CELL_TOP_PADDING)
            else padding
        )
        block = document.findBlock(cell.firstPosition())
        top = min(top, layout.blockBoundingRect(block).top() - pad)
    return top


def layout_marks(document: QTextDocument) -> tuple[list[float], list[float]]:
    """Where ``document``'s layout may be cut between pages, and where each week starts.

    A clean cut is the top of a table, of a table row (from the second) or of a
    paragraph in the root frame; both lists are sorted, in the layout's coordinates.
    """
    layout = document.documentLayout()
    cuts: list[float] = []
    week_tops: list[float] = []
    # PySide6's stubs type the frame's iteration as object
    for position in cast(Iterable[QTextFrame.iterator], document.rootFrame()):
        frame = position.currentFrame()
        if frame is None:
            block = position.currentBlock()
            if block.isValid() and block.length() > 1:  # not the empty block after a table
                cuts.append(layout.blockBoundingRect(block).top())
            continue
        top = layout.frameBoundingRect(frame).top()
        cuts.append(top)
        if isinstance(frame, QTextTable):
            if _is_week_heading(frame):
                week_tops.append(top)
            cuts.extend(_row_top(document, frame, row) for row in range(1, frame.rows()))
    return sorted(set(cuts)), week_tops


def page_slices(document: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """Cut a document laid out as one long page into pages: ``(top, bottom)`` of each.

    ``document`` must be laid out without pagination (``setTextWidth``), so that one
    layout serves both the decisions and the drawing. A page ends at the last clean cut
    that fits (``layout_marks``), so no table row or line is split. A week that fits on
    a page (90 % of it) is never split: its page ends above it. A longer week starts on
    a new page only when less than a fifth of a page is left for its heading and first
    rows.
    """
    end = document.documentLayout().documentSize().height()
    cuts, week_tops = layout_marks(document)
    cuts = [cut for cut in cuts if 0 < cut < end]
    weeks = list(zip(week_tops, [*week_tops[1:], end], strict=True))
    pages: list[tuple[float, float]] = []
    top = 0.0
    while end - top > 1:
        limit = top + page_height
        if limit >= end:
            pages.append((top, end))
            break
        below = bisect_right(cuts, limit) - 1  # the last cut that fits
        bottom = cuts[below] if below >= 0 and cuts[below] > top + 1 else limit
        for start, stop in weeks:
            if top + 1 < start < bottom < stop:  # the page would end inside this week
                if stop - start <= page_height * 0.9 or limit - start < page_height * 0.2:
                    bottom = start
                break
        pages.append((top, bottom))
        top = bottom
    return pages or [(0.0, end)]  # an empty document still prints one page


def render(document: QTextDocument, printer: QPrinter, footer: str) -> int:
    """Draw ``document`` on ``printer`` page by page with a footer; returns the page count.

    The document is laid out once, as one long page at the printer's resolution, and
    drawn in slices (``page_slices``): laying it out paginated and again after adding
    page breaks took twice as long for a year's agenda (bench/RESULTS.md).
    """
    doc = document.clone()
    layout = doc.documentLayout()
    layout.setPaintDevice(printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.logicalDpiY()
    footer_height = dpi * 0.32
    body = QSizeF(page.width(), page.height() - footer_height)
    doc.setDocumentMargin(0)
    doc.setTextWidth(body.width())
    slices = page_slices(doc, body.height())
    pages = len(slices)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("cannot draw on the printer")
    try:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(7.0)
        for index, (top, bottom) in enumerate(slices):
            if index:
                printer.newPage()
            painter.save()
            clip = QRectF(0, top, body.width(), bottom - top)
            painter.translate(0, -top)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            layout.draw(painter, context)
            painter.restore()
            line = body.height() + footer_height * 0.25
            painter.setPen(QPen(QColor("#afb8c1"), max(1.0, dpi / 150)))
            painter.drawLine(0, int(line), int(body.width()), int(line))
            painter.setFont(font)
            painter.setPen(QColor("#57606a"))
            text_rect = QRectF(0, line + dpi * 0.04, body.width(), footer_height * 0.7)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft), footer)
            number = fill(
                QCoreApplication.translate("AgendaReport", "page %1 of %2"), index + 1, pages
            )
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight), number)
    finally:
        ended = painter.end()
    if not ended:
        raise OSError("the PDF could not be finished (QPainter.end failed)")
    return pages


def write_pdf(document: QTextDocument, path: Path, footer: str) -> int:
    """Write the PDF atomically and owner-only (``zpdesk.files``); returns the page count."""
    with atomic_path(path, check=check_pdf) as temporary:
        printer = configure_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temporary))
        printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        printer.setCreator("zpdesk")
        pages = render(document, printer, footer)
    return pages


# --- CSV -----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "date",
    "start",
    "end",
    "network",
    "title",
    "kind",
    "location",
    "internal_external",
    "required",
    "status",
    "hours",
    "counted_hours",
    "clash",
    "moved_from",
)


def _decimal_hours(minutes: int) -> str:
    return str((Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def csv_rows(period: AgendaPeriod) -> list[dict[str, str]]:
    """One row per occurrence; machine-readable values (ISO dates, hours with a point)."""
    found = []
    for row in period.rows:
        end = row.end
        found.append(
            {
                "date": row.start.date().isoformat(),
                "start": f"{row.start:%H:%M}",
                "end": f"{end:%H:%M}"
                if end.date() == row.start.date()
                else f"{end:%Y-%m-%d %H:%M}",
                "network": row.network_name,
                "title": row.title,
                "kind": row.kind.value,
                "location": row.location,
                "internal_external": "external" if row.is_external else "internal",
                "required": "yes" if row.required else "no",
                "status": row.attendance(period.now).value,
                "hours": _decimal_hours(row.minutes),
                "counted_hours": _decimal_hours(row.counted_minutes(period.now)),
                "clash": "yes" if row.key in period.clashes else "no",
                "moved_from": f"{row.original_start:%Y-%m-%d %H:%M}" if row.is_moved else "",
            }
        )
    return found


def agenda_csv(period: AgendaPeriod) -> bytes:
    """The CSV file's bytes (UTF-8 with BOM so spreadsheet programs read the accents)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(period))
    return buffer.getvalue().encode("utf-8-sig")


def text_summary(period: AgendaPeriod) -> str:
    """A plain-text version for the terminal (no output file given)."""
    heading = [QCoreApplication.translate("AgendaReport", "Agenda overview")]
    if period.owner_name:
        heading.append(period.owner_name)
    heading.append(period_text(period.date_from, period.date_to))
    lines: list[str] = [" · ".join(heading)]
    for week in period.weeks:
        flag = (
            "  ** " + QCoreApplication.translate("AgendaReport", "over capacity") + " **"
            if week.over_capacity
            else ""
        )
        load = fill(
            QCoreApplication.translate("AgendaReport", "%1 h of %2 h"),
            hours_text(week.scheduled),
            hours_text(week.capacity_minutes),
        )
        lines.append(
            f"{week_title(week.monday)} "
            f"({week_range(week.monday, period.date_from, period.date_to)}): {load}{flag}"
        )
        for row in period.rows:
            if week_monday(row.start.date()) != week.monday:
                continue
            mark = " !" if row.key in period.clashes else ""
            counted = row.minutes if row.takes_my_time() else 0
            lines.append(
                f"  {day_text(row.start.date())} {row.start:%H:%M}-{row.end:%H:%M}  "
                f"{row.network_name}: {row.title} [{status_label(row.attendance(period.now))}]"
                f"  {hours_unit(counted)}{mark}"
            )
    return "\n".join(lines)
