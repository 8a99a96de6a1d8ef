"""Small, hand-made data sets for the data-safety tests: every table gets rows.

Kept apart from the demo data set (another feature), so these tests say exactly what
they put in.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zpdesk.domain.enums import (
    Arrangement,
    Attendance,
    CommitmentKind,
    ContractSpecificity,
    ContractTimeFrame,
    Decision,
    Direction,
    EngagementStatus,
    ExpectationArea,
    ExpenseCategory,
    HealthFactor,
    MemberRole,
    Motive,
    NetworkKind,
    ObligationKind,
    Route,
    TargetPeriod,
    TargetUnit,
    TimeActivity,
)
from zpdesk.store.models import (
    CheckIn,
    Commitment,
    CommitmentExdate,
    ContractAssessment,
    Engagement,
    Expectation,
    Expense,
    HealthCheck,
    HealthScore,
    Membership,
    Network,
    NetworkFee,
    NetworkMotive,
    Obligation,
    Occurrence,
    Person,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
    YearDecision,
)


def add_network(session: Session, name: str, **fields: Any) -> Network:
    """A network with one of every child: motive, obligation, expectation with two
    check-ins, health check with a score, contract assessment, a weekly commitment with
    an exdate and an occurrence, a time entry, an expense and a decision."""
    network = Network(
        name=name,
        kind=fields.pop("kind", NetworkKind.KNOWLEDGE_NETWORK),
        commission_pct=fields.pop("commission_pct", Decimal("12.5")),
        annual_fee_cents=fields.pop("annual_fee_cents", 25_000),
        joined_on=fields.pop("joined_on", date(2023, 3, 1)),
        description=fields.pop("description", "Ontbijtsessies om de week, vier zaterdagen"),
        **fields,
    )
    session.add(network)
    session.flush()
    session.add(NetworkMotive(network_id=network.id, motive=Motive.KNOWLEDGE))
    session.add(NetworkMotive(network_id=network.id, motive=Motive.SOCIAL))
    session.add(
        Obligation(
            network_id=network.id,
            kind=ObligationKind.INSURANCE,
            title="Beroepsaansprakelijkheidsverzekering",
            arrangement=Arrangement.COLLECTIVE,
        )
    )
    expectation = Expectation(
        network_id=network.id,
        direction=Direction.GET,
        area=ExpectationArea.WORK_REFERRALS,
        statement="Twee doorverwijzingen per jaar",
        importance=4,
        target_quantity=Decimal("2"),
        target_unit=TargetUnit.REFERRALS_RECEIVED,
        target_period=TargetPeriod.YEAR,
        opened_on=date(2024, 1, 1),
    )
    session.add(expectation)
    session.flush()
    session.add(CheckIn(expectation_id=expectation.id, on=date(2024, 6, 30), score=2))
    session.add(CheckIn(expectation_id=expectation.id, on=date(2024, 12, 31), score=4))
    check = HealthCheck(network_id=network.id, on=date(2024, 11, 1), note="na de ALV")
    session.add(check)
    session.flush()
    session.add(HealthScore(health_check_id=check.id, factor=HealthFactor.TEAM_SPIRIT, score=5))
    session.add(
        ContractAssessment(
            network_id=network.id,
            year=2024,
            time_frame=ContractTimeFrame.OPEN_ENDED,
            specificity=ContractSpecificity.UNSPECIFIC,
        )
    )
    commitment = Commitment(
        network_id=network.id,
        uid=f"{name}-ontbijt@zpdesk",
        title="Ontbijtsessie",
        kind=CommitmentKind.BREAKFAST,
        starts_at=datetime(2024, 1, 9, 7, 30),
        duration_minutes=90,
        rrule="FREQ=WEEKLY;INTERVAL=2",
    )
    session.add(commitment)
    session.flush()
    session.add(
        CommitmentExdate(commitment_id=commitment.id, original_start=datetime(2024, 1, 23, 7, 30))
    )
    session.add(
        Occurrence(
            commitment_id=commitment.id,
            original_start=datetime(2024, 2, 6, 7, 30),
            attendance=Attendance.ABSENT,
        )
    )
    session.add(
        TimeEntry(
            network_id=network.id, on=date(2024, 3, 4), minutes=120, activity=TimeActivity.TRAVEL
        )
    )
    session.add(
        Expense(
            network_id=network.id,
            on=date(2024, 1, 15),
            category=ExpenseCategory.MEMBERSHIP_FEE,
            amount_cents=25_000,
            fee_year=2024,
        )
    )
    session.add(YearDecision(network_id=network.id, year=2024, decision=Decision.CONTINUE))
    # the fee was € 200 until it became € 250 in 2024
    session.add(NetworkFee(network_id=network.id, from_year=1900, amount_cents=20_000))
    session.add(NetworkFee(network_id=network.id, from_year=2024, amount_cents=25_000))
    session.flush()
    return network


def add_person(session: Session, name: str, network: Network | None = None) -> Person:
    person = Person(name=name, organisation="Eigen praktijk", expertise="HR-advies")
    session.add(person)
    session.flush()
    if network is not None:
        session.add(
            Membership(
                person_id=person.id,
                network_id=network.id,
                role=MemberRole.COORDINATOR,
                since=date(2022, 9, 1),
            )
        )
        session.flush()
    return person


def add_engagement(
    session: Session, title: str, network: Network | None, person: Person | None
) -> Engagement:
    engagement = Engagement(
        client="Gemeente Breda",
        title=title,
        start_on=date(2024, 4, 1),
        status=EngagementStatus.WON,
        network_id=network.id if network else None,
        via_person_id=person.id if person else None,
        route=Route.REFERRAL_RECEIVED,
        commission_pct_override=Decimal("7.5"),
        estimated_value_cents=1_200_000,
    )
    session.add(engagement)
    session.flush()
    session.add(
        RevenueEntry(engagement_id=engagement.id, on=date(2024, 5, 31), amount_cents=123_456)
    )
    session.flush()
    return engagement


def fill_every_table(session: Session) -> None:
    """Rows in every table of the model (a test checks that none is left empty)."""
    session.add(UserSettings(id=1, name="Sanne de Vries", target_rate_cents=11_000))
    west = add_network(session, "KKP West-Brabant")
    child = add_network(
        session, "Samenwerking Zorg", kind=NetworkKind.PROJECT_COLLABORATION, parent_id=west.id
    )
    anna = add_person(session, "Anna Jansen", west)
    add_person(session, "Piet Bakker", child)
    add_engagement(session, "Interim HR Breda", child, anna)
    session.add(
        ReferralGiven(
            on=date(2024, 8, 1),
            to_person_id=anna.id,
            network_id=west.id,
            client="Zorggroep Noord",
            estimated_value_cents=500_000,
        )
    )
    session.flush()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but Alembic's and a backup's record), in primary-key order."""
    con = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('alembic_version', 'zpdesk_backup') "
                "ORDER BY name"
            )
        ]
        result = {}
        for name in names:
            info = con.execute(f'PRAGMA table_info("{name}")').fetchall()
            key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or ["rowid"]
            order = ", ".join(f'"{c}"' for c in key)
            result[name] = con.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        return result
    finally:
        con.close()


