"""The kill test of point 5: a writer is killed with SIGKILL at random moments, and after
every kill the database must pass ``integrity_check`` and hold every action the writer
reported as committed, whole (never half an action).

A *zygote* process imports zpdesk once and forks a fresh writer for every round, so a
round costs milliseconds instead of a Python start-up; each writer is a real process
with its own SQLite connection and its own write lock, killed by the kernel mid-flight.

Each writer opens the database the normal way (``open_database(..., lock=True)``: the
previous writer's stale lock must be recovered) and runs numbered actions through
``ActionRunner`` (one transaction each, recorded for undo like any user action):
action k adds network ``n<k>`` with a full set of children (expectation, check-ins,
commitment with an occurrence and an exdate, health check, expense…), or, when k is a
multiple of 5, deletes network ``n<k-3>`` with everything SQLite cascades from it. Every
action also adds the marker person ``action <k>``. After each commit the writer prints
``done <round> <k>`` (one unbuffered write). About a third of the kills are aimed at any
moment after the fork (most land while the writer opens the database); the rest at a
random moment after it reported its first commit, so they land between and inside
later commits however fast or busy the machine is.

Run as a benchmark: ``python tests/crash_writer.py --kills 1000``.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The share of kills aimed at any moment after the fork (most land while opening: the
# inspection, the lock, the engine); the rest wait for the database to be open first.
OPENING_SHARE = 0.3
SRC = HERE.parent / "src"


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


# --- the writer side (runs in the zygote and its children) ------------------------------


def _writer(db_path: Path, round_no: int) -> None:
    from sqlalchemy import func, select

    from safety_data import add_network
    from zpdesk.store.db import open_database
    from zpdesk.store.models import Network, Person
    from zpdesk.ui.actions import ActionRunner

    db = open_database(db_path, lock=True)
    runner = ActionRunner(db)
    _say(f"open {round_no}")

    def last_action(session) -> int:
        names = session.scalars(select(Person.name).where(Person.name.like("action %")))
        return max((int(name.split()[1]) for name in names), default=0)

    k = runner.run("find", last_action)
    while True:
        k += 1

        def action(session, k=k) -> None:
            if k % 5 == 0 and k >= 5:
                network = session.scalars(select(Network).where(Network.name == f"n{k - 3}")).one()
                session.delete(network)
            else:
                add_network(session, f"n{k}", description=f"action {k} " + "x" * 200)
            session.add(Person(name=f"action {k}", notes=str(session.scalar(func.random()))))

        runner.run(f"action {k}", action)
        _say(f"done {round_no} {k}")


def zygote(db_path: Path) -> None:
    """Serve ``go <round>`` (fork a writer) and ``reap`` (wait for the killed one)."""
    import sqlalchemy  # noqa: F401

    import safety_data  # noqa: F401 - imported once, here, for every writer
    import zpdesk.store.db
    import zpdesk.store.migrate
    import zpdesk.ui.actions  # noqa: F401

    child = 0
    _say("ready")
    for line in sys.stdin:
        command = line.split()
        if command[0] == "go":
            round_no = int(command[1])
            child = os.fork()
            if child == 0:
                try:
                    _writer(db_path, round_no)
                except BaseException as exc:
                    _say(f"error {round_no} {type(exc).__name__}: {' '.join(str(exc).split())}")
                os._exit(1)
            _say(f"child {round_no} {child}")
        elif command[0] == "reap":
            os.waitpid(child, 0)  # a zombie still "runs": its lock would not look stale
            _say(f"reaped {command[1]}")
        elif command[0] == "quit":
            return


# --- the killer side (the test) ------------------------------------------------------


@dataclass
class KillReport:
    kills: int = 0
    committed: int = 0  # actions reported as committed, over all rounds
    rounds_with_commits: int = 0  # rounds killed after at least one commit
    actions_in_db: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class _Zygote:
    def __init__(self, db_path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--zygote", str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            bufsize=0,
        )
        self._buffer = b""
        assert self.readline(60) == "ready"

    def send(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((text + "\n").encode())
        self.process.stdin.flush()

    def readline(self, timeout: float = 30) -> str:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the zygote did not answer")
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("the zygote died")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        try:
            self.send("quit")
            self.process.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


def check_database(db_path: Path, reported: set[int]) -> int:
    """Assert the database is whole and holds every reported action; returns the count."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.execute("PRAGMA foreign_keys=ON")
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "person" not in tables:
            assert not reported  # killed before the schema was committed
            return 0
        markers = {
            int(name.split()[1])
            for (name,) in con.execute("SELECT name FROM person WHERE name LIKE 'action %'")
        }
        missing = reported - markers
        assert not missing, f"committed actions lost: {sorted(missing)[:10]}"
        last = max(markers, default=0)
        assert markers == set(range(1, last + 1)), "actions are not consecutive"
        networks = {
            name: counts
            for name, *counts in con.execute(
                "SELECT n.name,"
                " (SELECT count(*) FROM expectation e WHERE e.network_id = n.id),"
                " (SELECT count(*) FROM checkin c JOIN expectation e ON c.expectation_id = e.id"
                "   WHERE e.network_id = n.id),"
                " (SELECT count(*) FROM commitment m WHERE m.network_id = n.id),"
                " (SELECT count(*) FROM occurrence o JOIN commitment m ON o.commitment_id = m.id"
                "   WHERE m.network_id = n.id),"
                " (SELECT count(*) FROM network_motive v WHERE v.network_id = n.id)"
                " FROM network n"
            )
        }
        expected = {
            f"n{k}"
            for k in markers
            if not (k % 5 == 0 and k >= 5) and not (k + 3 in markers and (k + 3) % 5 == 0)
        }
        assert set(networks) == expected, "an action was applied in part"
        for name, counts in networks.items():
            assert counts == [1, 2, 1, 1, 2], f"{name} has half its children: {counts}"
        return len(markers)
    finally:
        con.close()


