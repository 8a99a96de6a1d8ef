"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 on Python 3.11 dropped a reference to ``None`` on every call of
a method returning void; the app aborted ("deallocating None") after a few hundred window
resizes with charts. pyproject.toml pins below 6.12 on 3.11; this test fails if a binding
with the same fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF


def test_void_calls_keep_the_reference_count_of_none() -> None:
    point, obj = QPointF(), QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1.0)
        obj.setObjectName("x")
    # other code may take or drop a few references meanwhile; a leak is one per call
    assert abs(sys.getrefcount(None) - before) < 100
