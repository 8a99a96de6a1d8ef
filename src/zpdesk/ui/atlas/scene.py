"""The atlas as a QGraphicsScene: nodes for me, networks, people and "+N more", and arrows.

The same scene is shown in the view and painted into PNG/PDF/SVG files (``export``), so the
picture on paper is the picture on screen. Colours of flows follow the Okabe–Ito palette
(readable with every common colour-vision deficiency) and differ in line style as well:
work that came to me is solid blue, work I passed on dashed orange.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from zpdesk.domain import atlas_layout as al
from zpdesk.domain.text import fold
from zpdesk.locale_format import fill
from zpdesk.services.atlas import Atlas, AtlasNetwork, AtlasPerson, FlowDirection
from zpdesk.ui import formatting
from zpdesk.ui.atlas.texts import conflict_text
from zpdesk.ui.labels import label

IN_COLOUR = QColor("#0072B2")  # Okabe–Ito blue
OUT_COLOUR = QColor("#E69F00")  # Okabe–Ito orange
CONFLICT_COLOUR = QColor("#000000")
OUTSIDE_COLOUR = QColor("#999999")
MAX_ARROW_WIDTH = 11.0
MIN_ARROW_WIDTH = 1.6
MAX_ARROWS = 80  # beyond this many, only the largest people keep their own arrow
TOP_PERSON_ARROWS = 12  # per direction

ME, NETWORK, PERSON, MORE = "me", "network", "person", "more"


@dataclass(frozen=True)
class NodeKey:
    kind: str  # ME, NETWORK, PERSON or MORE (a network's "+N more")
    id: int


class NodeItem(QGraphicsEllipseItem):
    """A selectable circle with a label; ``key`` says what it stands for."""

    def __init__(self, key: NodeKey, place: al.Placed, fill: QColor, outline: QColor) -> None:
        super().__init__(-place.r, -place.r, 2 * place.r, 2 * place.r)
        self.key = key
        self.setPos(place.x, place.y)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(outline, 1.6))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.state &= ~QStyle.StateFlag.State_Selected  # no dashed box: a ring instead
        super().paint(painter, option, widget)
        if selected:
            painter.setPen(QPen(QColor("#000000"), 3.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.rect().adjusted(-4, -4, 4, 4))


def _label(text: str, size: float, bold: bool = False) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setZValue(3)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _home_rank(
    value: dict[tuple[int, int], int], names: dict[int, str], person_id: int, network_id: int
) -> tuple[int, str, int]:
    return (-value.get((person_id, network_id), 0), fold(names[network_id]), network_id)


def homes_of(atlas: Atlas) -> dict[int, int]:
    """The network each person is drawn beside: where most work with them went, else by name.

    People in none of the shown networks go where work with them went, else OUTSIDE.
    """
    shown = {n.id: n.name for n in atlas.networks}
    value: dict[tuple[int, int], int] = defaultdict(int)
    for flow in atlas.flows:
        if flow.person_id is not None and flow.network_id is not None:
            value[(flow.person_id, flow.network_id)] += flow.cents
    by_person: dict[int, list[int]] = defaultdict(list)
    for person_id, network_id in value:
        by_person[person_id].append(network_id)
    homes: dict[int, int] = {}
    for person in atlas.people:
        candidates = [i for i in person.networks if i in shown]
        if not candidates:
            candidates = [i for i in by_person.get(person.id, []) if i in shown]
        homes[person.id] = (
            min(candidates, key=partial(_home_rank, value, shown, person.id))
            if candidates
            else al.OUTSIDE
        )
    return homes


def compute_layout(atlas: Atlas) -> tuple[al.Layout, dict[int, int]]:
    """The layout of ``atlas`` and each person's home network."""
    homes = homes_of(atlas)
    networks = [al.LayoutNetwork(n.id, n.name, n.parent_id, n.minutes) for n in atlas.networks]
    people = [
        al.LayoutPerson(p.id, p.name, homes[p.id], p.brought_cents + p.given_cents)
        for p in atlas.people
    ]
    return al.layout(networks, people), homes


