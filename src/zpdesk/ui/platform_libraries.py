"""Before the window: are the system libraries Qt's X11 (xcb) plugin needs installed?

When one is missing, Qt cannot load its "xcb" platform plugin and aborts the process with
a message that names the plugin, not the library. zpdesk checks first, where it can: on
Linux, with an X display and no other platform asked for (``QT_QPA_PLATFORM`` unset or
``xcb``), each library the plugin links against is opened with ``dlopen`` (cheap: Qt opens
them right after anyway). The missing ones are named with the Debian/Ubuntu package that
brings them; the README lists them all.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What libqxcb.so and libQt6XcbQpa.so need from the system (objdump -p … | grep NEEDED),
# with the Debian/Ubuntu package that provides each.
XCB_PLUGIN_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def xcb_will_be_used(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt is about to load its xcb plugin (as far as can be told beforehand)."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # on Wayland, Qt tries its Wayland plugin first


def _bundled_folders() -> list[Path]:
    """Where a wheel or a frozen build keeps libraries of its own."""
    import PySide6

    folders = [Path(PySide6.__file__).parent / "Qt" / "lib"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle))
    return folders


def _loads(name: str) -> bool:
    for candidate in [name, *(str(f / name) for f in _bundled_folders() if (f / name).exists())]:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The libraries of ``XCB_PLUGIN_LIBRARIES`` that cannot be opened."""
    return [name for name in XCB_PLUGIN_LIBRARIES if not loads(name)]


def missing_message(missing: list[str]) -> str:
    """What to tell the user (on stderr: there is no window to show it in)."""
    packages = " ".join(sorted({XCB_PLUGIN_LIBRARIES[name] for name in missing}))
    return (
        "zpdesk cannot open its window: Qt's X11 platform plugin (xcb) needs system "
        f"libraries that are not installed: {', '.join(missing)}.\n"
        f"On Debian or Ubuntu: sudo apt install {packages}\n"
        "(other distributions have packages of the same names; the README lists them)."
    )


def check_before_window(environ: Mapping[str, str] = os.environ) -> str | None:
    """A readable message when the window cannot open for a missing library, else None."""
    if not xcb_will_be_used(environ):
        return None
    missing = missing_libraries()
    return missing_message(missing) if missing else None
