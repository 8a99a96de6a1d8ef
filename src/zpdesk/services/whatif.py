"""What if I leave (DOMAIN.md "Before deciding"): one scenario per set of networks, on the
figures of a reference year R.

The figures are the review's own: ``services.review.review_year`` computes R, and a
scenario adds up the review rows of the networks it leaves (with the collaborations inside
them, which go with them), so a scenario's figures always equal the review of R.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import NetworkStatus
from zpdesk.domain.renewal import add_months, earliest_leave
from zpdesk.domain.review import ReviewRow, RowKind, YearReview, total_row
from zpdesk.services import review
from zpdesk.services.errors import NotFoundError
from zpdesk.services.networks import descendant_ids, renewal_terms
from zpdesk.services.occurrences import occurrences
from zpdesk.store.models import CheckIn, Expectation, Membership, Network, Person

# Below this score (1–5) an expectation's latest check-in counts as unmet.
MET_SCORE = 3


@dataclass(frozen=True)
class Scenario:
    """Leaving ``names`` (and what is inside them), on the figures of ``year``."""

    names: tuple[str, ...]
    year: int
    network_ids: frozenset[int]  # the chosen networks and the collaborations inside them
    row: ReviewRow  # the review rows of those networks in ``year``, added up
    planned_minutes: int  # planned meeting minutes of the next 12 months
    inside: tuple[str, ...]  # collaborations inside the chosen networks that go with them
    people_only_through: tuple[str, ...]  # people I know through no other current network
    unmet: tuple[str, ...]  # open expectations whose latest check-in is low (or never)
    earliest_leave: date  # the earliest day all of them can end, notice given today

    @property
    def hours_freed(self) -> Decimal:
        return self.row.hours

    @property
    def planned_hours_freed(self) -> Decimal:
        return Decimal(self.planned_minutes) / 60

    @property
    def costs_saved_cents(self) -> Decimal:
        return self.row.costs_cents

    @property
    def revenue_at_risk_cents(self) -> int:
        return self.row.revenue_cents

    @property
    def referrals_at_risk(self) -> int:
        return self.row.figures.referrals_received

    @property
    def referrals_at_risk_cents(self) -> int:
        return self.row.figures.referrals_received_cents

    @property
    def net_effect_cents(self) -> Decimal:
        """Per year: costs saved − revenue at risk (= − the net of the networks in R)."""
        return self.costs_saved_cents - self.revenue_at_risk_cents

    @property
    def work_hours_freed(self) -> Decimal:
        return self.row.work_minutes / 60


def last_full_year(today: date) -> int:
    """The default reference year: the last full calendar year."""
    return today.year - 1


def network_ids_by_name(session: Session, names: Sequence[str]) -> list[int]:
    """The ids of networks named ``names`` (case-insensitive); NotFoundError for an unknown one."""
    ids: list[int] = []
    for name in names:
        found = session.scalar(
            select(Network.id).where(func.lower(Network.name) == name.strip().lower())
        )
        if found is None:
            raise NotFoundError(f"no network is called '{name}'")
        ids.append(found)
    return ids


def scenario(
    session: Session,
    network_ids: Sequence[int],
    year: int,
    today: date,
    now: datetime,
    reviewed: YearReview | None = None,
) -> Scenario:
    """What leaving ``network_ids`` (and what is inside them) would change, on ``year``."""
    chosen = set(network_ids)
    names_by_id = {i: n for i, n in session.execute(select(Network.id, Network.name))}
    for network_id in chosen:
        if network_id not in names_by_id:
            raise NotFoundError(f"network {network_id} no longer exists")
    inside: set[int] = set()
    for network_id in chosen:
        inside |= descendant_ids(session, network_id)
    inside -= chosen
    leaving = frozenset(chosen | inside)
    reviewed = reviewed or review.review_year(session, year, now)
    rows = [r for r in reviewed.networks if r.network_id in leaving]
    row = total_row(rows, ", ".join(sorted(names_by_id[i] for i in chosen)))
    row = ReviewRow(kind=RowKind.NETWORK, name=row.name, figures=row.figures)
    ends = [
        earliest_leave(renewal_terms(n), today)
        for n in session.scalars(select(Network).where(Network.id.in_(chosen)))
    ]
    return Scenario(
        names=tuple(sorted((names_by_id[i] for i in chosen), key=str.lower)),
        year=year,
        network_ids=leaving,
        row=row,
        planned_minutes=_planned_minutes(session, leaving, today, now),
        inside=tuple(sorted((names_by_id[i] for i in inside), key=str.lower)),
        people_only_through=_people_only_through(session, leaving, today),
        unmet=_unmet(session, leaving, today),
        earliest_leave=max(ends),
    )


def _planned_minutes(session: Session, leaving: frozenset[int], today: date, now: datetime) -> int:
    """Minutes of the meetings still ahead in the next 12 months that would take my time."""
    end = add_months(today, 12) - timedelta(days=1)
    return sum(
        o.minutes
        for o in occurrences(session, today, end, leaving)
        if not o.is_past(now) and o.takes_my_time()
    )


def _current_memberships(today: date):  # noqa: ANN202 - a SQL condition
    return or_(Membership.until.is_(None), Membership.until >= today)


def _people_only_through(session: Session, leaving: frozenset[int], today: date) -> tuple[str, ...]:
    """People in a left network whom I meet in no other network I stay in (each once)."""
    staying = {
        n.id
        for n in session.scalars(select(Network))
        if n.id not in leaving
        and n.status != NetworkStatus.ENDED
        and (n.left_on is None or n.left_on > today)
    }
    current = session.execute(
        select(Membership.person_id, Membership.network_id, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(_current_memberships(today))
    ).all()
    through_left = {pid: name for pid, nid, name in current if nid in leaving}
    elsewhere = {pid for pid, nid, _ in current if nid in staying}
    return tuple(sorted((n for p, n in through_left.items() if p not in elsewhere), key=str.lower))


def _unmet(session: Session, leaving: frozenset[int], today: date) -> tuple[str, ...]:
    """Open expectations of the left networks whose latest check-in scored below
    ``MET_SCORE``, or that were never checked."""
    result: list[str] = []
    for expectation in session.scalars(
        select(Expectation)
        .where(
            Expectation.network_id.in_(leaving),
            Expectation.opened_on <= today,
            or_(Expectation.retired_on.is_(None), Expectation.retired_on > today),
        )
        .order_by(Expectation.id)
    ):
        latest = session.scalar(
            select(CheckIn.score)
            .where(CheckIn.expectation_id == expectation.id, CheckIn.on <= today)
            .order_by(CheckIn.on.desc(), CheckIn.id.desc())
            .limit(1)
        )
        if latest is None or latest < MET_SCORE:
            result.append(expectation.statement)
    return tuple(result)


def scenarios(
    session: Session,
    choices: Sequence[Sequence[int]],
    year: int,
    today: date,
    now: datetime,
) -> list[Scenario]:
    """Several scenarios side by side on one computation of the review of ``year``."""
    reviewed = review.review_year(session, year, now)
    return [scenario(session, ids, year, today, now, reviewed) for ids in choices]
