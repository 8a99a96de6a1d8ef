"""The networks I belong to: list, read, create, edit, end the membership, delete.

Every check runs before anything is written, so a refused edit leaves the database as it was.
Ending a membership keeps all history; deleting is refused while work or referrals came
through the network (the schema restricts those deletes too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from zpdesk import clock
from zpdesk.domain.enums import (
    Arrangement,
    Exclusivity,
    LegalForm,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    ObligationKind,
    RenewalKind,
)
from zpdesk.domain.renewal import RenewalTerms
from zpdesk.services import work
from zpdesk.services.errors import NotFoundError, ValidationError, check_version
from zpdesk.store.models import Engagement, Network, NetworkMotive, Obligation, ReferralGiven

COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOUR = "#4e79a7"
# Distinct colours for new networks (Tableau 10), offered in order while unused.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
MAX_NAME_LENGTH = 200
MAX_TITLE_LENGTH = 200
MAX_WEBSITE_LENGTH = 300
MAX_TERM_MONTHS = 120
MAX_NOTICE = 366
ENDING_STATUSES = (NetworkStatus.ENDED, NetworkStatus.LEAVING)


@dataclass
class ObligationInput:
    """One arrangement (insurance, complaints procedure…), collective or individual."""

    kind: ObligationKind = ObligationKind.OTHER
    title: str = ""
    arrangement: Arrangement = Arrangement.INDIVIDUAL
    note: str = ""


@dataclass
class NetworkInput:
    """Every field of a network as the user edits it."""

    name: str = ""
    kind: NetworkKind = NetworkKind.OTHER
    legal_form: LegalForm = LegalForm.INFORMAL
    parent_id: int | None = None
    motives: frozenset[Motive] = frozenset()
    my_role: MyRole = MyRole.MEMBER
    status: NetworkStatus = NetworkStatus.ACTIVE
    joined_on: date | None = None
    left_on: date | None = None
    annual_fee_cents: int = 0
    commission_pct: Decimal = Decimal(0)
    colour: str = DEFAULT_COLOUR
    website: str = ""
    description: str = ""
    checkin_interval_months: int | None = None  # None: the user's default rhythm
    exclusivity: Exclusivity = Exclusivity.NONE
    obligations: list[ObligationInput] = field(default_factory=list)
    renewal: RenewalTerms = field(default_factory=RenewalTerms)


@dataclass(frozen=True)
class NetworkRow:
    """One line of the networks table."""

    id: int
    name: str
    kind: NetworkKind
    my_role: MyRole
    status: NetworkStatus
    joined_on: date | None
    left_on: date | None
    annual_fee_cents: int
    commission_pct: Decimal
    colour: str
    parent_name: str | None
    parent_id: int | None = None

    def is_ended(self, today: date) -> bool:
        """Ended, or left on or before ``today``."""
        return self.status == NetworkStatus.ENDED or (
            self.left_on is not None and self.left_on <= today
        )


@dataclass(frozen=True)
class NetworkDetail:
    """A network as stored, with the names around it."""

    id: int
    values: NetworkInput
    parent_name: str | None
    child_names: tuple[str, ...]
    version: int = 1  # the row's version when read: an edit based on it passes it back


def list_networks(session: Session) -> list[NetworkRow]:
    """All networks, current and ended, by name (one query)."""
    parent = aliased(Network)
    query = (
        select(
            Network.id,
            Network.name,
            Network.kind,
            Network.my_role,
            Network.status,
            Network.joined_on,
            Network.left_on,
            Network.annual_fee_cents,
            Network.commission_pct,
            Network.colour,
            parent.name,
            Network.parent_id,
        )
        .outerjoin(parent, Network.parent_id == parent.id)
        .order_by(func.lower(Network.name), Network.id)
    )
    return [NetworkRow(*row) for row in session.execute(query)]


def network_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every network, by name: for choosing one."""
    query = select(Network.id, Network.name).order_by(func.lower(Network.name), Network.id)
    return [(row.id, row.name) for row in session.execute(query)]


