"""The network atlas of a year (DOMAIN.md, "The network atlas"): its nodes, flows and lists.

Definitions, beyond DOMAIN.md's words:
- the atlas of year Y shows the networks of the review of Y (a membership overlapping Y, or
  any figure in Y), each sized by the review's *hours invested*, and the people whose
  membership of one of them overlaps Y, plus anyone work came through or went to in Y;
- **work that came to me** (an arrow into me) is the revenue dated in Y of engagements,
  grouped by the network and the person they came through: the review's *revenue sourced*,
  so both views show the same amounts. Engagements without a network or person are own
  acquisition and draw no arrow;
- **work I passed on** (an arrow out of me) is the referrals I gave dated in Y, by their
  estimated value, grouped by network and person;
- **reciprocity per person**: referrals I gave them in Y against the engagements routed
  "referral received" via them that started in Y, valued by their revenue dated up to
  31 December of Y (a closed year does not change with a later invoice).
Every figure is one grouped SQL query; nothing here is SQLite-only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import NetworkKind, NetworkStatus, Route
from zpdesk.domain.text import fold
from zpdesk.services.overlap import Conflict, Overlap, conflicted_network_ids, conflicts, overlap
from zpdesk.services.review import review_year
from zpdesk.store.models import (
    Engagement,
    Membership,
    Network,
    Person,
    ReferralGiven,
    RevenueEntry,
    UserSettings,
)


class FlowDirection(StrEnum):
    IN = "in"  # work that came to me
    OUT = "out"  # work I passed on


@dataclass(frozen=True)
class Flow:
    """The year's work between me and one (network, person) pair, in one direction."""

    direction: FlowDirection
    network_id: int | None
    person_id: int | None
    cents: int
    count: int


@dataclass(frozen=True)
class AtlasNetwork:
    id: int
    name: str
    colour: str
    kind: NetworkKind
    parent_id: int | None
    ended: bool  # ended in or before the year, or marked ended
    minutes: int  # hours invested in the year, in minutes (the review's figure)
    revenue_cents: int  # revenue sourced in the year
    members: int  # people whose membership overlaps the year
    conflict: bool = False  # an exclusivity rule is broken today


@dataclass(frozen=True)
class AtlasPerson:
    id: int
    name: str
    profession: str
    networks: tuple[int, ...]  # atlas networks the person was a member of in the year
    brought_cents: int = 0  # revenue in the year of work that came via them
    brought_count: int = 0  # engagements with revenue in the year via them
    given_cents: int = 0  # referrals I gave them in the year (estimated value)
    given_count: int = 0
    received_cents: int = 0  # referrals received via them, started in the year
    received_count: int = 0

    @property
    def active(self) -> bool:
        """Work or referrals between us in the year."""
        return bool(self.brought_count or self.given_count or self.received_count)


@dataclass(frozen=True)
class Ranked:
    """One line of a ranked list: a network or a person with a value and a count."""

    id: int
    name: str
    cents: int
    count: int


@dataclass(frozen=True)
class Atlas:
    year: int
    me: str
    networks: tuple[AtlasNetwork, ...]  # by name
    people: tuple[AtlasPerson, ...]  # by name
    flows: tuple[Flow, ...]
    conflicts: tuple[Conflict, ...] = ()
    overlap: Overlap | None = None

    def network(self, network_id: int) -> AtlasNetwork | None:
        return next((n for n in self.networks if n.id == network_id), None)

    def person(self, person_id: int) -> AtlasPerson | None:
        return next((p for p in self.people if p.id == person_id), None)

    def flows_of_network(self, network_id: int) -> list[Flow]:
        return [f for f in self.flows if f.network_id == network_id]

    def flows_of_person(self, person_id: int) -> list[Flow]:
        return [f for f in self.flows if f.person_id == person_id]

    def members_of(self, network_id: int) -> list[AtlasPerson]:
        return [p for p in self.people if network_id in p.networks]


