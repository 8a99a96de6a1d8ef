#!/usr/bin/env python3
"""Make every icon file from the SVG masters in resources/icons.

    python packaging/make_icons.py

- copies the SVGs into the package (src/zpdesk/resources/icons), which is what the
  installed app and the frozen bundle load;
- renders the application icon into packaging/icons/zpdesk.ico (Windows),
  packaging/icons/zpdesk.icns (macOS) and packaging/icons/zpdesk-256.png.

Both container formats hold PNG images, which Windows Vista+ and macOS 10.7+ read; the
files are written here byte by byte so no image library beyond Qt is needed. The results
are committed: building the app does not need this script.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MASTERS = ROOT / "resources" / "icons"
PACKAGE_ICONS = ROOT / "src" / "zpdesk" / "resources" / "icons"
OUT = ROOT / "packaging" / "icons"
APP_SVG = MASTERS / "zpdesk.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length, PNG) per entry."""
    body = b""
    for kind, size in ICNS_TYPES:
        # the @2x types (ic11–ic14) hold the double-size picture
        pixels = size * 2 if kind in (b"ic11", b"ic12", b"ic13", b"ic14") else size
        png = pngs[pixels]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    for svg in sorted(MASTERS.glob("*.svg")):
        shutil.copyfile(svg, PACKAGE_ICONS / svg.name)
    for stale in PACKAGE_ICONS.glob("*.svg"):
        if not (MASTERS / stale.name).exists():
            stale.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {16, 32, 64, 128, 256, 512, 1024})
    pngs = {size: render_png(APP_SVG, size) for size in sizes}
    (OUT / "zpdesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "zpdesk.icns").write_bytes(icns_bytes(pngs))
    (OUT / "zpdesk-256.png").write_bytes(pngs[256])
    print(f"icons copied to {PACKAGE_ICONS.relative_to(ROOT)}; .ico, .icns, .png in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
