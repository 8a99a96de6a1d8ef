"""A throw-away PostgreSQL server for the tests that run against both stores.

``ZPDESK_TEST_PG_URL`` names a server to use instead (its user must be allowed to create
databases). Otherwise the server binaries are looked up (``pg_config --bindir``, then
``/usr/lib/postgresql/*/bin``) and a cluster is created in a temporary folder, with
trust authentication on a unix socket and on 127.0.0.1 at a free port, and removed at the
end. PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged
user ``zpdeskpg`` (created with ``useradd`` when missing and ``CI`` is set).

Run directly (``python tests/pg_server.py``) it starts a server, prints its URL and keeps
it running until Enter is pressed.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

SERVER_USER = "zpdeskpg"  # the unprivileged owner of the cluster when the tests run as root
SUPERUSER = "zpdesk"
HOW_TO = (
    "install PostgreSQL (Debian: apt-get install postgresql) or set "
    "ZPDESK_TEST_PG_URL=postgresql://user@host:port/dbname to run them"
)


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def _bindir() -> Path | None:
    pg_config = shutil.which("pg_config")
    candidates: list[Path] = []
    if pg_config:
        result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if result.returncode == 0:
            candidates.append(Path(result.stdout.strip()))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """The account the cluster runs as: None for the current (non-root) user."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        pass
    if not os.environ.get("CI"):
        raise ServerUnavailable(
            f"running as root and there is no user {SERVER_USER} to run PostgreSQL as "
            f"(useradd -r {SERVER_USER}); or {HOW_TO}"
        )
    subprocess.run(["useradd", "-r", "-M", "-s", "/usr/sbin/nologin", SERVER_USER], check=True)
    return pwd.getpwnam(SERVER_USER)


class PgServer:
    """A running PostgreSQL cluster (started here or given by ZPDESK_TEST_PG_URL)."""

    def __init__(self) -> None:
        self.url = ""
        self._folder: Path | None = None
        self._bindir: Path | None = None
        self._account: pwd.struct_passwd | None = None

    def _run(self, *command: str | Path) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self._account is not None:
            extra = {
                "user": self._account.pw_uid,
                "group": self._account.pw_gid,
                "extra_groups": [],
            }
        env = dict(os.environ, LC_ALL="C", LANG="C")
        if self._account is not None:
            env["HOME"] = str(self._folder)
        return subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            cwd=self._folder,
            env=env,
            timeout=120,
            **extra,
        )

    def start(self) -> str:
        """Start (or find) the server; returns a URL of its ``postgres`` database."""
        given = os.environ.get("ZPDESK_TEST_PG_URL")
        if given:
            self.url = given
            return given
        self._bindir = _bindir()
        if self._bindir is None:
            raise ServerUnavailable(f"no PostgreSQL server binaries found; {HOW_TO}")
        self._account = _server_account()
        self._folder = Path(tempfile.mkdtemp(prefix="zpdesk-pg-"))
        if self._account is not None:
            os.chown(self._folder, self._account.pw_uid, self._account.pw_gid)
        data = self._folder / "data"
        done = self._run(
            self._bindir / "initdb",
            "-D",
            data,
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--no-locale",
            "--encoding=UTF8",
            "--no-sync",
        )
        if done.returncode:
            self.stop()
            raise ServerUnavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
        port = _free_port()
        options = (
            f"-k {self._folder} -p {port} -h 127.0.0.1 -F "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60"
        )
        done = self._run(
            self._bindir / "pg_ctl",
            "-D",
            data,
            "-l",
            self._folder / "server.log",
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        if done.returncode:
            log = (self._folder / "server.log").read_text(errors="replace")[-400:]
            self.stop()
            raise ServerUnavailable(f"PostgreSQL did not start: {done.stderr.strip()} {log}")
        self.url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
        self._wait()
        return self.url

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def stop(self) -> None:
        """Stop the cluster started here and remove its folder."""
        if self._folder is None:
            return
        if self._bindir is not None and (self._folder / "data" / "postmaster.pid").exists():
            self._run(
                self._bindir / "pg_ctl", "-D", self._folder / "data", "-m", "immediate", "stop"
            )
        shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None

    def database_url(self, name: str) -> str:
        """The URL of database ``name`` on this server."""
        base, _, _ = self.url.rpartition("/")
        return f"{base}/{name}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(sql)


if __name__ == "__main__":  # pragma: no cover - a helper for people
    server = PgServer()
    print(server.start(), flush=True)
    try:
        input("Enter stops the server. ")
    finally:
        server.stop()