def network_tooltip(network: AtlasNetwork, atlas: Atlas) -> str:
    flows = atlas.flows_of_network(network.id)
    came = sum(f.cents for f in flows if f.direction == FlowDirection.IN)
    went = [f for f in flows if f.direction == FlowDirection.OUT]
    lines = [
        network.name,
        label(network.kind),
        fill(
            QCoreApplication.translate("AtlasScene", "Hours invested: %1"),
            formatting.hours(network.minutes),
        ),
        fill(
            QCoreApplication.translate("AtlasScene", "Work that came to me: %1"),
            formatting.money(came, 0),
        ),
        fill(
            QCoreApplication.translate("AtlasScene", "Referrals I gave: %1 (%2)"),
            sum(f.count for f in went),
            formatting.money(sum(f.cents for f in went), 0),
        ),
        fill(QCoreApplication.translate("AtlasScene", "People in the year: %1"), network.members),
    ]
    if network.ended:
        lines.append(QCoreApplication.translate("AtlasScene", "Ended"))
    for conflict in atlas.conflicts:
        if network.id in conflict.network_ids:
            lines.append(conflict_text(conflict))
    return "\n".join(lines)


def person_tooltip(person: AtlasPerson, atlas: Atlas) -> str:
    names = {n.id: n.name for n in atlas.networks}
    lines = [person.name]
    if person.profession:
        lines.append(person.profession)
    if person.networks:
        lines.append(", ".join(names[i] for i in person.networks if i in names))
    lines += [
        fill(
            QCoreApplication.translate("AtlasScene", "Work that came to me via them: %1"),
            formatting.money(person.brought_cents, 0),
        ),
        fill(
            QCoreApplication.translate("AtlasScene", "Referrals I gave them: %1 (%2)"),
            person.given_count,
            formatting.money(person.given_cents, 0),
        ),
        fill(
            QCoreApplication.translate("AtlasScene", "Referrals received via them: %1 (%2)"),
            person.received_count,
            formatting.money(person.received_cents, 0),
        ),
    ]
    return "\n".join(lines)