def _load(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(
            QCoreApplication.translate("services", "This network no longer exists.")
        )
    return network


def get_network(session: Session, network_id: int) -> NetworkDetail:
    """Every field of one network, plus its parent's and children's names."""
    network = _load(session, network_id)
    values = NetworkInput(
        name=network.name,
        kind=network.kind,
        legal_form=network.legal_form,
        parent_id=network.parent_id,
        motives=frozenset(m.motive for m in network.motives),
        my_role=network.my_role,
        status=network.status,
        joined_on=network.joined_on,
        left_on=network.left_on,
        annual_fee_cents=network.annual_fee_cents,
        commission_pct=network.commission_pct,
        colour=network.colour,
        website=network.website,
        description=network.description,
        checkin_interval_months=network.checkin_interval_months,
        exclusivity=network.exclusivity,
        obligations=[
            ObligationInput(kind=o.kind, title=o.title, arrangement=o.arrangement, note=o.note)
            for o in sorted(network.obligations, key=lambda o: o.id)
        ],
        renewal=renewal_terms(network),
    )
    children = session.scalars(
        select(Network.name)
        .where(Network.parent_id == network_id)
        .order_by(func.lower(Network.name))
    ).all()
    return NetworkDetail(
        id=network.id,
        values=values,
        parent_name=network.parent.name if network.parent is not None else None,
        child_names=tuple(children),
        version=network.version,
    )


def renewal_terms(network: Network) -> RenewalTerms:
    """A stored network's renewal terms."""
    return RenewalTerms(
        kind=network.renewal_kind,
        on=network.renewal_on,
        term_months=network.renewal_term_months,
        notice=network.notice_amount,
        notice_unit=network.notice_unit,
        automatic=network.renews_automatically,
        fee_change_cents=network.fee_change_cents,
        fee_change_from=network.fee_change_from,
    )


def _parent_map(session: Session) -> dict[int, int | None]:
    return {row.id: row.parent_id for row in session.execute(select(Network.id, Network.parent_id))}


def descendant_ids(session: Session, network_id: int) -> set[int]:
    """The networks inside ``network_id``, at any depth (not itself)."""
    children: dict[int, list[int]] = {}
    for child, parent in _parent_map(session).items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    todo = list(children.get(network_id, []))
    while todo:
        current = todo.pop()
        if current in found or current == network_id:
            continue
        found.add(current)
        todo.extend(children.get(current, []))
    return found


def suggested_colour(session: Session) -> str:
    """The first palette colour no network uses yet (cycling when all are taken)."""
    used = {c.lower() for c in session.scalars(select(Network.colour))}
    for colour in PALETTE:
        if colour not in used:
            return colour
    count = session.scalar(select(func.count()).select_from(Network)) or 0
    return PALETTE[count % len(PALETTE)]


def parent_choices(session: Session, network_id: int | None) -> list[tuple[int, str]]:
    """Networks that may become the parent of ``network_id``: not itself, not inside it."""
    if network_id is None:
        return network_names(session)
    excluded = descendant_ids(session, network_id) | {network_id}
    return [(nid, name) for nid, name in network_names(session) if nid not in excluded]


def validate_network(session: Session, values: NetworkInput, network_id: int | None = None) -> None:
    """Raise ValidationError for the first problem in ``values``; writes nothing."""
    name = values.name.strip()
    if not name:
        raise ValidationError(
            QCoreApplication.translate("services", "Give the network a name."), "name"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The name is too long (at most %1 characters)."
            ).replace("%1", str(MAX_NAME_LENGTH)),
            "name",
        )
    duplicate = session.scalar(
        select(Network.name).where(
            func.lower(Network.name) == name.lower(),
            Network.id != (network_id if network_id is not None else -1),
        )
    )
    if duplicate is not None:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "There is already a network called '%1'."
            ).replace("%1", duplicate),
            "name",
        )
    if values.joined_on and values.left_on and values.left_on < values.joined_on:
        raise ValidationError(
            QCoreApplication.translate(
                "services",
                "The membership cannot end before it began: left on is before joined on.",
            ),
            "left_on",
        )
    if values.annual_fee_cents < 0:
        raise ValidationError(
            QCoreApplication.translate("services", "The annual fee cannot be negative."),
            "annual_fee_cents",
        )
    commission = Decimal(values.commission_pct)
    if not Decimal(0) <= commission <= Decimal(100):
        raise ValidationError(
            QCoreApplication.translate("services", "The commission must be between 0 and 100 %."),
            "commission_pct",
        )
    if commission.scaleb(2) != commission.scaleb(2).to_integral_value():
        raise ValidationError(
            QCoreApplication.translate("services", "The commission can have at most two decimals."),
            "commission_pct",
        )
    if not COLOUR_PATTERN.match(values.colour or ""):
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The colour must look like #rrggbb, for example #4e79a7."
            ),
            "colour",
        )
    if values.checkin_interval_months is not None and not (
        1 <= values.checkin_interval_months <= 24
    ):
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The check-in interval must be between 1 and 24 months."
            ),
            "checkin_interval_months",
        )
    if len(values.website.strip()) > MAX_WEBSITE_LENGTH:
        raise ValidationError(
            QCoreApplication.translate("services", "The website address is too long."), "website"
        )
    _validate_parent(session, values.parent_id, network_id)
    _validate_renewal(values.renewal)
    for number, obligation in enumerate(values.obligations, start=1):
        title = obligation.title.strip()
        if not title:
            raise ValidationError(
                QCoreApplication.translate("services", "Obligation %1 needs a title.").replace(
                    "%1", str(number)
                ),
                "obligations",
            )
        if len(title) > MAX_TITLE_LENGTH:
            raise ValidationError(
                QCoreApplication.translate(
                    "services", "The title of obligation %1 is too long."
                ).replace("%1", str(number)),
                "obligations",
            )


