"""The psychological contract with a network, as pure calculations.

Terms used throughout (DOMAIN.md, seeds 001 and 002):

- An *expectation* is one term of the contract, pointing one way: what I give (input) or
  what I expect to get (outcome). It is **open on a day d** when ``opened_on <= d`` and it
  was not retired on or before d (``retired_on`` is the first day it no longer applies).
- A *check-in* (toetsmoment) scores an expectation 1–5 on a date. The **latest check-in on
  or before d** is the one with the greatest date; two check-ins on the same date are
  ordered by their id, so the one recorded last (the higher id) is the latest.
- **Fulfilment** on d = the importance-weighted mean of the latest check-in on or before d
  of each expectation open on d, a score s counting as (s − 1) / 4; None when none of them
  was checked (``domain.fulfilment``). Per direction it is the same over one direction.
- The **mutual match** sets the fulfilment of what I give (how well I deliver my part)
  beside the fulfilment of what I expect to get (how well the network delivers its part);
  the *gap* is give − get. Less than one step of the 1–5 scale apart (0.25) counts as
  balanced.
- A **breach** is flagged for an open expectation when either rule holds:
  (a) *low scores*: importance ≥ 4 and its last two check-ins on or before d both
  scored ≤ 2;
  (b) *behind pace*: it has a target zpdesk can measure, and in the period being judged
  (see ``pace_window``) the measured value is below half of the target pro rata — for
  countable units (meetings, referrals) the pro-rata target is first rounded down to whole
  units, since one cannot be behind on part of a meeting.
- The **contract type** follows Rousseau: time frame × how specific the terms are.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from zpdesk.domain.enums import (
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    ExpectationArea,
    Motive,
    NetworkKind,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.domain.fulfilment import fulfilment

# ---------------------------------------------------------------------------------------
# Check-ins and fulfilment


@dataclass(frozen=True)
class CheckInPoint:
    """One check-in as the calculations need it."""

    id: int
    on: date
    score: int


def _order(point: CheckInPoint) -> tuple[date, int]:
    return (point.on, point.id)


def checkins_until(checkins: Iterable[CheckInPoint], on: date) -> list[CheckInPoint]:
    """The check-ins on or before ``on``, oldest first (same date: lower id first)."""
    return sorted((c for c in checkins if c.on <= on), key=_order)


def latest_checkin(checkins: Iterable[CheckInPoint], on: date) -> CheckInPoint | None:
    """The latest check-in on or before ``on``; on a tie of dates the higher id."""
    until = checkins_until(checkins, on)
    return until[-1] if until else None


@dataclass(frozen=True)
class Target:
    """A measurable target: ``quantity`` ``unit`` per ``period`` (e.g. 20 meetings a year)."""

    quantity: Decimal
    unit: TargetUnit
    period: TargetPeriod

    @property
    def measurable(self) -> bool:
        """Whether zpdesk can measure it from what it holds."""
        return self.unit in MEASURABLE_UNITS


MEASURABLE_UNITS = frozenset(
    {
        TargetUnit.MEETINGS,
        TargetUnit.HOURS,
        TargetUnit.REFERRALS_RECEIVED,
        TargetUnit.REFERRALS_GIVEN,
        TargetUnit.REVENUE,
    }
)
# Units counted in whole things: the pro-rata target is rounded down for the breach rule.
COUNTABLE_UNITS = frozenset(
    {TargetUnit.MEETINGS, TargetUnit.REFERRALS_RECEIVED, TargetUnit.REFERRALS_GIVEN}
)


@dataclass(frozen=True)
class ExpectationState:
    """What the calculations need of one expectation."""

    id: int
    direction: Direction
    importance: int
    opened_on: date
    retired_on: date | None = None
    checkins: tuple[CheckInPoint, ...] = ()
    target: Target | None = None

    def is_open_on(self, on: date) -> bool:
        """Open from ``opened_on`` up to, not including, ``retired_on``."""
        return self.opened_on <= on and (self.retired_on is None or on < self.retired_on)

    def latest(self, on: date) -> CheckInPoint | None:
        return latest_checkin(self.checkins, on)


def contract_fulfilment(
    expectations: Iterable[ExpectationState], on: date, direction: Direction | None = None
) -> Decimal | None:
    """Fulfilment on ``on`` (0–1), of one direction or of both; None when nothing was checked."""
    pairs: list[tuple[int, int | None]] = []
    for expectation in expectations:
        if direction is not None and expectation.direction != direction:
            continue
        if not expectation.is_open_on(on):
            continue
        latest = expectation.latest(on)
        pairs.append((expectation.importance, latest.score if latest else None))
    return fulfilment(pairs)


class MatchBalance(StrEnum):
    """How the two sides of the contract compare."""

    BALANCED = "balanced"  # less than one scale step apart
    GIVING_MORE = "giving_more"  # I deliver my part better than the network delivers its part
    GETTING_MORE = "getting_more"  # the network delivers more than I put in
    UNKNOWN = "unknown"  # one side was never checked


# One step on the 1–5 scale is (s − 1) / 4 = 0.25 of fulfilment.
BALANCE_TOLERANCE = Decimal("0.25")


@dataclass(frozen=True)
class MutualMatch:
    """How well I deliver what I give (``give``) beside how well I get what I expect (``get``).

    Both are fulfilments 0–1 (None when that side was never checked). ``gap`` = give − get:
    positive when I keep my side better than the network keeps its side.
    """

    give: Decimal | None
    get: Decimal | None

    @property
    def gap(self) -> Decimal | None:
        if self.give is None or self.get is None:
            return None
        return self.give - self.get

    @property
    def balance(self) -> MatchBalance:
        gap = self.gap
        if gap is None:
            return MatchBalance.UNKNOWN
        if abs(gap) < BALANCE_TOLERANCE:
            return MatchBalance.BALANCED
        return MatchBalance.GIVING_MORE if gap > 0 else MatchBalance.GETTING_MORE


def mutual_match(expectations: Sequence[ExpectationState], on: date) -> MutualMatch:
    """The two fulfilments of a network's contract on ``on``."""
    return MutualMatch(
        give=contract_fulfilment(expectations, on, Direction.GIVE),
        get=contract_fulfilment(expectations, on, Direction.GET),
    )


