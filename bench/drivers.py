"""The child processes of the benchmark; each prints one JSON line on stdout.

    python bench/drivers.py bare            a bare PySide6 window opens and closes
    python bench/drivers.py start DB        ``python -m zpdesk --db DB`` until the Overview shows
    python bench/drivers.py view DB KEY WAIT  zpdesk started, idle WAIT s, open view KEY (timed)
    python bench/drivers.py agenda DB YEAR OUT.pdf RUNS   the agenda of YEAR as PDF
    python bench/drivers.py filter DB WORD,WORD           type into the engagements filter

Times are wall-clock ``time.time()`` so that the parent can subtract the moment it
spawned the process. Nothing here is a hook in zpdesk: ``start`` runs the production
``run_app`` and watches it from outside, by wrapping the Overview's ``refresh`` in this
process only and polling from a zero-interval timer (which fires once the event queue
is empty, i.e. after the window has been shown and painted).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


def _peak_rss_kib() -> int:
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _emit(**values: object) -> None:
    values["rss_kib"] = _peak_rss_kib()
    print(json.dumps(values), flush=True)


def bare() -> int:
    """The floor: QApplication + QMainWindow, shown, events processed, closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    shown: dict[str, float] = {}

    def done() -> None:
        app.processEvents()
        shown["at"] = time.time()
        window.close()

    window.show()
    QTimer.singleShot(0, done)
    code = app.exec()
    _emit(shown=shown["at"], code=code)
    return code


class _PatchAfterImport(importlib.abc.MetaPathFinder):
    """Call ``patch(module)`` right after ``name`` is imported, wherever that happens.

    Lets ``start`` watch the Overview without importing anything early: the import
    order of the real start-up (which matters, see RESULTS.md) stays untouched.
    """

    def __init__(self, name: str, patch: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.patch = patch

    def find_spec(self, fullname, path, target=None):  # noqa: ANN001, ANN201
        if fullname != self.name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        loader, patch = spec.loader, self.patch

        class Loader(importlib.abc.Loader):
            def create_module(self, spec):  # noqa: ANN001, ANN201
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)
                patch(module)

        spec.loader = Loader()
        return spec


def _main_window():  # noqa: ANN202 - MainWindow | None
    from PySide6.QtWidgets import QApplication

    from zpdesk.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def start(db: str) -> int:
    """``python -m zpdesk --db DB`` (the real CLI entry); quit once the Overview shows.

    The Overview's ``refresh`` is wrapped in this process only: when it has run, a
    zero-interval timer waits for the window to be visible, processes the pending
    events (the paint of what the refresh changed), records the time and closes the
    window as a user quitting would.
    """
    state: dict[str, object] = {}

    def patch(module: ModuleType) -> None:
        original = module.OverviewView.refresh

        def refresh(self) -> None:  # noqa: ANN001
            original(self)
            if "refreshed" in state:
                return
            state["refreshed"] = time.time()
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication

            poll = QTimer(QApplication.instance())
            poll.setInterval(0)

            def check() -> None:
                window = _main_window()
                if window is None:
                    return
                poll.stop()
                QApplication.processEvents()
                state["shown"] = time.time()
                state["heavy_at_shown"] = sorted(
                    m for m in ("numpy", "pyqtgraph") if m in sys.modules
                )
                window.close()

            poll.timeout.connect(check)
            poll.start()

        module.OverviewView.refresh = refresh

    sys.meta_path.insert(0, _PatchAfterImport("zpdesk.ui.views.overview", patch))
    from zpdesk.cli import main as cli_main

    code = cli_main(["--db", db])
    _emit(
        shown=state.get("shown"),
        refreshed=state.get("refreshed"),
        heavy_at_shown=state.get("heavy_at_shown"),
        code=code,
    )
    return code


