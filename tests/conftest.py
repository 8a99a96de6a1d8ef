"""Shared fixtures: every path in a temporary folder, offscreen Qt, fresh databases."""

from __future__ import annotations

import os
import sys

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from zpdesk.store.db import Database, open_database

# How hard the property tests search: a few examples while developing, more on CI
# (CI=true, as CI services set it; .ci/run sets it too). HYPOTHESIS_PROFILE overrides.
# 50, not more: several properties start a process or write a database per example, and
# each test must stay inside pytest-timeout's 120 s on CI's two shared cores.
settings.register_profile("dev", max_examples=10, deadline=None)
settings.register_profile(
    "ci", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if _ci else "dev"))

sys.path.insert(0, str(Path(__file__).parent))  # tests/pg_server.py


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
def no_sample_data_question(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
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


STORES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_stores`` get ``db`` on a file and on a server database."""
    if "db" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_stores"):
        metafunc.parametrize("db", STORES, indirect=True)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A fresh, empty database at the current schema (a file unless ``both_stores``)."""
    from zpdesk.store.locations import open_location

    if getattr(request, "param", "sqlite") == "postgresql":
        database = open_location(request.getfixturevalue("pg_url"))
    else:
        database = open_database(db_path)
    yield database
    database.close()


def pytest_report_header(config: pytest.Config) -> str:
    """Say once how the PostgreSQL half of the store tests runs here."""
    if os.environ.get("ZPDESK_TEST_PG_URL"):
        return "PostgreSQL tests: on ZPDESK_TEST_PG_URL"
    from pg_server import _bindir

    if _bindir() is None:
        from pg_server import HOW_TO

        return f"PostgreSQL tests: SKIPPED, no server here; {HOW_TO}"
    return "PostgreSQL tests: on a throw-away cluster started for this run"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A running PostgreSQL server for the whole run (tests/pg_server.py).

    Without one the tests that need it skip with one line saying how to run them; with
    ``CI=true`` they fail instead, so CI never silently loses them.
    """
    from pg_server import PgServer, ServerUnavailable

    server = PgServer()
    try:
        server.start()
    except (ServerUnavailable, ImportError) as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI needs the PostgreSQL tests: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


_PG_TEMPLATE = "zpdesk_template"
_pg_serial = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database at the current schema, copied for every test that needs an empty one."""
    from zpdesk.store.locations import open_location

    pg_server.admin(f"CREATE DATABASE {_PG_TEMPLATE}")
    open_location(pg_server.database_url(_PG_TEMPLATE)).close()
    return _PG_TEMPLATE


@pytest.fixture
def pg_url(pg_server, pg_template: str) -> Iterator[str]:
    """The URL of a fresh, empty zpdesk database on the test server (dropped afterwards)."""
    name = f"zpdesk_test_{os.getpid()}_{next(_pg_serial)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_server.database_url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def empty_pg_url(pg_server) -> Iterator[str]:
    """The URL of a new database without any schema (as a user's fresh server database)."""
    name = f"zpdesk_bare_{os.getpid()}_{next(_pg_serial)}"
    pg_server.admin(f"CREATE DATABASE {name}")
    yield pg_server.database_url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


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
def ui_settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from zpdesk.ui.ui_settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def _window(qtbot, database: Database, ui_settings):
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
def window(qtbot, db: Database, ui_settings):
    """The main window on a fresh database."""
    return _window(qtbot, db, ui_settings)


@pytest.fixture
def demo_window(qtbot, demo_db: Database, ui_settings):
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
