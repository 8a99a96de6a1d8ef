"""The psychological contract: expectations, check-ins, measured targets, health checks,
contract assessments, and the per-network summaries the Networks table and Overview show.

The calculations themselves live in ``zpdesk.domain.contract``; this module loads what
they need with a few set-based queries and writes what the user records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from zpdesk import clock
from zpdesk.domain.contract import (
    BreachReason,
    CheckInPoint,
    ContractStep,
    ContractType,
    ExpectationState,
    MutualMatch,
    PaceWindow,
    Target,
    Trend,
    YearAssessment,
    add_months,
    at_risk,
    breach_reasons,
    contract_fulfilment,
    contract_movement,
    contract_type,
    mutual_match,
    next_due,
    pace_window,
    proposed_score,
    rhythm_months,
    trend,
)
from zpdesk.domain.enums import (
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    ExpectationArea,
    HealthFactor,
    Motive,
    NetworkKind,
    NetworkStatus,
    Route,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.occurrences import NOT_ATTENDED, OccurrenceRow, day_start, occurrences
from zpdesk.store.models import (
    CheckIn,
    ContractAssessment,
    Engagement,
    Expectation,
    HealthCheck,
    HealthScore,
    Network,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
)

# Networks whose contract is tended: their checks can be overdue and they get a line on
# the Overview. Dormant, leaving and ended networks keep their history but are not nagged.
LIVE_STATUSES = frozenset({NetworkStatus.EXPLORING, NetworkStatus.ACTIVE})

# ---------------------------------------------------------------------------------------
# Expectations


@dataclass
class ExpectationData:
    """What the user edits of an expectation."""

    direction: Direction
    area: ExpectationArea
    statement: str
    importance: int = 3
    target_quantity: Decimal | None = None
    target_unit: TargetUnit | None = None
    target_period: TargetPeriod | None = None
    explicit: bool = False
    opened_on: date = field(default_factory=clock.today)
    retired_on: date | None = None
    note: str = ""


def validate_expectation(data: ExpectationData) -> ExpectationData:
    """``data`` cleaned (statement trimmed), or a ValidationError naming what is wrong."""
    statement = data.statement.strip()
    if not statement:
        raise ValidationError("An expectation needs a statement.", "statement")
    if not 1 <= data.importance <= 5:
        raise ValidationError("Importance is 1 to 5.", "importance")
    target = (data.target_quantity, data.target_unit, data.target_period)
    if any(part is not None for part in target) and any(part is None for part in target):
        raise ValidationError(
            "A target needs a quantity, a unit and a period together.", "target_quantity"
        )
    if data.target_quantity is not None:
        if data.target_quantity < 0:
            raise ValidationError("A target cannot be negative.", "target_quantity")
        if data.target_quantity != data.target_quantity.quantize(Decimal("0.01")):
            raise ValidationError("A target has at most two decimals.", "target_quantity")
    if data.retired_on is not None and data.retired_on < data.opened_on:
        raise ValidationError(
            "An expectation cannot be retired before it was opened.", "retired_on"
        )
    return replace(data, statement=statement, note=data.note.strip())


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(f"Network {network_id} no longer exists.")
    return network


def _expectation(session: Session, expectation_id: int) -> Expectation:
    expectation = session.get(Expectation, expectation_id)
    if expectation is None:
        raise NotFoundError(f"Expectation {expectation_id} no longer exists.")
    return expectation


def _apply(expectation: Expectation, data: ExpectationData) -> None:
    expectation.direction = data.direction
    expectation.area = data.area
    expectation.statement = data.statement
    expectation.importance = data.importance
    expectation.target_quantity = data.target_quantity
    expectation.target_unit = data.target_unit
    expectation.target_period = data.target_period
    expectation.explicit = data.explicit
    expectation.opened_on = data.opened_on
    expectation.retired_on = data.retired_on
    expectation.note = data.note


def add_expectation(session: Session, network_id: int, data: ExpectationData) -> int:
    """Record a new expectation of a network; returns its id."""
    _network(session, network_id)
    data = validate_expectation(data)
    expectation = Expectation(network_id=network_id)
    _apply(expectation, data)
    session.add(expectation)
    session.flush()
    return expectation.id


def update_expectation(session: Session, expectation_id: int, data: ExpectationData) -> None:
    data = validate_expectation(data)
    expectation = _expectation(session, expectation_id)
    first = session.scalar(
        select(func.min(CheckIn.on)).where(CheckIn.expectation_id == expectation_id)
    )
    if first is not None and first < data.opened_on:
        raise ValidationError(
            f"It was checked on {first.isoformat()}, so it cannot open later than that.",
            "opened_on",
        )
    _apply(expectation, data)


def expectation_data(session: Session, expectation_id: int) -> ExpectationData:
    e = _expectation(session, expectation_id)
    return ExpectationData(
        direction=e.direction,
        area=e.area,
        statement=e.statement,
        importance=e.importance,
        target_quantity=e.target_quantity,
        target_unit=e.target_unit,
        target_period=e.target_period,
        explicit=e.explicit,
        opened_on=e.opened_on,
        retired_on=e.retired_on,
        note=e.note,
    )


def expectation_network(session: Session, expectation_id: int) -> int:
    return _expectation(session, expectation_id).network_id


def retire_expectation(session: Session, expectation_id: int, on: date) -> None:
    """From ``on`` the expectation no longer applies; its history stays."""
    expectation = _expectation(session, expectation_id)
    if expectation.retired_on is not None:
        raise ValidationError("This expectation is already retired.")
    if on < expectation.opened_on:
        raise ValidationError("An expectation cannot be retired before it was opened.")
    expectation.retired_on = on


def reopen_expectation(session: Session, expectation_id: int) -> None:
    _expectation(session, expectation_id).retired_on = None


def delete_expectation(session: Session, expectation_id: int) -> None:
    """Remove an expectation with its check-ins (retire it to keep the history)."""
    session.delete(_expectation(session, expectation_id))


# ---------------------------------------------------------------------------------------
# Check-ins


@dataclass(frozen=True)
class CheckInRow:
    id: int
    on: date
    score: int
    note: str


def _validate_checkin(expectation: Expectation, on: date, score: int) -> None:
    if not 1 <= score <= 5:
        raise ValidationError("A check-in scores 1 to 5.", "score")
    if on < expectation.opened_on:
        raise ValidationError(
            f"'{expectation.statement}' was opened on {expectation.opened_on.isoformat()}; "
            "a check-in cannot be earlier.",
            "on",
        )
    if expectation.retired_on is not None and on > expectation.retired_on:
        raise ValidationError(
            f"'{expectation.statement}' was retired on {expectation.retired_on.isoformat()}; "
            "a check-in cannot be later.",
            "on",
        )


def add_checkin(session: Session, expectation_id: int, on: date, score: int, note: str = "") -> int:
    """Record a fulfilment score 1–5 of one expectation; returns its id."""
    expectation = _expectation(session, expectation_id)
    _validate_checkin(expectation, on, score)
    checkin = CheckIn(expectation_id=expectation_id, on=on, score=score, note=note.strip())
    session.add(checkin)
    session.flush()
    return checkin.id


def update_checkin(session: Session, checkin_id: int, on: date, score: int, note: str) -> None:
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None:
        raise NotFoundError(f"Check-in {checkin_id} no longer exists.")
    _validate_checkin(checkin.expectation, on, score)
    checkin.on, checkin.score, checkin.note = on, score, note.strip()


def delete_checkin(session: Session, checkin_id: int) -> None:
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None:
        raise NotFoundError(f"Check-in {checkin_id} no longer exists.")
    session.delete(checkin)


def checkin_history(session: Session, expectation_id: int) -> list[CheckInRow]:
    """Every check-in of an expectation, newest first."""
    rows = session.execute(
        select(CheckIn.id, CheckIn.on, CheckIn.score, CheckIn.note)
        .where(CheckIn.expectation_id == expectation_id)
        .order_by(CheckIn.on.desc(), CheckIn.id.desc())
    )
    return [CheckInRow(*row) for row in rows]


def checkin_pass(
    session: Session, network_id: int, on: date, scores: Mapping[int, tuple[int, str]]
) -> list[int]:
    """Record one check-in per scored expectation of a network, all on ``on``.

    ``scores`` maps expectation id → (score, note); expectations left out are skipped.
    Everything is checked before anything is written. Returns the new check-in ids.
    """
    _network(session, network_id)
    if not scores:
        raise ValidationError("Score at least one expectation.", "score")
    expectations = {
        e.id: e
        for e in session.scalars(select(Expectation).where(Expectation.id.in_(list(scores))))
    }
    for expectation_id, (score, _note) in scores.items():
        expectation = expectations.get(expectation_id)
        if expectation is None or expectation.network_id != network_id:
            raise ValidationError(f"Expectation {expectation_id} is not one of this network's.")
        state = _state(expectation, ())
        if not state.is_open_on(on):
            raise ValidationError(
                f"'{expectation.statement}' is not open on {on.isoformat()}.", "on"
            )
        _validate_checkin(expectation, on, score)
    ids: list[int] = []
    for expectation_id, (score, note) in scores.items():
        checkin = CheckIn(expectation_id=expectation_id, on=on, score=score, note=note.strip())
        session.add(checkin)
        session.flush()
        ids.append(checkin.id)
    return ids


# ---------------------------------------------------------------------------------------
# Measured values


def default_now(on: date) -> datetime:
    """The moment measuring "on a day" looks from: now, or the end of that day if earlier."""
    return min(clock.now(), day_start(on + timedelta(days=1)))


@dataclass(frozen=True)
class MeasureRequest:
    """Measure ``unit`` for ``network_id`` over [start, end] (inclusive); ``key`` names it."""

    key: int
    network_id: int
    unit: TargetUnit
    start: date
    end: date


def measure(
    session: Session, requests: Iterable[MeasureRequest], now: datetime
) -> dict[int, Decimal]:
    """The measured value of each request, by its key.

    meetings: attended occurrences (the counting rule of ``services.occurrences``);
    hours: counted occurrence minutes + time entries, in hours;
    referrals received: engagements through the network with route "referral received",
    by start date; referrals given: referrals given into the network, by date;
    revenue: revenue entries of engagements through the network, in euros.
    One query per distinct (unit, window), grouped by network.
    """
    requests = list(requests)
    groups: dict[tuple[TargetUnit, date, date], list[MeasureRequest]] = defaultdict(list)
    for request in requests:
        groups[(request.unit, request.start, request.end)].append(request)
    counted = _occurrence_totals(session, requests, now)
    result: dict[int, Decimal] = {}
    for (unit, start, end), members in groups.items():
        network_ids = sorted({m.network_id for m in members})
        totals = _sql_totals(session, unit, network_ids, start, end)
        for member in members:
            meetings, minutes = counted.get((member.network_id, start, end), (0, 0))
            value = totals.get(member.network_id, Decimal(0))
            if unit is TargetUnit.MEETINGS:
                value = Decimal(meetings)
            elif unit is TargetUnit.HOURS:
                value = (value + minutes) / 60
            result[member.key] = value
    return result


def _sql_totals(
    session: Session, unit: TargetUnit, network_ids: list[int], start: date, end: date
) -> dict[int, Decimal]:
    """Per network: minutes of time entries, referral counts or revenue euros."""
    rows: Sequence[Any]  # (network id, total) rows
    if unit is TargetUnit.HOURS:
        rows = session.execute(
            select(TimeEntry.network_id, func.sum(TimeEntry.minutes))
            .where(TimeEntry.network_id.in_(network_ids), TimeEntry.on.between(start, end))
            .group_by(TimeEntry.network_id)
        ).all()
    elif unit is TargetUnit.REFERRALS_RECEIVED:
        rows = session.execute(
            select(Engagement.network_id, func.count(Engagement.id))
            .where(
                Engagement.network_id.in_(network_ids),
                Engagement.route == Route.REFERRAL_RECEIVED,
                Engagement.start_on.between(start, end),
            )
            .group_by(Engagement.network_id)
        ).all()
    elif unit is TargetUnit.REFERRALS_GIVEN:
        rows = session.execute(
            select(ReferralGiven.network_id, func.count(ReferralGiven.id))
            .where(ReferralGiven.network_id.in_(network_ids), ReferralGiven.on.between(start, end))
            .group_by(ReferralGiven.network_id)
        ).all()
    elif unit is TargetUnit.REVENUE:
        rows = session.execute(
            select(Engagement.network_id, func.sum(RevenueEntry.amount_cents))
            .join(Engagement, Engagement.id == RevenueEntry.engagement_id)
            .where(Engagement.network_id.in_(network_ids), RevenueEntry.on.between(start, end))
            .group_by(Engagement.network_id)
        ).all()
        return {int(nid): Decimal(cents or 0) / 100 for nid, cents in rows if nid is not None}
    else:
        return {}
    return {int(nid): Decimal(total or 0) for nid, total in rows if nid is not None}


def _occurrence_totals(
    session: Session, requests: list[MeasureRequest], now: datetime
) -> dict[tuple[int, date, date], tuple[int, int]]:
    """(attended meetings, counted minutes) per (network, window) of the meeting/hour requests.

    The occurrences are expanded once over the union of the windows.
    """
    wanted = {
        (r.network_id, r.start, r.end)
        for r in requests
        if r.unit in (TargetUnit.MEETINGS, TargetUnit.HOURS)
    }
    if not wanted:
        return {}
    first = min(start for _, start, _ in wanted)
    last = max(end for _, _, end in wanted)
    by_network: dict[int, list[OccurrenceRow]] = defaultdict(list)
    for row in occurrences(session, first, last, {network_id for network_id, _, _ in wanted}):
        by_network[row.network_id].append(row)
    totals: dict[tuple[int, date, date], tuple[int, int]] = {}
    for network_id, start, end in wanted:
        meetings = minutes = 0
        for row in by_network.get(network_id, ()):
            if not start <= row.start.date() <= end:
                continue
            if row.is_past(now) and row.attendance(now) not in NOT_ATTENDED:
                meetings += 1
                minutes += row.counted_minutes(now)
        totals[(network_id, start, end)] = (meetings, minutes)
    return totals


# ---------------------------------------------------------------------------------------
# A network's contract on a day


@dataclass(frozen=True)
class ExpectationRow:
    """One expectation as the Contract tab shows it, evaluated on ``on``."""

    id: int
    network_id: int
    direction: Direction
    area: ExpectationArea
    statement: str
    importance: int
    target: Target | None
    explicit: bool
    opened_on: date
    retired_on: date | None
    note: str
    is_open: bool
    latest: CheckInPoint | None
    previous: CheckInPoint | None
    trend: Trend
    window: PaceWindow | None  # where the target is measurable and can be judged
    measured: Decimal | None
    proposed: int | None
    reasons: tuple[BreachReason, ...]
    next_due: date | None  # when its next check-in is due (open expectations)
    state: ExpectationState  # what the domain calculations take

    @property
    def breach(self) -> bool:
        return bool(self.reasons)

    @property
    def at_risk(self) -> bool:
        """Open, not a breach, but its latest check-in scored low (``domain.at_risk``)."""
        return (
            self.is_open
            and not self.reasons
            and self.latest is not None
            and at_risk(self.importance, self.state.checkins, self.latest.on)
        )


# What _expectation_rows reads of an expectation (the ExpectationRow fields).
_EXPECTATION_COLUMNS = (
    Expectation.id,
    Expectation.network_id,
    Expectation.direction,
    Expectation.area,
    Expectation.statement,
    Expectation.importance,
    Expectation.target_quantity,
    Expectation.target_unit,
    Expectation.target_period,
    Expectation.explicit,
    Expectation.opened_on,
    Expectation.retired_on,
    Expectation.note,
)


def _state(
    expectation: Expectation | Row[Any], checkins: tuple[CheckInPoint, ...]
) -> ExpectationState:
    target = None
    if (
        expectation.target_quantity is not None
        and expectation.target_unit is not None
        and expectation.target_period is not None
    ):
        target = Target(
            expectation.target_quantity, expectation.target_unit, expectation.target_period
        )
    return ExpectationState(
        id=expectation.id,
        direction=expectation.direction,
        importance=expectation.importance,
        opened_on=expectation.opened_on,
        retired_on=expectation.retired_on,
        checkins=checkins,
        target=target,
    )


def _last_two_checkins(
    session: Session, network_ids: list[int], on: date
) -> dict[int, tuple[CheckInPoint, ...]]:
    """The last two check-ins on or before ``on`` per expectation of the networks (ties:
    higher id later)."""
    if not network_ids:
        return {}
    # The networks' expectations as a subquery: a few ids to bind, not thousands.
    expectation_ids = select(Expectation.id).where(Expectation.network_id.in_(network_ids))
    rank = (
        func.row_number()
        .over(
            partition_by=CheckIn.expectation_id,
            order_by=(CheckIn.on.desc(), CheckIn.id.desc()),
        )
        .label("rank")
    )
    ranked = (
        select(CheckIn.id, CheckIn.expectation_id, CheckIn.on, CheckIn.score, rank)
        .where(CheckIn.expectation_id.in_(expectation_ids), CheckIn.on <= on)
        .subquery()
    )
    found: dict[int, list[CheckInPoint]] = defaultdict(list)
    for checkin_id, expectation_id, day, score in session.execute(
        select(ranked.c.id, ranked.c.expectation_id, ranked.c.on, ranked.c.score)
        .where(ranked.c.rank <= 2)
        .order_by(ranked.c.on, ranked.c.id)
    ):
        found[expectation_id].append(CheckInPoint(checkin_id, day, score))
    return {key: tuple(points) for key, points in found.items()}


def _user_rhythm(session: Session) -> int | None:
    settings = session.get(UserSettings, 1)
    return settings.checkin_interval_months if settings is not None else None


def _expectation_rows(
    session: Session,
    network_rhythms: Mapping[int, int],
    on: date,
    now: datetime,
) -> list[ExpectationRow]:
    """Every expectation of the given networks evaluated on ``on``, with a handful of queries."""
    # Plain column rows, not ORM entities: nothing here is changed, and thousands of
    # entities cost more than the calculations (the Overview's start, bench/RESULTS.md).
    expectations = session.execute(
        select(*_EXPECTATION_COLUMNS)
        .where(Expectation.network_id.in_(list(network_rhythms)))
        .order_by(Expectation.network_id, Expectation.importance.desc(), Expectation.id)
    ).all()
    last_two = _last_two_checkins(session, list(network_rhythms), on)
    states = {e.id: _state(e, last_two.get(e.id, ())) for e in expectations}
    windows: dict[int, PaceWindow] = {}
    requests: list[MeasureRequest] = []
    for e in expectations:
        state = states[e.id]
        if state.target is None or not state.target.measurable or not state.is_open_on(on):
            continue
        window = pace_window(state.target, state.opened_on, on)
        if window is None:
            continue
        windows[e.id] = window
        requests.append(
            MeasureRequest(e.id, e.network_id, state.target.unit, window.start, window.end)
        )
    measured = measure(session, requests, now)
    rows: list[ExpectationRow] = []
    for e in expectations:
        state = states[e.id]
        points = state.checkins
        latest = points[-1] if points else None
        previous = points[-2] if len(points) > 1 else None
        window = windows.get(e.id)
        value = measured.get(e.id)
        is_open = state.is_open_on(on)
        due = None
        if is_open:
            base = latest.on if latest else e.opened_on
            due = add_months(base, network_rhythms[e.network_id])
        rows.append(
            ExpectationRow(
                id=e.id,
                network_id=e.network_id,
                direction=e.direction,
                area=e.area,
                statement=e.statement,
                importance=e.importance,
                target=state.target,
                explicit=e.explicit,
                opened_on=e.opened_on,
                retired_on=e.retired_on,
                note=e.note,
                is_open=is_open,
                latest=latest,
                previous=previous,
                trend=trend(points, on),
                window=window,
                measured=value,
                proposed=(
                    proposed_score(value, window.expected)
                    if window is not None and value is not None
                    else None
                ),
                reasons=tuple(breach_reasons(state, on, value)),
                next_due=due,
                state=state,
            )
        )
    return rows


def _rows_fulfilment(
    rows: list[ExpectationRow], on: date, direction: Direction | None = None
) -> Decimal | None:
    return contract_fulfilment((row.state for row in rows), on, direction)


def _rows_match(rows: list[ExpectationRow], on: date) -> MutualMatch:
    return mutual_match([row.state for row in rows], on)


@dataclass(frozen=True)
class NetworkContract:
    """A network's contract on ``on``: what the Contract tab shows."""

    network_id: int
    on: date
    rows: list[ExpectationRow]
    match: MutualMatch
    fulfilment: Decimal | None
    rhythm_months: int
    next_checkin_due: date | None

    def of(self, direction: Direction) -> list[ExpectationRow]:
        return [row for row in self.rows if row.direction == direction]


