"""Point 10, privacy: every file zpdesk writes is owner-only on POSIX, and zpdesk opens no
network connection — not from the window, not from any command — but to a server database
the user names (issue 17; psycopg, only ever loaded for a postgresql:// URL)."""

from __future__ import annotations

import ast
import os
import socket
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from zpdesk.cli import main
from zpdesk.store.backup import backup_database, backup_folder_for, list_backups

SRC = Path(__file__).resolve().parents[1] / "src" / "zpdesk"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
TODAY = date.today()
LAST_YEAR = str(TODAY.year - 1)  # the demo data spans last year and this one
MONTH = (TODAY.replace(day=1).isoformat(), (TODAY.replace(day=1) + timedelta(days=41)).isoformat())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    return backup_database(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: a file is private only because zpdesk made it so."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# --- every command-line output is owner-only -------------------------------------------


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


CliCase = Callable[[Path, Path], list[str]]
CLI_CASES: dict[str, CliCase] = {
    "export --json": lambda db, out: ["export", "--db", str(db), "--json", str(out / "all.json")],
    "review --csv": lambda db, out: ["review", "--db", str(db), "--year", LAST_YEAR, "--csv", str(out / "r.csv")],  # noqa: E501
    "review --pdf": lambda db, out: ["review", "--db", str(db), "--year", LAST_YEAR, "--pdf", str(out / "r.pdf")],  # noqa: E501
    "agenda --pdf": lambda db, out: ["agenda", "--db", str(db), "--from", MONTH[0], "--to", MONTH[1], "--pdf", str(out / "a.pdf")],  # noqa: E501
    "agenda --csv": lambda db, out: ["agenda", "--db", str(db), "--from", MONTH[0], "--to", MONTH[1], "--csv", str(out / "a.csv")],  # noqa: E501
    "agenda --ics": lambda db, out: ["agenda", "--db", str(db), "--from", MONTH[0], "--to", MONTH[1], "--ics", str(out / "a.ics")],  # noqa: E501
    "backup --to": lambda db, out: ["backup", "--db", str(db), "--to", str(out / "backups")],
    "shot": lambda db, out: ["--lang", "en", "shot", "--db", str(db), "--view", "review", "--out", str(out / "s.png")],  # noqa: E501
    "demo (new database)": lambda db, out: ["demo", "--db", str(out / "new.sqlite")],
}  # fmt: skip


@POSIX
@pytest.mark.parametrize("case", sorted(CLI_CASES))
def test_every_cli_output_is_owner_only(
    case: str,
    demo_copy: Path,
    tmp_path: Path,
    open_umask: None,
    capsys: pytest.CaptureFixture,
    qapp,  # noqa: ANN001 - the review and agenda commands paint with a QGuiApplication
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(CLI_CASES[case](demo_copy, out)) == 0, capsys.readouterr().err
    written = _files(out)
    assert written, "the command wrote nothing"
    assert {p.name: oct(_mode(p)) for p in written} == {p.name: "0o600" for p in written}
    assert not [p for p in written if ".partial" in p.name]  # nothing half-written left


@POSIX
def test_default_backups_import_and_restore_are_owner_only(
    demo_copy: Path, tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture
) -> None:
    # backup into the automatic folder: the file and its folders are private
    assert main(["backup", "--db", str(demo_copy)]) == 0
    folder = backup_folder_for(demo_copy.absolute())
    (backup,) = list_backups(folder)
    assert _mode(backup.path) == 0o600
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    # import a JSON export into a new database
    export, imported = tmp_path / "x.json", tmp_path / "imported.sqlite"
    assert main(["export", "--db", str(demo_copy), "--json", str(export)]) == 0
    assert main(["import", "--db", str(imported), "--json", str(export)]) == 0
    assert _mode(imported) == 0o600
    # restore: the database put in place and the file kept aside
    assert main(["restore", "--db", str(demo_copy), str(backup.path)]) == 0
    assert _mode(demo_copy) == 0o600
    (aside,) = tmp_path.glob("demo-before-restore-*")
    assert _mode(aside) == 0o600
    assert "kept as" in capsys.readouterr().out


@POSIX
def test_the_database_and_its_journal_files_are_owner_only(tmp_path: Path, open_umask) -> None:  # noqa: ANN001
    from zpdesk.store.db import open_database

    path = tmp_path / "fresh.sqlite"
    db = open_database(path)
    try:
        with db.session() as session:
            from safety_data import add_network

            add_network(session, "Privé")
        companions = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in companions)
        assert [_mode(p) for p in companions] == [0o600, 0o600, 0o600]
    finally:
        db.close()


# --- the window's exports -------------------------------------------------------------


@POSIX
@pytest.mark.gui
def test_every_window_export_is_owner_only(
    demo_window,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_umask: None,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    out = tmp_path / "window-exports"
    out.mkdir()
    chosen: list[Path] = []

    def save_as(name: str) -> None:
        chosen.append(out / name)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out / name), ""))
        )

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    window = demo_window
    work = window.show_view("work")
    save_as("engagements.csv")
    work.engagements.export_engagements()
    save_as("revenue.csv")
    work.engagements.export_revenue()
    review = window.show_view("review")
    save_as("review.pdf")
    review.export_pdf()
    save_as("review.csv")
    review.export_csv()
    agenda = window.show_view("agenda")
    save_as("agenda.pdf")
    assert agenda.export_pdf(date.fromisoformat(MONTH[0]), date.fromisoformat(MONTH[1])) >= 1
    save_as("agenda.ics")
    assert agenda.export_ics() >= 1
    assert window.safety.export_json(out / "all.json") == out / "all.json"
    backup = window.safety.back_up_now()
    assert warnings == []
    assert backup is not None and _mode(backup) == 0o600
    written = {p.name: oct(_mode(p)) for p in _files(out)}
    expected = [p.name for p in chosen] + ["all.json"]
    assert written == {name: "0o600" for name in expected}