def file_state(path: Path) -> tuple[bytes, int]:
    """A file's bytes and modification time: what 'left untouched' means."""
    return path.read_bytes(), path.stat().st_mtime_ns


# --- issue 15: a database with data, a reader holding a snapshot, a kill at a step ------


def filled_database(path: Path) -> Path:
    """A new database at ``path`` with rows in every table (``fill_every_table``)."""
    from zpdesk.store.db import open_database

    db = open_database(path)
    with db.session() as session:
        fill_every_table(session)
    db.close()
    return path


def snapshot_reader(path: Path) -> subprocess.Popen[str]:
    """Another process in a read transaction on ``path``: its snapshot pins the -wal
    (a checkpoint cannot fold later commits into the file). Kill it when done."""
    script = (
        "import sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('BEGIN')\n"
        "con.execute('SELECT count(*) FROM person').fetchone()\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"
    return reader


def kill_at(step: str, work: Callable[[], object]) -> bool:
    """Run ``work`` in a forked child that dies, as abruptly as by SIGKILL, when it reaches
    the named step of ``store.place`` (``place.step``); True when it got there."""
    from zpdesk.store import place

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:

            def hook(name: str) -> None:
                if name == step:
                    os._exit(9)  # no cleanup, no flush

            place.STEP_HOOK = hook
            work()
        except BaseException:
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 9), f"the child killed at {step} failed ({code})"
    return code == 9


def restore_under_lock(db_path: Path, backup: Path) -> None:
    """What ``zpdesk restore`` does: take the lock, restore, let go."""
    from zpdesk.services import backups
    from zpdesk.store.lock import DatabaseLock

    lock = DatabaseLock(db_path).acquire()
    try:
        backups.restore_backup(db_path, backup)
    finally:
        lock.release()