def network_contract(
    session: Session, network_id: int, on: date, now: datetime | None = None
) -> NetworkContract:
    """Every expectation of a network evaluated on ``on``, with the mutual match."""
    network = _network(session, network_id)
    rhythm = rhythm_months(network.checkin_interval_months, _user_rhythm(session))
    rows = _expectation_rows(session, {network_id: rhythm}, on, now or default_now(on))
    dues = [row.next_due for row in rows if row.next_due is not None]
    return NetworkContract(
        network_id=network_id,
        on=on,
        rows=rows,
        match=_rows_match(rows, on),
        fulfilment=_rows_fulfilment(rows, on),
        rhythm_months=rhythm,
        next_checkin_due=min(dues) if dues else None,
    )


def open_expectations(
    session: Session, network_id: int, on: date, now: datetime | None = None
) -> list[ExpectationRow]:
    """The expectations a check-in pass on ``on`` covers: those open that day."""
    return [row for row in network_contract(session, network_id, on, now).rows if row.is_open]


# ---------------------------------------------------------------------------------------
# Summaries for the Networks table and the Overview


@dataclass(frozen=True)
class ExpectationBreach:
    expectation_id: int
    network_id: int
    direction: Direction
    statement: str
    importance: int
    reasons: tuple[BreachReason, ...]
    target_unit: TargetUnit | None  # to show a behind-pace reason in its unit