# ---------------------------------------------------------------------------------------
# Periods and pace


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day clamped to the month's end (31 Jan + 1 → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def period_bounds(period: TargetPeriod, day: date) -> tuple[date, date]:
    """First and last day of the ISO week, month, quarter or year containing ``day``."""
    if period is TargetPeriod.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if period is TargetPeriod.MONTH:
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period is TargetPeriod.QUARTER:
        first_month = 3 * ((day.month - 1) // 3) + 1
        start = date(day.year, first_month, 1)
        return start, add_months(start, 3) - timedelta(days=1)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _days(start: date, end: date) -> int:
    """Days from start to end, both included."""
    return (end - start).days + 1


# The share of a period that must have passed before it is judged.
MIN_ELAPSED = Decimal(1) / 4


@dataclass(frozen=True)
class PaceWindow:
    """The stretch of time a target is judged over on a given day.

    ``start``–``end`` (inclusive) is what is measured: the current period so far once at
    least a quarter of it has passed, else the whole previous period. Days before the
    expectation was opened do not count. ``expected`` is the target pro rata for those
    days (target × days / days in the period).
    """

    period: TargetPeriod
    period_start: date
    period_end: date
    start: date
    end: date
    expected: Decimal
    complete: bool  # the window reaches the end of its period

    @property
    def elapsed(self) -> Decimal:
        """The share of the period the window covers."""
        return Decimal(_days(self.start, self.end)) / _days(self.period_start, self.period_end)


def pace_window(target: Target, opened_on: date, on: date) -> PaceWindow | None:
    """The window ``target`` is judged over on ``on``; None when it is too early to judge."""
    start, end = period_bounds(target.period, on)
    window = _window(target, start, end, max(start, opened_on), on)
    if window is not None:
        return window
    previous_start, previous_end = period_bounds(target.period, start - timedelta(days=1))
    return _window(
        target, previous_start, previous_end, max(previous_start, opened_on), previous_end
    )


def _window(
    target: Target, period_start: date, period_end: date, start: date, end: date
) -> PaceWindow | None:
    if start > end:
        return None
    length = _days(period_start, period_end)
    covered = _days(start, end)
    if Decimal(covered) / length < MIN_ELAPSED:
        return None
    return PaceWindow(
        period=target.period,
        period_start=period_start,
        period_end=period_end,
        start=start,
        end=end,
        expected=target.quantity * covered / length,
        complete=end == period_end,
    )


def proposed_score(measured: Decimal, expected: Decimal) -> int:
    """A check-in score from measured / expected: ≥100 % → 5, ≥75 % → 4, ≥50 % → 3,
    ≥25 % → 2, else 1. A target of zero is always met."""
    if expected <= 0:
        return 5
    ratio = measured / expected
    for score, floor in ((5, 1), (4, Decimal("0.75")), (3, Decimal("0.5")), (2, Decimal("0.25"))):
        if ratio >= floor:
            return score
    return 1


# ---------------------------------------------------------------------------------------
# Breach


class BreachRule(StrEnum):
    LOW_SCORES = "low_scores"  # important, and the last two check-ins scored low
    BEHIND_PACE = "behind_pace"  # a measurable target clearly behind pace


LOW_SCORES_MIN_IMPORTANCE = 4
LOW_SCORE = 2


@dataclass(frozen=True)
class BreachReason:
    """Why an expectation is flagged; ``describe`` gives the English text (the UI translates
    from the fields)."""

    rule: BreachRule
    scores: tuple[int, ...] = ()  # LOW_SCORES: the last two scores, oldest first
    measured: Decimal | None = None  # BEHIND_PACE
    expected: Decimal | None = None  # BEHIND_PACE: the target pro rata
    window: PaceWindow | None = None  # BEHIND_PACE

    def describe(self) -> str:
        if self.rule is BreachRule.LOW_SCORES:
            return "the last two check-ins scored " + " and ".join(map(str, self.scores))
        assert self.window is not None and self.measured is not None
        return (
            f"{_plain(self.measured)} of {_plain(self.expected)} expected pro rata "
            f"({self.window.start.isoformat()} to {self.window.end.isoformat()})"
        )


def _plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.quantize(Decimal('0.1')).normalize():f}"


