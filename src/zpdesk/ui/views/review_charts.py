"""The interactive charts of the Review view (pyqtgraph).

Imported only when the Review view is first built: pyqtgraph (and numpy) are heavy and
stay out of start-up. Hovering a bar or a point shows its figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QComboBox, QToolTip, QVBoxLayout, QWidget

from zpdesk.domain.review import (
    ReviewRow,
    RowKind,
    TrendPoint,
    TrendSeries,
    YearReview,
    money_places,
)
from zpdesk.ui import formatting

TARGET = QColor("#b07aa1")
FALLBACK = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#af7aa1"]


def colour_of(colour: str, index: int) -> QColor:
    value = QColor(colour)
    return value if value.isValid() else QColor(FALLBACK[index % len(FALLBACK)])


def euros(cents: Decimal | int | None) -> float:
    """Chart coordinates only: cents as float euros (figures stay exact elsewhere)."""
    return math.nan if cents is None else float(cents) / 100


def row_tooltip(row: ReviewRow, target_rate_cents: int) -> str:
    """The figures of a network as shown when hovering its bar or point."""
    lines = [
        f"<b>{row.name}</b>",
        QCoreApplication.translate("ReviewCharts", "Revenue: %1").replace(
            "%1", formatting.money(row.revenue_cents)
        ),
        QCoreApplication.translate("ReviewCharts", "Costs: %1").replace(
            "%1", formatting.money(row.costs_cents)
        ),
        QCoreApplication.translate("ReviewCharts", "Net: %1").replace(
            "%1", formatting.money(row.net_cents)
        ),
        QCoreApplication.translate("ReviewCharts", "Hours invested: %1").replace(
            "%1", formatting.hours(row.minutes)
        ),
        QCoreApplication.translate("ReviewCharts", "Work hours: %1").replace(
            "%1", formatting.hours(row.work_minutes)
        ),
        QCoreApplication.translate("ReviewCharts", "Net per networking hour: %1").replace(
            "%1", formatting.money(row.net_per_hour_cents) or "–"
        ),
    ]
    rate = row.effective_rate_cents
    if rate is None:
        lines.append(QCoreApplication.translate("ReviewCharts", "Effective rate: no hours"))
    else:
        lines.append(
            QCoreApplication.translate("ReviewCharts", "Effective rate: %1 (target %2)")
            .replace("%1", formatting.money(rate))
            .replace("%2", formatting.money(target_rate_cents))
        )
    if row.fulfilment is not None:
        lines.append(
            QCoreApplication.translate("ReviewCharts", "Fulfilment: %1").replace(
                "%1", formatting.percent(row.fulfilment)
            )
        )
    return "<br>".join(lines)


def _plot(parent: QWidget | None = None) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent=parent, background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("#777777"))
        axis.setTextPen(pg.mkPen("#333333"))
    return plot


class _Chart(QWidget):
    """A pyqtgraph plot with hover tooltips computed by ``tooltip_at``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = layout
        layout.addWidget(self.plot)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        text = self.tooltip_at(point.x(), point.y())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip for the plot coordinates (x, y); "" for none."""
        return ""


class EffectiveRateChart(_Chart):
    """Bars: the effective hourly rate by network, a dashed line at the target rate (only
    the effective rate is set against the target)."""

    BAR_WIDTH = 0.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.target_rate_cents = 0
        self.plot.setLabel("left", self.tr("effective rate (€ per hour)"))
        self.legend = self.plot.addLegend(offset=(-10, 5), labelTextColor="#333333")

    def set_review(self, review: YearReview) -> None:
        self.rows = [row for row in review.networks if row.kind == RowKind.NETWORK]
        self.target_rate_cents = review.target_rate_cents
        plot = self.plot
        plot.clear()
        heights = [
            0.0 if r.effective_rate_cents is None else euros(r.effective_rate_cents)
            for r in self.rows
        ]
        places = money_places(review)  # the table's and the summary's places
        if self.rows:
            plot.addItem(
                pg.BarGraphItem(
                    x=list(range(len(self.rows))),
                    height=heights,
                    width=self.BAR_WIDTH,
                    brushes=[colour_of(r.colour, i) for i, r in enumerate(self.rows)],
                    pens=[
                        pg.mkPen(colour_of(r.colour, i).darker(130))
                        for i, r in enumerate(self.rows)
                    ],
                )
            )
        for index, (row, height) in enumerate(zip(self.rows, heights, strict=True)):
            text = (
                self.tr("no hours")
                if row.effective_rate_cents is None
                else formatting.money(row.effective_rate_cents, places)
            )
            label = pg.TextItem(text, color="#222222", anchor=(0.5, 1.0 if height >= 0 else 0.0))
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            label.setPos(index, height)
            plot.addItem(label)
        target = euros(self.target_rate_cents)
        pen = pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine)
        plot.addItem(pg.InfiniteLine(pos=target, angle=0, pen=pen))
        # the key of the dashed line, in the legend
        self.legend.clear()
        self.legend.addItem(
            pg.PlotDataItem(pen=pen),
            self.tr("target %1 per hour").replace("%1", formatting.money(self.target_rate_cents)),
        )
        axis = plot.getAxis("bottom")
        axis.setTicks([[(i, _short(r.name)) for i, r in enumerate(self.rows)]])
        low = min([0.0, *heights])
        high = max([target * 1.2, *heights, 1.0])
        plot.setXRange(-0.6, max(len(self.rows) - 0.4, 0.6), padding=0)
        span = high - low
        plot.setYRange(low - 0.15 * span if low < 0 else 0, high + 0.12 * span, padding=0)

    def tooltip_at(self, x: float, y: float) -> str:
        index = round(x)
        if not 0 <= index < len(self.rows) or abs(x - index) > self.BAR_WIDTH / 2:
            return ""
        return row_tooltip(self.rows[index], self.target_rate_cents)


def _short(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class RevenueHoursChart(_Chart):
    """One labelled point per network: hours invested across, revenue sourced up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.target_rate_cents = 0
        self.plot.setLabel("left", self.tr("revenue sourced (€)"))
        self.plot.setLabel("bottom", self.tr("hours invested"))
        self.plot.showGrid(x=True, y=True, alpha=0.15)

    def set_review(self, review: YearReview) -> None:
        self.rows = [row for row in review.networks if row.kind == RowKind.NETWORK]
        self.target_rate_cents = review.target_rate_cents
        plot = self.plot
        plot.clear()
        xs = [float(r.hours) for r in self.rows]
        ys = [euros(r.revenue_cents) for r in self.rows]
        max_x = max([*xs, 1.0]) * 1.15
        max_y = max([*ys, 100.0]) * 1.15
        scatter = pg.ScatterPlotItem(
            x=xs,
            y=ys,
            size=13,
            brush=[colour_of(r.colour, i) for i, r in enumerate(self.rows)],
            pen=pg.mkPen("#ffffff", width=1.5),
            hoverable=True,
            hoverSize=17,
            tip=None,  # tooltips come from tooltip_at, like the other charts
        )
        plot.addItem(scatter)
        for row, x, y in zip(self.rows, xs, ys, strict=True):
            label = pg.TextItem(row.name, color="#222222", anchor=(-0.08, 1.1))
            label.setPos(x, y)
            plot.addItem(label)
        plot.setXRange(0, max_x, padding=0)
        plot.setYRange(0, max_y, padding=0)

    def tooltip_at(self, x: float, y: float) -> str:
        if not self.rows:
            return ""
        view = self.plot.getPlotItem().vb
        # nearest point within ~12 pixels
        (x_px, y_px) = view.viewPixelSize()
        best = None
        for index, row in enumerate(self.rows):
            dx = (float(row.hours) - x) / (x_px or 1)
            dy = (euros(row.revenue_cents) - y) / (y_px or 1)
            distance = math.hypot(dx, dy)
            if distance <= 12 and (best is None or distance < best[0]):
                best = (distance, index)
        if best is None:
            return ""
        return row_tooltip(self.rows[best[1]], self.target_rate_cents)


