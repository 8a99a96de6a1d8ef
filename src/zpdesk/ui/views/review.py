"""The Review view: which networks pay off, for a chosen year.

The table, the decision for each network, the summary in words, three charts, and
Print Preview / PDF / CSV. pyqtgraph is imported when this view is first built, never at
start-up (the view registry imports this module lazily).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import Decision
from zpdesk.domain.review import (
    ReviewRow,
    RowKind,
    ShownAmounts,
    YearReview,
    money_places,
    shown_amounts,
)
from zpdesk.locale_format import fill
from zpdesk.reports.review import own_label, total_label, verdict_text
from zpdesk.services import review as review_service
from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text
from zpdesk.ui.labels import choices, label
from zpdesk.ui.models import KIND_ROLE, SORT_ROLE
from zpdesk.ui.views.base import View
from zpdesk.ui.views.common import ColumnFitter

TREND_YEARS = 5
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GOOD, BAD = QColor("#2e7d32"), QColor("#c62828")


def _t(text: str) -> str:
    return QCoreApplication.translate("review_columns", text)


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (unchanged without a space)."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class ReviewTableModel(QAbstractTableModel):
    """One row per network, then own acquisition and the totals (figures of DOMAIN.md)."""

    (
        NAME,
        REVENUE,
        COSTS,
        NET,
        HOURS,
        WORK_HOURS,
        PER_HOUR,
        EFFECTIVE,
        REFERRALS,
        FULFILMENT,
        ATTENDANCE,
    ) = range(11)
    HEADERS = (
        QT_TRANSLATE_NOOP("review_columns", "Network"),
        QT_TRANSLATE_NOOP("review_columns", "Revenue"),
        QT_TRANSLATE_NOOP("review_columns", "Costs"),
        QT_TRANSLATE_NOOP("review_columns", "Net"),
        QT_TRANSLATE_NOOP("review_columns", "Hours\ninvested"),
        QT_TRANSLATE_NOOP("review_columns", "Work\nhours"),
        QT_TRANSLATE_NOOP("review_columns", "Net per\nnetworking\nhour"),
        QT_TRANSLATE_NOOP("review_columns", "Effective\nrate"),
        QT_TRANSLATE_NOOP("review_columns", "Referrals\nreceived / given"),
        QT_TRANSLATE_NOOP("review_columns", "Fulfilment"),
        QT_TRANSLATE_NOOP("review_columns", "Attendance"),
    )
    TIPS = {
        REVENUE: QT_TRANSLATE_NOOP(
            "review_columns", "Revenue entries dated in the year of work that came through it"
        ),
        COSTS: QT_TRANSLATE_NOOP(
            "review_columns",
            "Expenses dated in the year + commission + the membership fee, booked or expected",
        ),
        HOURS: QT_TRANSLATE_NOOP(
            "review_columns", "Attended meetings (past, not marked absent) + time entries"
        ),
        WORK_HOURS: QT_TRANSLATE_NOOP(
            "review_columns",
            "Hours on the engagements it brought, shared over the years by their revenue",
        ),
        PER_HOUR: QT_TRANSLATE_NOOP(
            "review_columns", "Net / hours invested: the return on networking time"
        ),
        EFFECTIVE: QT_TRANSLATE_NOOP(
            "review_columns",
            "Net / (hours invested + work hours), against your target hourly rate",
        ),
        REFERRALS: QT_TRANSLATE_NOOP(
            "review_columns",
            "Received: engagements referred to you through it that started in the year, at their "
            "estimated value (else their revenue up to the end of the year). Given: referrals "
            "you gave in it in the year, and their estimated value",
        ),
        FULFILMENT: QT_TRANSLATE_NOOP(
            "review_columns", "How well your expectations were met at the end of the year"
        ),
        ATTENDANCE: QT_TRANSLATE_NOOP(
            "review_columns", "Attended / past meetings not cancelled by the network"
        ),
    }
    LEFT_ALIGNED = (NAME,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.review: YearReview | None = None
        self.rows: list[ReviewRow] = []
        self.shown: list[ShownAmounts] = []
        self.places = 2

    def set_review(self, review: YearReview) -> None:
        self.beginResetModel()
        self.review = review
        self.rows = review.rows
        # the same places as the summary above the table and the printed table
        self.places = money_places(review)
        self.shown = shown_amounts(review, Decimal(1).scaleb(-self.places))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TIPS:
            return _t(self.TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section not in self.LEFT_ALIGNED:
            return RIGHT
        return None

    def money(self, cents: int | Decimal | None) -> str:
        return formatting.money(cents, self.places)

    def _count_value(self, count: int, cents: int) -> str:
        """``2 · € 3.600``: the count and the value, in the table's places."""
        return "0" if count == 0 else f"{count} · {self.money(cents)}"

    def text(self, row: int, column: int) -> str:
        item = self.rows[row]
        shown = self.shown[row]
        f = item.figures
        if column == self.NAME:
            if item.ended:
                return fill(QCoreApplication.translate("review_columns", "%1 (ended)"), item.name)
            if item.kind == RowKind.TOTAL:  # what the totals include: a long name, two lines
                return two_lines(item.name)
            return item.name
        if column == self.REVENUE:
            return self.money(shown.revenue * 100)
        if column == self.COSTS:
            return self.money(shown.costs * 100)
        if column == self.NET:
            return self.money(shown.net * 100)
        if column == self.HOURS:
            return formatting.hours(item.minutes)
        if column == self.WORK_HOURS:
            return formatting.hours(item.work_minutes)
        if column == self.PER_HOUR:
            return self.money(item.net_per_hour_cents) or "–"
        if column == self.EFFECTIVE:
            return self.money(item.effective_rate_cents) or "–"
        if column == self.REFERRALS:  # received / given
            return (
                f"{self._count_value(f.referrals_received, f.referrals_received_cents)}"
                f" / {self._count_value(f.referrals_given, f.referrals_given_cents)}"
            )
        if column == self.FULFILMENT:
            return formatting.percent(item.fulfilment) or "–"
        if column == self.ATTENDANCE:
            return formatting.percent(item.attendance_rate) or "–"
        return ""

    def sort_key(self, row: int, column: int) -> Any:
        item = self.rows[row]
        f = item.figures

        def num(value: Decimal | int | None) -> float:
            return float("-inf") if value is None else float(value)

        return {
            self.NAME: item.name.lower(),
            self.REVENUE: num(item.revenue_cents),
            self.COSTS: num(item.costs_cents),
            self.NET: num(item.net_cents),
            self.HOURS: num(item.minutes),
            self.WORK_HOURS: num(item.work_minutes),
            self.PER_HOUR: num(item.net_per_hour_cents),
            self.EFFECTIVE: num(item.effective_rate_cents),
            self.REFERRALS: num(f.referrals_received_cents),
            self.FULFILMENT: num(item.fulfilment),
            self.ATTENDANCE: num(item.attendance_rate),
        }[column]

    def tooltip(self, row: int, column: int) -> str | None:
        item = self.rows[row]
        f = item.figures
        if column == self.COSTS:
            other = f.expense_cents - f.fee_cents
            text = fill(
                QCoreApplication.translate(
                    "review_columns", "Membership fee %1 + other expenses %2 + commission %3"
                ),
                formatting.money(f.fee_cents),
                formatting.money(other),
                formatting.money(f.commission_cents),
            )
            if f.expected_fee_cents:
                text += "\n" + fill(
                    QCoreApplication.translate(
                        "review_columns",
                        "The fee %1 is expected: not booked yet (Work → Expenses).",
                    ),
                    formatting.money(f.expected_fee_cents),
                )
            return text
        if column == self.HOURS:
            return fill(
                QCoreApplication.translate("review_columns", "Meetings %1 h + time entries %2 h"),
                formatting.hours(f.occurrence_minutes),
                formatting.hours(f.time_entry_minutes),
            )
        if column == self.ATTENDANCE and f.attendable:
            return fill(
                QCoreApplication.translate("review_columns", "%1 of %2 meetings"),
                f.attended,
                f.attendable,
            )
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == KIND_ROLE:
            return {RowKind.NETWORK: 0, RowKind.OWN_ACQUISITION: 1, RowKind.TOTAL: 2}[item.kind]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in self.LEFT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, column)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(item.kind == RowKind.TOTAL)
            # an expected (not booked) fee among the costs: italic, explained in the tooltip
            font.setItalic(column == self.COSTS and item.figures.expected_fee_cents > 0)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.kind == RowKind.TOTAL:
                return QBrush(QColor("#e6ebf2"))
            if item.kind == RowKind.OWN_ACQUISITION:
                return QBrush(QColor("#f4f1ec"))
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            if item.kind == RowKind.NETWORK:
                return QColor(item.colour)
        return None

    def _colour(self, item: ReviewRow, column: int) -> QBrush | None:
        if column == self.NET and item.net_cents < 0:
            return QBrush(BAD)
        rate = item.effective_rate_cents
        if column == self.EFFECTIVE and rate is not None and self.review:
            if rate >= self.review.target_rate_cents:  # only the effective rate meets the target
                return QBrush(GOOD)
            if rate < 0:
                return QBrush(BAD)
        if column == self.NAME and item.ended:
            return QBrush(QColor("#777777"))
        return None


