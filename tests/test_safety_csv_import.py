"""Issue 15, case 9 (the CSV part): a large CSV imports in batches, in seconds, with a
progress dialog whose Cancel leaves nothing, and undo takes it back as one step."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import func, select

from zpdesk.services import csv_import
from zpdesk.store.models import Engagement, RevenueEntry
from zpdesk.ui.actions import ActionRunner

HEADER = "Factuurnummer;Factuurdatum;Klant;Omschrijving;Bedrag excl. BTW\n"


def write_csv(path: Path, lines: int, seed: int = 15) -> Path:
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(HEADER)
        for n in range(lines):
            stream.write(
                f"F{n};{rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-2025;"
                f"Klant {n % 500};Opdracht {n % 7};{rnd.randint(1, 99_999)},{n % 100:02d}\n"
            )
    return path


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _import_and_undo(db, path: Path) -> tuple[float, float]:
    runner = ActionRunner(db)
    table = csv_import.read_csv(path)
    with db.session() as session:
        preview = csv_import.build_preview(session, table, csv_import.guess_mapping(table.headers))
    started = time.perf_counter()
    result = runner.run("import", lambda session: csv_import.apply_import(session, preview))
    applied = time.perf_counter() - started
    assert result.added == len(table.records) and result.engagements_created == 500 * 7 // 7 * 7
    assert runner.undo_stack.count() == 1  # one step
    started = time.perf_counter()
    runner.undo_stack.undo()
    undone = time.perf_counter() - started
    assert _count(db, RevenueEntry) == 0 and _count(db, Engagement) == 0
    return applied, undone


@pytest.mark.store
def test_case9_twenty_thousand_lines_import_and_undo_in_seconds(db, tmp_path: Path) -> None:
    applied, undone = _import_and_undo(db, write_csv(tmp_path / "big.csv", 20_000))
    # Before: one flush per new engagement and one statement per undone row (minutes).
    assert applied < 10 and undone < 10, (applied, undone)


@pytest.mark.slow
@pytest.mark.store
@pytest.mark.timeout(300)
def test_case9_a_hundred_thousand_lines(db, tmp_path: Path) -> None:
    applied, undone = _import_and_undo(db, write_csv(tmp_path / "big.csv", 100_000))
    assert applied < 30 and undone < 30, (applied, undone)


@pytest.mark.gui
def test_case9_the_window_shows_progress_cancel_leaves_nothing_and_undo_is_one_step(
    window, db, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from zpdesk.ui.views import work as work_view

    path = write_csv(tmp_path / "facturen.csv", 3 * csv_import.BATCH)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab = window.show_view("work").engagements
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    seen: list[tuple[int, int]] = []

    class CancelAfterTheFirstBatch(work_view.ImportProgress):
        def __call__(self, done: int, total: int) -> bool:
            seen.append((done, total))
            go_on = super().__call__(done, total)
            if len(seen) == 1:
                assert go_on and self.dialog.isVisible()
                cancel = self.dialog.findChild(QPushButton)
                QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
            return not self.dialog.wasCanceled()

    monkeypatch.setattr(work_view, "import_progress", CancelAfterTheFirstBatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen == [(csv_import.BATCH, 3 * csv_import.BATCH)]
    assert dialog.isVisible() and "cancelled" in dialog.error.text()
    assert _count(db, RevenueEntry) == 0 and _count(db, Engagement) == 0

    monkeypatch.setattr(work_view, "import_progress", work_view.ImportProgress)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _count(db, RevenueEntry) == 3 * csv_import.BATCH
    window.context.actions.undo_stack.undo()  # Ctrl+Z: the whole import, one step
    assert _count(db, RevenueEntry) == 0 and _count(db, Engagement) == 0