@dataclass(frozen=True)
class ExpectationRisk:
    """An important expectation whose latest check-in scored low: at risk, not a breach."""

    expectation_id: int
    network_id: int
    direction: Direction
    statement: str
    importance: int
    score: int  # the latest check-in's score
    checked_on: date


@dataclass(frozen=True)
class NetworkContractSummary:
    """One network's contract in a line: fulfilment, breaches and what is due."""

    network_id: int
    name: str
    status: NetworkStatus
    open_expectations: int
    fulfilment: Decimal | None
    give: Decimal | None
    get: Decimal | None
    breaches: tuple[ExpectationBreach, ...]
    rhythm_months: int
    next_checkin_due: date | None
    checkin_overdue: bool
    last_health_check: date | None
    next_health_check_due: date | None  # None with no check yet and no joined date
    health_overdue: bool  # due before ``on``, or never done
    is_live: bool  # exploring or active: checks are expected
    risks: tuple[ExpectationRisk, ...] = ()  # at risk: one low score, not a breach yet

    @property
    def breach(self) -> bool:
        return bool(self.breaches)

    @property
    def match(self) -> MutualMatch:
        return MutualMatch(self.give, self.get)


def network_summaries(
    session: Session,
    on: date,
    now: datetime | None = None,
    network_ids: Iterable[int] | None = None,
) -> dict[int, NetworkContractSummary]:
    """Every network's (or the given networks') contract summary on ``on``, by network id.

    A fixed handful of queries whatever the number of networks: the networks, the user's
    rhythm, all expectations, their last two check-ins (one window query), the last health
    check per network, and one grouped query per distinct measured (unit, window).
    """
    query = select(
        Network.id,
        Network.name,
        Network.status,
        Network.checkin_interval_months,
        Network.joined_on,
    ).order_by(Network.name)
    if network_ids is not None:
        query = query.where(Network.id.in_(list(network_ids)))
    networks = session.execute(query).all()
    user_rhythm = _user_rhythm(session)
    rhythms = {n.id: rhythm_months(n.checkin_interval_months, user_rhythm) for n in networks}
    rows = _expectation_rows(session, rhythms, on, now or default_now(on)) if networks else []
    by_network: dict[int, list[ExpectationRow]] = defaultdict(list)
    for row in rows:
        by_network[row.network_id].append(row)
    last_health = dict(
        session.execute(
            select(HealthCheck.network_id, func.max(HealthCheck.on))
            .where(HealthCheck.on <= on, HealthCheck.network_id.in_(list(rhythms)))
            .group_by(HealthCheck.network_id)
        ).all()
    )
    summaries: dict[int, NetworkContractSummary] = {}
    for network in networks:
        mine = by_network.get(network.id, [])
        match = _rows_match(mine, on)
        dues = [row.next_due for row in mine if row.next_due is not None]
        checkin_due = min(dues) if dues else None
        last_check = last_health.get(network.id)
        health_due = next_due(last_check, network.joined_on, rhythms[network.id])
        live = network.status in LIVE_STATUSES
        summaries[network.id] = NetworkContractSummary(
            network_id=network.id,
            name=network.name,
            status=network.status,
            open_expectations=sum(1 for row in mine if row.is_open),
            fulfilment=_rows_fulfilment(mine, on),
            give=match.give,
            get=match.get,
            breaches=tuple(
                ExpectationBreach(
                    row.id,
                    row.network_id,
                    row.direction,
                    row.statement,
                    row.importance,
                    row.reasons,
                    row.target.unit if row.target else None,
                )
                for row in mine
                if row.reasons
            ),
            rhythm_months=rhythms[network.id],
            next_checkin_due=checkin_due,
            checkin_overdue=live and checkin_due is not None and checkin_due < on,
            last_health_check=last_check,
            next_health_check_due=health_due,
            health_overdue=live and (health_due is None or health_due < on),
            is_live=live,
            risks=tuple(
                ExpectationRisk(
                    row.id,
                    row.network_id,
                    row.direction,
                    row.statement,
                    row.importance,
                    row.latest.score,
                    row.latest.on,
                )
                for row in mine
                if row.at_risk and row.latest is not None
            ),
        )
    return summaries


