"""Overlap between my networks and exclusivity conflicts (DOMAIN.md, "Overlap and exclusivity").

Only *current* memberships count, on the day asked for:
- mine: the network's status is not "ended" and I have not left it on or before the day
  (``NetworkRow.is_ended``'s rule);
- another person's: started on or before the day (or no start) and not ended before it.

Overlap: people in two or more of my current networks, and per pair of networks the number
of shared members. The *share* of a cell (row A, column B) is the part of A's members that
are also in B, so a small collaboration inside a large network reads "100 %" on its own row.

Exclusivity: a network with rule ``one_per_profession`` conflicts when one of its current
members has my profession (compared without case or accents); a network with rule
``no_same_kind`` conflicts with each other current network of mine of the same kind, except
its own parent or children (a collaboration inside a group does not compete with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from zpdesk.domain.enums import Exclusivity, NetworkKind, NetworkStatus
from zpdesk.domain.text import fold
from zpdesk.store.models import Membership, Network, Person, UserSettings


@dataclass(frozen=True)
class OverlapPerson:
    """Someone I meet in two or more of my current networks."""

    person_id: int
    name: str
    networks: tuple[tuple[int, str], ...]  # (id, name) by name


@dataclass(frozen=True)
class Overlap:
    """Who I meet where: the people in several networks and the pairwise matrix."""

    networks: tuple[tuple[int, str], ...]  # my current networks, by name
    members: dict[int, int]  # network id -> current members
    shared: dict[tuple[int, int], int]  # (a, b) and (b, a) -> shared current members
    people: tuple[OverlapPerson, ...]  # most networks first, then by name

    def count(self, a: int, b: int) -> int:
        """Members of ``a`` who are also in ``b`` (for ``a == b``: all of ``a``'s members)."""
        return self.members.get(a, 0) if a == b else self.shared.get((a, b), 0)

    def share(self, a: int, b: int) -> Decimal | None:
        """The part (0–1) of ``a``'s members also in ``b``; None when ``a`` has no members."""
        total = self.members.get(a, 0)
        return None if total == 0 else Decimal(self.count(a, b)) / total


@dataclass(frozen=True)
class Conflict:
    """An exclusivity rule of ``network`` broken by another network of mine or by a member."""

    network_id: int
    network_name: str
    rule: Exclusivity
    other_network_id: int | None = None  # no_same_kind: the competing network
    other_network_name: str = ""
    person_id: int | None = None  # one_per_profession: the member with my profession
    person_name: str = ""

    @property
    def network_ids(self) -> tuple[int, ...]:
        """Every network this conflict concerns (to flag them all)."""
        if self.other_network_id is None:
            return (self.network_id,)
        return (self.network_id, self.other_network_id)


def current_network_condition(today: date):  # noqa: ANN201 - a SQL condition
    """My membership of a network is current on ``today``."""
    return and_(
        Network.status != NetworkStatus.ENDED,
        or_(Network.left_on.is_(None), Network.left_on > today),
    )


def current_membership_condition(today: date):  # noqa: ANN201 - a SQL condition
    """A person's membership is current on ``today``."""
    return and_(
        or_(Membership.since.is_(None), Membership.since <= today),
        or_(Membership.until.is_(None), Membership.until >= today),
    )


def _current_members(today: date) -> Select:
    """(person_id, network_id) of current memberships in my current networks, once each."""
    return (
        select(Membership.person_id, Membership.network_id)
        .join(Network, Network.id == Membership.network_id)
        .where(current_network_condition(today), current_membership_condition(today))
        .distinct()
    )


def overlap(session: Session, today: date) -> Overlap:
    """People in two or more of my current networks, and the overlap matrix (four queries)."""
    networks = tuple(
        (int(i), str(n))
        for i, n in session.execute(
            select(Network.id, Network.name)
            .where(current_network_condition(today))
            .order_by(func.lower(Network.name), Network.id)
        )
    )
    names = dict(networks)
    cm = _current_members(today).subquery()
    members = {
        int(n): int(c)
        for n, c in session.execute(
            select(cm.c.network_id, func.count(cm.c.person_id)).group_by(cm.c.network_id)
        )
    }
    a, b = aliased(cm), aliased(cm)
    shared: dict[tuple[int, int], int] = {}
    for first, second, count in session.execute(
        select(a.c.network_id, b.c.network_id, func.count(a.c.person_id))
        .join(b, and_(a.c.person_id == b.c.person_id, a.c.network_id < b.c.network_id))
        .group_by(a.c.network_id, b.c.network_id)
    ):
        shared[(int(first), int(second))] = shared[(int(second), int(first))] = int(count)

    several = (
        select(cm.c.person_id)
        .group_by(cm.c.person_id)
        .having(func.count(cm.c.network_id) >= 2)
        .subquery()
    )
    found: dict[int, tuple[str, list[int]]] = {}
    for person_id, name, network_id in session.execute(
        select(Person.id, Person.name, cm.c.network_id)
        .join(cm, cm.c.person_id == Person.id)
        .where(Person.id.in_(select(several.c.person_id)))
        .order_by(Person.id)
    ):
        found.setdefault(int(person_id), (str(name), []))[1].append(int(network_id))
    people = sorted(
        (
            OverlapPerson(
                person_id,
                name,
                tuple(sorted(((i, names[i]) for i in ids), key=lambda x: (fold(x[1]), x[0]))),
            )
            for person_id, (name, ids) in found.items()
        ),
        key=lambda p: (-len(p.networks), fold(p.name), p.person_id),
    )
    return Overlap(networks, members, shared, tuple(people))


def my_profession(session: Session) -> str:
    """The profession recorded in Preferences ("" when none)."""
    row = session.get(UserSettings, 1)
    return row.profession.strip() if row is not None else ""


def conflicts(session: Session, today: date) -> list[Conflict]:
    """The exclusivity rules of my current networks that are broken on ``today``."""
    current: list[tuple[int, str, NetworkKind, Exclusivity, int | None]] = [
        (int(i), str(n), k, e, p)
        for i, n, k, e, p in session.execute(
            select(Network.id, Network.name, Network.kind, Network.exclusivity, Network.parent_id)
            .where(current_network_condition(today))
            .order_by(func.lower(Network.name), Network.id)
        )
    ]
    result: list[Conflict] = []
    seen_pairs: set[frozenset[int]] = set()
    for network_id, name, kind, rule, parent_id in current:
        if rule != Exclusivity.NO_SAME_KIND:
            continue
        for other_id, other_name, other_kind, _rule, other_parent in current:
            related = other_id == parent_id or other_parent == network_id
            pair = frozenset((network_id, other_id))
            if other_id == network_id or other_kind != kind or related or pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            result.append(
                Conflict(
                    network_id, name, rule, other_network_id=other_id, other_network_name=other_name
                )
            )

    mine = fold(my_profession(session))
    exclusive = {i: n for i, n, _k, rule, _p in current if rule == Exclusivity.ONE_PER_PROFESSION}
    if mine and exclusive:
        rows = session.execute(
            select(Membership.network_id, Person.id, Person.name, Person.profession)
            .join(Person, Person.id == Membership.person_id)
            .where(
                Membership.network_id.in_(list(exclusive)),
                current_membership_condition(today),
                Person.profession != "",
            )
            .distinct()
            .order_by(Membership.network_id, Person.id)
        )
        for network_id, person_id, person_name, profession in rows:
            if fold(str(profession).strip()) == mine:
                result.append(
                    Conflict(
                        int(network_id),
                        exclusive[int(network_id)],
                        Exclusivity.ONE_PER_PROFESSION,
                        person_id=int(person_id),
                        person_name=str(person_name),
                    )
                )
    return sorted(result, key=lambda c: (fold(c.network_name), c.network_id, c.rule.value))


def conflicted_network_ids(found: list[Conflict]) -> set[int]:
    """Every network that some conflict concerns."""
    return {network_id for conflict in found for network_id in conflict.network_ids}