def low_scores_breach(
    importance: int, checkins: Iterable[CheckInPoint], on: date
) -> BreachReason | None:
    """Rule (a): importance ≥ 4 and the last two check-ins on or before ``on`` both ≤ 2."""
    if importance < LOW_SCORES_MIN_IMPORTANCE:
        return None
    last_two = checkins_until(checkins, on)[-2:]
    if len(last_two) < 2 or any(c.score > LOW_SCORE for c in last_two):
        return None
    return BreachReason(BreachRule.LOW_SCORES, scores=tuple(c.score for c in last_two))


def at_risk(importance: int, checkins: Iterable[CheckInPoint], on: date) -> bool:
    """An important expectation (≥ 4) whose latest check-in on or before ``on`` scored
    low (≤ 2) but is not a breach by rule (a) yet: one more low score makes it one."""
    if importance < LOW_SCORES_MIN_IMPORTANCE:
        return False
    history = checkins_until(checkins, on)
    if not history or history[-1].score > LOW_SCORE:
        return False
    return low_scores_breach(importance, history, on) is None


def pace_due(unit: TargetUnit, expected: Decimal) -> Decimal:
    """The pro-rata target the breach rule compares with: whole units where countable."""
    if unit in COUNTABLE_UNITS:
        return Decimal(math.floor(expected))
    return expected


def behind_pace_breach(
    target: Target, window: PaceWindow | None, measured: Decimal | None
) -> BreachReason | None:
    """Rule (b): measured below half of the (whole-unit) pro-rata target of the window."""
    if window is None or measured is None or not target.measurable:
        return None
    due = pace_due(target.unit, window.expected)
    if measured * 2 >= due:
        return None
    return BreachReason(
        BreachRule.BEHIND_PACE, measured=measured, expected=window.expected, window=window
    )


def breach_reasons(
    expectation: ExpectationState, on: date, measured: Decimal | None = None
) -> list[BreachReason]:
    """Every rule that flags ``expectation`` on ``on`` (empty when not open that day).

    ``measured`` is the value measured over ``pace_window(target, opened_on, on)``.
    """
    if not expectation.is_open_on(on):
        return []
    reasons: list[BreachReason] = []
    low = low_scores_breach(expectation.importance, expectation.checkins, on)
    if low is not None:
        reasons.append(low)
    target = expectation.target
    if target is not None and target.measurable:
        window = pace_window(target, expectation.opened_on, on)
        behind = behind_pace_breach(target, window, measured)
        if behind is not None:
            reasons.append(behind)
    return reasons


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    NONE = "none"  # fewer than two check-ins


def trend(checkins: Iterable[CheckInPoint], on: date) -> Trend:
    """The latest score against the one before it."""
    last_two = checkins_until(checkins, on)[-2:]
    if len(last_two) < 2:
        return Trend.NONE
    before, after = last_two[0].score, last_two[1].score
    if after > before:
        return Trend.UP
    if after < before:
        return Trend.DOWN
    return Trend.SAME


# ---------------------------------------------------------------------------------------
# Rhythm


def next_due(last: date | None, start: date | None, months: int) -> date | None:
    """When the next check is due: ``months`` after the last one, or after ``start`` when
    there was none yet; None when neither is known."""
    base = last or start
    return add_months(base, months) if base is not None else None