@dataclass(frozen=True)
class ContractOverview:
    """What the Overview shows of the contracts, on ``on``."""

    on: date
    breaches: list[tuple[NetworkContractSummary, ExpectationBreach]]
    overdue_checkins: list[NetworkContractSummary]  # most overdue first
    overdue_health_checks: list[NetworkContractSummary]  # never done first, then most overdue
    live_networks: list[NetworkContractSummary]  # by name
    at_risk: list[tuple[NetworkContractSummary, ExpectationRisk]] = field(default_factory=list)


def contract_overview(session: Session, on: date, now: datetime | None = None) -> ContractOverview:
    """Breaches, overdue check-ins and health checks, and the live networks, on ``on``."""
    # Only live networks are shown: the others' expectations are not even evaluated.
    live_ids = session.scalars(select(Network.id).where(Network.status.in_(LIVE_STATUSES)))
    live = [s for s in network_summaries(session, on, now, live_ids).values() if s.is_live]
    breaches = [
        (summary, breach)
        for summary in live
        for breach in sorted(summary.breaches, key=lambda b: (-b.importance, b.expectation_id))
    ]
    overdue = sorted(
        (s for s in live if s.checkin_overdue), key=lambda s: (s.next_checkin_due, s.name)
    )
    health = sorted(
        (s for s in live if s.health_overdue),
        key=lambda s: (s.next_health_check_due or date.min, s.name),
    )
    at_risk = [
        (summary, risk)
        for summary in live
        for risk in sorted(summary.risks, key=lambda r: (-r.importance, r.expectation_id))
    ]
    return ContractOverview(
        on, breaches, overdue, health, sorted(live, key=lambda s: s.name), at_risk
    )


