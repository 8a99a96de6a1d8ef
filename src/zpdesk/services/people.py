"""People in my networks: who is good at what, where, and in which networks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import MemberRole
from zpdesk.domain.text import fold
from zpdesk.services.errors import NotFoundError, ValidationError, check_version
from zpdesk.store.models import Membership, Network, Person

MAX_NAME_LENGTH = 200
# Joins network names inside one SQL value; a control character no name contains.
_SEPARATOR = "\x1f"


@dataclass
class PersonInput:
    """Every field of a person as the user edits it."""

    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    expertise: str = ""
    region: str = ""
    background: str = ""
    notes: str = ""
    profession: str = ""  # compared with mine for networks with one member per profession


@dataclass(frozen=True)
class PersonRow:
    """One line of the people table."""

    id: int
    name: str
    organisation: str
    expertise: str
    region: str
    networks: tuple[str, ...]


@dataclass
class MembershipInput:
    """A person's membership of a network."""

    network_id: int | None = None
    role: MemberRole = MemberRole.MEMBER
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class MembershipRow:
    id: int
    person_id: int
    person_name: str
    network_id: int
    network_name: str
    network_colour: str
    role: MemberRole
    since: date | None
    until: date | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    values: PersonInput
    memberships: list[MembershipRow] = field(default_factory=list)
    version: int = 1  # the row's version when read: an edit based on it passes it back


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_people(session: Session, text: str = "") -> list[PersonRow]:
    """People whose name, expertise, region or organisation contain every word of ``text``.

    Case and accents do not count ("andre" finds "André", ``domain.text.fold``); an
    empty text lists everyone.
    """
    conditions = []
    for word in fold(text).split():
        pattern = _like_pattern(word)
        conditions.append(
            or_(
                *(
                    func.zpd_fold(column).like(pattern, escape="\\")
                    for column in (
                        Person.name,
                        Person.expertise,
                        Person.region,
                        Person.organisation,
                    )
                )
            )
        )
    query = (
        select(
            Person.id,
            Person.name,
            Person.organisation,
            Person.expertise,
            Person.region,
            func.aggregate_strings(Network.name, _SEPARATOR),  # both stores
        )
        .outerjoin(Membership, Membership.person_id == Person.id)
        .outerjoin(Network, Network.id == Membership.network_id)
        .where(*conditions)
        .group_by(Person.id)
        .order_by(func.lower(Person.name), Person.id)
    )
    rows = []
    for pid, name, organisation, expertise, region, joined in session.execute(query):
        # A person can hold two memberships of one network (two periods): name it once.
        networks = sorted(set(joined.split(_SEPARATOR)), key=str.lower) if joined else []
        rows.append(PersonRow(pid, name, organisation, expertise, region, tuple(networks)))
    return rows


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QCoreApplication.translate("services", "This person no longer exists."))
    return person


def _membership_query():  # noqa: ANN202 - a Select
    return (
        select(
            Membership.id,
            Membership.person_id,
            Person.name,
            Membership.network_id,
            Network.name,
            Network.colour,
            Membership.role,
            Membership.since,
            Membership.until,
        )
        .join(Network, Network.id == Membership.network_id)
        .join(Person, Person.id == Membership.person_id)
    )


def list_memberships(session: Session, person_id: int) -> list[MembershipRow]:
    """A person's memberships with the networks' names, by network then start."""
    query = _membership_query().where(Membership.person_id == person_id)
    query = query.order_by(func.lower(Network.name), Membership.since, Membership.id)
    return [MembershipRow(*row) for row in session.execute(query)]


def members_of(session: Session, network_id: int) -> list[MembershipRow]:
    """Everyone who is or was a member of a network, by name."""
    query = _membership_query().where(Membership.network_id == network_id)
    query = query.order_by(func.lower(Person.name), Membership.since, Membership.id)
    return [MembershipRow(*row) for row in session.execute(query)]