def run_kills(db_path: Path, kills: int, *, seed: int = 7, max_delay: float = 0.25) -> KillReport:
    """Kill a writer ``kills`` times at random moments, checking the database each time."""
    rng = random.Random(seed)
    report = KillReport()
    started = time.monotonic()
    zygote_process = _Zygote(db_path)
    reported: set[int] = set()
    try:
        for round_no in range(kills):
            committed_before = len(reported)
            zygote_process.send(f"go {round_no}")
            line = zygote_process.readline()
            assert line.startswith(f"child {round_no} "), line
            pid = int(line.split()[2])
            if rng.random() >= OPENING_SHARE:
                # kill while writing: wait until the writer committed its first action
                for expected in ("open", "done"):
                    line = zygote_process.readline()
                    if not line.startswith(f"{expected} {round_no}"):
                        report.errors.append(line)
                        break
                    if expected == "done":
                        reported.add(int(line.split()[2]))
                if report.errors:
                    break
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)
            report.kills += 1
            zygote_process.send(f"reap {round_no}")
            while True:
                line = zygote_process.readline()
                if line == f"reaped {round_no}":
                    break
                kind, *rest = line.split()
                if kind == "done":
                    reported.add(int(rest[1]))
                elif kind != "open":
                    report.errors.append(line)
            assert not report.errors, report.errors
            report.rounds_with_commits += len(reported) > committed_before
            report.actions_in_db = check_database(db_path, reported)
    finally:
        zygote_process.close()
    assert not report.errors, report.errors
    report.committed = len(reported)
    report.seconds = time.monotonic() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zygote", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-delay", type=float, default=0.25)
    args = parser.parse_args()
    if args.zygote:
        sys.path[:0] = [str(SRC), str(HERE)]
        zygote(Path(args.zygote))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ZPDESK_HOME"] = folder
        report = run_kills(
            Path(folder) / "kill.sqlite", args.kills, seed=args.seed, max_delay=args.max_delay
        )
    print(
        f"{report.kills} kills in {report.seconds:.1f} s: integrity ok every time, "
        f"{report.committed} actions reported committed, all present "
        f"({report.rounds_with_commits} rounds killed after a commit) "
        f"({report.actions_in_db} in the database at the end)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