# ---------------------------------------------------------------------------------------
# Health checks


@dataclass
class HealthCheckData:
    """A health check as the user edits it: factor → (score, note) for the scored ones."""

    on: date
    scores: dict[HealthFactor, tuple[int, str]]
    note: str = ""


@dataclass(frozen=True)
class HealthCheckRow:
    id: int
    on: date
    note: str
    scores: dict[HealthFactor, int]
    notes: dict[HealthFactor, str]

    @property
    def mean(self) -> Decimal | None:
        if not self.scores:
            return None
        return Decimal(sum(self.scores.values())) / len(self.scores)


def _validate_health(data: HealthCheckData) -> None:
    if not data.scores:
        raise ValidationError("Score at least one success factor.", "scores")
    for factor, (score, _note) in data.scores.items():
        if not 1 <= score <= 5:
            raise ValidationError(f"The score of {factor.value} is 1 to 5.", "scores")


def _write_scores(health_check: HealthCheck, data: HealthCheckData) -> None:
    health_check.on = data.on
    health_check.note = data.note.strip()
    health_check.scores = [
        HealthScore(factor=factor, score=score, note=note.strip())
        for factor, (score, note) in data.scores.items()
    ]


def add_health_check(session: Session, network_id: int, data: HealthCheckData) -> int:
    _network(session, network_id)
    _validate_health(data)
    health_check = HealthCheck(network_id=network_id)
    _write_scores(health_check, data)
    session.add(health_check)
    session.flush()
    return health_check.id


