"""Shared fixtures: every path in a temporary folder, offscreen Qt, fresh databases."""

from __future__ import annotations

import os

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from zpdesk.store.db import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point data, config and backups of every test at its own folder."""
    home = tmp_path_factory.mktemp("zpdesk-home")
    monkeypatch.setenv("ZPDESK_HOME", str(home))
    monkeypatch.delenv("ZPDESK_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_sample_data_question(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # noqa: ANN001
    """A window started on an empty database asks whether to look at sample data; a test
    answers "No" unless it patches the question itself (it would block otherwise).

    Every test runs with pytest-qt's QApplication: a command run in-process (``main([
    "agenda", …])``) would otherwise make its own QGuiApplication for its words and dates,
    and a later test's QApplication would abort the process."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.No
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, empty database at the current schema."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set, written once per test run; copy it, never change it."""
    from zpdesk.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    write_demo(database, seed=2026)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database."""
    from zpdesk.store.backup import backup_database

    path = backup_database(demo_template, tmp_path / "demo.sqlite")
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def ui_settings(tmp_path: Path):  # noqa: ANN201
    from PySide6.QtCore import QSettings

    from zpdesk.ui.ui_settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def _window(qtbot, database: Database, ui_settings):  # noqa: ANN001, ANN202
    from PySide6.QtWidgets import QApplication

    from zpdesk import translations
    from zpdesk.ui.app import build_window

    if translations.current_language() is None:  # as run_app does: English plural forms
        translations.install_translators(QApplication.instance(), "en")
    window = build_window(database, ui_settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, db: Database, ui_settings):  # noqa: ANN001, ANN201
    """The main window on a fresh database."""
    return _window(qtbot, db, ui_settings)


@pytest.fixture
def demo_window(qtbot, demo_db: Database, ui_settings):  # noqa: ANN001, ANN201
    """The main window on a copy of the demo data."""
    return _window(qtbot, demo_db, ui_settings)


@pytest.fixture(autouse=True)
def no_leftover_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests must not leave top-level windows behind (they leak into later tests)."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    leftovers = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and w.objectName() != "qt_scrollarea_viewport"
        and w.metaObject().className() not in ("QMenu",)
    ]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"windows left open: {[type(w).__name__ for w in leftovers]}"
