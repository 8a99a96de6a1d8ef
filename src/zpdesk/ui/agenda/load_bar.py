"""A thin bar of a week's network time: internal and external against the capacity."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from zpdesk.locale_format import fill

INTERNAL = QColor("#4e79a7")
EXTERNAL = QColor("#f28e2b")
OVER = QColor("#b3261e")
TRACK = QColor(0, 0, 0, 28)


class LoadBar(QWidget):
    """``set_load(internal, external, capacity)`` in minutes; a tick marks the capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.internal = 0
        self.external = 0
        self.capacity = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def sizeHint(self) -> QSize:
        return QSize(320, 12)

    def set_load(self, internal: int, external: int, capacity: int) -> None:
        self.internal, self.external, self.capacity = internal, external, capacity
        total = internal + external
        self.setToolTip(fill(self.tr("%1 of %2 minutes"), total, capacity))
        self.update()

    @property
    def over_capacity(self) -> bool:
        return self.internal + self.external > self.capacity

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, 3, 3)
        total = self.internal + self.external
        scale = max(total, self.capacity, 1)
        x = rect.left()
        for minutes, colour in ((self.internal, INTERNAL), (self.external, EXTERNAL)):
            width = rect.width() * minutes / scale
            if width > 0:
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
                x += width
        if self.capacity and total > self.capacity:
            marker = rect.left() + rect.width() * self.capacity / scale
            painter.setBrush(QColor(OVER.red(), OVER.green(), OVER.blue(), 110))
            painter.drawRect(QRectF(marker, rect.top(), x - marker, rect.height()))
        if self.capacity:
            marker = rect.left() + rect.width() * self.capacity / scale
            painter.setPen(QPen(OVER if total > self.capacity else QColor("#57606a"), 2))
            painter.drawLine(int(marker), int(rect.top()) - 1, int(marker), int(rect.bottom()) + 1)
        painter.end()