METRICS: dict[str, Callable[[TrendPoint], Decimal | int | None]] = {
    "effective_rate": lambda p: p.effective_rate_cents,
    "net_per_hour": lambda p: p.net_per_hour_cents,
    "net": lambda p: p.net_cents,
    "revenue": lambda p: p.revenue_cents,
    "hours": lambda p: Decimal(p.minutes) * 100 / 60,  # plotted like cents: /100 → hours
}


class TrendChart(_Chart):
    """A line per network over the years; a choice of figure to follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[TrendSeries] = []
        self.target_rate_cents = 0
        self.figure_choice = QComboBox()
        self.figure_choice.setObjectName("trendMetric")
        for key, text in (
            ("effective_rate", self.tr("Effective rate")),
            ("net_per_hour", self.tr("Net per networking hour")),
            ("net", self.tr("Net")),
            ("revenue", self.tr("Revenue sourced")),
            ("hours", self.tr("Hours invested")),
        ):
            self.figure_choice.addItem(text, key)
        self.figure_choice.currentIndexChanged.connect(self._draw)
        self.layout_.insertWidget(0, self.figure_choice, 0, Qt.AlignmentFlag.AlignLeft)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor="#333333")

    def set_series(self, series: Sequence[TrendSeries], target_rate_cents: int) -> None:
        self.series = list(series)
        self.target_rate_cents = target_rate_cents
        self._draw()

    def _draw(self) -> None:
        plot = self.plot
        plot.clear()
        self.legend.clear()
        key = self.figure_choice.currentData()
        value_of = METRICS[key]
        labels = {
            "effective_rate": self.tr("effective rate (€ per hour)"),
            "net_per_hour": self.tr("net per networking hour (€)"),
            "net": self.tr("net (€)"),
            "revenue": self.tr("revenue (€)"),
            "hours": self.tr("hours"),
        }
        plot.setLabel("left", labels[key])
        years = sorted({p.year for s in self.series for p in s.points if value_of(p) is not None})
        every_year = list(range(years[0], years[-1] + 1)) if years else []
        for index, series in enumerate(self.series):
            # a year the network was not in is a gap (NaN), never a zero
            by_year = {p.year: euros(value_of(p)) for p in series.points}
            xs = every_year
            ys = [by_year.get(year, math.nan) for year in every_year]
            if all(math.isnan(y) for y in ys):
                continue
            colour = colour_of(series.colour, index)
            plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2.5),
                connect="finite",
                name=series.name,
            )
            plot.addItem(
                pg.ScatterPlotItem(
                    x=xs,
                    y=ys,
                    size=9,
                    brush=colour,
                    pen=pg.mkPen("#ffffff"),
                    hoverable=True,
                    hoverSize=13,
                    tip=None,
                )
            )
        if key == "effective_rate" and self.target_rate_cents:  # only this one meets the target
            plot.addItem(
                pg.InfiniteLine(
                    pos=euros(self.target_rate_cents),
                    angle=0,
                    pen=pg.mkPen(TARGET, width=1.5, style=Qt.PenStyle.DashLine),
                )
            )
        axis = plot.getAxis("bottom")
        axis.setTicks([[(year, str(year)) for year in years]])
        if years:
            plot.setXRange(years[0] - 0.3, years[-1] + 0.3, padding=0)
        plot.enableAutoRange(axis="y")

    def point_text(self, series_index: int, point_index: int) -> str:
        series = self.series[series_index]
        point = series.points[point_index]
        lines = [
            f"<b>{series.name}</b> · {point.year}",
            self.tr("Revenue: %1").replace("%1", formatting.money(point.revenue_cents)),
            self.tr("Net: %1").replace("%1", formatting.money(point.net_cents)),
            self.tr("Hours: %1").replace("%1", formatting.hours(point.minutes)),
            self.tr("Net per networking hour: %1").replace(
                "%1", formatting.money(point.net_per_hour_cents) or "–"
            ),
            self.tr("Effective rate: %1").replace(
                "%1", formatting.money(point.effective_rate_cents) or "–"
            ),
        ]
        return "<br>".join(lines)

    def tooltip_at(self, x: float, y: float) -> str:
        key = self.figure_choice.currentData()
        view = self.plot.getPlotItem().vb
        (x_px, y_px) = view.viewPixelSize()
        best = None
        for s_index, series in enumerate(self.series):
            for p_index, point in enumerate(series.points):
                value = euros(METRICS[key](point))
                if math.isnan(value):
                    continue
                distance = math.hypot((point.year - x) / (x_px or 1), (value - y) / (y_px or 1))
                if distance <= 10 and (best is None or distance < best[0]):
                    best = (distance, s_index, p_index)
        return "" if best is None else self.point_text(best[1], best[2])
