"""What a server database costs against the file: copy, review and start-up (issue 17).

``python bench/two_stores.py [--size normal|heavy] [--runs N]`` starts a throw-away
PostgreSQL server (tests/pg_server.py, or ZPDESK_TEST_PG_URL), writes the demo set to a
file, copies it to the server and back with ``zpdesk copy`` (checking the exports are
identical) and times the review of last year and a cold start on both stores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "src"), str(HERE.parent / "tests"), str(HERE)]


def _review_times(location: str, runs: int) -> list[float]:
    from zpdesk.services import review
    from zpdesk.store.locations import open_location

    database = open_location(location)
    year, now = date.today().year - 1, datetime.now()
    times = []
    try:
        for _ in range(runs + 1):
            began = time.perf_counter()
            with database.session() as session:
                review.review_year(session, year, now)
            times.append(time.perf_counter() - began)
    finally:
        database.close()
    return times[1:]  # the first run warms the caches


def _start_times(location: str, runs: int) -> list[float]:
    from run import child

    with tempfile.TemporaryDirectory(prefix="zpdesk-bench-home-") as home:
        child("start", location, home=home)  # warm-up (and the day's backup of a file)
        return [child("start", location, home=home).shown_s or 0.0 for _ in range(runs)]


def main() -> int:
    """Measure and print one line per figure."""
    from pg_server import PgServer

    from zpdesk.cli import main as cli

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=["normal", "heavy"], default="heavy")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    server = PgServer()
    server.start()
    try:
        server.admin("DROP DATABASE IF EXISTS zpdesk_bench WITH (FORCE)")
        server.admin("CREATE DATABASE zpdesk_bench")
        url = server.database_url("zpdesk_bench")
        with tempfile.TemporaryDirectory(prefix="zpdesk-two-stores-") as folder:
            file = Path(folder) / "demo.sqlite"
            back = Path(folder) / "back.sqlite"
            assert cli(["demo", "--db", str(file), "--size", args.size]) == 0
            for source, target in ((str(file), url), (url, str(back))):
                began = time.perf_counter()
                assert cli(["copy", "--from", source, "--to", target]) == 0
                print(f"copy {source[-20:]} -> {target[-20:]}: {time.perf_counter() - began:.2f} s")
            exports = []
            for location in (str(file), url, str(back)):
                out = Path(folder) / f"{len(exports)}.json"
                assert cli(["export", "--db", location, "--json", str(out)]) == 0
                exports.append(out.read_bytes())
            print(f"exports identical: {exports[0] == exports[1] == exports[2]}")
            for name, measure in (("review", _review_times), ("start-up", _start_times)):
                on_file = statistics.median(measure(str(file), args.runs))
                on_server = statistics.median(measure(url, args.runs))
                print(
                    f"{name}: file {on_file * 1000:.0f} ms, server {on_server * 1000:.0f} ms, "
                    f"ratio {on_server / on_file:.2f}"
                )
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
