"""services.networks: validation before writing, history kept, delete refused when referenced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from zpdesk.domain.enums import (
    Arrangement,
    LegalForm,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    ObligationKind,
)
from zpdesk.services import networks as svc
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.store.models import (
    Commitment,
    Engagement,
    Network,
    NetworkMotive,
    Obligation,
    ReferralGiven,
)

pytestmark = [pytest.mark.store, pytest.mark.both_stores]


def full_input(**changes) -> svc.NetworkInput:
    values = svc.NetworkInput(
        name="KKP West-Brabant",
        kind=NetworkKind.KNOWLEDGE_NETWORK,
        legal_form=LegalForm.ASSOCIATION,
        motives=frozenset({Motive.KNOWLEDGE, Motive.SOCIAL}),
        my_role=MyRole.COORDINATOR,
        status=NetworkStatus.ACTIVE,
        joined_on=date(2022, 3, 1),
        annual_fee_cents=12_500,
        commission_pct=Decimal("12.5"),
        colour="#E15759",
        website="https://kkp.example",
        description="Breakfast sessions every two weeks",
        checkin_interval_months=6,
        obligations=[
            svc.ObligationInput(
                ObligationKind.INSURANCE, "BAV", Arrangement.COLLECTIVE, "via the association"
            ),
            svc.ObligationInput(
                ObligationKind.PRIVACY, "Privacy statement", Arrangement.INDIVIDUAL
            ),
        ],
    )
    for key, value in changes.items():
        setattr(values, key, value)
    return values


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_create_and_read_back_every_field(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input())
    with db.session() as s:
        detail = svc.get_network(s, nid)
    v = detail.values
    assert v.name == "KKP West-Brabant"
    assert v.kind is NetworkKind.KNOWLEDGE_NETWORK
    assert v.legal_form is LegalForm.ASSOCIATION
    assert v.motives == {Motive.KNOWLEDGE, Motive.SOCIAL}
    assert v.my_role is MyRole.COORDINATOR
    assert v.joined_on == date(2022, 3, 1) and v.left_on is None
    assert v.annual_fee_cents == 12_500
    assert v.commission_pct == Decimal("12.5")
    assert v.colour == "#e15759"  # stored lower-case
    assert v.website == "https://kkp.example"
    assert v.checkin_interval_months == 6
    assert [(o.kind, o.title, o.arrangement, o.note) for o in v.obligations] == [
        (ObligationKind.INSURANCE, "BAV", Arrangement.COLLECTIVE, "via the association"),
        (ObligationKind.PRIVACY, "Privacy statement", Arrangement.INDIVIDUAL, ""),
    ]
    assert detail.parent_name is None and detail.child_names == ()


def test_list_rows_with_parent_name_sorted_case_insensitively(db) -> None:
    with db.session() as s:
        parent = svc.create_network(s, full_input(name="zuid netwerk"))
        svc.create_network(s, full_input(name="Alpha project", parent_id=parent))
        svc.create_network(s, full_input(name="Beta", annual_fee_cents=0))
    with db.session() as s:
        rows = svc.list_networks(s)
    assert [r.name for r in rows] == ["Alpha project", "Beta", "zuid netwerk"]
    assert rows[0].parent_name == "zuid netwerk"
    assert rows[1].parent_name is None
    assert rows[0].commission_pct == Decimal("12.5")


def test_update_replaces_motives_and_obligations(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input())
    changed = full_input(
        name="KKP",
        motives=frozenset({Motive.SOCIAL, Motive.REFERRALS}),
        obligations=[svc.ObligationInput(ObligationKind.COMPLAINTS, "Klachtenregeling")],
    )
    with db.session() as s:
        svc.update_network(s, nid, changed)
    with db.session() as s:
        v = svc.get_network(s, nid).values
        assert v.name == "KKP"
        assert v.motives == {Motive.SOCIAL, Motive.REFERRALS}
        assert [o.title for o in v.obligations] == ["Klachtenregeling"]
        assert count(s, Obligation) == 1
        assert count(s, NetworkMotive) == 2


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "   "}, "name", "name"),
        ({"joined_on": date(2024, 5, 1), "left_on": date(2024, 4, 30)}, "left_on", "before"),
        ({"annual_fee_cents": -1}, "annual_fee_cents", "negative"),
        ({"commission_pct": Decimal("100.01")}, "commission_pct", "between 0 and 100"),
        ({"commission_pct": Decimal("-1")}, "commission_pct", "between 0 and 100"),
        ({"commission_pct": Decimal("1.005")}, "commission_pct", "two decimals"),
        ({"colour": "red"}, "colour", "#rrggbb"),
        ({"colour": "#12345"}, "colour", "#rrggbb"),
        ({"checkin_interval_months": 25}, "checkin_interval_months", "24"),
        ({"obligations": [svc.ObligationInput(title=" ")]}, "obligations", "title"),
        ({"parent_id": 999}, "parent_id", "no longer exists"),
    ],
)
def test_validation_refuses_and_writes_nothing(db, changes, field, words) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as s:
        svc.create_network(s, full_input(**changes))
    assert caught.value.field == field
    assert words in str(caught.value)
    with db.session() as s:
        assert count(s, Network) == 0


def test_duplicate_name_ignores_case_but_not_own_name(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input(name="Netwerk A"))
    with pytest.raises(ValidationError, match="already a network called 'Netwerk A'"):
        with db.session() as s:
            svc.create_network(s, full_input(name="netwerk a"))
    with db.session() as s:  # saving a network under its own name is fine
        svc.update_network(s, nid, full_input(name="Netwerk A", annual_fee_cents=1))
        assert count(s, Network) == 1


def test_parent_cannot_be_itself_or_a_descendant(db) -> None:
    with db.session() as s:
        top = svc.create_network(s, full_input(name="Top"))
        middle = svc.create_network(s, full_input(name="Middle", parent_id=top))
        leaf = svc.create_network(s, full_input(name="Leaf", parent_id=middle))
        other = svc.create_network(s, full_input(name="Other"))
    with pytest.raises(ValidationError, match="part of itself"), db.session() as s:
        svc.update_network(s, top, full_input(name="Top", parent_id=top))
    with pytest.raises(ValidationError, match="part of it"), db.session() as s:
        svc.update_network(s, top, full_input(name="Top", parent_id=leaf))
    with db.session() as s:
        assert svc.descendant_ids(s, top) == {middle, leaf}
        assert [name for _, name in svc.parent_choices(s, top)] == ["Other"]
        assert [name for _, name in svc.parent_choices(s, middle)] == ["Other", "Top"]
        assert svc.get_network(s, top).child_names == ("Middle",)
        assert svc.get_network(s, top).values.parent_id is None
    with db.session() as s:  # a legal move: Leaf under Other
        svc.update_network(s, leaf, full_input(name="Leaf", parent_id=other))
        assert svc.get_network(s, leaf).parent_name == "Other"


def test_end_membership_keeps_history(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input())
        s.add(
            Commitment(
                network_id=nid, uid="u1", title="Ontbijt", starts_at=_dt(), duration_minutes=90
            )
        )
    with db.session() as s:
        svc.end_membership(s, nid, date(2026, 6, 30))
    with db.session() as s:
        v = svc.get_network(s, nid).values
        assert v.left_on == date(2026, 6, 30)
        assert v.status is NetworkStatus.ENDED
        assert count(s, Commitment) == 1 and count(s, Obligation) == 2
        row = svc.list_networks(s)[0]
        assert row.is_ended(date(2026, 7, 1))


def test_end_membership_as_leaving_in_the_future_is_current_until_then(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input())
        svc.end_membership(s, nid, date(2026, 12, 31), NetworkStatus.LEAVING)
        row = svc.list_networks(s)[0]
    assert row.status is NetworkStatus.LEAVING
    assert not row.is_ended(date(2026, 12, 30))
    assert row.is_ended(date(2026, 12, 31))


def test_end_membership_before_joining_is_refused(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input(joined_on=date(2022, 3, 1)))
    with pytest.raises(ValidationError, match="before it began"), db.session() as s:
        svc.end_membership(s, nid, date(2022, 2, 28))
    with db.session() as s:
        assert svc.get_network(s, nid).values.left_on is None


def test_delete_refused_when_engagements_or_referrals_came_through(db) -> None:
    with db.session() as s:
        nid = svc.create_network(s, full_input())
        s.add(Engagement(title="Interim HR", start_on=date(2026, 1, 5), network_id=nid))
        s.add(ReferralGiven(on=date(2026, 2, 1), network_id=nid))
        s.add(ReferralGiven(on=date(2026, 3, 1), network_id=nid))
    with pytest.raises(ValidationError) as caught, db.session() as s:
        svc.delete_network(s, nid)
    message = str(caught.value)
    assert "brought engagements/referrals" in message
    assert "1 engagements, 2 referrals" in message
    assert "End the membership instead" in message
    with db.session() as s:
        assert count(s, Network) == 1


def test_delete_removes_what_belongs_to_it_and_orphans_children(db) -> None:
    with db.session() as s:
        parent = svc.create_network(s, full_input(name="Parent"))
        child = svc.create_network(s, full_input(name="Child", parent_id=parent))
        s.add(
            Commitment(
                network_id=parent, uid="u2", title="Borrel", starts_at=_dt(), duration_minutes=60
            )
        )
    with db.session() as s:
        svc.delete_network(s, parent)
    with db.session() as s:
        assert [r.name for r in svc.list_networks(s)] == ["Child"]
        assert svc.get_network(s, child).values.parent_id is None
        assert count(s, Commitment) == 0
        assert count(s, Obligation) == 2  # the child's two
    with pytest.raises(NotFoundError), db.session() as s:
        svc.get_network(s, parent)


def _dt():
    from datetime import datetime

    return datetime(2026, 1, 6, 7, 30)


def test_suggested_colour_is_the_first_unused_one(db) -> None:
    with db.session() as s:
        assert svc.suggested_colour(s) == svc.PALETTE[0]
        svc.create_network(s, full_input(name="A", colour=svc.PALETTE[0].upper()))
        svc.create_network(s, full_input(name="B", colour=svc.PALETTE[2]))
        assert svc.suggested_colour(s) == svc.PALETTE[1]