def _ranked(flows: list[Flow], key: str, names: dict[int, str]) -> list[Ranked]:
    cents: dict[int, int] = defaultdict(int)
    counts: dict[int, int] = defaultdict(int)
    for flow in flows:
        ident = getattr(flow, key)
        if ident is None:
            continue
        cents[ident] += flow.cents
        counts[ident] += flow.count
    return sorted(
        (Ranked(i, names.get(i, ""), cents[i], counts[i]) for i in cents),
        key=lambda r: (-r.cents, -r.count, fold(r.name), r.id),
    )


def brings_me_work(atlas: Atlas) -> tuple[list[Ranked], list[Ranked]]:
    """Networks and people ranked by the revenue of the work they brought in the year."""
    flows = [f for f in atlas.flows if f.direction == FlowDirection.IN]
    return (
        _ranked(flows, "network_id", {n.id: n.name for n in atlas.networks}),
        _ranked(flows, "person_id", {p.id: p.name for p in atlas.people}),
    )


def where_work_goes(atlas: Atlas) -> tuple[list[Ranked], list[Ranked]]:
    """Networks and people ranked by the estimated value of the referrals I gave them."""
    flows = [f for f in atlas.flows if f.direction == FlowDirection.OUT]
    return (
        _ranked(flows, "network_id", {n.id: n.name for n in atlas.networks}),
        _ranked(flows, "person_id", {p.id: p.name for p in atlas.people}),
    )


def reciprocity(atlas: Atlas) -> list[AtlasPerson]:
    """People with referrals either way in the year, most exchanged first."""
    return sorted(
        (p for p in atlas.people if p.given_count or p.received_count),
        key=lambda p: (-(p.given_cents + p.received_cents), fold(p.name), p.id),
    )