def _health_check(session: Session, health_check_id: int) -> HealthCheck:
    health_check = session.get(HealthCheck, health_check_id)
    if health_check is None:
        raise NotFoundError(f"Health check {health_check_id} no longer exists.")
    return health_check


def update_health_check(session: Session, health_check_id: int, data: HealthCheckData) -> None:
    _validate_health(data)
    health_check = _health_check(session, health_check_id)
    health_check.scores.clear()
    session.flush()  # the old scores go before the new ones reuse their keys
    _write_scores(health_check, data)


def delete_health_check(session: Session, health_check_id: int) -> None:
    session.delete(_health_check(session, health_check_id))


def health_check_data(session: Session, health_check_id: int) -> HealthCheckData:
    health_check = _health_check(session, health_check_id)
    return HealthCheckData(
        on=health_check.on,
        scores={s.factor: (s.score, s.note) for s in health_check.scores},
        note=health_check.note,
    )


def health_checks(session: Session, network_id: int) -> list[HealthCheckRow]:
    """A network's health checks, oldest first, with their scores (two queries)."""
    checks = session.execute(
        select(HealthCheck.id, HealthCheck.on, HealthCheck.note)
        .where(HealthCheck.network_id == network_id)
        .order_by(HealthCheck.on, HealthCheck.id)
    ).all()
    scores: dict[int, dict[HealthFactor, int]] = defaultdict(dict)
    notes: dict[int, dict[HealthFactor, str]] = defaultdict(dict)
    for check_id, factor, score, note in session.execute(
        select(HealthScore.health_check_id, HealthScore.factor, HealthScore.score, HealthScore.note)
        .join(HealthCheck, HealthCheck.id == HealthScore.health_check_id)
        .where(HealthCheck.network_id == network_id)
    ):
        scores[check_id][factor] = score
        notes[check_id][factor] = note
    return [
        HealthCheckRow(check_id, on, note, scores[check_id], notes[check_id])
        for check_id, on, note in checks
    ]


