"""Icons and light/dark palettes."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from zpdesk.ui import theme
from zpdesk.ui.views import VIEWS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
MASTERS = ROOT / "resources" / "icons"
PACKAGE_ICONS = ROOT / "src" / "zpdesk" / "resources" / "icons"


@pytest.fixture
def restore_look(qapp) -> Iterator[None]:
    """Theme tests change the application's style and palette: put them back."""
    style = qapp.style().name()
    palette = qapp.palette()
    yield
    theme.apply_theme(qapp, Qt.ColorScheme.Light)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_dark_scheme_switches_to_a_dark_palette_and_back(qapp, restore_look) -> None:
    assert not theme.is_dark(qapp.palette())
    assert theme.apply_theme(qapp, Qt.ColorScheme.Dark) is True
    assert theme.is_dark(qapp.palette())
    assert qapp.style().name().lower() == "fusion"
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert text.lightness() - window.lightness() > 150  # light text on a dark window

    assert theme.apply_theme(qapp, Qt.ColorScheme.Light) is False
    assert not theme.is_dark(qapp.palette())


def test_unknown_scheme_leaves_the_light_palette(qapp, restore_look) -> None:
    # Offscreen (and many desktops) report no scheme: keep the style's own palette.
    before = qapp.palette().color(QPalette.ColorRole.Window)
    assert theme.apply_theme(qapp, Qt.ColorScheme.Unknown) is False
    assert qapp.palette().color(QPalette.ColorRole.Window) == before


def test_dark_palette_keeps_disabled_text_readable_but_dimmer() -> None:
    p = theme.dark_palette()
    normal = p.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    disabled = p.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    base = p.color(QPalette.ColorRole.Base)
    assert normal.lightness() > disabled.lightness() > base.lightness()


def test_every_view_has_an_icon_master_and_the_package_ships_the_same_svg() -> None:
    for spec in VIEWS:
        assert (MASTERS / f"{spec.icon}.svg").is_file(), spec.icon
    masters = sorted(p.name for p in MASTERS.glob("*.svg"))
    assert masters == sorted(p.name for p in PACKAGE_ICONS.glob("*.svg"))
    for name in masters:
        assert (MASTERS / name).read_bytes() == (PACKAGE_ICONS / name).read_bytes(), (
            f"{name} differs: run `python packaging/make_icons.py`"
        )
    assert set(theme.icon_names()) == {name.removesuffix(".svg") for name in masters}


def _ink(image: QImage) -> list[QColor]:
    """The colours of the clearly drawn (mostly opaque) pixels."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.mark.parametrize("spec", VIEWS, ids=[spec.key for spec in VIEWS])
def test_view_icons_are_drawn_in_the_palette_text_colour(
    spec,
    qapp,
    restore_look,
) -> None:
    icon = theme.icon(spec.icon)
    light = _ink(icon.pixmap(QSize(32, 32)).toImage())
    assert len(light) > 40  # a real drawing, not an empty square
    assert max(c.lightness() for c in light) < 80  # dark lines on the light palette

    theme.apply_theme(qapp, Qt.ColorScheme.Dark)
    dark = _ink(icon.pixmap(QSize(32, 32)).toImage())
    assert min(c.lightness() for c in dark) > 180  # the same icon, light lines when dark

    selected = _ink(icon.pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage())
    highlighted_text = qapp.palette().color(QPalette.ColorRole.HighlightedText)
    assert all(c.rgb() == highlighted_text.rgb() for c in selected)


def test_unknown_icon_name_fails_loudly() -> None:
    with pytest.raises(KeyError):
        theme.icon("no-such-icon")


def test_window_and_navigation_carry_icons(window) -> None:
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()  # rendered at several sizes
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull()
    app_image = theme.app_icon().pixmap(QSize(64, 64)).toImage()
    assert len(_ink(app_image)) > 64 * 64 // 2  # a filled badge


# --- the generated .ico and .icns -------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_windows_ico_holds_the_app_icon_at_every_size() -> None:
    data = (ROOT / "packaging" / "icons" / "zpdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        w, h, _colors, _res, _planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        png = data[offset : offset + length]
        assert _png_size(png) == ((w or 256), (h or 256))
        assert bpp == 32
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_the_app_icon_up_to_1024() -> None:
    data = (ROOT / "packaging" / "icons" / "zpdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found: dict[bytes, tuple[int, int]] = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        found[kind] = _png_size(data[position + 8 : position + length])
        position += length
    assert found[b"icp4"] == (16, 16)
    assert found[b"ic07"] == (128, 128)
    assert found[b"ic10"] == (1024, 1024)
    assert found[b"ic14"] == (1024, 1024)  # 512@2x
    image = QImage()
    assert image.loadFromData((ROOT / "packaging" / "icons" / "zpdesk-256.png").read_bytes())
    assert image.size() == QSize(256, 256)
