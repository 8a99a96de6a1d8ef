"""What if I leave: hand-computed figures of one network and of two together (sums, people
known through both counted once), the figures equal the review's for the same year, the
CSV of ``zpdesk whatif``, and the deadlines' calendar file."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from zpdesk import clock
from zpdesk.domain.enums import (
    Direction,
    ExpectationArea,
    ExpenseCategory,
    NetworkKind,
    NoticeUnit,
    RenewalKind,
    Route,
)
from zpdesk.services import renewals, review, whatif
from zpdesk.store.db import Database
from zpdesk.store.models import (
    CheckIn,
    Commitment,
    Engagement,
    Expectation,
    Expense,
    Membership,
    Network,
    Person,
    RevenueEntry,
    TimeEntry,
)

TODAY = date(2025, 11, 15)
NOW = datetime(2025, 11, 15, 12, 0)
YEAR = 2024


def _fill(db: Database) -> dict[str, int]:
    with db.session() as s:
        a = Network(
            name="Alpha",
            kind=NetworkKind.NETWORK_ORGANISATION,
            commission_pct=Decimal(10),
            renewal_kind=RenewalKind.YEARLY,
            renewal_on=date(2020, 1, 1),
            notice_amount=1,
            notice_unit=NoticeUnit.MONTHS,
        )
        b = Network(name="Beta", kind=NetworkKind.REFERRAL_GROUP)
        d = Network(name="Delta", kind=NetworkKind.OTHER)
        s.add_all([a, b, d])
        s.flush()
        c = Network(name="Gamma", kind=NetworkKind.PROJECT_COLLABORATION, parent_id=a.id)
        s.add(c)
        s.flush()
        work = Engagement(title="Interim", start_on=date(YEAR, 3, 1), network_id=a.id)
        work.revenue = [RevenueEntry(on=date(YEAR, 3, 31), amount_cents=100_000)]
        s.add(work)
        s.add(
            Engagement(
                title="Tip",
                start_on=date(YEAR, 6, 1),
                network_id=b.id,
                route=Route.REFERRAL_RECEIVED,
                estimated_value_cents=500_000,
            )
        )
        s.add(
            Expense(
                network_id=b.id,
                on=date(YEAR, 5, 1),
                category=ExpenseCategory.OTHER,
                amount_cents=20_000,
            )
        )
        for network, minutes in ((a, 120), (b, 60), (c, 30)):
            s.add(TimeEntry(network_id=network.id, on=date(YEAR, 2, 1), minutes=minutes))
        people = {n: Person(name=n) for n in ("Piet", "Anna", "Kees", "Lotte")}
        s.add_all(people.values())
        s.flush()
        for person, network, until in (
            ("Piet", a, None),
            ("Piet", b, None),  # known through both Alpha and Beta: once
            ("Anna", a, None),
            ("Anna", d, None),  # also in Delta, which I keep
            ("Kees", c, None),  # inside Alpha: goes with it
            ("Lotte", b, date(2024, 12, 31)),  # no longer a member
        ):
            s.add(Membership(person_id=people[person].id, network_id=network.id, until=until))
        for network, score in ((a, 2), (b, 4)):
            e = Expectation(
                network_id=network.id,
                direction=Direction.GET,
                area=ExpectationArea.WORK_REFERRALS,
                statement=f"Work from {network.name}",
                opened_on=date(YEAR, 1, 1),
            )
            e.checkins = [CheckIn(on=date(YEAR, 12, 31), score=score)]
            s.add(e)
        s.add(
            Commitment(
                network_id=a.id,
                uid="a-1@test",
                title="Meeting",
                starts_at=datetime(2026, 1, 10, 10, 0),
                duration_minutes=60,
            )
        )
        return {"a": a.id, "b": b.id, "c": c.id, "d": d.id}


def test_one_network_by_hand(db: Database) -> None:
    ids = _fill(db)
    with db.session() as s:
        found = whatif.scenario(s, [ids["a"]], YEAR, TODAY, NOW)
    # Alpha and Gamma inside it: 120 + 30 minutes; 10 % commission of 1 000,00.
    assert found.inside == ("Gamma",)
    assert found.hours_freed == Decimal("2.5")
    assert found.planned_hours_freed == Decimal(1)
    assert found.costs_saved_cents == 10_000
    assert found.revenue_at_risk_cents == 100_000
    assert found.net_effect_cents == -90_000
    assert (found.referrals_at_risk, found.referrals_at_risk_cents) == (0, 0)
    # Piet stays known through Beta, Anna through Delta; Kees only through Gamma.
    assert found.people_only_through == ("Kees",)
    assert found.unmet == ("Work from Alpha",)
    # Yearly on 1 January, one month's notice: by 1 December 2025, out on 1 January 2026.
    assert found.earliest_leave == date(2026, 1, 1)


def test_two_networks_together_by_hand(db: Database) -> None:
    ids = _fill(db)
    with db.session() as s:
        one, two = whatif.scenarios(s, [[ids["a"]], [ids["a"], ids["b"]]], YEAR, TODAY, NOW)
    assert two.names == ("Alpha", "Beta")
    assert two.hours_freed == Decimal("3.5")  # 120 + 60 + 30 minutes
    assert two.costs_saved_cents == 30_000  # commission 100,00 + Beta's expense 200,00
    assert two.revenue_at_risk_cents == 100_000
    assert (two.referrals_at_risk, two.referrals_at_risk_cents) == (1, 500_000)
    assert two.net_effect_cents == -70_000
    # Piet is in both: counted once; Lotte left Beta; Anna stays through Delta.
    assert two.people_only_through == ("Kees", "Piet")
    assert two.unmet == ("Work from Alpha",)
    # Beta has no renewal terms and no notice: it can end today; Alpha decides.
    assert two.earliest_leave == date(2026, 1, 1)
    assert one.hours_freed == Decimal("2.5")


@pytest.mark.parametrize(
    "names",
    [("Interim Collectief Zuid",), ("HR-Kring Zeeland", "Zakenkring De Schelde")],
)
def test_figures_equal_the_review_of_the_year(demo_db: Database, names: tuple[str, ...]) -> None:
    today, now = clock.today(), clock.now()
    year = whatif.last_full_year(today)
    with demo_db.session() as s:
        ids = whatif.network_ids_by_name(s, names)
        found = whatif.scenario(s, ids, year, today, now)
        rows = [r for r in review.review_year(s, year, now).networks]
        inside = {n.id for n in s.scalars(select(Network).where(Network.parent_id.in_(ids)))}
    chosen = [r for r in rows if r.network_id in set(ids) | inside]
    assert len(chosen) == len(ids) + len(inside)
    assert found.hours_freed == sum((r.hours for r in chosen), Decimal(0))
    assert found.costs_saved_cents == sum((r.costs_cents for r in chosen), Decimal(0))
    assert found.revenue_at_risk_cents == sum(r.revenue_cents for r in chosen)
    assert found.referrals_at_risk == sum(r.figures.referrals_received for r in chosen)
    assert found.referrals_at_risk_cents == sum(r.figures.referrals_received_cents for r in chosen)
    assert found.work_hours_freed == sum((r.work_minutes for r in chosen), Decimal(0)) / 60
    assert found.net_effect_cents == -sum((r.net_cents for r in chosen), Decimal(0))


def test_whatif_command_writes_the_csv(demo_db: Database, tmp_path: Path) -> None:
    path = Path(str(demo_db.path))
    out = tmp_path / "whatif.csv"
    demo_db.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "zpdesk",
            "whatif",
            "--db",
            str(path),
            "--leave",
            "HR-Kring Zeeland",
            "--leave",
            "zakenkring de schelde",
            "--csv",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "scenario",
        "hours_freed",
        "planned_hours_freed",
        "costs_saved",
        "revenue_at_risk",
        "referrals_at_risk",
        "referrals_at_risk_value",
        "net_effect",
        "work_hours_freed",
        "earliest_leave",
    ]
    assert rows[1][0] == "HR-Kring Zeeland + Zakenkring De Schelde"
    costs, revenue, net = (Decimal(rows[1][i]) for i in (3, 4, 7))
    assert net == costs - revenue
    unknown = subprocess.run(
        [sys.executable, "-m", "zpdesk", "whatif", "--db", str(path), "--leave", "Nobody"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert unknown.returncode == 1 and "Nobody" in unknown.stderr


def test_deadlines_calendar_imports_with_alarms_and_updates_by_uid(demo_db: Database) -> None:
    import icalendar
    import recurring_ical_events

    today, now = clock.today(), clock.now()
    with demo_db.session() as s:
        items = renewals.deadlines(s, today)
    first = icalendar.Calendar.from_ical(renewals.reminders_ics(items, now))
    events = recurring_ical_events.of(first).between(today, today + timedelta(days=3 * 366))
    assert len(events) == len(items) >= 5
    by_uid = {str(e["uid"]): e for e in events}
    assert len(by_uid) == len(items)
    for item in items:
        event = by_uid[renewals.deadline_uid(item.network_id)]
        assert event.decoded("dtstart") == item.deadline.deadline
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [timedelta(days=-14), timedelta(days=-2)]
    # The demo's HR-Kring (decision "reduce") has its deadline within 30 days: urgent.
    urgent = [i.name for i in items if i.urgent(today)]
    assert urgent == ["HR-Kring Zeeland"]

    # Move one deadline (a longer notice period) and export again: same UID, new date.
    with demo_db.session() as s:
        network = s.scalars(select(Network).where(Network.name == "HR-Kring Zeeland")).one()
        network.notice_unit = NoticeUnit.DAYS
        network.notice_amount = 5
        moved_id = network.id
    with demo_db.session() as s:
        again = renewals.deadlines(s, today)
    second = icalendar.Calendar.from_ical(renewals.reminders_ics(again, now))
    old = {str(e["uid"]): e.decoded("dtstart") for e in first.walk("VEVENT")}
    new = {str(e["uid"]): e.decoded("dtstart") for e in second.walk("VEVENT")}
    assert old.keys() == new.keys()
    uid = renewals.deadline_uid(moved_id)
    assert new[uid] != old[uid]
    assert {k for k in old if old[k] != new[k]} == {uid}


def test_coming_up_lists_this_weeks_meetings_and_near_deadlines(db: Database) -> None:
    ids = _fill(db)
    with db.session() as s:
        # Monday 5 January 2026: Alpha's meeting on Saturday the 10th is this week.
        items = renewals.coming_up(s, date(2026, 1, 5), datetime(2026, 1, 5, 8, 0))
        meetings = [(i.on, i.title) for i in items if i.kind == renewals.ComingKind.MEETING]
        assert meetings == [(date(2026, 1, 10), "Meeting")]
        # Alpha's next notice deadline (1 December 2026) is beyond 90 days.
        assert not [i for i in items if i.kind == renewals.ComingKind.NOTICE]
        # On 1 October 2026 it is 61 days ahead, with the renewal one month later.
        items = renewals.coming_up(s, date(2026, 10, 1), datetime(2026, 10, 1, 8, 0))
        alpha = [(i.on, i.kind) for i in items if i.network_id == ids["a"]]
        assert (date(2026, 12, 1), renewals.ComingKind.NOTICE) in alpha
        assert (date(2027, 1, 1), renewals.ComingKind.RENEWAL) not in alpha  # 92 days
        items = renewals.coming_up(s, date(2026, 10, 5), datetime(2026, 10, 5, 8, 0))
        assert (date(2027, 1, 1), renewals.ComingKind.RENEWAL) in [
            (i.on, i.kind) for i in items if i.network_id == ids["a"]
        ]