class AtlasScene(QGraphicsScene):
    """The picture of one ``Atlas``; ``nodes`` maps each key to its item."""

    def __init__(self, atlas: Atlas, me_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.nodes: dict[NodeKey, NodeItem] = {}
        self._folded_into: dict[int, int] = {}  # person id -> the network of their "+N more"
        self.layout_result, self.homes = compute_layout(atlas)
        self._build(me_name)
        margin = 24.0
        self.setSceneRect(self.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))

    # -- building ------------------------------------------------------------------------------

    def _build(self, me_name: str) -> None:
        placed = self.layout_result
        atlas = self.atlas
        colours = {n.id: QColor(n.colour) for n in atlas.networks}
        colours[al.OUTSIDE] = OUTSIDE_COLOUR
        ended = {n.id for n in atlas.networks if n.ended}
        people = {p.id: p for p in atlas.people}

        me = NodeItem(NodeKey(ME, 0), placed.me, QColor("#333333"), QColor("#000000"))
        me.setToolTip(me_name)
        self._add(me, _short(me_name, 26), 11, bold=True)

        for network_id in placed.order:
            place = placed.networks[network_id]
            network = atlas.network(network_id)
            colour = colours[network_id]
            parent_id = network.parent_id if network is not None else None
            if parent_id is not None and parent_id in placed.networks:
                self._line(placed.networks[parent_id], place, QPen(QColor("#555555"), 2.5))
            else:
                self._line(placed.me, place, QPen(QColor("#bbbbbb"), 1.2))
            face = QColor(colour)
            node = NodeItem(NodeKey(NETWORK, network_id), place, face, colour.darker(140))
            if network is None:
                node.setToolTip(
                    QCoreApplication.translate("AtlasScene", "People outside the networks shown")
                )
                name = QCoreApplication.translate("AtlasScene", "Outside these networks")
            else:
                node.setToolTip(network_tooltip(network, atlas))
                name = network.name
                if network.conflict:
                    node.setPen(QPen(CONFLICT_COLOUR, 3.0, Qt.PenStyle.DashLine))
                    badge = _label("!", 12, bold=True)
                    badge.setBrush(QBrush(QColor("#ffffff")))
                    disc = QGraphicsEllipseItem(-9, -9, 18, 18, node)
                    disc.setBrush(QBrush(CONFLICT_COLOUR))
                    disc.setPen(QPen(Qt.PenStyle.NoPen))
                    disc.setPos(place.r * 0.75, -place.r * 0.75)
                    badge.setParentItem(disc)
                    badge.setPos(
                        -badge.boundingRect().width() / 2, -badge.boundingRect().height() / 2
                    )
            if network_id in ended:
                node.setOpacity(0.35)
            self._add(node, _short(name, 32), 10, bold=True)

        for person_id, place in placed.people.items():
            person = people[person_id]
            home = self.homes[person_id]
            colour = colours.get(home, OUTSIDE_COLOUR)
            self._line(placed.networks[home], place, QPen(_alpha(colour, 150), 1.0))
            for other in person.networks:  # the overlap, visible: a dotted line per extra network
                if other != home and other in placed.networks:
                    pen = QPen(_alpha(QColor("#555555"), 120), 1.0, Qt.PenStyle.DotLine)
                    self._line(placed.networks[other], place, pen)
            face = QColor("#ffffff") if not person.active else _alpha(colour, 90)
            node = NodeItem(NodeKey(PERSON, person_id), place, face, colour.darker(130))
            node.setToolTip(person_tooltip(person, atlas))
            self._add(node, _short(person.name), 8.5, outward=place.angle)

        for network_id, (place, hidden) in placed.more.items():
            colour = colours.get(network_id, OUTSIDE_COLOUR)
            self._line(placed.networks[network_id], place, QPen(_alpha(colour, 150), 1.0))
            node = NodeItem(NodeKey(MORE, network_id), place, QColor("#eeeeee"), colour)
            node.setToolTip(
                fill(QCoreApplication.translate("AtlasScene", "More people: %1"), len(hidden))
            )
            self._add(node, f"+{len(hidden)}", 8.5, outward=place.angle)

        self._arrows()

    def _add(
        self,
        node: NodeItem,
        text: str,
        size: float,
        *,
        bold: bool = False,
        outward: float | None = None,
    ) -> None:
        self.addItem(node)
        self.nodes[node.key] = node
        item = _label(text, size, bold)
        item.setParentItem(node)
        box = item.boundingRect()
        r = node.rect().width() / 2
        if outward is None:  # under the node, centred, on a pale band
            band = self.addRect(QRectF(0, 0, box.width() + 6, box.height()))
            band.setParentItem(node)
            band.setBrush(QBrush(QColor(255, 255, 255, 200)))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            band.setPos(-box.width() / 2 - 3, r + 2)
            band.setZValue(-1)
            band.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setPos(-box.width() / 2, r + 2)
        elif math.cos(outward) >= 0:  # right half: text runs outward to the right
            item.setPos(r + 3, -box.height() / 2)
        else:
            item.setPos(-r - 3 - box.width(), -box.height() / 2)

    def _line(self, a: al.Placed, b: al.Placed, pen: QPen) -> None:
        line = self.addLine(a.x, a.y, b.x, b.y, pen)
        line.setZValue(0)

    def _endpoint(self, network_id: int | None, person_id: int | None) -> NodeItem | None:
        if person_id is not None:
            node = self.nodes.get(NodeKey(PERSON, person_id))
            if node is not None:
                return node
            folded = self._folded_into.get(person_id)
            if folded is not None:
                return self.nodes[NodeKey(MORE, folded)]
        if network_id is not None:
            return self.nodes.get(NodeKey(NETWORK, network_id))
        return None

    def _arrows(self) -> None:
        self._folded_into = {
            person_id: network_id
            for network_id, (_place, hidden) in self.layout_result.more.items()
            for person_id in hidden
        }
        totals: dict[tuple[FlowDirection, NodeKey], int] = defaultdict(int)
        for flow in self.atlas.flows:
            node = self._endpoint(flow.network_id, flow.person_id)
            if node is not None:
                totals[(flow.direction, node.key)] += flow.cents
        if len(totals) > MAX_ARROWS:
            totals = self._fold_small_arrows(totals)
        most = max(totals.values(), default=0)
        me = self.nodes[NodeKey(ME, 0)]
        for (direction, key), cents in sorted(
            totals.items(), key=lambda item: (item[0][0].value, item[0][1].kind, item[0][1].id)
        ):
            share = math.sqrt(cents / most) if most > 0 else 0.0
            width = MIN_ARROW_WIDTH + (MAX_ARROW_WIDTH - MIN_ARROW_WIDTH) * share
            node = self.nodes[key]
            if direction == FlowDirection.IN:
                self._arrow(node, me, IN_COLOUR, width, Qt.PenStyle.SolidLine, bend=1)
            else:
                self._arrow(me, node, OUT_COLOUR, width, Qt.PenStyle.DashLine, bend=-1)

    def _fold_small_arrows(
        self, totals: dict[tuple[FlowDirection, NodeKey], int]
    ) -> dict[tuple[FlowDirection, NodeKey], int]:
        """Too many arrows make a hairball: keep the largest per direction for people, and
        add the rest to the arrow of the network they are drawn beside."""
        kept: dict[tuple[FlowDirection, NodeKey], int] = defaultdict(int)
        for direction in FlowDirection:
            people = sorted(
                (
                    (cents, key)
                    for (way, key), cents in totals.items()
                    if way == direction and key.kind in (PERSON, MORE)
                ),
                key=lambda item: (-item[0], item[1].kind, item[1].id),
            )
            for rank, (cents, key) in enumerate(people):
                if rank < TOP_PERSON_ARROWS:
                    kept[(direction, key)] += cents
                    continue
                network = key.id if key.kind == MORE else self.homes.get(key.id, al.OUTSIDE)
                kept[(direction, NodeKey(NETWORK, network))] += cents
        for (direction, key), cents in totals.items():
            if key.kind not in (PERSON, MORE):
                kept[(direction, key)] += cents
        return kept

    def _arrow(
        self,
        source: NodeItem,
        target: NodeItem,
        colour: QColor,
        width: float,
        style: Qt.PenStyle,
        bend: int,
    ) -> None:
        a, b = source.pos(), target.pos()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        # Both directions between the same two nodes bend to opposite sides.
        control = QPointF(
            (a.x() + b.x()) / 2 - uy * bend * length * 0.12,
            (a.y() + b.y()) / 2 + ux * bend * length * 0.12,
        )
        start = _towards(a, control, source.rect().width() / 2 + 2)
        head = max(9.0, width * 2.2)
        tip = _towards(b, control, target.rect().width() / 2 + 3)
        back = _towards(tip, control, head)
        path = QPainterPath(start)
        path.quadTo(control, back)
        pen = QPen(_alpha(colour, 210), width, style, Qt.PenCapStyle.FlatCap)
        item = QGraphicsPathItem(path)
        item.setPen(pen)
        item.setZValue(1)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        # the arrowhead: a filled triangle at the target, pointing along the curve's end
        ex, ey = tip.x() - back.x(), tip.y() - back.y()
        norm = math.hypot(ex, ey) or 1.0
        ex, ey = ex / norm, ey / norm
        half = head * 0.6
        triangle = QPolygonF(
            [
                tip,
                QPointF(back.x() - ey * half, back.y() + ex * half),
                QPointF(back.x() + ey * half, back.y() - ex * half),
            ]
        )
        arrowhead = self.addPolygon(triangle, QPen(Qt.PenStyle.NoPen), QBrush(_alpha(colour, 230)))
        arrowhead.setZValue(1)
        arrowhead.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


def _towards(point: QPointF, other: QPointF, distance: float) -> QPointF:
    """The point ``distance`` from ``point`` in the direction of ``other``."""
    dx, dy = other.x() - point.x(), other.y() - point.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)


def _alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def legend_lines() -> list[tuple[QColor, Qt.PenStyle, str]]:
    """What the arrows and marks mean, for the view and the exported page."""
    return [
        (
            IN_COLOUR,
            Qt.PenStyle.SolidLine,
            QCoreApplication.translate(
                "AtlasScene", "work that came to me (width: revenue in the year)"
            ),
        ),
        (
            OUT_COLOUR,
            Qt.PenStyle.DashLine,
            QCoreApplication.translate("AtlasScene", "work I passed on (width: estimated value)"),
        ),
        (
            QColor("#555555"),
            Qt.PenStyle.DotLine,
            QCoreApplication.translate("AtlasScene", "also a member of this network"),
        ),
        (
            CONFLICT_COLOUR,
            Qt.PenStyle.DashLine,
            QCoreApplication.translate("AtlasScene", "! exclusivity conflict; faded: ended"),
        ),
    ]
