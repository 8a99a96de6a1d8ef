"""Small painted pieces of the contract screens: fulfilment bars, score sparklines,
score colours and a table view that is exactly as tall as its rows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from zpdesk.ui import formatting
from zpdesk.ui.models import SPARK_ROLE, SUBTITLE_ROLE

GOOD = QColor("#59a14f")
FAIR = QColor("#edc948")
POOR = QColor("#e15759")


def fraction_colour(value: Decimal | float) -> QColor:
    """Green from 75 %, yellow from 50 %, else red."""
    if value >= Decimal("0.75"):
        return GOOD
    if value >= Decimal("0.5"):
        return FAIR
    return POOR


def score_colour(score: int) -> QColor:
    """A score 1–5 as a colour: 4–5 green, 3 yellow, 1–2 red."""
    return fraction_colour(Decimal(score - 1) / 4)


def score_background(score: int) -> QColor:
    """A light tint of the score's colour, for table cells."""
    colour = QColor(score_colour(score))
    colour.setAlpha(70)
    return colour


class FulfilmentBars(QWidget):
    """Labelled horizontal bars of 0–1 fractions (None: "not checked yet")."""

    BAR_HEIGHT = 14
    ROW_GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Decimal | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, Decimal | None]]) -> None:
        self._rows = list(rows)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, Decimal | None]]:
        return list(self._rows)

    def _row_height(self) -> int:
        return max(self.fontMetrics().height(), self.BAR_HEIGHT) + self.ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._rows)) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(text) for text, _ in self._rows), default=0)
        value_width = metrics.horizontalAdvance("100 %") + 8
        none_text = self.tr("not checked yet")
        value_width = max(value_width, metrics.horizontalAdvance(none_text) + 8)
        track_left = label_width + 12
        track_width = max(40, self.width() - track_left - value_width - 4)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track_colour = self.palette().color(QPalette.ColorRole.Mid)
        track_colour.setAlpha(90)
        row_height = self._row_height()
        for row, (text, value) in enumerate(self._rows):
            top = row * row_height + self.ROW_GAP // 2
            centre = top + (row_height - self.ROW_GAP) / 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width, row_height - self.ROW_GAP),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            track = QRectF(track_left, centre - self.BAR_HEIGHT / 2, track_width, self.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_colour)
            painter.drawRoundedRect(track, 4, 4)
            if value is not None:
                filled = QRectF(track)
                filled.setWidth(max(4.0, track.width() * float(value)))
                painter.setBrush(fraction_colour(value))
                painter.drawRoundedRect(filled, 4, 4)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(track.right() + 8, top, value_width, row_height - self.ROW_GAP),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                formatting.percent(value) if value is not None else none_text,
            )
        painter.end()


# The model hands a sparkline its scores (oldest first) under this role.


def paint_sparkline(painter: QPainter, rect: QRectF, scores: Sequence[int]) -> None:
    """Scores 1–5 as a small line, the last point coloured by its score."""
    if not scores:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner = rect.adjusted(4, 4, -4, -4)
    guide = QColor(128, 128, 128, 60)
    painter.setPen(QPen(guide, 1, Qt.PenStyle.DotLine))
    middle = inner.top() + inner.height() / 2
    painter.drawLine(QPointF(inner.left(), middle), QPointF(inner.right(), middle))

    def point(i: int, score: int) -> QPointF:
        x = inner.left() + (inner.width() * i / (len(scores) - 1) if len(scores) > 1 else 0)
        y = inner.bottom() - inner.height() * (score - 1) / 4
        return QPointF(x, y)

    points = [point(i, s) for i, s in enumerate(scores)]
    if len(points) > 1:
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.setPen(QPen(QColor("#4e79a7"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(score_colour(scores[-1]))
    painter.drawEllipse(points[-1], 3, 3)
    painter.restore()


class SparklineDelegate(QStyledItemDelegate):
    """Paints the scores under ``SPARK_ROLE`` as a sparkline (no widget per cell)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        scores = index.data(SPARK_ROLE) or []
        paint_sparkline(painter, QRectF(option.rect), list(scores))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(90, 24)


# A second, smaller line under a cell's text (e.g. an expectation's area).


class TitledDelegate(QStyledItemDelegate):
    """Paints a cell's text wrapped, with ``SUBTITLE_ROLE`` below it smaller and muted,
    and its decoration icon on the left."""

    PAD = 4
    ICON = 16

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        main = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        return main, small

    def _text_rect(self, option: QStyleOptionViewItem, index: Any) -> QRectF:
        rect = QRectF(option.rect).adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            rect.setLeft(rect.left() + self.ICON + self.PAD)
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        main, small = self._fonts(opt)
        rect = self._text_rect(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            colour = QColor(foreground)
        painter.save()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(
                painter,
                int(opt.rect.left() + self.PAD),
                int(rect.top()),
                self.ICON,
                self.ICON,
            )
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        painter.setFont(main)
        painter.setPen(colour)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        used = painter.boundingRect(rect, flags, text)
        painter.drawText(rect, flags, text)
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            muted = QColor(colour)
            muted.setAlpha(150)
            painter.setFont(small)
            painter.setPen(muted)
            below = QRectF(rect.left(), used.bottom() + 1, rect.width(), rect.height())
            painter.drawText(below, flags, str(subtitle))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        main, small = self._fonts(opt)
        width = opt.rect.width() if opt.rect.width() > 0 else 280
        rect = self._text_rect(opt, index)
        text_width = max(60, int(rect.width()) if rect.width() > 0 else width - 2 * self.PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = QFontMetrics(main).boundingRect(0, 0, text_width, 10_000, flags, text).height()
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            height += (
                1
                + QFontMetrics(small)
                .boundingRect(0, 0, text_width, 10_000, flags, str(subtitle))
                .height()
            )
        return QSize(width, height + 2 * self.PAD)


class CompactTable(QTableView):
    """A read-only table that grows to show all its rows instead of scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        row_height = self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().height() + rows * row_height + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        return QSize(hint.width(), height + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def stretch(self, column: int) -> None:
        """Let ``column`` take the spare width; the others fit their contents."""
        header = self.horizontalHeader()
        # Fit the columns to the first rows only: with hundreds of rows (ten years of
        # data) measuring every cell on each layout cost ~0.1 s of the Overview's start.
        header.setResizeContentsPrecision(50)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