# --- no network ---------------------------------------------------------------------------

INET = (socket.AF_INET, socket.AF_INET6)


class NetworkAttempt(AssertionError):
    """Raised in place of a network call so that nothing leaves the machine."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Guard Python's socket layer: record (and refuse) every IPv4/IPv6 connection, send,
    bind and name lookup. AF_UNIX stays allowed (the single-instance local socket)."""
    attempts: list[str] = []

    def guard(name: str, original: Callable) -> Callable:  # type: ignore[type-arg]
        def guarded(self: socket.socket, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if self.family in INET:
                attempts.append(f"socket.{name}{args!r}")
                raise NetworkAttempt(f"zpdesk tried socket.{name}{args!r}")
            return original(self, *args, **kwargs)

        return guarded

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))

    def refuse(name: str) -> Callable:  # type: ignore[type-arg]
        def refused(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(f"socket.{name}{args!r}")
            raise NetworkAttempt(f"zpdesk tried socket.{name}{args!r}")

        return refused

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def _inet_sockets_held() -> list[str]:
    """Sockets this process holds that are IPv4/IPv6 (Linux /proc): catches Qt's C++
    networking too, which Python's socket guard cannot see."""
    proc = Path("/proc/self")
    inodes = set()
    for fd in (proc / "fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = proc / "net" / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"{table}: {line.strip()}")
    return found


def test_the_guard_catches_a_connection_attempt(no_network: list[str]) -> None:
    # The guard itself works: an IPv4 connect is refused and recorded; AF_UNIX passes.
    with pytest.raises(NetworkAttempt), socket.create_connection(("192.0.2.1", 80)):
        pass
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAttempt):
        probe.connect(("192.0.2.1", 80))
    probe.close()
    if hasattr(socket, "AF_UNIX"):
        local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with pytest.raises(OSError):  # no such file: the call went through to the OS
            local.connect("/nonexistent/zpdesk-test.sock")
        local.close()
    assert len(no_network) == 2


@pytest.mark.gui
def test_the_app_opens_no_network_connection(
    no_network: list[str],
    tmp_path: Path,
    demo_template: Path,
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """Start the real window (lock, single-instance server, daily backup) on the demo
    data, open every view, then run every command in-process: nothing tries the network."""
    from PySide6.QtWidgets import QMessageBox

    from zpdesk.ui import app as app_module
    from zpdesk.ui.views import VIEW_KEYS

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    db = backup_database(demo_template, tmp_path / "demo.sqlite")
    running = app_module.start(str(db))
    assert isinstance(running, app_module.Running)
    qtbot.addWidget(running.window)
    try:
        # the socket starts after the first paint; the local (AF_UNIX) socket is allowed
        qtbot.waitUntil(lambda: running.server is not None)
        assert running.server.listening
        qtbot.waitUntil(lambda: bool(list_backups(backup_folder_for(db))))
        for key in VIEW_KEYS:
            running.window.show_view(key)
            qtbot.wait(10)
        # a second launch talks to the first over the local socket only
        assert app_module.ask_running_window_to_raise(db)
        if sys.platform.startswith("linux"):
            assert _inet_sockets_held() == []
    finally:
        running.window.close()
        running.shut_down()

    out = tmp_path / "out"
    from sqlalchemy import select

    from zpdesk.store.db import open_database
    from zpdesk.store.models import Network

    handle = open_database(db)
    with handle.session() as session:
        network = session.scalars(select(Network.name).order_by(Network.id)).first()
    handle.close()
    commands = [
        ["--version"],
        ["agenda", "--db", str(db), "--from", MONTH[0], "--to", MONTH[1]],
        ["agenda", "--db", str(db), "--from", MONTH[0], "--to", MONTH[1], "--pdf",
         str(out / "a.pdf"), "--csv", str(out / "a.csv"), "--ics", str(out / "a.ics")],
        ["import-ics", "--db", str(db), "--network", str(network), str(out / "a.ics")],
        ["review", "--db", str(db), "--year", LAST_YEAR],
        ["review", "--db", str(db), "--year", LAST_YEAR, "--pdf", str(out / "r.pdf"),
         "--csv", str(out / "r.csv")],
        ["export", "--db", str(db), "--json", str(out / "all.json")],
        ["import", "--db", str(out / "copy.sqlite"), "--json", str(out / "all.json")],
        ["backup", "--db", str(db), "--to", str(out / "backups")],
        ["demo", "--db", str(out / "demo2.sqlite"), "--seed", "7"],
        ["--lang", "en", "shot", "--db", str(db), "--view", "agenda", "--out",
         str(out / "s.png")],
    ]  # fmt: skip
    for argv in commands:
        try:
            code = main(argv)
        except SystemExit as exc:  # --version
            code = exc.code
        assert code == 0, (argv, capsys.readouterr().err)
    (backup,) = (out / "backups").iterdir()
    assert main(["restore", "--db", str(db), str(backup)]) == 0
    if sys.platform.startswith("linux"):
        assert _inet_sockets_held() == []
    assert no_network == []


# --- and no module that could ------------------------------------------------------------

# Text functions in a networking package: they parse a server database's URL, they
# connect nowhere (only psycopg does, to the server the user names).
STRING_ONLY = frozenset({"urllib.parse"})
NETWORK_MODULES = (
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "ssl",
    "socket",
    "asyncio",
    "webbrowser",
)
QT_NETWORK_NAMES = (
    "QNetworkAccessManager",
    "QNetworkRequest",
    "QTcpSocket",
    "QTcpServer",
    "QUdpSocket",
    "QSslSocket",
    "QAbstractSocket",
    "QDnsLookup",
    "QHostInfo",
    "QHttpServer",
    "QWebSocket",
)


def _network_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
            names: list[str] = []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
            names = [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            top = module.split(".")[0]
            if top in NETWORK_MODULES and module not in STRING_ONLY:
                found.append(module)
            if module.startswith(("PySide6.QtWebEngine", "PySide6.QtWebSockets", "PySide6.QtHttp")):
                found.append(module)
            if module == "PySide6.QtNetwork":
                found += [n for n in names if n not in ("QLocalServer", "QLocalSocket")]
    text = path.read_text(encoding="utf-8")
    found += [name for name in QT_NETWORK_NAMES if name in text]
    return found


def test_no_module_imports_networking() -> None:
    offences = {
        str(path.relative_to(SRC)): found
        for path in SRC.rglob("*.py")
        if (found := _network_imports(path))
    }
    assert offences == {}


def test_the_static_check_would_see_networking(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import urllib.request\nfrom http.client import HTTPSConnection\n"
        "from PySide6.QtNetwork import QLocalSocket, QNetworkAccessManager\n"
    )
    assert _network_imports(sample) == [
        "urllib.request",
        "http.client",
        "QNetworkAccessManager",
        "QNetworkAccessManager",
    ]