def _idle(seconds: float) -> float:
    """Run the event loop idle for ``seconds``; returns the longest gap between 5 ms ticks.

    The gap is how long the window could not react meanwhile (background work included).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    ticks: list[float] = [time.perf_counter()]
    tick = QTimer()
    tick.setInterval(5)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    tick.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    tick.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def view(db: str, key: str, wait: str) -> int:
    """Start zpdesk on DB as ``zpdesk --db DB`` does, idle ``wait`` s, then open view ``key``.

    The start is ``zpdesk.ui.app.start`` (the production path: the lock, the window on
    the Overview, and after its first paint the socket, the daily backup and the
    background import of the Review's chart library). The event loop then runs idle for
    ``wait`` seconds, as a user reading the Overview; then ``show_view(key)`` is timed
    until painted: the first opening in the process, building the view and computing it.
    For the Review view also: switching to its trend tab (four more years computed and
    drawn) and opening the view a second time.
    """
    from zpdesk.ui import app as app_module

    qt_app = app_module.application()
    running = app_module.start(db)
    assert isinstance(running, app_module.Running), running
    window = running.window
    qt_app.processEvents()
    longest_gap = _idle(float(wait))
    loaded = sorted(m for m in ("numpy", "pyqtgraph") if m in sys.modules)
    rss_before = _peak_rss_kib()
    began = time.perf_counter()
    opened = window.show_view(key)
    qt_app.processEvents()
    seconds = time.perf_counter() - began
    result: dict[str, object] = {
        "seconds": seconds,
        "loaded_before": loaded,
        "gap": longest_gap,
        "rss_before_kib": rss_before,
    }
    if key == "review":
        began = time.perf_counter()
        opened.charts.setCurrentWidget(opened.trend_chart)
        qt_app.processEvents()
        result["trend_tab"] = time.perf_counter() - began
        opened.charts.setCurrentIndex(0)
        qt_app.processEvents()
    # Opening it again later in the session: the view exists and only refreshes.
    window.show_view("overview")
    qt_app.processEvents()
    began = time.perf_counter()
    window.show_view(key)
    qt_app.processEvents()
    result["again"] = time.perf_counter() - began
    window.show_view("overview")  # the next start opens on the Overview again
    window.close()
    running.shut_down()
    _emit(**result)
    return 0


def agenda(db: str, year: str, out: str, runs: str) -> int:
    """The agenda of ``year`` expanded and written as PDF, ``runs`` times in one process.

    Each run is what ``zpdesk agenda --from Y-01-01 --to Y-12-31 --pdf`` does after
    opening the database: expand the period, build the document, write the PDF.
    """
    from datetime import date

    from zpdesk.reports import agenda as report
    from zpdesk.services import agenda as service
    from zpdesk.store.db import open_database

    report.ensure_gui_application()
    database = open_database(db)
    first, last = date(int(year), 1, 1), date(int(year), 12, 31)
    times, pages, rows = [], 0, 0
    for _ in range(int(runs)):
        began = time.perf_counter()
        now = service.local_now()
        with database.session() as session:
            period = service.agenda_period(session, first, last, now)
        document = report.agenda_document(period)
        pages = report.write_pdf(document, Path(out), report.footer_text(period))
        times.append(time.perf_counter() - began)
        rows = len(period.rows)
    database.close()
    _emit(times=times, pages=pages, occurrences=rows)
    return 0


def filter_keys(db: str, words: str) -> int:
    """Type each word into the engagements filter, one key press at a time, timed.

    A keystroke is timed from the key press until the events it caused (filtering,
    the footer's totals, the repaint) have been processed.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from zpdesk.store.db import open_database
    from zpdesk.ui.app import application, build_window

    qt_app = application()
    database = open_database(db)
    window = build_window(database)
    window.show()
    work = window.show_view("work")
    qt_app.processEvents()
    tab = work.engagements
    rows = tab.proxy.rowCount()
    tab.filter.setFocus()
    times, matches = [], []
    for word in words.split(","):
        tab.filter.clear()
        qt_app.processEvents()
        for char in word:
            began = time.perf_counter()
            QTest.keyClick(tab.filter, char)
            qt_app.processEvents()
            times.append(time.perf_counter() - began)
        matches.append(tab.proxy.rowCount())
        began = time.perf_counter()
        QTest.keyClick(tab.filter, Qt.Key.Key_Backspace)
        qt_app.processEvents()
        times.append(time.perf_counter() - began)
    window.close()
    qt_app.processEvents()
    database.close()
    _emit(times=times, rows=rows, matches=matches)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return bare()
    if argv[:1] == ["start"] and len(argv) == 2:
        return start(argv[1])
    if argv[:1] == ["view"] and len(argv) == 4:
        return view(argv[1], argv[2], argv[3])
    if argv[:1] == ["agenda"] and len(argv) == 5:
        return agenda(*argv[1:])
    if argv[:1] == ["filter"] and len(argv) == 3:
        return filter_keys(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
