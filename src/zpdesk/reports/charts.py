"""Charts of the yearly review, painted with QPainter into a QImage (for the PDF).

The window shows the same three charts with pyqtgraph (interactive); the report needs
no pyqtgraph: these are plain QtGui drawings at print resolution. Geometry uses floats
(display only); the figures themselves stay Decimal until here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from zpdesk import locale_format as fmt
from zpdesk.domain.review import RowKind, TrendSeries, YearReview, money_places

# logical size of a chart in points; the image is SCALE times larger for print
WIDTH, HEIGHT = 640.0, 250.0
LEFT = 84.0  # room for the amount axis
SCALE = 3
AXIS = QColor("#555555")
GRID = QColor("#e3e3e3")
TEXT = QColor("#222222")
MUTED = QColor("#888888")
TARGET = QColor("#b07aa1")
FALLBACK = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#af7aa1", "#ff9da7"]


def colour_of(colour: str, index: int) -> QColor:
    value = QColor(colour)
    return value if value.isValid() else QColor(FALLBACK[index % len(FALLBACK)])


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if (high - low) / step <= count:
            break
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


@dataclass
class _Frame:
    """The plot area inside the image and the mapping of values to it."""

    rect: QRectF
    x_low: float
    x_high: float
    y_low: float
    y_high: float

    def x(self, value: float) -> float:
        span = self.x_high - self.x_low or 1
        return self.rect.left() + (value - self.x_low) / span * self.rect.width()

    def y(self, value: float) -> float:
        span = self.y_high - self.y_low or 1
        return self.rect.bottom() - (value - self.y_low) / span * self.rect.height()


def _canvas() -> tuple[QImage, QPainter]:
    image = QImage(int(WIDTH * SCALE), int(HEIGHT * SCALE), QImage.Format.Format_ARGB32)
    # 72 dpi before scaling: a point is one logical unit, so font sizes match the geometry
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(SCALE, SCALE)
    return image, painter


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _euro_axis(cents: float) -> str:
    return fmt.money(Decimal(round(cents)), decimals=0)


def _y_axis(painter: QPainter, frame: _Frame, ticks: Sequence[float], label: str) -> None:
    painter.setFont(_font(8))
    for tick in ticks:
        y = frame.y(tick)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
        painter.setPen(AXIS)
        painter.drawText(
            QRectF(18, y - 7, frame.rect.left() - 24, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _euro_axis(tick),
        )
    painter.save()
    painter.setPen(MUTED)
    painter.translate(10, frame.rect.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-80, -8, 160, 16), Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


def _message(painter: QPainter, text: str) -> None:
    painter.setPen(MUTED)
    painter.setFont(_font(9))
    painter.drawText(QRectF(0, 0, WIDTH, HEIGHT), Qt.AlignmentFlag.AlignCenter, text)


def _wrapped_label(painter: QPainter, rect: QRectF, text: str) -> None:
    """A name under a bar: wrapped on words, at most two lines, elided when longer."""
    metrics = painter.fontMetrics()
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= rect.width() or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    for index, line in enumerate(lines):
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(
            QRectF(
                rect.left(), rect.top() + index * metrics.height(), rect.width(), metrics.height()
            ),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            shown,
        )


def _dashed_legend(painter: QPainter, right: float, text: str) -> None:
    """A dashed target-line key in the top right corner, above the plot."""
    painter.setFont(_font(7.5))
    width = painter.fontMetrics().horizontalAdvance(text)
    x = right - width - 24
    painter.setPen(QPen(TARGET, 1.4, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, 8), QPointF(x + 18, 8))
    painter.setPen(TEXT)
    painter.drawText(QPointF(x + 22, 11), text)


def effective_rate_chart(review: YearReview) -> QImage:
    """Bars: the effective hourly rate of each network, with a line at the target rate.

    Only the effective rate is set against the target (DOMAIN.md); net per networking
    hour is in the table beside it.
    """
    image, painter = _canvas()
    rows = [row for row in review.networks if row.kind == RowKind.NETWORK]
    target = float(review.target_rate_cents)
    if not rows:
        _message(painter, QCoreApplication.translate("ReviewCharts", "No networks in this year."))
        painter.end()
        return image
    values = [float(r.effective_rate_cents) for r in rows if r.effective_rate_cents is not None]
    places = money_places(review)
    ticks = nice_ticks(min([0.0, *values]), max([target * 1.15, *values, 1.0]))
    frame = _Frame(
        QRectF(LEFT, 22, WIDTH - LEFT - 8, HEIGHT - 60), 0, len(rows), ticks[0], ticks[-1]
    )
    _y_axis(painter, frame, ticks, QCoreApplication.translate("ReviewCharts", "effective rate"))
    slot = frame.rect.width() / len(rows)
    bar_width = min(slot * 0.62, 70)
    zero = frame.y(0)
    labels: list[tuple[QRectF, str]] = []
    painter.setFont(_font(8, bold=True))
    metrics = painter.fontMetrics()
    for index, row in enumerate(rows):
        centre = frame.rect.left() + slot * (index + 0.5)
        value = row.effective_rate_cents
        if value is None:
            labels.append(
                (
                    QRectF(centre - slot / 2, zero - 16, slot, 14),
                    QCoreApplication.translate("ReviewCharts", "no hours"),
                )
            )
            continue
        top = frame.y(float(value))
        colour = colour_of(row.colour, index)
        painter.setPen(QPen(colour.darker(130), 0.8))
        painter.setBrush(QBrush(colour))
        painter.drawRect(QRectF(centre - bar_width / 2, min(top, zero), bar_width, abs(zero - top)))
        text = fmt.money(value, decimals=places)  # as the table and the summary show it
        width = metrics.horizontalAdvance(text) + 6
        labels.append(
            (QRectF(centre - width / 2, top - 14 if value >= 0 else top + 2, width, 12), text)
        )
    painter.setPen(QPen(AXIS, 0.8))
    painter.drawLine(QPointF(frame.rect.left(), zero), QPointF(frame.rect.right(), zero))
    y = frame.y(target)
    painter.setPen(QPen(TARGET, 1.4, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
    # values on top of the target line, names under the axis
    for box, text in labels:
        painter.fillRect(box, QColor(255, 255, 255, 220))
        painter.setPen(TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(_font(7.5))
    for index, row in enumerate(rows):
        centre = frame.rect.left() + slot * (index + 0.5)
        _wrapped_label(
            painter, QRectF(centre - slot / 2 + 2, frame.rect.bottom() + 5, slot - 4, 30), row.name
        )
    _dashed_legend(
        painter,
        frame.rect.right(),
        QCoreApplication.translate("ReviewCharts", "target rate %1 per hour").replace(
            "%1", fmt.money(target, decimals=0)
        ),
    )
    painter.end()
    return image


def revenue_hours_chart(review: YearReview) -> QImage:
    """One labelled point per network: hours invested across, revenue sourced up."""
    image, painter = _canvas()
    rows = [row for row in review.networks if row.kind == RowKind.NETWORK]
    if not rows:
        _message(painter, QCoreApplication.translate("ReviewCharts", "No networks in this year."))
        painter.end()
        return image
    max_hours = max([float(r.hours) for r in rows] + [1.0])
    max_revenue = max([float(r.revenue_cents) for r in rows] + [100.0])
    x_ticks = nice_ticks(0, max_hours * 1.08)
    y_ticks = nice_ticks(0, max_revenue * 1.1)
    frame = _Frame(QRectF(LEFT, 12, WIDTH - LEFT - 16, HEIGHT - 48), 0, x_ticks[-1], 0, y_ticks[-1])
    _y_axis(painter, frame, y_ticks, QCoreApplication.translate("ReviewCharts", "revenue sourced"))
    painter.setFont(_font(8))
    for tick in x_ticks:
        x = frame.x(tick)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(x, frame.rect.top()), QPointF(x, frame.rect.bottom()))
        painter.setPen(AXIS)
        painter.drawText(
            QRectF(x - 30, frame.rect.bottom() + 3, 60, 12),
            Qt.AlignmentFlag.AlignCenter,
            fmt.number(Decimal(str(tick)), 0),
        )
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(frame.rect.left(), HEIGHT - 18, frame.rect.width(), 14),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("ReviewCharts", "hours invested"),
    )
    painter.setPen(QPen(AXIS, 0.8))
    painter.drawLine(frame.rect.bottomLeft(), frame.rect.bottomRight())
    painter.drawLine(frame.rect.bottomLeft(), frame.rect.topLeft())
    painter.setFont(_font(7.5, bold=True))
    metrics = painter.fontMetrics()
    points = [
        (row, QPointF(frame.x(float(row.hours)), frame.y(float(row.revenue_cents))))
        for row in sorted(rows, key=lambda r: -r.revenue_cents)
    ]
    # points are obstacles for labels too
    placed = [QRectF(p.x() - 5, p.y() - 5, 10, 10) for _, p in points]
    bounds = QRectF(0, 0, WIDTH, HEIGHT)
    for index, (row, point) in enumerate(points):
        colour = colour_of(row.colour, index)
        painter.setPen(QPen(colour.darker(140), 1))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(point, 4.5, 4.5)
        width, height = metrics.horizontalAdvance(row.name) + 4, 12.0
        x, y = point.x(), point.y()
        candidates = [
            QRectF(x + 7, y - height / 2, width, height),
            QRectF(x - 7 - width, y - height / 2, width, height),
            QRectF(x - width / 2, y - 8 - height, width, height),
            QRectF(x - width / 2, y + 8, width, height),
            QRectF(x + 7, y - 8 - height, width, height),
            QRectF(x - 7 - width, y - 8 - height, width, height),
            QRectF(x + 7, y + 6, width, height),
            QRectF(x - 7 - width, y + 6, width, height),
        ]
        label = next(
            (
                c
                for c in candidates
                if bounds.contains(c) and not any(c.intersects(other) for other in placed)
            ),
            next((c for c in candidates if bounds.contains(c)), candidates[0]),
        )
        placed.append(label)
        painter.fillRect(label, QColor(255, 255, 255, 210))
        painter.setPen(TEXT)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, row.name)
    painter.end()
    return image


def trend_chart(series: Sequence[TrendSeries], target_rate_cents: int) -> QImage:
    """The effective hourly rate per network over the years, one line each.

    A year without a figure (not a member, or no hours) is a gap in the line, never 0.
    """
    image, painter = _canvas()
    lines = [s for s in series if any(p.effective_rate_cents is not None for p in s.points)]
    years = sorted({p.year for s in lines for p in s.points if p.effective_rate_cents is not None})
    if not lines or not years:
        _message(
            painter, QCoreApplication.translate("ReviewCharts", "No hours invested in these years.")
        )
        painter.end()
        return image
    values = [
        float(p.effective_rate_cents)
        for s in lines
        for p in s.points
        if p.effective_rate_cents is not None
    ]
    target = float(target_rate_cents)
    ticks = nice_ticks(min([0.0, *values]), max([target * 1.15, *values, 1.0]))
    legend_width = 160.0
    frame = _Frame(
        QRectF(LEFT, 12, WIDTH - LEFT - 12 - legend_width, HEIGHT - 36),
        years[0] - 0.4,
        years[-1] + 0.4,
        ticks[0],
        ticks[-1],
    )
    _y_axis(painter, frame, ticks, QCoreApplication.translate("ReviewCharts", "effective rate"))
    painter.setFont(_font(8))
    painter.setPen(AXIS)
    for year in range(years[0], years[-1] + 1):
        painter.drawText(
            QRectF(frame.x(year) - 20, frame.rect.bottom() + 4, 40, 12),
            Qt.AlignmentFlag.AlignCenter,
            str(year),
        )
    painter.setPen(QPen(AXIS, 0.8))
    painter.drawLine(
        QPointF(frame.rect.left(), frame.y(0)), QPointF(frame.rect.right(), frame.y(0))
    )
    painter.setPen(QPen(TARGET, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(
        QPointF(frame.rect.left(), frame.y(target)), QPointF(frame.rect.right(), frame.y(target))
    )
    legend_x = WIDTH - legend_width + 4
    painter.setFont(_font(7.5))
    metrics = painter.fontMetrics()
    for index, line in enumerate(lines):
        colour = colour_of(line.colour, index)
        path = QPainterPath()
        previous_year: int | None = None
        spots = []
        for point in line.points:
            if point.effective_rate_cents is None:
                previous_year = None
                continue
            spot = QPointF(frame.x(point.year), frame.y(float(point.effective_rate_cents)))
            spots.append(spot)
            if previous_year == point.year - 1:  # a missing year breaks the line
                path.lineTo(spot)
            else:
                path.moveTo(spot)
            previous_year = point.year
        painter.setPen(QPen(colour, 1.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(colour))
        for spot in spots:
            painter.drawEllipse(spot, 2.8, 2.8)
        y = 18 + index * 15
        painter.setPen(QPen(colour, 2.4))
        painter.drawLine(QPointF(legend_x, y), QPointF(legend_x + 16, y))
        painter.setPen(TEXT)
        painter.drawText(
            QPointF(legend_x + 22, y + 3),
            metrics.elidedText(line.name, Qt.TextElideMode.ElideRight, int(legend_width - 28)),
        )
    y = 18 + len(lines) * 15
    painter.setPen(QPen(TARGET, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(legend_x, y), QPointF(legend_x + 16, y))
    painter.setPen(TEXT)
    painter.drawText(
        QPointF(legend_x + 22, y + 3), QCoreApplication.translate("ReviewCharts", "target rate")
    )
    painter.end()
    return image