def factor_history(session: Session, network_id: int) -> dict[HealthFactor, list[tuple[date, int]]]:
    """Per success factor, its scores over time, oldest first (factors never scored: empty)."""
    history: dict[HealthFactor, list[tuple[date, int]]] = {factor: [] for factor in HealthFactor}
    for row in health_checks(session, network_id):
        for factor, score in row.scores.items():
            history[factor].append((row.on, score))
    return history


# ---------------------------------------------------------------------------------------
# Contract type per year (Rousseau)


@dataclass
class AssessmentData:
    year: int
    time_frame: ContractTimeFrame
    specificity: ContractSpecificity
    phase: ContractPhase = ContractPhase.MAINTAINING
    note: str = ""


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    year: int
    time_frame: ContractTimeFrame
    specificity: ContractSpecificity
    phase: ContractPhase
    note: str
    type: ContractType
    previous_type: ContractType | None

    @property
    def moved(self) -> bool:
        return self.previous_type is not None and self.previous_type != self.type


def save_assessment(
    session: Session, network_id: int, data: AssessmentData, assessment_id: int | None = None
) -> int:
    """Record (or, with ``assessment_id``, change) the contract type of a network in a year."""
    _network(session, network_id)
    if not 1900 <= data.year <= 2200:
        raise ValidationError("Give a year such as 2026.", "year")
    clash = session.scalar(
        select(ContractAssessment.id).where(
            ContractAssessment.network_id == network_id, ContractAssessment.year == data.year
        )
    )
    if clash is not None and clash != assessment_id:
        raise ValidationError(f"{data.year} has already been assessed; edit that year.", "year")
    if assessment_id is None:
        assessment = ContractAssessment(network_id=network_id)
        session.add(assessment)
    else:
        found = session.get(ContractAssessment, assessment_id)
        if found is None:
            raise NotFoundError(f"Assessment {assessment_id} no longer exists.")
        assessment = found
    assessment.year = data.year
    assessment.time_frame = data.time_frame
    assessment.specificity = data.specificity
    assessment.phase = data.phase
    assessment.note = data.note.strip()
    session.flush()
    return assessment.id