def build_atlas(session: Session, year: int, now: datetime, today: date | None = None) -> Atlas:
    """The atlas of ``year``; occurrences before ``now`` count as in the review.

    Overlap and exclusivity are judged on ``today`` (default: ``now``'s date): they are
    about the memberships I hold now, whatever year is shown.
    """
    today = today or now.date()
    start, end = date(year, 1, 1), date(year, 12, 31)
    review = review_year(session, year, now)
    rows = {row.network_id: row for row in review.networks if row.network_id is not None}
    found = conflicts(session, today)
    flagged = conflicted_network_ids(found)
    meta = {
        int(i): (kind, parent, status)
        for i, kind, parent, status in session.execute(
            select(Network.id, Network.kind, Network.parent_id, Network.status).where(
                Network.id.in_(list(rows))
            )
        )
    }

    memberships: dict[int, set[int]] = defaultdict(set)
    member_rows = session.execute(
        select(Membership.person_id, Membership.network_id).where(
            Membership.network_id.in_(list(rows)),
            or_(Membership.since.is_(None), Membership.since <= end),
            or_(Membership.until.is_(None), Membership.until >= start),
        )
    )
    for member, member_network in member_rows:
        memberships[int(member)].add(int(member_network))

    flows: list[Flow] = []
    brought: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for network_id, person_id, cents, count in session.execute(
        select(
            Engagement.network_id,
            Engagement.via_person_id,
            func.sum(RevenueEntry.amount_cents),
            func.count(func.distinct(Engagement.id)),
        )
        .join(Engagement, Engagement.id == RevenueEntry.engagement_id)
        .where(
            RevenueEntry.on.between(start, end),
            or_(Engagement.network_id.is_not(None), Engagement.via_person_id.is_not(None)),
        )
        .group_by(Engagement.network_id, Engagement.via_person_id)
    ):
        flows.append(Flow(FlowDirection.IN, network_id, person_id, int(cents), int(count)))
        if person_id is not None:
            brought[int(person_id)][0] += int(cents)
            brought[int(person_id)][1] += int(count)

    given: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for network_id, person_id, cents, count in session.execute(
        select(
            ReferralGiven.network_id,
            ReferralGiven.to_person_id,
            func.sum(ReferralGiven.estimated_value_cents),
            func.count(ReferralGiven.id),
        )
        .where(
            ReferralGiven.on.between(start, end),
            or_(ReferralGiven.network_id.is_not(None), ReferralGiven.to_person_id.is_not(None)),
        )
        .group_by(ReferralGiven.network_id, ReferralGiven.to_person_id)
    ):
        flows.append(Flow(FlowDirection.OUT, network_id, person_id, int(cents or 0), int(count)))
        if person_id is not None:
            given[int(person_id)][0] += int(cents or 0)
            given[int(person_id)][1] += int(count)

    until_end = (
        select(
            RevenueEntry.engagement_id.label("engagement_id"),
            func.sum(RevenueEntry.amount_cents).label("cents"),
        )
        .where(RevenueEntry.on <= end)
        .group_by(RevenueEntry.engagement_id)
        .subquery()
    )
    received: dict[int, list[int]] = {
        int(person_id): [int(cents), int(count)]
        for person_id, count, cents in session.execute(
            select(
                Engagement.via_person_id,
                func.count(Engagement.id),
                func.coalesce(func.sum(until_end.c.cents), 0),
            )
            .outerjoin(until_end, until_end.c.engagement_id == Engagement.id)
            .where(
                Engagement.route == Route.REFERRAL_RECEIVED,
                Engagement.start_on.between(start, end),
                Engagement.via_person_id.is_not(None),
            )
            .group_by(Engagement.via_person_id)
        )
    }

    ids = set(memberships) | set(brought) | set(given) | set(received)
    people = []
    if ids:
        for person_id, name, profession in session.execute(
            select(Person.id, Person.name, Person.profession).where(Person.id.in_(sorted(ids)))
        ):
            pid = int(person_id)
            people.append(
                AtlasPerson(
                    id=pid,
                    name=str(name),
                    profession=str(profession),
                    networks=tuple(sorted(memberships.get(pid, ()))),
                    brought_cents=brought[pid][0] if pid in brought else 0,
                    brought_count=brought[pid][1] if pid in brought else 0,
                    given_cents=given[pid][0] if pid in given else 0,
                    given_count=given[pid][1] if pid in given else 0,
                    received_cents=received.get(pid, [0, 0])[0],
                    received_count=received.get(pid, [0, 0])[1],
                )
            )
    people.sort(key=lambda p: (fold(p.name), p.id))
    member_counts: dict[int, int] = defaultdict(int)
    for held in memberships.values():
        for held_id in held:
            member_counts[held_id] += 1

    networks: list[AtlasNetwork] = []
    for network_id, row in rows.items():
        kind, parent_id, status = meta[network_id]
        networks.append(
            AtlasNetwork(
                id=network_id,
                name=row.name,
                colour=row.colour,
                kind=kind,
                parent_id=parent_id,
                ended=row.ended or status == NetworkStatus.ENDED,
                minutes=row.minutes,
                revenue_cents=row.revenue_cents,
                members=member_counts.get(network_id, 0),
                conflict=network_id in flagged,
            )
        )
    networks.sort(key=lambda n: (fold(n.name), n.id))
    settings = session.get(UserSettings, 1)
    return Atlas(
        year=year,
        me=settings.name if settings is not None else "",
        networks=tuple(networks),
        people=tuple(people),
        flows=tuple(flows),
        conflicts=tuple(found),
        overlap=overlap(session, today),
    )


def filtered(atlas: Atlas, network_id: int | None, *, active_only: bool = False) -> Atlas:
    """The atlas narrowed to one network and its collaborations, and/or to active people.

    ``network_id`` None keeps every network. Flows through the kept networks stay, and so do
    the people in them or whom that work came through or went to.
    """
    networks = atlas.networks
    if network_id is not None:
        keep = {network_id}
        grew = True
        while grew:  # the collaborations inside, at any depth
            more = {n.id for n in atlas.networks if n.parent_id in keep} - keep
            keep |= more
            grew = bool(more)
        networks = tuple(n for n in atlas.networks if n.id in keep)
        flows = tuple(f for f in atlas.flows if f.network_id in keep)
        involved = {f.person_id for f in flows if f.person_id is not None}
        people = tuple(
            replace(p, networks=tuple(i for i in p.networks if i in keep))
            for p in atlas.people
            if p.id in involved or keep.intersection(p.networks)
        )
        atlas = replace(atlas, networks=networks, people=people, flows=flows)
    if active_only:
        atlas = replace(atlas, people=tuple(p for p in atlas.people if p.active))
    return atlas
