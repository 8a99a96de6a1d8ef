"""Start-up stays light: heavy modules load only in the view or command that needs them."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zpdesk.store.db import Database

pytestmark = pytest.mark.gui

SRC = Path(__file__).resolve().parents[1] / "src"

# Each costs tens to hundreds of milliseconds to import (python -X importtime, see
# bench/RESULTS.md) and none is needed to show the Overview.
HEAVY = (
    "pyqtgraph",
    "numpy",
    "alembic",
    "icalendar",
    "recurring_ical_events",
    "dateutil.parser",
    "dateutil.tz",
)


def _modules_after(script: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``script``."""
    code = textwrap.dedent(script) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_the_window_opens_without_heavy_modules(db: Database) -> None:
    db.close()  # the database is at the current schema; the child opens it itself
    modules = _modules_after(
        f"""
        from zpdesk.ui.app import application, build_window
        from zpdesk.store.db import open_database

        app = application()
        database = open_database({str(db.path)!r})
        window = build_window(database)
        window.show()
        app.processEvents()
        window.close()
        database.close()
        """
    )
    assert "zpdesk.ui.main_window" in modules  # the window was really built
    assert _heavy(modules) == []


def test_version_loads_neither_qt_nor_sqlalchemy() -> None:
    modules = _modules_after(
        """
        from zpdesk.cli import main
        try:
            main(["--version"])
        except SystemExit:
            pass
        """
    )
    assert "zpdesk.cli" in modules
    assert sorted(m for m in modules if m.startswith(("PySide6", "sqlalchemy"))) == []


def test_run_app_collects_garbage_again_once_the_window_is_up(
    db: Database, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    # The CLI turns the collector off for start-up; run_app must turn it back on
    # before the event loop runs, or a long session would never collect cycles.
    from PySide6.QtWidgets import QApplication

    from zpdesk.ui.app import run_app

    seen: dict[str, bool] = {}

    def fake_exec(self: QApplication) -> int:
        seen["enabled"] = gc.isenabled()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    db.close()
    gc.disable()
    try:
        assert run_app(str(db.path)) == 0
    finally:
        gc.enable()
        gc.unfreeze()
    assert seen == {"enabled": True}