def get_person(session: Session, person_id: int) -> PersonDetail:
    person = _load(session, person_id)
    values = PersonInput(
        name=person.name,
        organisation=person.organisation,
        email=person.email,
        phone=person.phone,
        expertise=person.expertise,
        region=person.region,
        background=person.background,
        notes=person.notes,
        profession=person.profession,
    )
    return PersonDetail(person.id, values, list_memberships(session, person_id), person.version)


def validate_person(values: PersonInput) -> None:
    name = values.name.strip()
    if not name:
        raise ValidationError(
            QCoreApplication.translate("services", "Give the person a name."), "name"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The name is too long (at most %1 characters)."
            ).replace("%1", str(MAX_NAME_LENGTH)),
            "name",
        )
    email = values.email.strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(
            QCoreApplication.translate(
                "services", "'%1' does not look like an e-mail address."
            ).replace("%1", email),
            "email",
        )
    limits = {"organisation": 200, "email": 200, "phone": 50, "region": 100, "profession": 100}
    for name_of_field, limit in limits.items():
        if len(getattr(values, name_of_field).strip()) > limit:
            raise ValidationError(
                QCoreApplication.translate(
                    "services", "This field is too long (at most %1 characters)."
                ).replace("%1", str(limit)),
                name_of_field,
            )


def _apply(person: Person, values: PersonInput) -> None:
    person.name = values.name.strip()
    person.organisation = values.organisation.strip()
    person.email = values.email.strip()
    person.phone = values.phone.strip()
    person.expertise = values.expertise.strip()
    person.region = values.region.strip()
    person.background = values.background.strip()
    person.notes = values.notes.strip()
    person.profession = values.profession.strip()


def create_person(session: Session, values: PersonInput) -> int:
    validate_person(values)
    person = Person()
    _apply(person, values)
    session.add(person)
    session.flush()
    return person.id


def update_person(
    session: Session, person_id: int, values: PersonInput, expected_version: int | None = None
) -> None:
    """Replace a person's fields; StaleEditError when another device changed them since
    ``expected_version`` (``PersonDetail.version``) was read."""
    person = _load(session, person_id)
    check_version(person.version, expected_version)
    validate_person(values)
    _apply(person, values)
    session.flush()


def delete_person(session: Session, person_id: int) -> None:
    """Delete a person and their memberships; engagements and referrals keep, unnamed."""
    session.delete(_load(session, person_id))
    session.flush()


def _validate_membership(session: Session, values: MembershipInput) -> None:
    if values.network_id is None:
        raise ValidationError(
            QCoreApplication.translate("services", "Choose the network."), "network_id"
        )
    if session.get(Network, values.network_id) is None:
        raise ValidationError(
            QCoreApplication.translate("services", "The chosen network no longer exists."),
            "network_id",
        )
    if values.since and values.until and values.until < values.since:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The membership cannot end before it began: until is before since."
            ),
            "until",
        )


def add_membership(session: Session, person_id: int, values: MembershipInput) -> int:
    _load(session, person_id)
    _validate_membership(session, values)
    membership = Membership(
        person_id=person_id,
        network_id=values.network_id,
        role=values.role,
        since=values.since,
        until=values.until,
    )
    session.add(membership)
    session.flush()
    return membership.id


def get_membership(session: Session, membership_id: int) -> MembershipRow:
    row = session.execute(_membership_query().where(Membership.id == membership_id)).one_or_none()
    if row is None:
        raise NotFoundError(
            QCoreApplication.translate("services", "This membership no longer exists.")
        )
    return MembershipRow(*row)


def update_membership(session: Session, membership_id: int, values: MembershipInput) -> None:
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise NotFoundError(
            QCoreApplication.translate("services", "This membership no longer exists.")
        )
    _validate_membership(session, values)
    membership.network_id = values.network_id  # type: ignore[assignment]
    membership.role = values.role
    membership.since = values.since
    membership.until = values.until
    session.flush()


def remove_membership(session: Session, membership_id: int) -> None:
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise NotFoundError(
            QCoreApplication.translate("services", "This membership no longer exists.")
        )
    session.delete(membership)
    session.flush()
