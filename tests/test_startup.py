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


def test_heavy_modules_load_in_the_background_after_the_first_paint(db: Database) -> None:
    # The real start: nothing heavy until the window has painted the Overview; then the
    # socket and the daily backup start, and a pool thread imports the Review's charts
    # library (zpdesk.ui.warmup) while the window stays usable.
    db.close()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import json, sys, time
                from PySide6.QtCore import QThreadPool
                from zpdesk.ui import app as app_module

                qt_app = app_module.application()
                from PySide6.QtWidgets import QMessageBox  # "look at sample data?" - no
                QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.No
                running = app_module.start({str(db.path)!r})
                before_paint = (running.server, running.daily_backup, running.warm_up)
                deadline = time.monotonic() + 20
                while running.warm_up is None and time.monotonic() < deadline:
                    qt_app.processEvents()
                painted = sorted(sys.modules)
                wanted = len(running.warm_up.modules)
                while len(running.warm_up.imported) < wanted and time.monotonic() < deadline:
                    qt_app.processEvents()
                    QThreadPool.globalInstance().waitForDone(50)
                print(json.dumps({{
                    "before_paint": [x is None for x in before_paint],
                    "server": running.server is not None and running.server.listening,
                    "backup": running.daily_backup is not None,
                    "painted": painted,
                    "imported": running.warm_up.imported,
                    "after": sorted(sys.modules),
                }}))
                running.window.close()
                running.shut_down()
                """
            ),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["before_paint"] == [True, True, True]  # nothing of it before the paint
    assert found["server"] and found["backup"]
    # Right after the paint that triggers it, nothing heavy is loaded yet ...
    assert _heavy(set(found["painted"])) == []
    # ... and the warm-up then brings in numpy and pyqtgraph.
    assert found["imported"] == ["numpy", "pyqtgraph"]
    assert {"numpy", "pyqtgraph"} <= set(found["after"])


def test_deferred_start_up_runs_without_a_paint(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    # A window started minimised may never paint: the socket, the backup and the warm-up
    # start at the latest moment anyway.
    from zpdesk.ui import app as app_module
    from zpdesk.ui import warmup

    monkeypatch.setattr(app_module.Running, "LATEST_MS", 50)
    monkeypatch.setattr(warmup, "WARM_MODULES", ("json",))
    window = app_module.build_window(db)
    qtbot.addWidget(window)  # never shown: no paint
    running = app_module.Running(window)
    qtbot.waitUntil(lambda: running.server is not None, timeout=3000)
    assert running.daily_backup is not None and running.warm_up is not None
    assert running.warm_up.modules == ("json",)
    qtbot.waitUntil(lambda: running.warm_up.imported == ["json"], timeout=3000)
    running.shut_down()


def test_nothing_deferred_starts_after_shut_down(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    # Quitting before the first paint: the deferred work must not start later on (the
    # window's objects may outlive it, and a failing backup would open a message box).
    from zpdesk.ui import app as app_module

    monkeypatch.setattr(app_module.Running, "LATEST_MS", 50)
    window = app_module.build_window(db)
    qtbot.addWidget(window)
    running = app_module.Running(window)
    running.shut_down()
    qtbot.wait(200)
    assert (running.server, running.daily_backup, running.warm_up) == (None, None, None)


def test_warm_up_skips_what_cannot_be_imported() -> None:
    from zpdesk.ui.warmup import WarmUp

    job = WarmUp(("json", "zpdesk_no_such_module", "decimal"))
    job.run()  # on this thread: the same code the pool runs
    assert job.imported == ["json", "decimal"]


def test_the_first_backup_waits_for_the_first_start_question(qtbot, monkeypatch) -> None:  # noqa: ANN001
    """The "load sample data?" question runs its own event loop and the window paints
    behind it; the socket, the backup and the warm-up start only once it is answered. The
    sample data opens in a file of its own: the day's first backup is of the user's own,
    still empty file (issue 14: onboarding keeps its word)."""
    import time

    from PySide6.QtWidgets import QApplication, QMessageBox

    from zpdesk.paths import default_db_path, sample_db_path
    from zpdesk.services.backups import backup_folder_for, list_backups
    from zpdesk.ui import app as app_module
    from zpdesk.ui import warmup

    monkeypatch.setattr(warmup, "WARM_MODULES", ("json",))
    seen_while_asking: list[tuple[bool, bool]] = []
    running_now: list[app_module.Running] = []

    def answer_after_a_while(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        began = time.monotonic()
        while time.monotonic() - began < 0.5:  # the user reads; the window paints
            QApplication.processEvents()
            time.sleep(0.01)
        running = next(o for o in gc.get_objects() if isinstance(o, app_module.Running))
        running_now.append(running)
        seen_while_asking.append((running.server is not None, running.daily_backup is not None))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_after_a_while)
    running = app_module.start(None)  # the default database: the question is asked
    assert isinstance(running, app_module.Running)
    qtbot.addWidget(running.window)
    try:
        assert running_now == [running]
        assert seen_while_asking == [(False, False)]
        qtbot.waitUntil(lambda: running.daily_backup is not None, timeout=5000)
        folder = backup_folder_for(default_db_path())
        qtbot.waitUntil(lambda: bool(list_backups(folder)), timeout=5000)
        import sqlite3

        backup = sqlite3.connect(f"file:{list_backups(folder)[0].path}?mode=ro", uri=True)
        try:
            (networks,) = backup.execute("SELECT count(*) FROM network").fetchone()
        finally:
            backup.close()
        assert networks == 0  # the user's own file, without the sample data
        assert "Sample data" in running.window.windowTitle()
        assert running.window.context.db.path == sample_db_path(default_db_path())
    finally:
        running.window.close()
        running.shut_down()