def delete_assessment(session: Session, assessment_id: int) -> None:
    assessment = session.get(ContractAssessment, assessment_id)
    if assessment is None:
        raise NotFoundError(f"Assessment {assessment_id} no longer exists.")
    session.delete(assessment)


def assessment_data(session: Session, assessment_id: int) -> AssessmentData:
    a = session.get(ContractAssessment, assessment_id)
    if a is None:
        raise NotFoundError(f"Assessment {assessment_id} no longer exists.")
    return AssessmentData(a.year, a.time_frame, a.specificity, a.phase, a.note)


def assessments(session: Session, network_id: int) -> list[AssessmentRow]:
    """A network's assessed years in order, each with the type of the year before it."""
    found = list(
        session.scalars(
            select(ContractAssessment)
            .where(ContractAssessment.network_id == network_id)
            .order_by(ContractAssessment.year)
        )
    )
    steps: dict[int, ContractStep] = {
        step.year: step
        for step in contract_movement(
            YearAssessment(a.year, a.time_frame, a.specificity, a.phase) for a in found
        )
    }
    return [
        AssessmentRow(
            id=a.id,
            year=a.year,
            time_frame=a.time_frame,
            specificity=a.specificity,
            phase=a.phase,
            note=a.note,
            type=contract_type(a.time_frame, a.specificity),
            previous_type=steps[a.year].previous_type,
        )
        for a in found
    ]


def network_kind_and_motives(session: Session, network_id: int) -> tuple[NetworkKind, list[Motive]]:
    """What the suggested starting expectations are chosen by."""
    network = _network(session, network_id)
    return network.kind, [m.motive for m in network.motives]


def has_expectations(session: Session, network_id: int) -> bool:
    return (
        session.scalar(
            select(func.count(Expectation.id)).where(Expectation.network_id == network_id)
        )
        or 0
    ) > 0