class ReviewProxy(QSortFilterProxyModel):
    """Sorts the networks; own acquisition and the totals stay at the bottom."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        left_kind, right_kind = left.data(KIND_ROLE), right.data(KIND_ROLE)
        if left_kind != right_kind:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left_kind < right_kind if ascending else left_kind > right_kind
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


class DecisionPanel(QFrame):
    """My decision for the selected network after the reviewed year, with a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("decisionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.addItem(self.tr("— not decided —"), None)
        for text, value in choices(Decision):
            self.decision.addItem(text, value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("Why, and what you will do differently"))
        self.note.setFixedHeight(self.note.fontMetrics().height() * 3 + 12)
        self.save_button = QPushButton(self.tr("&Save decision"))
        self.save_button.setObjectName("saveDecision")
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666;")
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.decision)
        left.addWidget(self.hint)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.save_button)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.note, 1)
        layout.addLayout(right)
        self.show_row(None, 0)

    def show_row(self, row: ReviewRow | None, year: int, verdict: str = "") -> None:
        """The row's decision; its verdict beside it (the summary lists every network's)."""
        enabled = row is not None and row.kind == RowKind.NETWORK
        for widget in (self.decision, self.note, self.save_button):
            widget.setEnabled(enabled)
        if not enabled or row is None:
            self.title.setText(self.tr("Decision for next year"))
            self.decision.setCurrentIndex(0)
            self.note.clear()
            self.hint.setText(self.tr("Select a network in the table."))
            return
        self.title.setText(fill(self.tr("%1 in %2"), row.name, year + 1))
        self.decision.setCurrentIndex(max(self.decision.findData(row.decision), 0))
        self.note.setPlainText(row.decision_note)
        self.hint.setText(fill(self.tr("Verdict: %1"), verdict))

    def value(self) -> tuple[Decision | None, str]:
        data = self.decision.currentData()
        return (None if data is None else Decision(data)), self.note.toPlainText().strip()


