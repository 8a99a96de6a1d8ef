"""The atlas's figures, lists, overlap and exclusivity against hand-computed values (on a file
and on a PostgreSQL server: ``both_stores``), and the layout's determinism
(tests/atlas_data.py describes the small set)."""

from __future__ import annotations

import math
import random
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from atlas_data import NOW, TODAY, YEAR, fill
from zpdesk.domain import atlas_layout as al
from zpdesk.domain.enums import Exclusivity
from zpdesk.services import atlas as svc
from zpdesk.services.overlap import conflicted_network_ids, conflicts, overlap
from zpdesk.store.db import Database
from zpdesk.store.models import Membership, Network, UserSettings

pytestmark = pytest.mark.store


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.session() as session:
        return fill(session)


@pytest.mark.both_stores
def test_flows_are_the_years_revenue_and_referrals_given(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        atlas = svc.build_atlas(session, YEAR, NOW)
    flows = {(f.direction, f.network_id, f.person_id): (f.cents, f.count) for f in atlas.flows}
    IN, OUT = svc.FlowDirection.IN, svc.FlowDirection.OUT
    assert flows == {
        # E1: 10 000 + 5 000 in 2025 (the January 2026 invoice is another year)
        (IN, ids["alfa"], ids["anna"]): (1_500_000, 1),
        (IN, ids["bravo"], ids["bas"]): (300_000, 1),
        (IN, ids["charlie"], None): (200_000, 1),  # not the 2024 invoice
        (IN, None, ids["anna"]): (100_000, 1),  # E5: via Anna, outside any network
        (OUT, ids["alfa"], ids["anna"]): (250_000, 1),
        (OUT, ids["bravo"], ids["bas"]): (120_000, 2),
    }  # E4 (own acquisition) draws no arrow; the 2024 referral to Eva is another year


@pytest.mark.both_stores
def test_lists_rank_who_brings_work_and_where_it_goes(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        atlas = svc.build_atlas(session, YEAR, NOW)
    networks, people = svc.brings_me_work(atlas)
    assert [(r.name, r.cents, r.count) for r in networks] == [
        ("Alfa Kring", 1_500_000, 1),
        ("Bravo Groep", 300_000, 1),
        ("Charlie Kennis", 200_000, 1),
    ]
    assert [(r.name, r.cents, r.count) for r in people] == [
        ("Anna", 1_600_000, 2),
        ("Bas", 300_000, 1),
    ]
    networks, people = svc.where_work_goes(atlas)
    assert [(r.name, r.cents, r.count) for r in networks] == [
        ("Alfa Kring", 250_000, 1),
        ("Bravo Groep", 120_000, 2),
    ]
    assert [(r.name, r.cents, r.count) for r in people] == [
        ("Anna", 250_000, 1),
        ("Bas", 120_000, 2),
    ]
    # Reciprocity: Anna got one referral (E1, started 2025, 15 000 by 31 Dec) for the one she
    # gave me... E5 started in 2024 so it is not a 2025 referral.
    rows = [
        (p.name, p.given_count, p.given_cents, p.received_count, p.received_cents)
        for p in svc.reciprocity(atlas)
    ]
    assert rows == [("Anna", 1, 250_000, 1, 1_500_000), ("Bas", 2, 120_000, 1, 300_000)]


@pytest.mark.both_stores
def test_nodes_carry_the_reviews_hours_and_the_years_members(
    db: Database, ids: dict[str, int]
) -> None:
    with db.session() as session:
        atlas = svc.build_atlas(session, YEAR, NOW)
    by_name = {n.name: n for n in atlas.networks}
    # Echo was left in 2024: not in the 2025 atlas
    assert list(by_name) == ["Alfa Kring", "Bravo Groep", "Charlie Kennis", "Delta Project"]
    assert by_name["Alfa Kring"].minutes == 120 and by_name["Charlie Kennis"].minutes == 300
    assert by_name["Delta Project"].parent_id == ids["charlie"]
    # Cor was in Bravo until June 2025: a member in the 2025 atlas
    assert by_name["Bravo Groep"].members == 3
    assert [p.name for p in atlas.people] == ["Anna", "Bas", "Cor", "Eva"]
    assert atlas.me == "Sanne"
    assert [p.name for p in svc.filtered(atlas, None, active_only=True).people] == ["Anna", "Bas"]
    narrowed = svc.filtered(atlas, ids["charlie"])
    assert [n.name for n in narrowed.networks] == ["Charlie Kennis", "Delta Project"]
    assert [p.name for p in narrowed.people] == ["Anna", "Bas", "Eva"]
    assert [(f.network_id, f.cents) for f in narrowed.flows] == [(ids["charlie"], 200_000)]


@pytest.mark.both_stores
def test_overlap_counts_current_memberships_of_current_networks(
    db: Database, ids: dict[str, int]
) -> None:
    with db.session() as session:
        found = overlap(session, TODAY)
    a, b, c, d = ids["alfa"], ids["bravo"], ids["charlie"], ids["delta"]
    assert [n for _, n in found.networks] == [
        "Alfa Kring",
        "Bravo Groep",
        "Charlie Kennis",
        "Delta Project",
    ]  # Echo ended: not mine any more
    # Cor left Bravo in June 2025: Bravo has Anna and Bas today
    assert found.members == {a: 2, b: 2, c: 3, d: 1}
    assert (found.count(a, b), found.count(a, c), found.count(b, c)) == (1, 2, 2)
    assert (found.count(b, d), found.count(c, d), found.count(a, d)) == (1, 1, 0)
    assert found.count(c, c) == 3
    assert found.share(a, c) == 1 and found.share(c, a) == Decimal(2) / 3
    assert [(p.name, [n for _, n in p.networks]) for p in found.people] == [
        ("Anna", ["Alfa Kring", "Bravo Groep", "Charlie Kennis"]),
        ("Bas", ["Bravo Groep", "Charlie Kennis", "Delta Project"]),
        ("Eva", ["Alfa Kring", "Charlie Kennis"]),
    ]


@pytest.mark.both_stores
def test_each_exclusivity_rule_and_ended_memberships_ignored(
    db: Database, ids: dict[str, int]
) -> None:
    with db.session() as session:
        found = conflicts(session, TODAY)
    described = [(c.network_name, c.rule, c.other_network_name, c.person_name) for c in found]
    assert described == [
        # Alfa allows no other referral group: Bravo is one (Echo, also one, was left)
        ("Alfa Kring", Exclusivity.NO_SAME_KIND, "Bravo Groep", ""),
        # Bravo allows one per profession: Anna is an HR adviser (Cor too, but he left)
        ("Bravo Groep", Exclusivity.ONE_PER_PROFESSION, "", "Anna"),
    ]
    assert conflicted_network_ids(found) == {ids["alfa"], ids["bravo"]}


@pytest.mark.both_stores
def test_rules_without_conflict(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        session.get(UserSettings, 1).profession = ""  # no profession: no profession rule
        # Bravo ends: Alfa no longer competes with anything
        bravo = session.get(Network, ids["bravo"])
        bravo.left_on = TODAY
        # a collaboration of the same kind inside Alfa does not compete with it
        session.add(Network(name="Alfa Sub", kind=bravo.kind, parent_id=ids["alfa"]))
    with db.session() as session:
        assert conflicts(session, TODAY) == []


@pytest.mark.both_stores
def test_ended_person_membership_of_an_exclusive_network_is_ignored(
    db: Database, ids: dict[str, int]
) -> None:
    with db.session() as session:
        for membership in session.query(Membership).filter_by(person_id=ids["anna"]):
            membership.until = TODAY.replace(day=1)
    with db.session() as session:
        found = conflicts(session, TODAY)
    assert [(c.network_name, c.rule) for c in found] == [("Alfa Kring", Exclusivity.NO_SAME_KIND)]


def test_exclusivity_migration_keeps_rows_and_sets_no_rule(tmp_path: Path) -> None:
    from test_migrations import _build_at, _fill
    from zpdesk.store.db import open_database

    path = tmp_path / "old.sqlite"
    _build_at(path, "0001_initial")
    _fill(path, "0001_initial")
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT DISTINCT exclusivity FROM network").fetchall() == [("none",)]
        assert con.execute("SELECT DISTINCT profession FROM person").fetchall() == [("",)]
        assert con.execute("SELECT profession, name FROM user_settings").fetchall() == [
            ("", "Sanne de Vries")
        ]
    finally:
        con.close()


# --- layout ---------------------------------------------------------------------------------

NETWORKS = [
    al.LayoutNetwork(1, "Kring", None, 600),
    al.LayoutNetwork(2, "Ärgo", None, 60),
    al.LayoutNetwork(3, "Project", 1, 0),
    al.LayoutNetwork(4, "Zorg", None, 1200),
]
PEOPLE = [al.LayoutPerson(10 + i, f"Person {i:02}", 1 + i % 4, (i * 37) % 5) for i in range(30)]
PEOPLE.append(al.LayoutPerson(99, "Nobody", 77, 5))  # in none of the shown networks


def test_layout_is_the_same_for_the_same_data_in_any_order() -> None:
    first = al.layout(NETWORKS, PEOPLE, max_per_network=5)
    for seed in range(5):
        networks, people = NETWORKS[:], PEOPLE[:]
        random.Random(seed).shuffle(networks)
        random.Random(seed).shuffle(people)
        assert al.layout(networks, people, max_per_network=5) == first


def test_layout_order_sizes_and_aggregation() -> None:
    placed = al.layout(NETWORKS, PEOPLE, max_per_network=5)
    # by folded name (Ärgo sorts as argo), the collaboration right after its parent
    assert placed.order == (2, 1, 3, 4, al.OUTSIDE)
    assert placed.networks[4].r == al.MAX_NETWORK_RADIUS  # the most hours
    assert placed.networks[3].r == al.MIN_NETWORK_RADIUS  # no hours
    assert placed.networks[2].r < placed.networks[1].r < placed.networks[4].r
    # 30 people over 4 networks, at most 5 shown each: 4 shown + "+N more" where more
    homes = {n: [p.id for p in PEOPLE if p.home == n] for n in (1, 2, 3, 4)}
    for network, members in homes.items():
        shown = [p for p in members if p in placed.people]
        assert len(shown) == 4 and network in placed.more
        assert sorted(shown + list(placed.more[network][1])) == sorted(members)
    assert 99 in placed.people  # the outsider has a home too
    # nobody sits on anybody else
    nodes = list(placed.people.values()) + [p for p, _ in placed.more.values()]
    nodes += list(placed.networks.values()) + [placed.me]
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            assert math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r


def test_heavy_layout_stays_bounded() -> None:
    networks = [al.LayoutNetwork(i, f"Netwerk {i}", None, i * 10) for i in range(1, 41)]
    people = [al.LayoutPerson(1000 + i, f"P{i}", 1 + i % 40, 0) for i in range(600)]
    placed = al.layout(networks, people)
    assert len(placed.people) + len(placed.more) <= 200
    assert sum(len(h) for _, h in placed.more.values()) + len(placed.people) == 600
    assert placed.extent() < 2500


def test_changed_data_changes_only_what_it_should() -> None:
    base = al.layout(NETWORKS, PEOPLE)
    again = al.layout([replace(n, minutes=n.minutes) for n in NETWORKS], list(PEOPLE))
    assert base == again


# --- the portable JSON file ---------------------------------------------------------------


def test_json_export_carries_exclusivity_and_professions(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    from zpdesk.services import portable

    out = portable.export_json(db, tmp_path / "export.json")
    data = portable.read_export(out)
    rules = {row["name"]: row["exclusivity"] for row in data["network"]}
    assert rules["Alfa Kring"] == Exclusivity.NO_SAME_KIND
    assert rules["Bravo Groep"] == Exclusivity.ONE_PER_PROFESSION
    assert {row["name"]: row["profession"] for row in data["person"]}["Anna"] == "Hr-Adviseur"
    assert data["user_settings"][0]["profession"] == "HR-adviseur"
    copy = tmp_path / "copy.sqlite"
    portable.import_file(copy, out)
    from zpdesk.store.db import open_database

    again = open_database(copy)
    try:
        with again.session() as session:
            found = conflicts(session, TODAY)
        assert [c.rule for c in found] == [
            Exclusivity.NO_SAME_KIND,
            Exclusivity.ONE_PER_PROFESSION,
        ]
    finally:
        again.close()


def test_json_from_before_exclusivity_imports_with_no_rule(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    import json

    from zpdesk.services import portable

    out = portable.export_json(db, tmp_path / "export.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    for row in data["tables"]["network"]:
        del row["exclusivity"]
    for table in ("person", "user_settings"):
        for row in data["tables"][table]:
            del row["profession"]
    out.write_text(json.dumps(data), encoding="utf-8")
    copy = tmp_path / "old.sqlite"
    portable.import_file(copy, out)
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT DISTINCT exclusivity FROM network").fetchall() == [("none",)]
        assert con.execute("SELECT DISTINCT profession FROM person").fetchall() == [("",)]
    finally:
        con.close()