DEFAULT_RHYTHM_MONTHS = 3


def rhythm_months(network_months: int | None, user_months: int | None) -> int:
    """The network's own rhythm, else the user's default, else quarterly."""
    return network_months or user_months or DEFAULT_RHYTHM_MONTHS


# ---------------------------------------------------------------------------------------
# Rousseau's contract types


class ContractType(StrEnum):
    TRANSACTIONAL = "transactional"  # short-term, specific terms
    TRANSITIONAL = "transitional"  # short-term, terms not specific (no real contract)
    BALANCED = "balanced"  # open-ended, specific terms
    RELATIONAL = "relational"  # open-ended, terms not specific


_TYPES = {
    (ContractTimeFrame.SHORT_TERM, ContractSpecificity.SPECIFIC): ContractType.TRANSACTIONAL,
    (ContractTimeFrame.SHORT_TERM, ContractSpecificity.UNSPECIFIC): ContractType.TRANSITIONAL,
    (ContractTimeFrame.OPEN_ENDED, ContractSpecificity.SPECIFIC): ContractType.BALANCED,
    (ContractTimeFrame.OPEN_ENDED, ContractSpecificity.UNSPECIFIC): ContractType.RELATIONAL,
}


def contract_type(time_frame: ContractTimeFrame, specificity: ContractSpecificity) -> ContractType:
    """Rousseau's type from the two questions."""
    return _TYPES[(time_frame, specificity)]


@dataclass(frozen=True)
class YearAssessment:
    year: int
    time_frame: ContractTimeFrame
    specificity: ContractSpecificity
    phase: ContractPhase


@dataclass(frozen=True)
class ContractStep:
    """One year of a network's contract, with where it came from."""

    year: int
    type: ContractType
    phase: ContractPhase
    previous_type: ContractType | None  # of the previous assessed year

    @property
    def moved(self) -> bool:
        return self.previous_type is not None and self.previous_type != self.type


def contract_movement(assessments: Iterable[YearAssessment]) -> list[ContractStep]:
    """The assessed years in order, each with the type of the year assessed before it."""
    steps: list[ContractStep] = []
    previous: ContractType | None = None
    for item in sorted(assessments, key=lambda a: a.year):
        current = contract_type(item.time_frame, item.specificity)
        steps.append(ContractStep(item.year, current, item.phase, previous))
        previous = current
    return steps


# ---------------------------------------------------------------------------------------
# Suggested starting expectations


@dataclass(frozen=True)
class Suggestion:
    """A starting expectation; ``key`` names its statement, which the UI shows translated.

    It fits a network whose kind is in ``kinds`` or that has one of ``motives``; with both
    empty it fits every network.
    """

    key: str
    direction: Direction
    area: ExpectationArea
    importance: int
    kinds: frozenset[NetworkKind] = frozenset()
    motives: frozenset[Motive] = frozenset()
    target_quantity: Decimal | None = None
    target_unit: TargetUnit | None = None
    target_period: TargetPeriod | None = None

    def fits(self, kind: NetworkKind, motives: Iterable[Motive]) -> bool:
        if not self.kinds and not self.motives:
            return True
        return kind in self.kinds or bool(self.motives & set(motives))


def _suggestion(
    key: str,
    direction: Direction,
    area: ExpectationArea,
    importance: int,
    kinds: Iterable[NetworkKind] = (),
    motives: Iterable[Motive] = (),
    target: tuple[int, TargetUnit, TargetPeriod] | None = None,
) -> Suggestion:
    quantity, unit, period = target if target is not None else (None, None, None)
    return Suggestion(
        key,
        direction,
        area,
        importance,
        frozenset(kinds),
        frozenset(motives),
        Decimal(quantity) if quantity is not None else None,
        unit,
        period,
    )


_K, _M, _A, _U, _P = NetworkKind, Motive, ExpectationArea, TargetUnit, TargetPeriod
_GIVE, _GET = Direction.GIVE, Direction.GET
_MEMBER_KINDS = (_K.NETWORK_ORGANISATION, _K.COOPERATIVE, _K.PROFESSIONAL_ASSOCIATION)