def default_year(today: date) -> int:
    """The year to review: last year during the first quarter, else this year."""
    return today.year - 1 if today.month <= 3 else today.year


class ReviewView(View):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from zpdesk.ui.views import review_charts  # pyqtgraph: only now, not at start-up

        self.review: YearReview | None = None
        self.trend: list | None = None  # the years up to the review's, computed when needed
        self._now = clock.now()  # the moment the review was computed
        self._charts_drawn: set[int] = set()  # chart tabs showing the current review
        self.preview_dialog: QWidget | None = None
        self.whatif_dialog: QWidget | None = None

        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.currentIndexChanged.connect(self._year_changed)
        self.target = QLabel()
        self.target.setObjectName("target")
        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self.tr("&CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.whatif_button = QPushButton(self.tr("What if I &leave…"))
        self.whatif_button.clicked.connect(self.show_whatif)
        self.message = QLabel()
        self.message.setStyleSheet("color: #2e7d32;")
        bar = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addSpacing(16)
        bar.addWidget(self.target)
        bar.addStretch(1)
        bar.addWidget(self.message)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.whatif_button)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setStyleSheet("QLabel#summary { background: #f7f9fc; padding: 6px; }")

        self.model = ReviewTableModel(self)
        self.proxy = ReviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(self.table.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # the totals: 2 lines
        # every column as wide as its figures and names (never cut), no wider
        self.fitter = ColumnFitter(self.table, context.ui_settings)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.decision = DecisionPanel()
        self.decision.save_button.clicked.connect(self.save_decision)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.decision)

        self.net_chart = review_charts.EffectiveRateChart()
        self.scatter_chart = review_charts.RevenueHoursChart()
        self.trend_chart = review_charts.TrendChart()
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.addTab(self.net_chart, self.tr("Effective rate"))
        self.charts.addTab(self.scatter_chart, self.tr("Revenue and hours"))
        self.charts.addTab(self.trend_chart, self.tr("Over the years"))
        # A chart is drawn when its tab is shown: the trend needs four more years computed.
        self.charts.currentChanged.connect(self._draw_visible_chart)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self._fill_years()

    # ------------------------------------------------------------------ data

    def _fill_years(self) -> None:
        today = clock.today()
        with self.context.db.session() as session:
            years = review_service.years_with_data(session, today)
        wanted = self.selected_year() or default_year(today)
        if wanted not in years:
            years = sorted({*years, wanted}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(wanted))
        self.year.blockSignals(False)

    def selected_year(self) -> int | None:
        data = self.year.currentData()
        return int(data) if data is not None else None

    def set_year(self, year: int) -> None:
        index = self.year.findData(year)
        if index < 0:
            self.year.addItem(str(year), year)
            index = self.year.findData(year)
        self.year.setCurrentIndex(index)

    def _year_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        selected = self.selected_network_id()
        self._now = clock.now()
        with self.context.db.session() as session:
            self.review = review_service.review_year(
                session,
                year,
                self._now,
                own_name=own_label(),
                total_name=total_label(),
            )
        self.trend = None
        self.model.set_review(self.review)
        self.target.setText(
            fill(
                self.tr("Target rate: %1 per hour"), formatting.money(self.review.target_rate_cents)
            )
        )
        self.summary.setText(self._summary_html())
        self._charts_drawn.clear()
        self._draw_visible_chart()
        if selected is not None:
            self.select_network(selected)
        self._selection_changed()
        self._fit_table()

    def trend_series(self) -> list:
        """The networks' figures over the ``TREND_YEARS`` up to the review's year."""
        if self.trend is None:
            assert self.review is not None
            year = self.review.year
            with self.context.db.session() as session:
                earlier = review_service.review_years(
                    session,
                    year - TREND_YEARS + 1,
                    year - 1,
                    self._now,
                    own_name=own_label(),
                    total_name=total_label(),
                )
            self.trend = review_service.trend_of({**earlier, year: self.review})
        return self.trend

    def _draw_visible_chart(self) -> None:
        """Draw the chart of the visible tab, unless it already shows the current review."""
        index = self.charts.currentIndex()
        if self.review is None or index in self._charts_drawn:
            return
        chart = self.charts.widget(index)
        if chart is self.net_chart:
            self.net_chart.set_review(self.review)
        elif chart is self.scatter_chart:
            self.scatter_chart.set_review(self.review)
        elif chart is self.trend_chart:
            self.trend_chart.set_series(self.trend_series(), self.review.target_rate_cents)
        self._charts_drawn.add(index)

    def _fit_table(self) -> None:
        """Give the table the height of its rows; the charts get the rest."""
        header = self.table.horizontalHeader()
        scrolls = header.length() > self.table.viewport().width()  # in a narrow window only
        needed = (
            header.height()
            + self.table.verticalHeader().length()
            + (self.table.horizontalScrollBar().sizeHint().height() if scrolls else 0)
            + 6
        )
        top = needed + self.decision.sizeHint().height() + 6
        total = sum(self.splitter.sizes()) or self.height()
        self.splitter.setSizes([top, max(total - top, 260)])

    def _summary_html(self) -> str:
        import html

        from zpdesk.reports.review import summarise, unbreakable

        assert self.review is not None
        summary = summarise(self.review)
        verdicts = "".join(
            f"<li><b>{html.escape(head)}</b> {html.escape(unbreakable(names))}</li>"
            for head, names in summary.verdicts
        )
        parts = [f"<p style='margin:0'>{html.escape(unbreakable(summary.opening))}</p>"]
        if verdicts:
            parts.append(f"<ul style='margin:2px 0 0 -20px'>{verdicts}</ul>")
        if summary.closing:
            parts.append(
                f"<p style='margin:2px 0 0 0'>{html.escape(unbreakable(summary.closing))}</p>"
            )
        return "".join(parts)

    # ------------------------------------------------------------------ selection and decision

    def selected_row(self) -> ReviewRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[self.proxy.mapToSource(indexes[0]).row()]

    def selected_network_id(self) -> int | None:
        row = self.selected_row()
        return row.network_id if row is not None else None

    def select_network(self, network_id: int) -> None:
        for index, row in enumerate(self.model.rows):
            if row.network_id == network_id and row.kind == RowKind.NETWORK:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(index, 0)).row())
                return

    def _selection_changed(self) -> None:
        row = self.selected_row()
        target = self.review.target_rate_cents if self.review else 0
        verdict = verdict_text(row.verdict(target)) if row is not None else ""
        self.decision.show_row(row, self.selected_year() or 0, verdict)

    def save_decision(self) -> None:
        row = self.selected_row()
        year = self.selected_year()
        if row is None or row.network_id is None or year is None:
            return
        decision, note = self.decision.value()
        if decision is None and note:
            self.decision.hint.setText(self.tr("Choose a decision to keep a note with it."))
            return
        if decision is None:
            text = fill(self.tr("Clear the decision on '%1' after %2"), row.name, year)
        else:
            text = fill(self.tr("Decide '%3' on '%1' after %2"), row.name, year, label(decision))
        network_id = row.network_id
        self.context.actions.run(
            text,
            lambda session: review_service.set_decision(session, network_id, year, decision, note),
        )
        self.refresh()
        self.message.setText(self.tr("Decision saved."))
        if decision == Decision.LEAVE and network_id is not None:
            self.offer_notice(network_id, row.name)

    def offer_notice(self, network_id: int, name: str) -> None:
        """After deciding to leave: record the notice, unless the membership already ends."""
        from zpdesk.services.networks import get_network
        from zpdesk.ui.whatif import NoticeDialog

        with self.context.db.session() as session:
            if get_network(session, network_id).values.left_on is not None:
                return
        dialog = NoticeDialog(self.context, network_id, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    # ------------------------------------------------------------------ output

    def report(self):
        from zpdesk.reports.review import ReviewReport

        assert self.review is not None
        trend = self.trend_series()
        return ReviewReport(review=self.review, trend=trend, generated_on=clock.today())

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from zpdesk.reports.review import paint_review

        report = self.report()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(fill(self.tr("Yearly review %1"), report.review.year))
        dialog.paintRequested.connect(lambda device: paint_review(device, report))
        dialog.resize(900, 1000)
        dialog.finished.connect(lambda _result: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    def show_whatif(self) -> None:
        """Open "What if I leave…" on the selected network and the shown year."""
        from zpdesk.ui.whatif import WhatIfDialog

        selected = self.selected_network_id()
        dialog = WhatIfDialog(
            self.context, [selected] if selected is not None else [], self.selected_year(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.whatif_dialog = dialog

    def export_pdf(self) -> None:
        from zpdesk.reports.review import write_pdf

        year = self.selected_year()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the review as PDF"), f"review-{year}.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            write_pdf(self.report(), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the review as PDF"), error_text(exc))
            return
        self.message.setText(fill(self.tr("Saved %1"), path))

    def export_csv(self) -> None:
        from zpdesk.reports.review import write_review_csv

        year = self.selected_year()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the review as CSV"), f"review-{year}.csv", self.tr("CSV (*.csv)")
        )
        if not path or self.review is None:
            return
        try:
            write_review_csv(self.review, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the review as CSV"), error_text(exc))
            return
        self.message.setText(fill(self.tr("Saved %1"), path))
