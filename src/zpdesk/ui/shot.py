"""Render one view of the main window to a PNG, offscreen (``zpdesk shot``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from zpdesk.files import atomic_path, check_image
from zpdesk.store.locations import open_location

# Dialogs that can be pictured, and the view they open from.
DIALOG_VIEWS = {"whatif": "review", "network-editor": "networks"}


def _dialog(window, view: str, width: int, height: int):
    """Open the dialog ``view`` names (None for a plain view): what-if with the first one,
    two and three current networks as scenarios; the editor on the first network."""
    if view == "whatif":
        from zpdesk.ui.whatif import WhatIfDialog

        whatif = WhatIfDialog(window.context, [], None, window)
        ids = whatif.network_ids
        whatif.set_chosen([ids[:1], ids[:2], ids[:3]])
        dialog: QDialog = whatif
    elif view == "network-editor":
        from zpdesk.ui.dialogs.network_editor import NetworkEditor

        network_id = window.view("networks").current_network_id()
        dialog = NetworkEditor(window.context, network_id, window)
    else:
        return None
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
    dialog.show()
    return dialog


def take_shot(
    db_path: Path | str, view: str, out: Path, width: int, height: int, language: str | None = None
) -> Path:
    """Open the window on ``db_path`` without showing it on screen and save ``view``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImageWriter

    from zpdesk.ui import i18n
    from zpdesk.ui.app import application, build_window
    from zpdesk.ui.ui_settings import UiSettings

    app = application()
    image_format = (out.suffix.lstrip(".") or "png").lower()
    if image_format.encode() not in {bytes(f.data()) for f in QImageWriter.supportedImageFormats()}:
        raise OSError(f"{out}: cannot save a picture as .{image_format}; use .png")
    # Like the window: the requested language, else the system's, with its number formats.
    i18n.install_translators(app, language)
    db = open_location(db_path)
    try:
        # Throw-away settings: a screenshot must not change the user's window state.
        scratch = tempfile.TemporaryDirectory(prefix="zpdesk-shot-")
        settings = QSettings(str(Path(scratch.name) / "shot.ini"), QSettings.Format.IniFormat)
        window = build_window(db, UiSettings(settings))
        window.resize(width, height)
        window.show_view(DIALOG_VIEWS.get(view, view))
        window.show()
        for _ in range(3):
            app.processEvents()
        shown = _dialog(window, view, width, height)
        for _ in range(3):
            app.processEvents()
        picture = (shown or window).grab()
        # Like every export: atomic and owner-only (the picture shows the user's data).
        with atomic_path(out, check=check_image) as temporary:
            if not picture.save(str(temporary), image_format.upper()):
                raise OSError(f"could not write {out}")
        window.close()
        window.deleteLater()
        app.processEvents()
        scratch.cleanup()
    finally:
        db.close()
    return out
