"""Point 5: SIGKILL a writer at random moments; the database stays whole every time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crash_writer import run_kills

pytestmark = [
    pytest.mark.slow,
    pytest.mark.store,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]


@pytest.mark.timeout(300)
def test_two_hundred_kills_lose_nothing_committed(tmp_path: Path) -> None:
    report = run_kills(tmp_path / "kill.sqlite", 220, seed=2026, max_delay=0.15)
    assert report.kills == 220
    assert report.errors == []
    # Kills land everywhere: some while opening (inspection, lock, engine), most
    # between and inside commits. Both kinds must be represented.
    assert 220 // 2 < report.rounds_with_commits < 220
    # at most one action per kill can be committed but not yet reported
    assert report.committed <= report.actions_in_db <= report.committed + report.kills
