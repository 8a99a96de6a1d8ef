"""Small colour squares that mark a network wherever it appears."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@lru_cache(maxsize=128)
def colour_icon(colour: str, size: int = 14) -> QIcon:
    """A rounded square filled with ``colour`` (an invalid colour gives an empty outline)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    border = fill.darker(140) if fill.isValid() else QColor("#888888")
    painter.setPen(QPen(border, 1))
    painter.setBrush(fill if fill.isValid() else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)
