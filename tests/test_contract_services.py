"""Contract services over a real database: validation, check-in passes, measured targets,
summaries, health checks and contract assessments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

from zpdesk.domain.contract import BreachRule, ContractType
from zpdesk.domain.enums import (
    Attendance,
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    ExpectationArea,
    HealthFactor,
    NetworkKind,
    NetworkStatus,
    Route,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.services import contract as svc
from zpdesk.services.errors import ValidationError
from zpdesk.store.models import (
    CheckIn,
    Commitment,
    Engagement,
    Network,
    Occurrence,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
)

pytestmark = [pytest.mark.store, pytest.mark.both_stores]

GIVE, GET = Direction.GIVE, Direction.GET


def _network(session, name: str = "KKP West-Brabant", **fields) -> int:  # noqa: ANN001
    network = Network(name=name, kind=fields.pop("kind", NetworkKind.KNOWLEDGE_NETWORK), **fields)
    session.add(network)
    session.flush()
    return network.id


def _data(statement: str = "Attend the breakfasts", **fields) -> svc.ExpectationData:
    fields.setdefault("direction", GIVE)
    fields.setdefault("area", ExpectationArea.TIME)
    fields.setdefault("opened_on", date(2025, 1, 1))
    return svc.ExpectationData(statement=statement, **fields)


# --- expectations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"statement": "   "}, "statement"),
        ({"importance": 0}, "importance"),
        ({"importance": 6}, "importance"),
        ({"target_quantity": Decimal(2)}, "target_quantity"),  # without unit and period
        (
            {"target_unit": TargetUnit.MEETINGS, "target_period": TargetPeriod.YEAR},
            "target_quantity",
        ),
        (
            {
                "target_quantity": Decimal(-1),
                "target_unit": TargetUnit.MEETINGS,
                "target_period": TargetPeriod.YEAR,
            },
            "target_quantity",
        ),
        (
            {
                "target_quantity": Decimal("1.005"),
                "target_unit": TargetUnit.HOURS,
                "target_period": TargetPeriod.MONTH,
            },
            "target_quantity",
        ),
        ({"retired_on": date(2024, 12, 31)}, "retired_on"),
    ],
)
def test_invalid_expectations_are_refused_and_nothing_is_saved(db, fields, field) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
    data = _data(**{k: v for k, v in fields.items() if k != "statement"})
    if "statement" in fields:
        data.statement = fields["statement"]
    with pytest.raises(ValidationError) as error, db.session() as s:
        svc.add_expectation(s, network_id, data)
    assert error.value.field == field
    with db.session() as s:
        assert svc.has_expectations(s, network_id) is False


def test_expectation_lifecycle(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        eid = svc.add_expectation(
            s,
            network_id,
            _data(
                "  Attend 20 breakfasts  ",
                importance=4,
                target_quantity=Decimal(20),
                target_unit=TargetUnit.MEETINGS,
                target_period=TargetPeriod.YEAR,
            ),
        )
    with db.session() as s:
        data = svc.expectation_data(s, eid)
        assert data.statement == "Attend 20 breakfasts"
        assert (data.target_quantity, data.target_unit) == (Decimal(20), TargetUnit.MEETINGS)
        data.explicit = True
        svc.update_expectation(s, eid, data)
        svc.retire_expectation(s, eid, date(2026, 2, 1))
    with db.session() as s:
        assert svc.expectation_data(s, eid).retired_on == date(2026, 2, 1)
        assert svc.expectation_data(s, eid).explicit is True
        with pytest.raises(ValidationError):
            svc.retire_expectation(s, eid, date(2026, 3, 1))  # already retired
        svc.reopen_expectation(s, eid)
    with db.session() as s:
        assert svc.expectation_data(s, eid).retired_on is None
        svc.add_checkin(s, eid, date(2025, 6, 1), 3)
    with db.session() as s:
        later = svc.expectation_data(s, eid)
        later.opened_on = date(2025, 7, 1)  # after its first check-in
        with pytest.raises(ValidationError, match="2025-06-01"):
            svc.update_expectation(s, eid, later)
    with db.session() as s:
        svc.delete_expectation(s, eid)
    with db.session() as s:
        assert s.scalar(select(func.count(CheckIn.id))) == 0  # check-ins went with it


def test_checkins_are_validated(db) -> None:  # noqa: ANN001
    with db.session() as s:
        eid = svc.add_expectation(s, _network(s), _data(retired_on=date(2025, 12, 31)))
    with db.session() as s:
        with pytest.raises(ValidationError, match="1 to 5"):
            svc.add_checkin(s, eid, date(2025, 3, 1), 6)
        with pytest.raises(ValidationError, match="opened"):
            svc.add_checkin(s, eid, date(2024, 12, 31), 3)
        with pytest.raises(ValidationError, match="retired"):
            svc.add_checkin(s, eid, date(2026, 1, 1), 3)
        first = svc.add_checkin(s, eid, date(2025, 3, 1), 2, " slow start ")
        second = svc.add_checkin(s, eid, date(2025, 3, 1), 4)
    with db.session() as s:
        history = svc.checkin_history(s, eid)
        # same date: the later-recorded (higher id) first in "newest first"
        assert [(c.id, c.score, c.note) for c in history] == [
            (second, 4, ""),
            (first, 2, "slow start"),
        ]


def test_checkin_pass_is_all_or_nothing(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        other_id = _network(s, "Elders Netwerk")
        give = svc.add_expectation(s, network_id, _data("Give"))
        get = svc.add_expectation(s, network_id, _data("Get", direction=GET))
        retired = svc.add_expectation(s, network_id, _data("Old", retired_on=date(2025, 6, 1)))
        foreign = svc.add_expectation(s, other_id, _data("Elsewhere"))
    day = date(2026, 1, 15)
    for scores in ({give: (4, ""), retired: (2, "")}, {give: (4, ""), foreign: (3, "")}, {}):
        with pytest.raises(ValidationError), db.session() as s:
            svc.checkin_pass(s, network_id, day, scores)
    with db.session() as s:
        assert s.scalar(select(func.count(CheckIn.id))) == 0
        ids = svc.checkin_pass(s, network_id, day, {give: (4, "good"), get: (1, "nothing yet")})
    assert len(ids) == 2
    with db.session() as s:
        rows = {r.id: r for r in svc.open_expectations(s, network_id, day)}
        assert set(rows) == {give, get}  # the retired one is not in a pass
        assert rows[give].latest is not None and rows[give].latest.score == 4
        assert rows[get].latest is not None and rows[get].latest.score == 1
        assert svc.checkin_history(s, get)[0].note == "nothing yet"


# --- measured values ----------------------------------------------------------------

NOW = datetime(2026, 1, 1)


def _measure(db, network_id: int, unit: TargetUnit, start: date, end: date) -> Decimal:  # noqa: ANN001
    with db.session() as s:
        request = svc.MeasureRequest(1, network_id, unit, start, end)
        return svc.measure(s, [request], NOW)[1]


def test_meetings_and_hours_follow_the_counting_rule(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        other_id = _network(s, "Other")
        # ten Tuesday sessions of an hour, 7 Jan – 11 Mar 2025
        c = Commitment(
            network_id=network_id,
            uid="ontbijt@zpdesk",
            title="Ontbijtsessie",
            starts_at=datetime(2025, 1, 7, 7, 30),
            duration_minutes=60,
            rrule="FREQ=WEEKLY;COUNT=10",
        )
        s.add(c)
        s.flush()
        s.add_all(
            [
                Occurrence(
                    commitment_id=c.id,
                    original_start=datetime(2025, 1, 14, 7, 30),
                    attendance=Attendance.ABSENT,
                ),
                Occurrence(
                    commitment_id=c.id,
                    original_start=datetime(2025, 1, 21, 7, 30),
                    attendance=Attendance.CANCELLED,
                ),
                Occurrence(
                    commitment_id=c.id,
                    original_start=datetime(2025, 1, 28, 7, 30),
                    attendance=Attendance.ATTENDED,
                    actual_minutes=30,
                ),
                TimeEntry(network_id=network_id, on=date(2025, 2, 3), minutes=90),
                TimeEntry(network_id=network_id, on=date(2025, 4, 3), minutes=600),  # outside
                TimeEntry(network_id=other_id, on=date(2025, 2, 3), minutes=600),  # elsewhere
            ]
        )
    q1 = (date(2025, 1, 1), date(2025, 3, 31))
    # 10 sessions − absent − cancelled = 8 attended
    assert _measure(db, network_id, TargetUnit.MEETINGS, *q1) == 8
    # 7 × 60 + 30 (actual) + 90 (time entry) = 540 minutes = 9 hours
    assert _measure(db, network_id, TargetUnit.HOURS, *q1) == 9
    # only January: 7, 28 Jan attended (14 absent, 21 cancelled) = 60 + 30 minutes = 1.5 h
    assert _measure(db, network_id, TargetUnit.HOURS, date(2025, 1, 1), date(2025, 1, 31)) == (
        Decimal("1.5")
    )


def test_referrals_and_revenue(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        other_id = _network(s, "Other")

        def engagement(route: Route, start: date, network: int | None = network_id) -> int:
            e = Engagement(title="Opdracht", start_on=start, route=route, network_id=network)
            s.add(e)
            s.flush()
            return e.id

        referred = engagement(Route.REFERRAL_RECEIVED, date(2025, 3, 1))
        engagement(Route.REFERRAL_RECEIVED, date(2025, 11, 1))
        engagement(Route.REFERRAL_RECEIVED, date(2024, 12, 31))  # before the year
        engagement(Route.REFERRAL_RECEIVED, date(2025, 5, 1), other_id)
        joint = engagement(Route.JOINT_ASSIGNMENT, date(2025, 2, 1))
        s.add_all(
            [
                RevenueEntry(engagement_id=referred, on=date(2025, 4, 30), amount_cents=250_000),
                RevenueEntry(engagement_id=joint, on=date(2025, 6, 30), amount_cents=120_050),
                RevenueEntry(engagement_id=joint, on=date(2026, 1, 31), amount_cents=99_999),
                ReferralGiven(on=date(2025, 8, 1), network_id=network_id),
                ReferralGiven(on=date(2025, 9, 1), network_id=other_id),
            ]
        )
    year = (date(2025, 1, 1), date(2025, 12, 31))
    assert _measure(db, network_id, TargetUnit.REFERRALS_RECEIVED, *year) == 2
    assert _measure(db, network_id, TargetUnit.REFERRALS_GIVEN, *year) == 1
    # 2.500,00 + 1.200,50 euros; the January 2026 entry is outside
    assert _measure(db, network_id, TargetUnit.REVENUE, *year) == Decimal("3700.50")


def test_measured_target_proposes_a_score_and_flags_pace(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        eid = svc.add_expectation(
            s,
            network_id,
            _data(
                "Two referrals a year",
                direction=GET,
                area=ExpectationArea.WORK_REFERRALS,
                target_quantity=Decimal(2),
                target_unit=TargetUnit.REFERRALS_RECEIVED,
                target_period=TargetPeriod.YEAR,
            ),
        )
        s.add(
            Engagement(
                title="Via Ans",
                start_on=date(2025, 2, 1),
                route=Route.REFERRAL_RECEIVED,
                network_id=network_id,
            )
        )
    with db.session() as s:
        # 1 Oct 2025: 1 Jan–1 Oct = 274 days; expected 2 × 274 / 365 = 1.50; measured 1
        # → 1 / 1.50 = 67 % → proposed 3; whole units due: 1, and 1 ≥ 1 / 2 → no breach
        row = svc.network_contract(s, network_id, date(2025, 10, 1), NOW).rows[0]
        assert row.id == eid and row.measured == 1
        assert row.window is not None and row.window.expected == Decimal(2) * 274 / 365
        assert row.proposed == 3
        assert not row.breach
        # 1 Oct 2026: nothing received in 2026 → 0 of 1.50 → score 1 and behind pace
        row = svc.network_contract(s, network_id, date(2026, 10, 1), NOW).rows[0]
        assert row.measured == 0 and row.proposed == 1
        assert [r.rule for r in row.reasons] == [BreachRule.BEHIND_PACE]


# --- summaries ----------------------------------------------------------------------


def test_network_summaries(db) -> None:  # noqa: ANN001
    on = date(2026, 6, 1)
    with db.session() as s:
        s.add(UserSettings(id=1, checkin_interval_months=6))
        kkp = _network(s, joined_on=date(2024, 1, 1))
        quiet = _network(s, "Quiet", checkin_interval_months=2, joined_on=date(2026, 5, 1))
        ended = _network(s, "Gone", status=NetworkStatus.ENDED)
        important = svc.add_expectation(s, kkp, _data("Learn", direction=GET, importance=5))
        svc.add_checkin(s, important, date(2025, 9, 1), 2)
        svc.add_checkin(s, important, date(2025, 12, 1), 1)
        mine = svc.add_expectation(s, kkp, _data("Host a session", importance=3))
        svc.add_checkin(s, mine, date(2026, 3, 1), 5)
        svc.add_expectation(s, quiet, _data("Show up", opened_on=date(2026, 5, 1)))
        gone = svc.add_expectation(s, ended, _data("Whatever", importance=5))
        svc.add_checkin(s, gone, date(2025, 1, 5), 1)
        svc.add_checkin(s, gone, date(2025, 2, 5), 1)
        svc.add_health_check(
            s, kkp, svc.HealthCheckData(date(2025, 10, 1), {HealthFactor.TEAM_SPIRIT: (4, "")})
        )
    with db.session() as s:
        summaries = svc.network_summaries(s, on)
    a, q, g = summaries[kkp], summaries[quiet], summaries[ended]
    # give: score 5 → 1.0; get: score 1 → 0; overall (3 × 1 + 5 × 0) / 8 = 0.375
    assert (a.give, a.get, a.fulfilment) == (Decimal(1), Decimal(0), Decimal("0.375"))
    assert a.breach and [b.expectation_id for b in a.breaches] == [important]
    assert a.breaches[0].reasons[0].scores == (2, 1)
    # user rhythm 6 months: "Learn" last checked 1 Dec 2025 → due 1 June 2026 (not overdue
    # on that day); "Host" checked 1 March → 1 Sept
    assert a.rhythm_months == 6
    assert (a.next_checkin_due, a.checkin_overdue) == (date(2026, 6, 1), False)
    # last health check 1 Oct 2025 + 6 months = 1 April 2026 < 1 June → overdue
    assert a.last_health_check == date(2025, 10, 1)
    assert (a.next_health_check_due, a.health_overdue) == (date(2026, 4, 1), True)
    # Quiet: own rhythm 2 months from opening 1 May → 1 July; joined 1 May → health 1 July
    assert (q.fulfilment, q.breach, q.next_checkin_due) == (None, False, date(2026, 7, 1))
    assert (q.health_overdue, q.open_expectations) == (False, 1)
    # an ended network keeps its breach for its row, but nothing is overdue
    assert g.breach and not g.is_live and not g.checkin_overdue and not g.health_overdue
    with db.session() as s:
        overview = svc.contract_overview(s, date(2026, 6, 2))
    assert [(n.name, b.statement) for n, b in overview.breaches] == [("KKP West-Brabant", "Learn")]
    assert [n.name for n in overview.overdue_checkins] == ["KKP West-Brabant"]
    assert [n.name for n in overview.overdue_health_checks] == ["KKP West-Brabant"]
    assert [n.name for n in overview.live_networks] == ["KKP West-Brabant", "Quiet"]


def test_summaries_take_a_fixed_number_of_queries(db) -> None:  # noqa: ANN001
    def count_queries(networks: int) -> int:
        with db.session() as s:
            for n in range(networks):
                nid = _network(s, f"Net {networks}-{n}")
                for unit, period in (
                    (TargetUnit.MEETINGS, TargetPeriod.YEAR),
                    (TargetUnit.REVENUE, TargetPeriod.YEAR),
                    (TargetUnit.HOURS, TargetPeriod.MONTH),
                ):
                    eid = svc.add_expectation(
                        s,
                        nid,
                        _data(
                            f"{unit}",
                            importance=4,
                            target_quantity=Decimal(4),
                            target_unit=unit,
                            target_period=period,
                        ),
                    )
                    svc.add_checkin(s, eid, date(2026, 2, 1), 2)
                    svc.add_checkin(s, eid, date(2026, 3, 1), 1)
        statements: list[str] = []

        def record(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            with db.session() as s:
                summaries = svc.network_summaries(s, date(2026, 6, 1), NOW)
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        assert all(summary.breach for summary in summaries.values())
        return len(statements)

    few = count_queries(2)
    many = count_queries(8)
    assert many == few
    assert few <= 12


# --- health checks and contract type -------------------------------------------------


def test_health_checks_and_factor_history(db) -> None:  # noqa: ANN001
    with db.session() as s:
        network_id = _network(s)
        with pytest.raises(ValidationError, match="at least one"):
            svc.add_health_check(s, network_id, svc.HealthCheckData(date(2026, 1, 1), {}))
        with pytest.raises(ValidationError, match="1 to 5"):
            svc.add_health_check(
                s,
                network_id,
                svc.HealthCheckData(date(2026, 1, 1), {HealthFactor.PLATFORM: (0, "")}),
            )
        first = svc.add_health_check(
            s,
            network_id,
            svc.HealthCheckData(
                date(2025, 6, 1),
                {HealthFactor.TEAM_SPIRIT: (4, "warm"), HealthFactor.COORDINATOR: (2, "")},
            ),
        )
        second = svc.add_health_check(
            s,
            network_id,
            svc.HealthCheckData(date(2026, 1, 1), {HealthFactor.TEAM_SPIRIT: (3, "")}, "ok"),
        )
    with db.session() as s:
        svc.update_health_check(
            s,
            second,
            svc.HealthCheckData(
                date(2026, 1, 2),
                {HealthFactor.TEAM_SPIRIT: (5, "better"), HealthFactor.PLATFORM: (3, "")},
            ),
        )
    with db.session() as s:
        rows = svc.health_checks(s, network_id)
        assert [r.id for r in rows] == [first, second]
        assert rows[0].mean == 3  # (4 + 2) / 2
        assert rows[1].notes[HealthFactor.TEAM_SPIRIT] == "better"
        history = svc.factor_history(s, network_id)
        assert history[HealthFactor.TEAM_SPIRIT] == [(date(2025, 6, 1), 4), (date(2026, 1, 2), 5)]
        assert history[HealthFactor.COORDINATOR] == [(date(2025, 6, 1), 2)]
        assert history[HealthFactor.FUN_SOCIAL] == []
        svc.delete_health_check(s, first)
    with db.session() as s:
        assert [r.id for r in svc.health_checks(s, network_id)] == [second]


def test_contract_assessments_move_across_years(db) -> None:  # noqa: ANN001
    short, open_ = ContractTimeFrame.SHORT_TERM, ContractTimeFrame.OPEN_ENDED
    specific, vague = ContractSpecificity.SPECIFIC, ContractSpecificity.UNSPECIFIC
    with db.session() as s:
        network_id = _network(s)
        svc.save_assessment(
            s, network_id, svc.AssessmentData(2024, short, specific, ContractPhase.FORMING)
        )
        later = svc.save_assessment(s, network_id, svc.AssessmentData(2025, open_, vague))
        with pytest.raises(ValidationError, match="2024 has already"):
            svc.save_assessment(s, network_id, svc.AssessmentData(2024, open_, vague))
        svc.save_assessment(
            s,
            network_id,
            svc.AssessmentData(2025, open_, specific, ContractPhase.RENEGOTIATING),
            later,
        )
    with db.session() as s:
        rows = svc.assessments(s, network_id)
    assert [(r.year, r.type, r.previous_type, r.moved, r.phase) for r in rows] == [
        (2024, ContractType.TRANSACTIONAL, None, False, ContractPhase.FORMING),
        (
            2025,
            ContractType.BALANCED,
            ContractType.TRANSACTIONAL,
            True,
            ContractPhase.RENEGOTIATING,
        ),
    ]


def test_at_risk_apart_from_breaches_and_never_checked(db) -> None:  # noqa: ANN001
    """One low score on an important expectation: at risk, not a breach (issue 14)."""
    on = date(2026, 12, 3)
    with db.session() as s:
        kkp = _network(s, joined_on=date(2024, 6, 3))  # never a health check
        learn = svc.add_expectation(s, kkp, _data("Learn", direction=GET, importance=5))
        svc.add_checkin(s, learn, date(2026, 10, 1), 2)  # one low score: at risk
        host = svc.add_expectation(s, kkp, _data("Host a session", importance=3))
        svc.add_checkin(s, host, date(2026, 10, 1), 1)  # low, but not important
        share = svc.add_expectation(s, kkp, _data("Share leads", importance=4))
        svc.add_checkin(s, share, date(2026, 8, 1), 1)
        svc.add_checkin(s, share, date(2026, 10, 1), 4)  # recovered
        refer = svc.add_expectation(s, kkp, _data("Refer work", direction=GET, importance=5))
        svc.add_checkin(s, refer, date(2026, 8, 1), 2)
        svc.add_checkin(s, refer, date(2026, 10, 1), 1)  # two low scores: a breach
    with db.session() as s:
        overview = svc.contract_overview(s, on)
    assert [(n.name, b.statement) for n, b in overview.breaches] == [
        ("KKP West-Brabant", "Refer work")
    ]
    assert [(b.statement, b.score, b.checked_on) for _n, b in overview.at_risk] == [
        ("Learn", 2, date(2026, 10, 1))
    ]
    # Joined 3 June 2024, rhythm 3 months (no setting): due since 3 September 2024.
    (network,) = overview.overdue_health_checks
    assert network.last_health_check is None
    assert network.next_health_check_due == date(2024, 9, 3)
