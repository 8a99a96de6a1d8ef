"""The atlas on paper: one A4 landscape page as PDF, SVG or PNG (``zpdesk atlas`` and
File → Export in the view). One routine paints the page for all three formats."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from zpdesk import clock
from zpdesk.files import atomic_path
from zpdesk.locale_format import fill, money
from zpdesk.services.atlas import Atlas, brings_me_work, build_atlas, where_work_goes
from zpdesk.store.db import Database
from zpdesk.ui.atlas.scene import AtlasScene, legend_lines
from zpdesk.ui.atlas.texts import conflict_text

FORMATS = ("png", "pdf", "svg")
TOP_ROWS = 6  # lines of each list printed beside the picture
PNG_SIZE = QSize(3508, 2480)  # A4 landscape at 300 dpi
SVG_SIZE = QSize(1123, 794)  # A4 landscape at 96 dpi (the SVG's own units)


def title_of(atlas: Atlas) -> str:
    return fill(QCoreApplication.translate("AtlasExport", "Network atlas %1"), atlas.year)


def me_name(atlas: Atlas) -> str:
    return atlas.me or QCoreApplication.translate("AtlasExport", "Me")


def paint_page(painter: QPainter, page: QRectF, scene: AtlasScene) -> None:
    """Title, the picture fitted in the page, the legend and any conflicts beneath it."""
    unit = page.height() / 100  # every size in hundredths of the page's height
    painter.fillRect(page, QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(max(1, round(unit * 3.2)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#000000"))
    title = QRectF(page.left(), page.top(), page.width(), unit * 5)
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"{title_of(scene.atlas)} — {me_name(scene.atlas)}",
    )

    legend_width = page.width() * 0.26
    picture = QRectF(
        page.left(),
        title.bottom() + unit,
        page.width() - legend_width,
        page.bottom() - title.bottom() - unit,
    )
    scene.clearSelection()
    scene.render(painter, picture, scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    font.setBold(False)
    font.setPixelSize(max(1, round(unit * 1.8)))
    painter.setFont(font)
    x = picture.right() + unit
    y = title.bottom() + unit * 2
    for colour, style, text in legend_lines():
        painter.setPen(QPen(colour, unit * 0.5, style))
        painter.drawLine(QPointF(x, y + unit), QPointF(x + unit * 4, y + unit))
        painter.setPen(QColor("#000000"))
        box = QRectF(x + unit * 5, y, page.right() - x - unit * 5, unit * 6)
        used = painter.boundingRect(box, Qt.TextFlag.TextWordWrap, text)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
        y += max(used.height(), unit * 2.4) + unit
    for conflict in scene.atlas.conflicts:
        box = QRectF(x, y, page.right() - x, unit * 12)
        text = "! " + conflict_text(conflict)
        used = painter.boundingRect(box, Qt.TextFlag.TextWordWrap, text)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
        y += used.height() + unit
    # The lists carry the answers: the top of each beside the picture.
    _, brought = brings_me_work(scene.atlas)
    _, received = where_work_goes(scene.atlas)
    for heading, rows in (
        (QCoreApplication.translate("AtlasExport", "Who brings me work"), brought),
        (QCoreApplication.translate("AtlasExport", "Where my work goes"), received),
    ):
        if not rows or y > page.bottom() - unit * 8:
            continue
        y += unit
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(x, y, page.right() - x, unit * 2.4), heading)
        font.setBold(False)
        painter.setFont(font)
        y += unit * 2.6
        for row in rows[:TOP_ROWS]:
            line = QRectF(x, y, page.right() - x, unit * 2.4)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, row.name)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, money(row.cents, 0))
            y += unit * 2.4


def write_atlas(scene: AtlasScene, out: Path) -> Path:
    """Write the page to ``out`` (.png, .pdf or .svg), atomically."""
    kind = out.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise OSError(f"{out}: the atlas is written as .png, .pdf or .svg")
    with atomic_path(out) as temporary:
        if kind == "pdf":
            writer = QPdfWriter(str(temporary))
            writer.setResolution(300)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Landscape,
                    QMarginsF(10, 10, 10, 10),
                    QPageLayout.Unit.Millimeter,
                )
            )
            writer.setTitle(title_of(scene.atlas))
            painter = QPainter(writer)
            paint_page(painter, QRectF(painter.viewport()), scene)
            painter.end()
        elif kind == "svg":
            from PySide6.QtSvg import QSvgGenerator  # part of PySide6-Essentials

            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(SVG_SIZE)
            generator.setViewBox(QRectF(0, 0, SVG_SIZE.width(), SVG_SIZE.height()))
            generator.setTitle(title_of(scene.atlas))
            painter = QPainter(generator)
            paint_page(painter, QRectF(0, 0, SVG_SIZE.width(), SVG_SIZE.height()), scene)
            painter.end()
        else:
            image = QImage(PNG_SIZE, QImage.Format.Format_RGB32)
            image.fill(QColor("#ffffff"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            margin = PNG_SIZE.height() * 0.04
            page = QRectF(
                margin, margin, PNG_SIZE.width() - 2 * margin, PNG_SIZE.height() - 2 * margin
            )
            paint_page(painter, page, scene)
            painter.end()
            if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
                raise OSError(f"could not write {out}")
    return out


def run_atlas(db: Database, args: argparse.Namespace) -> int:
    """``zpdesk atlas --db PATH --year YYYY --out FILE.png|.pdf|.svg [--lang nl|en]``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from zpdesk.ui import i18n
    from zpdesk.ui.app import application

    try:
        out = Path(args.out)
        if out.suffix.lower().lstrip(".") not in FORMATS:
            raise OSError(f"{out}: the atlas is written as .png, .pdf or .svg")
        app = application()
        i18n.install_translators(app, getattr(args, "lang", None))
        with db.session() as session:
            atlas = build_atlas(session, args.year, clock.now(), clock.today())
        scene = AtlasScene(atlas, me_name(atlas))
        print(write_atlas(scene, out))
        return 0
    finally:
        db.close()
