"""Light and dark palettes that follow the operating system, and zpdesk's icons.

Windows 11 and macOS styles already draw dark mode themselves. Elsewhere (Linux, older
Windows styles) Qt tells us the OS colour scheme (Qt ≥ 6.5: ``QStyleHints.colorScheme``)
but the style keeps its light palette, so for a dark scheme we switch to Fusion with a dark
palette — and back when the OS turns light again.

Icons are SVG line drawings in ``zpdesk/resources/icons`` drawn with ``currentColor``; the
icon engine paints them in the palette's text colour at paint time, so they stay readable
on both palettes and on a selected (highlighted) row.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

# Styles that paint the OS dark mode on their own: leave them alone.
_NATIVE_DARK_STYLES = frozenset({"macos", "windows11"})
_APP_ICON = "zpdesk"


def icon_names() -> list[str]:
    """The icons shipped in the package (file names without ``.svg``)."""
    folder = files("zpdesk") / "resources" / "icons"
    return sorted(p.name.removesuffix(".svg") for p in folder.iterdir() if p.name.endswith(".svg"))


@cache
def _svg_text(name: str) -> str:
    path = files("zpdesk") / "resources" / "icons" / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon {name!r}")
    return path.read_text(encoding="utf-8")


def os_color_scheme() -> Qt.ColorScheme:
    """What the operating system says: Light, Dark or Unknown."""
    return QGuiApplication.styleHints().colorScheme()


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with readable disabled text and links."""
    p = QPalette()
    window = QColor(45, 45, 48)
    base = QColor(30, 30, 32)
    text = QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    highlight = QColor(42, 130, 218)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(40, 40, 43),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Light: QColor(70, 70, 74),
        QPalette.ColorRole.Midlight: QColor(58, 58, 62),
        QPalette.ColorRole.Mid: QColor(38, 38, 40),
        QPalette.ColorRole.Dark: QColor(22, 22, 24),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(100, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(190, 140, 255),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(80, 80, 80))
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


class ThemeState:
    """What ``apply_theme`` changed, so that a later light scheme can undo it."""

    def __init__(self) -> None:
        self.original_style: str | None = None
        self.switched = False


_state = ThemeState()


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> bool:
    """Make the application's palette follow ``scheme`` (default: the OS's).

    Returns True when zpdesk now draws its own dark palette.
    """
    if scheme is None:
        scheme = os_color_scheme()
    style_name = app.style().name().lower()
    if scheme == Qt.ColorScheme.Dark and (_state.switched or style_name not in _NATIVE_DARK_STYLES):
        if not _state.switched:
            _state.original_style = app.style().name()
            _state.switched = True
        if style_name != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
        return True
    if _state.switched:
        # The OS turned light (or stopped saying): undo our switch.
        if _state.original_style and _state.original_style.lower() != "fusion":
            app.setStyle(_state.original_style)
        app.setPalette(app.style().standardPalette())
        _state.switched = False
        _state.original_style = None
    return False


def follow_os_theme(app: QApplication) -> None:
    """Apply the OS scheme now and whenever it changes."""
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_theme(app, scheme))


# --- icons ---------------------------------------------------------------------------


class _SvgIconEngine(QIconEngine):
    """Paints a ``currentColor`` SVG in the palette colour of the mode it is drawn in."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _color(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self._name, self._color(mode).name())
        side = min(rect.width(), rect.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        renderer.render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name)

    def key(self) -> str:
        return "zpdesk-svg"


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    text = _svg_text(name).replace("currentColor", color)
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


def icon(name: str) -> QIcon:
    """A line icon (``overview``, ``networks``…) that follows the palette's text colour."""
    _svg_text(name)  # fail early on a wrong name
    return QIcon(_SvgIconEngine(name))


def app_icon() -> QIcon:
    """The application icon, rendered at the sizes window managers ask for."""
    result = QIcon()
    renderer = QSvgRenderer(QByteArray(_svg_text(_APP_ICON).encode("utf-8")))
    for side in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
