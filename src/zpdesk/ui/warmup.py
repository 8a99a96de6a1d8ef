"""Import, in the background, what a heavier view will need while the user reads the first.

The Review view's charts need pyqtgraph and numpy: about 0.3 s to import (bench/RESULTS.md).
They stay out of start-up; once the window has painted its first view, a pool thread
imports them so that the first click on Review does not wait for them. The thread needs
the GIL only while it runs Python code and gives it back at least every switch interval
(5 ms), so the window stays responsive meanwhile (the longest gap between 5 ms timer
ticks measured while it ran: about 30 ms, against 270 ms for the same import on the GUI
thread). A view that is opened while the import is still running simply waits for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

# Heavy modules of views that are not the first one, in the order they are imported.
WARM_MODULES: tuple[str, ...] = ("numpy", "pyqtgraph")
# After the first paint: the moments right after it belong to the deferred start-up work
# (single-instance socket, daily backup).
WARM_UP_DELAY_MS = 300


class WarmUp(QRunnable):
    """Imports ``modules`` on a pool thread; ``imported`` lists the ones that loaded."""

    def __init__(self, modules: Sequence[str] | None = None) -> None:
        super().__init__()
        self.modules = tuple(WARM_MODULES if modules is None else modules)
        self.imported: list[str] = []

    def run(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except Exception:  # a prefetch: the view reports it when opened
                continue
            self.imported.append(name)


def warm_up_later(
    parent: QObject, delay_ms: int = WARM_UP_DELAY_MS, modules: Sequence[str] | None = None
) -> WarmUp:
    """Start importing ``modules`` on the global thread pool ``delay_ms`` from now.

    Nothing happens when ``parent`` is gone by then (the window was closed); the
    application's shut-down waits for the thread pool, so an import under way finishes.
    """
    job = WarmUp(modules)
    job.setAutoDelete(False)  # the caller holds it (tests read ``imported``)
    QTimer.singleShot(delay_ms, parent, lambda: QThreadPool.globalInstance().start(job))
    return job