# Statements are in the UI (ui/contract/suggestions.py), keyed by ``key``, so they translate.
# fmt: off
SUGGESTIONS: tuple[Suggestion, ...] = (
    # what I give
    _suggestion("keep_agreements", _GIVE, _A.WORK_REFERRALS, 4),
    _suggestion("attend_breakfasts", _GIVE, _A.TIME, 4, [_K.KNOWLEDGE_NETWORK],
                target=(20, _U.MEETINGS, _P.YEAR)),
    _suggestion("attend_meetings", _GIVE, _A.TIME, 3, [*_MEMBER_KINDS, _K.REFERRAL_GROUP],
                target=(8, _U.MEETINGS, _P.YEAR)),
    _suggestion("project_delivery", _GIVE, _A.TIME, 5, [_K.PROJECT_COLLABORATION],
                [_M.JOINT_DELIVERY]),
    _suggestion("knowledge_group_hours", _GIVE, _A.KNOWLEDGE, 3, [_K.KNOWLEDGE_NETWORK],
                [_M.INNOVATION], target=(4, _U.HOURS, _P.MONTH)),
    _suggestion("share_expertise", _GIVE, _A.KNOWLEDGE, 3, motives=[_M.KNOWLEDGE]),
    _suggestion("pass_on_work", _GIVE, _A.WORK_REFERRALS, 3, [_K.REFERRAL_GROUP],
                [_M.REFERRALS], target=(2, _U.REFERRALS_GIVEN, _P.YEAR)),
    _suggestion("own_acquisition", _GIVE, _A.WORK_REFERRALS, 4,
                motives=[_M.JOINT_ACQUISITION]),
    _suggestion("quality_standard", _GIVE, _A.VISIBILITY, 5,
                [_K.NETWORK_ORGANISATION, _K.COOPERATIVE]),
    _suggestion("pay_commission", _GIVE, _A.MONEY, 4, [_K.NETWORK_ORGANISATION]),
    _suggestion("keep_profile", _GIVE, _A.VISIBILITY, 2, [_K.NETWORK_ORGANISATION],
                [_M.VISIBILITY]),
    _suggestion("stand_in", _GIVE, _A.BACKUP, 3, motives=[_M.BACKUP]),
    _suggestion("join_social", _GIVE, _A.SOCIAL, 2, motives=[_M.SOCIAL]),
    # what I expect to get
    _suggestion("reliable_colleagues", _GET, _A.WORK_REFERRALS, 4),
    _suggestion("receive_referrals", _GET, _A.WORK_REFERRALS, 4, [_K.REFERRAL_GROUP],
                [_M.REFERRALS, _M.JOINT_ACQUISITION],
                target=(2, _U.REFERRALS_RECEIVED, _P.YEAR)),
    _suggestion("sourced_revenue", _GET, _A.MONEY, 4, [_K.NETWORK_ORGANISATION, _K.COOPERATIVE],
                [_M.JOINT_ACQUISITION], target=(10000, _U.REVENUE, _P.YEAR)),
    _suggestion("bigger_assignments", _GET, _A.WORK_REFERRALS, 4,
                [_K.NETWORK_ORGANISATION, _K.PROJECT_COLLABORATION], [_M.JOINT_DELIVERY]),
    _suggestion("learn_per_session", _GET, _A.KNOWLEDGE, 4, [_K.KNOWLEDGE_NETWORK],
                [_M.KNOWLEDGE]),
    _suggestion("sparring", _GET, _A.KNOWLEDGE, 3,
                [_K.KNOWLEDGE_NETWORK, _K.PROFESSIONAL_ASSOCIATION]),
    _suggestion("innovate_together", _GET, _A.KNOWLEDGE, 3, motives=[_M.INNOVATION]),
    _suggestion("shared_brand", _GET, _A.VISIBILITY, 3, [_K.NETWORK_ORGANISATION],
                [_M.VISIBILITY]),
    _suggestion("clear_project_terms", _GET, _A.MONEY, 5, [_K.PROJECT_COLLABORATION]),
    _suggestion("collective_arrangements", _GET, _A.MONEY, 2,
                [_K.COOPERATIVE, _K.PROFESSIONAL_ASSOCIATION]),
    _suggestion("say_in_direction", _GET, _A.INFLUENCE, 3, [_K.COOPERATIVE]),
    _suggestion("backup_colleague", _GET, _A.BACKUP, 4, motives=[_M.BACKUP]),
    _suggestion("enjoy_contact", _GET, _A.SOCIAL, 3, motives=[_M.SOCIAL]),
)
# fmt: on


def suggest_expectations(kind: NetworkKind, motives: Iterable[Motive]) -> list[Suggestion]:
    """The suggestions that fit a network of ``kind`` with ``motives``: what I give first,
    then what I expect to get, the most important first within each."""
    wanted = set(motives)
    fitting = [s for s in SUGGESTIONS if s.fits(kind, wanted)]
    order = {Direction.GIVE: 0, Direction.GET: 1}
    return sorted(fitting, key=lambda s: (order[s.direction], -s.importance))
