"""The rooms' one-way doors (STYLE.md) and a clean ruff, checked on every run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "zpdesk"

# room -> prefixes it must never import
FORBIDDEN = {
    "domain": (
        "zpdesk.store",
        "zpdesk.services",
        "zpdesk.reports",
        "zpdesk.ui",
        "PySide6",
        "sqlalchemy",
    ),
    "store": ("zpdesk.services", "zpdesk.reports", "zpdesk.ui", "PySide6.QtWidgets"),
    "services": ("zpdesk.reports", "zpdesk.ui", "PySide6.QtWidgets"),
    "reports": ("zpdesk.ui", "PySide6.QtWidgets"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_doors_open_one_way(room: str) -> None:
    offences = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in (SRC / room).rglob("*.py")
        for name in _imports(path)
        if name.startswith(FORBIDDEN[room])
    ]
    assert offences == []


def test_qtwidgets_only_in_ui() -> None:
    offences = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts[:1]
        and any(name.startswith("PySide6.QtWidgets") for name in _imports(path))
    ]
    assert offences == []


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is in the test extras")
def test_ruff_is_clean() -> None:
    root = SRC.parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_views_follow_the_selection_not_the_current_row() -> None:
    """A mouse press makes a row current before it is selected: a view that listens to
    ``currentRowChanged`` and asks ``isRowSelected`` sees nothing selected (issue 14).
    Views react to ``selectionChanged`` (views.common.on_selection) or read the selection."""
    offenders = [
        str(path.relative_to(SRC))
        for path in sorted((SRC / "ui").rglob("*.py"))
        if "selectionModel().currentRowChanged" in path.read_text(encoding="utf-8")
        or "isRowSelected(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_one_clock() -> None:
    """Only zpdesk.clock asks the system for the time (Europe/Amsterdam wall time for all)."""
    offences = []
    for path in SRC.rglob("*.py"):
        if path.name == "clock.py" and path.parent == SRC:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("now", "today", "utcnow")
                and isinstance(node.value, ast.Name)
                and node.value.id in ("datetime", "date")
            ):
                offences.append(
                    f"{path.relative_to(SRC)}:{node.lineno} {node.value.id}.{node.attr}"
                )
    assert offences == []
