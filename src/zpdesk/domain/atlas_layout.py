"""Where the atlas draws each node: a deterministic, ego-centred radial layout.

Me in the centre; my networks on a ring around me, collaborations right after their parent
network; each network owns a sector of the circle in proportion to the people it shows, and
its people sit on an outer ring inside that sector (two staggered rings where they are
many). The same input, in any order, gives the same picture: everything is sorted by
folded name and id before it is placed, and there is no randomness.

A network shows at most ``cap`` people (more with work first); the rest become one
"+N more" node, so 600 people stay a readable picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from zpdesk.domain.text import fold

OUTSIDE = 0  # the home of people in none of the shown networks (database ids start at 1)
ME_RADIUS = 38.0
MIN_NETWORK_RADIUS = 16.0
MAX_NETWORK_RADIUS = 46.0
PERSON_RADIUS = 9.0
PERSON_SPACING = 30.0  # least distance along the ring between neighbouring people
RING_STEP = 56.0  # between the two staggered people rings


@dataclass(frozen=True)
class LayoutNetwork:
    id: int
    name: str
    parent_id: int | None
    minutes: int  # drives the node's size


@dataclass(frozen=True)
class LayoutPerson:
    id: int
    name: str
    home: int  # the network id they are drawn beside, or OUTSIDE
    weight: int  # the value of work with them: who is shown first


@dataclass(frozen=True)
class Placed:
    x: float
    y: float
    r: float
    angle: float  # radians, 0 = right, growing clockwise (screen y points down)


@dataclass(frozen=True)
class Layout:
    me: Placed
    networks: dict[int, Placed]  # OUTSIDE included when someone lives there
    people: dict[int, Placed]
    more: dict[int, tuple[Placed, tuple[int, ...]]]  # network -> (node, hidden person ids)
    order: tuple[int, ...]  # networks in drawing order round the circle

    def extent(self) -> float:
        """The radius of the circle that holds every node."""
        nodes = [self.me, *self.networks.values(), *self.people.values()]
        nodes += [place for place, _ in self.more.values()]
        return max(math.hypot(n.x, n.y) + n.r for n in nodes)


def _key(name: str, ident: int) -> tuple[str, int]:
    return (fold(name), ident)


def network_order(networks: Iterable[LayoutNetwork]) -> list[LayoutNetwork]:
    """Top networks by name, each followed by its collaborations (depth first)."""
    items = sorted(networks, key=lambda n: _key(n.name, n.id))
    ids = {n.id for n in items}
    children: dict[int | None, list[LayoutNetwork]] = defaultdict(list)
    for network in items:
        parent = network.parent_id if network.parent_id in ids else None
        children[parent].append(network)
    result: list[LayoutNetwork] = []
    visiting: set[int] = set()

    def visit(network: LayoutNetwork) -> None:
        if network.id in visiting:
            return
        visiting.add(network.id)
        result.append(network)
        for child in children.get(network.id, []):
            visit(child)

    for root in children[None]:
        visit(root)
    for network in items:  # a parent cycle (never stored, but never loop on it)
        visit(network)
    return result


def cap_for(network_count: int, max_people: int, max_per_network: int) -> int:
    """How many people a network shows before the rest fold into "+N more"."""
    return max(3, min(max_per_network, max_people // max(network_count, 1)))


def layout(
    networks: Iterable[LayoutNetwork],
    people: Iterable[LayoutPerson],
    *,
    max_people: int = 200,
    max_per_network: int = 14,
) -> Layout:
    """Place me, the networks and their people; see the module text for the rules."""
    ordered = network_order(networks)
    homes: dict[int, list[LayoutPerson]] = defaultdict(list)
    known = {n.id for n in ordered}
    for person in sorted(people, key=lambda p: (-p.weight, *_key(p.name, p.id))):
        homes[person.home if person.home in known else OUTSIDE].append(person)
    if homes.get(OUTSIDE):
        ordered.append(LayoutNetwork(OUTSIDE, "", None, 0))
    cap = cap_for(len(ordered), max_people, max_per_network)

    shown: dict[int, list[LayoutPerson]] = {}
    hidden: dict[int, tuple[int, ...]] = {}
    for network in ordered:
        members = homes.get(network.id, [])
        if len(members) > cap:
            shown[network.id] = members[: cap - 1]
            hidden[network.id] = tuple(sorted(p.id for p in members[cap - 1 :]))
        else:
            shown[network.id] = members
    slots = {n.id: len(shown[n.id]) + (1 if n.id in hidden else 0) for n in ordered}

    most = max((n.minutes for n in ordered), default=0)

    def radius(network: LayoutNetwork) -> float:
        if most <= 0 or network.minutes <= 0:
            return MIN_NETWORK_RADIUS
        share = math.sqrt(network.minutes / most)  # area, not diameter, follows the hours
        return MIN_NETWORK_RADIUS + (MAX_NETWORK_RADIUS - MIN_NETWORK_RADIUS) * share

    radii = {n.id: radius(n) for n in ordered}
    weights = {n.id: max(2, slots[n.id] + 1) for n in ordered}
    total = sum(weights.values()) or 1
    network_ring = max(
        200.0, sum(2 * r + 28 for r in radii.values()) / (2 * math.pi), ME_RADIUS * 5
    )
    # Neighbours one slot apart may sit closer than PERSON_SPACING along the ring when the
    # two staggered rings set them apart radially (2 pi R / total >= spacing / 1.5).
    people_ring = max(
        network_ring + MAX_NETWORK_RADIUS + 70, PERSON_SPACING * total / (3 * math.pi)
    )

    placed_networks: dict[int, Placed] = {}
    placed_people: dict[int, Placed] = {}
    more: dict[int, tuple[Placed, tuple[int, ...]]] = {}
    angle = -math.pi / 2  # start at the top, go clockwise
    for network in ordered:
        sector = 2 * math.pi * weights[network.id] / total
        middle = angle + sector / 2
        placed_networks[network.id] = Placed(
            network_ring * math.cos(middle),
            network_ring * math.sin(middle),
            radii[network.id],
            middle,
        )
        count = slots[network.id]
        staggered = count * PERSON_SPACING > sector * people_ring * 0.9
        ids: list[int | None] = [p.id for p in shown[network.id]]
        if network.id in hidden:
            ids.append(None)
        for index, person_id in enumerate(ids):
            at = angle + sector * (index + 0.5) / max(count, 1)
            ring = people_ring + (RING_STEP if staggered and index % 2 else 0.0)
            place = Placed(ring * math.cos(at), ring * math.sin(at), PERSON_RADIUS, at)
            if person_id is None:
                more[network.id] = (
                    Placed(place.x, place.y, PERSON_RADIUS * 1.6, at),
                    hidden[network.id],
                )
            else:
                placed_people[person_id] = place
        angle += sector
    return Layout(
        me=Placed(0.0, 0.0, ME_RADIUS, 0.0),
        networks=placed_networks,
        people=placed_people,
        more=more,
        order=tuple(n.id for n in ordered),
    )
