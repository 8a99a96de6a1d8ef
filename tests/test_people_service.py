"""services.people: search (who is good at what), CRUD and memberships."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from zpdesk.domain.enums import MemberRole, NetworkKind
from zpdesk.services import networks as nets
from zpdesk.services import people as svc
from zpdesk.services.errors import ValidationError
from zpdesk.store.models import Engagement, Membership, Person

pytestmark = [pytest.mark.store, pytest.mark.both_stores]


@pytest.fixture
def filled(db):
    """Three people, two networks; Anna is in both, Bram in one, Carla in none."""
    with db.session() as s:
        kkp = nets.create_network(s, nets.NetworkInput("KKP", NetworkKind.KNOWLEDGE_NETWORK))
        hr = nets.create_network(s, nets.NetworkInput("HR Kring", NetworkKind.REFERRAL_GROUP))
        anna = svc.create_person(
            s,
            svc.PersonInput(
                name="Anna de Vries",
                organisation="De Vries Advies",
                expertise="Interim HR, arbeidsrecht",
                region="Breda",
            ),
        )
        bram = svc.create_person(
            s,
            svc.PersonInput(
                name="Bram Jansen",
                organisation="Jansen ICT",
                expertise="ICT-architectuur",
                region="Tilburg",
            ),
        )
        carla = svc.create_person(
            s, svc.PersonInput(name="carla Smit", expertise="Grafisch ontwerp", region="Breda")
        )
        svc.add_membership(s, anna, svc.MembershipInput(kkp, MemberRole.COORDINATOR))
        svc.add_membership(s, anna, svc.MembershipInput(hr))
        svc.add_membership(s, bram, svc.MembershipInput(kkp))
    return {"db": db, "kkp": kkp, "hr": hr, "anna": anna, "bram": bram, "carla": carla}


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_empty_search_lists_everyone_by_name_with_networks(filled) -> None:
    with filled["db"].session() as s:
        rows = svc.search_people(s)
    assert names(rows) == ["Anna de Vries", "Bram Jansen", "carla Smit"]
    assert rows[0].networks == ("HR Kring", "KKP")
    assert rows[1].networks == ("KKP",)
    assert rows[2].networks == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hr", ["Anna de Vries"]),  # expertise, case-insensitive
        ("BREDA", ["Anna de Vries", "carla Smit"]),  # region
        ("breda ontwerp", ["carla Smit"]),  # words AND-ed across fields
        ("jansen ict", ["Bram Jansen"]),  # name and organisation
        ("  tilburg  ", ["Bram Jansen"]),
        ("100%", []),  # % is a literal, not a wildcard
        ("a_n", []),  # _ too
        ("nobody", []),
    ],
)
def test_search(filled, text, expected) -> None:
    with filled["db"].session() as s:
        assert names(svc.search_people(s, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("andre", ["André Ruiné"]),
        ("ANDRÉ", ["André Ruiné"]),
        ("ruine coordinatie", ["André Ruiné"]),  # accents typed or not, either side
        ("ZOË", ["Zoë Öztürk"]),
        ("ozturk", ["Zoë Öztürk"]),
        ("İstanbul", ["Zoë Öztürk"]),  # a dotted capital I folds to i
        ("ÉÉN", []),
    ],
)
def test_search_ignores_accents_and_case(filled, text, expected) -> None:
    with filled["db"].session() as s:
        svc.create_person(s, svc.PersonInput(name="André Ruiné", expertise="Coördinatie"))
        svc.create_person(s, svc.PersonInput(name="Zoë Öztürk", region="Istanbul"))
        assert names(svc.search_people(s, text)) == expected


def test_two_memberships_of_one_network_show_the_network_once(filled) -> None:
    with filled["db"].session() as s:
        svc.add_membership(
            s,
            filled["bram"],
            svc.MembershipInput(filled["kkp"], since=date(2019, 1, 1), until=date(2020, 1, 1)),
        )
        row = svc.search_people(s, "bram")[0]
    assert row.networks == ("KKP",)


def test_person_crud(filled) -> None:
    db = filled["db"]
    with db.session() as s:
        svc.update_person(
            s, filled["carla"], svc.PersonInput(name="Carla Smit", email="carla@example.nl")
        )
    with db.session() as s:
        detail = svc.get_person(s, filled["carla"])
        assert detail.values.name == "Carla Smit"
        assert detail.values.email == "carla@example.nl"
        assert detail.values.region == ""  # the update replaced every field
    with db.session() as s:
        s.add(
            Engagement(title="Huisstijl", start_on=date(2026, 1, 1), via_person_id=filled["anna"])
        )
    with db.session() as s:
        svc.delete_person(s, filled["anna"])
    with db.session() as s:
        assert names(svc.search_people(s)) == ["Bram Jansen", "Carla Smit"]
        # her memberships went with her; the engagement stays, without a person
        assert s.scalar(select(func.count()).select_from(Membership)) == 1
        assert s.scalar(select(Engagement.via_person_id)) is None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (svc.PersonInput(name=" "), "name"),
        (svc.PersonInput(name="X", email="not an address"), "email"),
        (svc.PersonInput(name="X", phone="0" * 51), "phone"),
    ],
)
def test_person_validation(db, values, field) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as s:
        svc.create_person(s, values)
    assert caught.value.field == field
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_memberships_listed_with_network_names_and_edited(filled) -> None:
    db = filled["db"]
    with db.session() as s:
        rows = svc.list_memberships(s, filled["anna"])
    assert [(r.network_name, r.role) for r in rows] == [
        ("HR Kring", MemberRole.MEMBER),
        ("KKP", MemberRole.COORDINATOR),
    ]
    hr_membership = rows[0].id
    with db.session() as s:
        svc.update_membership(
            s,
            hr_membership,
            svc.MembershipInput(
                filled["hr"], MemberRole.BOARD, date(2021, 1, 1), date(2023, 12, 31)
            ),
        )
    with db.session() as s:
        row = svc.get_membership(s, hr_membership)
        assert (row.role, row.since, row.until) == (
            MemberRole.BOARD,
            date(2021, 1, 1),
            date(2023, 12, 31),
        )
        assert [r.person_name for r in svc.members_of(s, filled["kkp"])] == [
            "Anna de Vries",
            "Bram Jansen",
        ]
    with db.session() as s:
        svc.remove_membership(s, hr_membership)
    with db.session() as s:
        assert [r.network_name for r in svc.list_memberships(s, filled["anna"])] == ["KKP"]


def test_membership_until_before_since_is_refused(filled) -> None:
    db = filled["db"]
    bad = svc.MembershipInput(filled["hr"], since=date(2024, 6, 1), until=date(2024, 5, 31))
    with pytest.raises(ValidationError, match="until is before since") as caught, db.session() as s:
        svc.add_membership(s, filled["carla"], bad)
    assert caught.value.field == "until"
    with pytest.raises(ValidationError, match="Choose the network"), db.session() as s:
        svc.add_membership(s, filled["carla"], svc.MembershipInput(None))
    with db.session() as s:
        assert svc.list_memberships(s, filled["carla"]) == []
