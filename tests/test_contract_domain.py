"""The psychological contract's calculations, on hand-computed cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zpdesk.domain.contract import (
    SUGGESTIONS,
    BreachRule,
    CheckInPoint,
    ContractType,
    ExpectationState,
    MatchBalance,
    Target,
    Trend,
    YearAssessment,
    add_months,
    behind_pace_breach,
    breach_reasons,
    contract_fulfilment,
    contract_movement,
    contract_type,
    latest_checkin,
    low_scores_breach,
    mutual_match,
    next_due,
    pace_window,
    period_bounds,
    proposed_score,
    rhythm_months,
    suggest_expectations,
    trend,
)
from zpdesk.domain.enums import (
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    Motive,
    NetworkKind,
    TargetPeriod,
    TargetUnit,
)

pytestmark = pytest.mark.domain

GIVE, GET = Direction.GIVE, Direction.GET
JAN1 = date(2026, 1, 1)


def _e(
    id_: int,
    importance: int,
    *scores: tuple[date, int] | tuple[int, date, int],
    direction: Direction = GIVE,
    opened: date = date(2025, 1, 1),
    retired: date | None = None,
    target: Target | None = None,
) -> ExpectationState:
    """An expectation with check-ins given as (date, score) or (id, date, score)."""
    points = []
    for n, item in enumerate(scores, start=1):
        if len(item) == 2:
            points.append(CheckInPoint(id_ * 100 + n, item[0], item[1]))
        else:
            points.append(CheckInPoint(item[0], item[1], item[2]))
    return ExpectationState(id_, direction, importance, opened, retired, tuple(points), target)


# --- fulfilment ---------------------------------------------------------------------


def test_no_checkins_yet_means_no_fulfilment() -> None:
    expectations = [_e(1, 5), _e(2, 3, direction=GET)]
    assert contract_fulfilment(expectations, JAN1) is None
    assert contract_fulfilment([], JAN1) is None


def test_fulfilment_weights_latest_scores_by_importance() -> None:
    # latest scores: #1 imp 5 → 4 = 0.75; #2 imp 1 → 1 = 0; #3 imp 2 never checked (ignored)
    # (5 × 0.75 + 1 × 0) / (5 + 1) = 3.75 / 6 = 0.625
    expectations = [
        _e(1, 5, (date(2025, 6, 1), 1), (date(2025, 12, 1), 4)),
        _e(2, 1, (date(2025, 9, 1), 1)),
        _e(3, 2),
    ]
    assert contract_fulfilment(expectations, JAN1) == Decimal("0.625")


def test_checkins_after_the_date_do_not_count() -> None:
    # on 1 July 2025 only the June check-in (score 1 → 0) exists: fulfilment 0
    expectation = _e(1, 5, (date(2025, 6, 1), 1), (date(2025, 12, 1), 4))
    assert contract_fulfilment([expectation], date(2025, 7, 1)) == 0


def test_retired_and_not_yet_opened_expectations_do_not_count() -> None:
    # #1 (score 5 = 1.0) retired on 1 March 2026; #2 (score 3 = 0.5) open
    retired = _e(1, 4, (date(2026, 1, 10), 5), retired=date(2026, 3, 1))
    still = _e(2, 4, (date(2026, 1, 10), 3))
    later = _e(3, 4, (date(2026, 6, 1), 1), opened=date(2026, 6, 1))
    # the day before retiring both count: (4 × 1 + 4 × 0.5) / 8 = 0.75
    assert contract_fulfilment([retired, still, later], date(2026, 2, 28)) == Decimal("0.75")
    # from the retiring day only #2: 0.5; #3 opens on 1 June
    assert contract_fulfilment([retired, still, later], date(2026, 3, 1)) == Decimal("0.5")
    # 1 June: #2 0.5 and #3 score 1 = 0 → (4 × 0.5 + 4 × 0) / 8 = 0.25
    assert contract_fulfilment([retired, still, later], date(2026, 6, 1)) == Decimal("0.25")


def test_two_checkins_on_one_date_the_higher_id_is_latest() -> None:
    day = date(2026, 2, 1)
    # recorded 7 (score 5) then 8 (score 1), given in either order: #8 is the latest
    points = [CheckInPoint(8, day, 1), CheckInPoint(7, day, 5)]
    assert latest_checkin(points, day) == CheckInPoint(8, day, 1)
    assert latest_checkin(reversed(points), day) == CheckInPoint(8, day, 1)
    expectation = _e(1, 3, (8, day, 1), (7, day, 5))
    assert contract_fulfilment([expectation], day) == 0  # score 1 → (1 − 1) / 4


def test_fulfilment_per_direction() -> None:
    give = _e(1, 2, (JAN1, 5))  # 1.0
    get = _e(2, 2, (JAN1, 1), direction=GET)  # 0.0
    assert contract_fulfilment([give, get], JAN1, GIVE) == 1
    assert contract_fulfilment([give, get], JAN1, GET) == 0
    assert contract_fulfilment([give, get], JAN1) == Decimal("0.5")  # (2 + 0) / 4


# --- mutual match -------------------------------------------------------------------


def test_mutual_match_gap_and_balance() -> None:
    # give: imp 4 score 5 (1.0) and imp 2 score 3 (0.5) → (4 + 1) / 6 = 5/6
    # get: imp 3 score 2 → 0.25; gap = 5/6 − 1/4 = 7/12 ≈ 0.583 → I give more than I get
    expectations = [
        _e(1, 4, (JAN1, 5)),
        _e(2, 2, (JAN1, 3)),
        _e(3, 3, (JAN1, 2), direction=GET),
    ]
    match = mutual_match(expectations, JAN1)
    assert match.give == Decimal(5) / 6
    assert match.get == Decimal("0.25")
    assert match.gap == Decimal(5) / 6 - Decimal("0.25")
    assert match.balance is MatchBalance.GIVING_MORE


@pytest.mark.parametrize(
    ("give_score", "get_score", "balance"),
    [
        (4, 4, MatchBalance.BALANCED),  # gap 0
        (4, 5, MatchBalance.GETTING_MORE),  # 0.75 − 1.0 = −0.25: one full step
        (5, 4, MatchBalance.GIVING_MORE),  # +0.25
        (3, 2, MatchBalance.GIVING_MORE),  # 0.5 − 0.25
    ],
)
def test_balance_counts_one_scale_step_as_a_difference(
    give_score: int, get_score: int, balance: MatchBalance
) -> None:
    expectations = [_e(1, 3, (JAN1, give_score)), _e(2, 3, (JAN1, get_score), direction=GET)]
    assert mutual_match(expectations, JAN1).balance is balance


def test_mutual_match_with_one_side_unchecked_is_unknown() -> None:
    match = mutual_match([_e(1, 3, (JAN1, 4)), _e(2, 3, direction=GET)], JAN1)
    assert (match.give, match.get, match.gap) == (Decimal("0.75"), None, None)
    assert match.balance is MatchBalance.UNKNOWN


# --- breach rule (a): important and the last two check-ins low ----------------------


def test_low_scores_breach_on_importance_four_with_two_low_scores() -> None:
    checkins = [CheckInPoint(1, date(2025, 10, 1), 2), CheckInPoint(2, JAN1, 1)]
    reason = low_scores_breach(4, checkins, JAN1)
    assert reason is not None
    assert reason.rule is BreachRule.LOW_SCORES
    assert reason.scores == (2, 1)


@pytest.mark.parametrize(
    ("importance", "scores", "flagged"),
    [
        (5, [2, 2], True),
        (4, [3, 2], False),  # one of the two is above 2
        (4, [2, 3], False),
        (3, [1, 1], False),  # not important enough
        (5, [1], False),  # only one check-in
        (5, [], False),  # no check-ins yet
        (4, [1, 4, 2, 2], True),  # only the last two matter
        (4, [1, 1, 3], False),
    ],
)
def test_low_scores_rule_cases(importance: int, scores: list[int], flagged: bool) -> None:
    checkins = [CheckInPoint(n, date(2025, n, 1), s) for n, s in enumerate(scores, start=1)]
    assert (low_scores_breach(importance, checkins, JAN1) is not None) is flagged


def test_low_scores_ignore_checkins_after_the_date() -> None:
    checkins = [
        CheckInPoint(1, date(2025, 3, 1), 1),
        CheckInPoint(2, date(2025, 6, 1), 2),
        CheckInPoint(3, date(2025, 9, 1), 4),  # after the date asked about
    ]
    assert low_scores_breach(5, checkins, date(2025, 7, 1)) is not None
    assert low_scores_breach(5, checkins, date(2025, 9, 1)) is None


def test_low_scores_tie_on_a_date_the_higher_id_is_later() -> None:
    # 1 March: #7 scored 1, then #8 scored 4; 1 June: #9 scored 1.
    # Ordered (date, id): 1, 4, 1 → the last two are 4 and 1: no breach. (Were #7 taken
    # as the later one of 1 March, the last two would be 1 and 1.)
    checkins = [
        CheckInPoint(8, date(2026, 3, 1), 4),
        CheckInPoint(7, date(2026, 3, 1), 1),
        CheckInPoint(9, date(2026, 6, 1), 1),
    ]
    assert low_scores_breach(5, checkins, date(2026, 6, 1)) is None
    # and on 1 March itself the two of that day are the last two: 1 then 4
    assert trend(checkins, date(2026, 3, 1)) is Trend.UP


def test_retired_expectation_is_never_in_breach() -> None:
    expectation = _e(1, 5, (date(2025, 5, 1), 1), (date(2025, 8, 1), 1), retired=date(2025, 9, 1))
    assert breach_reasons(expectation, date(2025, 8, 31))[0].rule is BreachRule.LOW_SCORES
    assert breach_reasons(expectation, date(2025, 9, 1)) == []


# --- breach rule (b): a measurable target behind pace --------------------------------

MEETINGS_20 = Target(Decimal(20), TargetUnit.MEETINGS, TargetPeriod.YEAR)
HOURS_4_MONTH = Target(Decimal(4), TargetUnit.HOURS, TargetPeriod.MONTH)


def test_early_in_the_year_the_previous_year_is_judged() -> None:
    # 1 April 2026: 1 Jan–1 Apr is 91 of 365 days < a quarter → judge all of 2025 (20 expected)
    window = pace_window(MEETINGS_20, date(2025, 1, 1), date(2026, 4, 1))
    assert window is not None
    assert (window.start, window.end, window.complete) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
        True,
    )
    assert window.expected == 20
    # 8 attended: 8 < 20 / 2 → behind; 10 attended is exactly half → not "clearly" behind
    assert behind_pace_breach(MEETINGS_20, window, Decimal(8)) is not None
    assert behind_pace_breach(MEETINGS_20, window, Decimal(10)) is None


def test_a_quarter_into_the_year_the_year_so_far_is_judged() -> None:
    # 2 April 2026: 92 of 365 days ≥ a quarter; expected 20 × 92 / 365 = 5.04 → 5 whole
    # meetings; behind when measured < 2.5
    window = pace_window(MEETINGS_20, date(2025, 1, 1), date(2026, 4, 2))
    assert window is not None
    assert (window.start, window.end, window.complete) == (JAN1, date(2026, 4, 2), False)
    assert window.expected == Decimal(20) * 92 / 365
    assert behind_pace_breach(MEETINGS_20, window, Decimal(2)) is not None
    assert behind_pace_breach(MEETINGS_20, window, Decimal(3)) is None


def test_countable_targets_are_rounded_down_to_whole_units() -> None:
    # 2 referrals a year. On 1 July 2026, 1 Jan–1 Jul is 182 days: expected 2 × 182 / 365
    # = 0.997 → 0 whole referrals, so none received is not yet "clearly" behind. On 2 July,
    # 183 days: 1.003 → 1 whole referral, and 0 < 1 / 2 is behind.
    target = Target(Decimal(2), TargetUnit.REFERRALS_RECEIVED, TargetPeriod.YEAR)
    for day, flagged in ((date(2026, 7, 1), False), (date(2026, 7, 2), True)):
        window = pace_window(target, date(2025, 1, 1), day)
        assert (behind_pace_breach(target, window, Decimal(0)) is not None) is flagged


def test_hours_are_judged_without_rounding() -> None:
    # 4 hours a month, on 10 March (10 of 31 days): expected 4 × 10 / 31 = 1.29 h
    window = pace_window(HOURS_4_MONTH, date(2025, 1, 1), date(2026, 3, 10))
    assert window is not None and window.expected == Decimal(40) / 31
    assert behind_pace_breach(HOURS_4_MONTH, window, Decimal("0.5")) is not None  # 1.0 < 1.29
    assert behind_pace_breach(HOURS_4_MONTH, window, Decimal("0.75")) is None  # 1.5 ≥ 1.29


def test_pace_counts_only_days_since_the_expectation_opened() -> None:
    # 12 meetings a year, opened 1 July 2026; on 15 August: 46 of 365 days → too early, and
    # the previous year it was not open at all → nothing to judge
    target = Target(Decimal(12), TargetUnit.MEETINGS, TargetPeriod.YEAR)
    assert pace_window(target, date(2026, 7, 1), date(2026, 8, 15)) is None
    # on 30 September: 1 July–30 Sept is 92 days ≥ 365 / 4 → expected 12 × 92 / 365
    window = pace_window(target, date(2026, 7, 1), date(2026, 9, 30))
    assert window is not None and window.start == date(2026, 7, 1)
    assert window.expected == Decimal(12) * 92 / 365


def test_breach_reasons_combine_both_rules() -> None:
    # importance 5, scored 1 and 2, and 0 of the 20 meetings of 2025
    expectation = _e(1, 5, (date(2025, 6, 1), 1), (date(2025, 12, 1), 2), target=MEETINGS_20)
    reasons = breach_reasons(expectation, date(2026, 3, 1), Decimal(0))
    assert [r.rule for r in reasons] == [BreachRule.LOW_SCORES, BreachRule.BEHIND_PACE]
    assert reasons[1].expected == 20
    assert "0 of 20" in reasons[1].describe()
    # unmeasurable targets are never behind pace
    other = Target(Decimal(3), TargetUnit.OTHER, TargetPeriod.YEAR)
    assert breach_reasons(_e(2, 3, target=other), date(2026, 6, 1), Decimal(0)) == []


def test_zero_target_is_always_met() -> None:
    target = Target(Decimal(0), TargetUnit.REVENUE, TargetPeriod.YEAR)
    window = pace_window(target, date(2025, 1, 1), date(2026, 6, 1))
    assert behind_pace_breach(target, window, Decimal(0)) is None
    assert proposed_score(Decimal(0), Decimal(0)) == 5


@pytest.mark.parametrize(
    ("measured", "score"),
    [("20", 5), ("25", 5), ("15", 4), ("14.99", 3), ("10", 3), ("5", 2), ("4.99", 1), ("0", 1)],
)
def test_proposed_score_from_measured_over_expected(measured: str, score: int) -> None:
    # thresholds on measured / 20: ≥1 → 5, ≥0.75 → 4, ≥0.5 → 3, ≥0.25 → 2
    assert proposed_score(Decimal(measured), Decimal(20)) == score


# --- periods, rhythm ----------------------------------------------------------------


def test_period_bounds() -> None:
    monday = date(2026, 11, 23)
    assert period_bounds(TargetPeriod.WEEK, date(2026, 11, 29)) == (monday, date(2026, 11, 29))
    assert period_bounds(TargetPeriod.MONTH, date(2028, 2, 10)) == (
        date(2028, 2, 1),
        date(2028, 2, 29),
    )
    assert period_bounds(TargetPeriod.QUARTER, date(2026, 5, 15)) == (
        date(2026, 4, 1),
        date(2026, 6, 30),
    )
    assert period_bounds(TargetPeriod.QUARTER, date(2026, 12, 31)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    assert period_bounds(TargetPeriod.YEAR, monday) == (JAN1, date(2026, 12, 31))


def test_months_are_added_with_the_day_clamped() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 10, 15), 3) == date(2027, 1, 15)


def test_next_due_and_rhythm() -> None:
    assert next_due(date(2026, 3, 10), date(2025, 1, 1), 3) == date(2026, 6, 10)
    assert next_due(None, date(2026, 2, 1), 6) == date(2026, 8, 1)  # never checked: from start
    assert next_due(None, None, 3) is None
    assert rhythm_months(2, 6) == 2  # the network's own rhythm wins
    assert rhythm_months(None, 6) == 6
    assert rhythm_months(None, None) == 3  # quarterly by default


# --- Rousseau -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time_frame", "specificity", "expected"),
    [
        (ContractTimeFrame.SHORT_TERM, ContractSpecificity.SPECIFIC, ContractType.TRANSACTIONAL),
        (ContractTimeFrame.OPEN_ENDED, ContractSpecificity.UNSPECIFIC, ContractType.RELATIONAL),
        (ContractTimeFrame.OPEN_ENDED, ContractSpecificity.SPECIFIC, ContractType.BALANCED),
        (ContractTimeFrame.SHORT_TERM, ContractSpecificity.UNSPECIFIC, ContractType.TRANSITIONAL),
    ],
)
def test_rousseau_types(
    time_frame: ContractTimeFrame, specificity: ContractSpecificity, expected: ContractType
) -> None:
    assert contract_type(time_frame, specificity) is expected


def test_contract_movement_across_years() -> None:
    short, open_ = ContractTimeFrame.SHORT_TERM, ContractTimeFrame.OPEN_ENDED
    specific, vague = ContractSpecificity.SPECIFIC, ContractSpecificity.UNSPECIFIC
    steps = contract_movement(
        [
            YearAssessment(2026, open_, vague, ContractPhase.MAINTAINING),
            YearAssessment(2024, short, specific, ContractPhase.FORMING),
            YearAssessment(2025, open_, vague, ContractPhase.MAINTAINING),
        ]
    )
    assert [(s.year, s.type, s.previous_type, s.moved) for s in steps] == [
        (2024, ContractType.TRANSACTIONAL, None, False),
        (2025, ContractType.RELATIONAL, ContractType.TRANSACTIONAL, True),
        (2026, ContractType.RELATIONAL, ContractType.RELATIONAL, False),
    ]


# --- suggestions --------------------------------------------------------------------


def test_suggestions_fit_kind_and_motives() -> None:
    found = suggest_expectations(NetworkKind.KNOWLEDGE_NETWORK, [Motive.KNOWLEDGE])
    keys = [s.key for s in found]
    assert "attend_breakfasts" in keys and "learn_per_session" in keys
    assert "pay_commission" not in keys  # a network organisation's term
    # what I give first, most important first within a direction
    directions = [s.direction for s in found]
    assert directions == sorted(directions, key=lambda d: d is Direction.GET)
    gives = [s.importance for s in found if s.direction is GIVE]
    assert gives == sorted(gives, reverse=True)
    breakfasts = next(s for s in found if s.key == "attend_breakfasts")
    assert (breakfasts.target_quantity, breakfasts.target_unit) == (20, TargetUnit.MEETINGS)


def test_every_network_gets_the_general_suggestions() -> None:
    keys = {s.key for s in suggest_expectations(NetworkKind.OTHER, [])}
    assert keys == {"keep_agreements", "reliable_colleagues"}
    with_backup = {s.key for s in suggest_expectations(NetworkKind.OTHER, [Motive.BACKUP])}
    assert {"stand_in", "backup_colleague"} <= with_backup


def test_suggestion_keys_are_unique_and_targets_complete() -> None:
    keys = [s.key for s in SUGGESTIONS]
    assert len(keys) == len(set(keys))
    for s in SUGGESTIONS:
        parts = (s.target_quantity, s.target_unit, s.target_period)
        assert all(p is None for p in parts) or all(p is not None for p in parts), s.key
        assert 1 <= s.importance <= 5