def _validate_renewal(terms: RenewalTerms) -> None:
    if terms.kind != RenewalKind.NONE and terms.on is None:
        raise ValidationError(
            QCoreApplication.translate("services", "Give the date of the renewal or the end."),
            "renewal_on",
        )
    if terms.kind == RenewalKind.TERM and not (
        terms.term_months is not None and 1 <= terms.term_months <= MAX_TERM_MONTHS
    ):
        raise ValidationError(
            QCoreApplication.translate("services", "A term lasts from 1 to %1 months.").replace(
                "%1", str(MAX_TERM_MONTHS)
            ),
            "renewal_term_months",
        )
    if not 0 <= terms.notice <= MAX_NOTICE:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The notice period must be between 0 and %1."
            ).replace("%1", str(MAX_NOTICE)),
            "notice_amount",
        )
    if (terms.fee_change_cents is None) != (terms.fee_change_from is None):
        raise ValidationError(
            QCoreApplication.translate(
                "services", "An announced fee change needs both the new fee and the date."
            ),
            "fee_change_cents",
        )
    if terms.fee_change_cents is not None and terms.fee_change_cents < 0:
        raise ValidationError(
            QCoreApplication.translate("services", "The new fee cannot be negative."),
            "fee_change_cents",
        )


def _validate_parent(session: Session, parent_id: int | None, network_id: int | None) -> None:
    if parent_id is None:
        return
    if network_id is not None and parent_id == network_id:
        raise ValidationError(
            QCoreApplication.translate("services", "A network cannot be part of itself."),
            "parent_id",
        )
    parents = _parent_map(session)
    if parent_id not in parents:
        raise ValidationError(
            QCoreApplication.translate("services", "The chosen parent network no longer exists."),
            "parent_id",
        )
    if network_id is None:
        return
    # Walk up from the new parent: meeting the network itself means it would contain itself.
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None and current not in seen:
        if current == network_id:
            raise ValidationError(
                QCoreApplication.translate(
                    "services", "A network cannot be part of a network that is part of it."
                ),
                "parent_id",
            )
        seen.add(current)
        current = parents.get(current)


