"""One clock (issue 13): "now", "today" and "past" on Europe/Amsterdam wall time, whatever the
computer's zone. The review and the agenda are run in subprocesses with TZ=UTC and
TZ=America/New_York and must give what they give with TZ=Europe/Amsterdam."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from zpdesk import clock
from zpdesk.domain.enums import NetworkKind
from zpdesk.store.models import Commitment, Network

pytestmark = pytest.mark.store

SRC = Path(__file__).resolve().parents[1] / "src"
ZONES = ("Europe/Amsterdam", "UTC", "America/New_York")


def _run(zone: str, *args: str) -> str:
    env = {
        **os.environ,
        "TZ": zone,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_clock_is_amsterdam_wall_time_in_every_zone() -> None:
    script = (
        "from datetime import datetime\n"
        "from zoneinfo import ZoneInfo\n"
        "from zpdesk import clock\n"
        "wall = datetime.now(ZoneInfo('Europe/Amsterdam')).replace(tzinfo=None)\n"
        "print(abs((clock.now() - wall).total_seconds()) < 5, clock.today() == wall.date())\n"
        "print(datetime.now().hour)\n"
    )
    hours = set()
    for zone in ZONES:
        lines = _run(zone, "-c", script).split("\n")
        assert lines[0] == "True True", zone
        hours.add(lines[1])
    # the zones really differ (else the test would prove nothing)
    assert len(hours) >= 2 or datetime.now(ZoneInfo("UTC")).hour == 0


def test_review_and_agenda_agree_in_every_zone(db, tmp_path: Path) -> None:
    # A meeting that began ten minutes ago in Amsterdam: past there, but still an hour (UTC)
    # or six hours (New York) ahead on those computers' own clocks.
    start = (clock.now() - timedelta(minutes=10)).replace(second=0, microsecond=0)
    with db.session() as session:
        network = Network(
            name="Kring", kind=NetworkKind.OTHER, joined_on=start.date().replace(day=1)
        )
        session.add(network)
        session.flush()
        session.add(
            Commitment(
                network_id=network.id,
                uid="now@test",
                title="Bijeenkomst",
                starts_at=start,
                duration_minutes=60,
            )
        )
    db.close()
    day = start.date().isoformat()
    outputs: dict[str, tuple[str, str]] = {}
    for zone in ZONES:
        review_csv = tmp_path / f"review-{zone.replace('/', '-')}.csv"
        agenda_csv = tmp_path / f"agenda-{zone.replace('/', '-')}.csv"
        _run(zone, "-m", "zpdesk", "review", "--db", str(db.path), "--year", str(start.year),
             "--csv", str(review_csv))  # fmt: skip
        _run(zone, "-m", "zpdesk", "agenda", "--db", str(db.path), "--from", day, "--to", day,
             "--csv", str(agenda_csv))  # fmt: skip
        outputs[zone] = (
            review_csv.read_text(encoding="utf-8"),
            agenda_csv.read_text(encoding="utf-8-sig"),
        )
    amsterdam = outputs["Europe/Amsterdam"]
    for zone in ZONES:
        assert outputs[zone] == amsterdam, zone
    review = {row["network"]: row for row in csv.DictReader(io.StringIO(amsterdam[0]))}
    assert review["Kring"]["hours"] == "1.00"  # counted: it has begun
    agenda = list(csv.DictReader(io.StringIO(amsterdam[1])))
    assert [(row["status"], row["counted_hours"]) for row in agenda] == [("attended", "1.00")]