def _apply(session: Session, network: Network, values: NetworkInput) -> None:
    network.name = values.name.strip()
    network.kind = values.kind
    network.legal_form = values.legal_form
    network.parent_id = values.parent_id
    network.my_role = values.my_role
    network.status = values.status
    network.joined_on = values.joined_on
    network.left_on = values.left_on
    network.annual_fee_cents = values.annual_fee_cents
    network.commission_pct = Decimal(values.commission_pct)
    network.colour = values.colour.lower()
    network.website = values.website.strip()
    network.description = values.description.strip()
    network.checkin_interval_months = values.checkin_interval_months
    network.exclusivity = values.exclusivity
    terms = values.renewal
    network.renewal_kind = terms.kind
    network.renewal_on = terms.on if terms.kind != RenewalKind.NONE else None
    network.renewal_term_months = terms.term_months if terms.kind == RenewalKind.TERM else None
    network.notice_amount = terms.notice
    network.notice_unit = terms.notice_unit
    network.renews_automatically = terms.automatic
    network.fee_change_cents = terms.fee_change_cents
    network.fee_change_from = terms.fee_change_from
    # Motives: keep the rows that stay (same primary key), drop and add the rest.
    wanted = set(values.motives)
    for row in list(network.motives):
        if row.motive not in wanted:
            network.motives.remove(row)
    present = {row.motive for row in network.motives}
    for motive in sorted(wanted - present):
        network.motives.append(NetworkMotive(motive=motive))
    network.obligations.clear()
    for obligation in values.obligations:
        network.obligations.append(
            Obligation(
                kind=obligation.kind,
                title=obligation.title.strip(),
                arrangement=obligation.arrangement,
                note=obligation.note.strip(),
            )
        )


def create_network(session: Session, values: NetworkInput) -> int:
    """Add a network; returns its id."""
    validate_network(session, values)
    network = Network()
    network.motives = []
    network.obligations = []
    _apply(session, network, values)
    session.add(network)
    session.flush()
    return network.id


def update_network(
    session: Session,
    network_id: int,
    values: NetworkInput,
    expected_version: int | None = None,
    *,
    fee_from_year: int | None = None,
) -> None:
    """Replace every field of a network (motives and obligations included).

    ``expected_version``: the version the edit started from (``NetworkDetail.version``);
    StaleEditError when another device changed the network since. A changed annual fee
    counts from ``fee_from_year`` (default: this year) on; earlier membership years keep
    the fee they had.
    """
    network = _load(session, network_id)
    check_version(network.version, expected_version)
    validate_network(session, values, network_id)
    year = clock.today().year if fee_from_year is None else fee_from_year
    work.record_fee_change(session, network, values.annual_fee_cents, year)
    _apply(session, network, values)
    session.flush()


def end_membership(
    session: Session,
    network_id: int,
    on: date,
    status: NetworkStatus = NetworkStatus.ENDED,
) -> None:
    """Record that I leave (or left) the network on ``on``; every record of it stays."""
    network = _load(session, network_id)
    if status not in ENDING_STATUSES:
        raise ValidationError(
            QCoreApplication.translate("services", "A membership ends as 'ended' or 'leaving'."),
            "status",
        )
    if network.joined_on is not None and on < network.joined_on:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The membership cannot end before it began (joined on %1)."
            ).replace("%1", network.joined_on.isoformat()),
            "left_on",
        )
    network.left_on = on
    network.status = status
    session.flush()


def references(session: Session, network_id: int) -> tuple[int, int]:
    """(engagements, referrals given) that came through or went into the network."""
    engagements = session.scalar(
        select(func.count()).select_from(Engagement).where(Engagement.network_id == network_id)
    )
    referrals = session.scalar(
        select(func.count())
        .select_from(ReferralGiven)
        .where(ReferralGiven.network_id == network_id)
    )
    return int(engagements or 0), int(referrals or 0)


def ensure_deletable(session: Session, network_id: int) -> None:
    """Raise ValidationError when engagements or referrals came through the network."""
    network = _load(session, network_id)
    engagements, referrals = references(session, network_id)
    if engagements or referrals:
        raise ValidationError(
            QCoreApplication.translate(
                "services",
                "'%1' cannot be deleted: it brought engagements/referrals "
                "(%2 engagements, %3 referrals given). End the membership instead; "
                "that keeps its history.",
            )
            .replace("%1", network.name)
            .replace("%2", str(engagements))
            .replace("%3", str(referrals))
        )


def delete_network(session: Session, network_id: int) -> None:
    """Delete a network and what belongs only to it (meetings, time, expenses, expectations).

    Refused while engagements or referrals reference it: their origin would be lost.
    Networks inside it stay, without a parent.
    """
    ensure_deletable(session, network_id)
    session.delete(_load(session, network_id))
    session.flush()
