"""The yearly review: which networks pay off (DOMAIN.md, "The yearly review").

Every money, time-entry and referral figure is one SQL aggregate grouped by network and
year, so a single year and a multi-year trend cost the same number of queries. Occurrence
hours and attendance come from ``services.occurrences`` (one expansion for the whole
period) with its counting rule. Definitions used here, beyond DOMAIN.md's words:

- a network is *in* a year when its membership overlaps the year (joined on or before
  31 Dec, and left on or after 1 Jan; an ``ended`` network without a leaving date counts
  only through its data) or when it has any figure or decision in that year;
- **referrals received** are engagements routed "referral received" through the network
  whose start date lies in the year, whatever their status (a referral that I lost was still
  received); their **value** is the estimated value entered at intake, else the revenue
  dated up to 31 December of that year;
- **membership fees** count for every membership year, booked or expected
  (``services.work.expected_fees``); a network without a joining date has no known
  membership years and so no expected fees;
- **work hours** share each engagement's hours over the years by its revenue;
- engagements without a network (and referrals given outside any network) form the
  *own acquisition* row; its commission uses the engagement's own percentage where set;
- fulfilment is taken at 31 December (or at ``until`` for a year-to-date review); the
  totals row has no fulfilment.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Integer,
    and_,
    case,
    extract,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from zpdesk.domain.enums import Attendance, Decision, ExpenseCategory, NetworkStatus, Route
from zpdesk.domain.fulfilment import fulfilment
from zpdesk.domain.review import (
    Figures,
    ReviewRow,
    RowKind,
    TrendSeries,
    YearReview,
    total_row,
    trend_point,
)
from zpdesk.services import work
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.occurrences import occurrences
from zpdesk.store.models import (
    CheckIn,
    Engagement,
    Expectation,
    Expense,
    Network,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
    YearDecision,
)

OWN_ACQUISITION = "own acquisition"
TOTAL = "total"
DEFAULT_TARGET_RATE_CENTS = 9500  # UserSettings' default, used before the row exists

# (network id or None for own acquisition, year)
Key = tuple[int | None, int]


@dataclass(frozen=True)
class _NetworkInfo:
    id: int
    name: str
    colour: str
    joined_on: date | None
    left_on: date | None
    status: NetworkStatus

    def member_in(self, year: int) -> bool:
        """Whether my membership overlaps ``year``."""
        if self.joined_on is not None and self.joined_on > date(year, 12, 31):
            return False
        if self.left_on is not None:
            return self.left_on >= date(year, 1, 1)
        return self.status != NetworkStatus.ENDED

    def ended_by(self, year: int) -> bool:
        return self.left_on is not None and self.left_on <= date(year, 12, 31)


def target_rate_cents(session: Session) -> int:
    """The user's target hourly rate in cents."""
    settings = session.get(UserSettings, 1)
    return settings.target_rate_cents if settings is not None else DEFAULT_TARGET_RATE_CENTS


def review_year(
    session: Session,
    year: int,
    now: datetime,
    *,
    own_name: str = OWN_ACQUISITION,
    total_name: str = TOTAL,
) -> YearReview:
    """The review of ``year``; occurrences before ``now`` count (pass the real now)."""
    return review_years(session, year, year, now, own_name=own_name, total_name=total_name)[year]


def year_to_date(
    session: Session,
    today: date,
    now: datetime,
    *,
    own_name: str = OWN_ACQUISITION,
    total_name: str = TOTAL,
) -> YearReview:
    """The review of ``today``'s year counting only what is dated up to and including today."""
    return review_years(
        session,
        today.year,
        today.year,
        now,
        until=today,
        own_name=own_name,
        total_name=total_name,
    )[today.year]


def review_years(
    session: Session,
    first: int,
    last: int,
    now: datetime,
    *,
    until: date | None = None,
    own_name: str = OWN_ACQUISITION,
    total_name: str = TOTAL,
) -> dict[int, YearReview]:
    """The reviews of the years ``first``..``last``, each figure one grouped query."""
    if last < first:
        raise ValidationError(f"the period {first}–{last} is empty")
    years = list(range(first, last + 1))
    start = date(first, 1, 1)
    end = date(last, 12, 31) if until is None else min(date(last, 12, 31), until)
    figures: dict[Key, dict[str, int | Decimal]] = defaultdict(dict)

    def put(key: Key, **values: int | Decimal) -> None:
        row = figures[key]
        for name, value in values.items():
            row[name] = row.get(name, 0) + value

    for network_id, year, revenue, commission_scaled in _revenue(session, start, end):
        # percentages are stored ×100, so cents × pct_scaled / 10000 = cents × pct / 100
        put(
            (network_id, year),
            revenue_cents=int(revenue),
            commission_cents=Decimal(int(commission_scaled)) / 10000,
        )
    for network_id, year, amount, fee in _expenses(session, start, end):
        put((network_id, year), expense_cents=int(amount), fee_cents=int(fee))
    for expected in work.expected_fees(session, first, last, until=until):
        put(
            (expected.network_id, expected.year),
            expense_cents=expected.amount_cents,
            fee_cents=expected.amount_cents,
            expected_fee_cents=expected.amount_cents,
            expected_fees=1,
        )
    for key, minutes in _work_minutes(session, start, end).items():
        put(key, work_minutes=minutes)
    for network_id, year, minutes in _time_entries(session, start, end):
        put((network_id, year), time_entry_minutes=int(minutes))
    for key, (count, value) in _referrals_received(session, start, end, until).items():
        put(key, referrals_received=count, referrals_received_cents=value)
    for network_id, year, count, value in _referrals_given(session, start, end):
        put((network_id, year), referrals_given=int(count), referrals_given_cents=int(value))
    for occurrence in occurrences(session, start, end):
        counted = occurrence.counted_minutes(now)
        past = occurrence.is_past(now)
        status = occurrence.attendance(now)
        put(
            (occurrence.network_id, occurrence.start.year),
            occurrence_minutes=counted,
            attended=1 if past and counted_as_attended(status) else 0,
            attendable=1 if past and status != Attendance.CANCELLED else 0,
        )

    decisions = {
        (network_id, year): (decision, note)
        for network_id, year, decision, note in session.execute(
            select(
                YearDecision.network_id, YearDecision.year, YearDecision.decision, YearDecision.note
            ).where(YearDecision.year.between(first, last))
        )
    }
    scores = _fulfilment(session, years, until)
    networks = [
        _NetworkInfo(*row)
        for row in session.execute(
            select(
                Network.id,
                Network.name,
                Network.colour,
                Network.joined_on,
                Network.left_on,
                Network.status,
            ).order_by(func.lower(Network.name))
        )
    ]
    rate = target_rate_cents(session)

    result: dict[int, YearReview] = {}
    for year in years:
        rows: list[ReviewRow] = []
        for network in networks:
            key = (network.id, year)
            values = Figures(**figures.get(key, {}))  # type: ignore[arg-type]
            if not (network.member_in(year) or not values.is_empty or key in decisions):
                continue
            decision, note = decisions.get(key, (None, ""))
            rows.append(
                ReviewRow(
                    kind=RowKind.NETWORK,
                    name=network.name,
                    network_id=network.id,
                    colour=network.colour,
                    figures=values,
                    fulfilment=scores.get(key),
                    decision=decision,
                    decision_note=note,
                    ended=network.ended_by(year),
                )
            )
        own = ReviewRow(
            kind=RowKind.OWN_ACQUISITION,
            name=own_name,
            figures=Figures(**figures.get((None, year), {})),  # type: ignore[arg-type]
            colour="#9c755f",
        )
        result[year] = YearReview(
            year=year,
            target_rate_cents=rate,
            networks=rows,
            own=own,
            total=total_row([*rows, own], total_name),
            until=until,
        )
    return result


def counted_as_attended(status: Attendance) -> bool:
    """The counting rule's notion of "attended" (late still counts)."""
    return status not in (Attendance.ABSENT, Attendance.CANCELLED, Attendance.SUBSTITUTE)


def _revenue(session: Session, start: date, end: date) -> Iterable[tuple]:
    year = extract("year", RevenueEntry.on)
    # Raw scaled integers (12.5 % is 1250) so the SQL sum stays exact.
    pct = func.coalesce(
        type_coerce(Engagement.commission_pct_override, Integer),
        type_coerce(Network.commission_pct, Integer),
        0,
    )
    return session.execute(
        select(
            Engagement.network_id,
            year,
            func.sum(RevenueEntry.amount_cents),
            func.sum(RevenueEntry.amount_cents * pct),
        )
        .join(Engagement, Engagement.id == RevenueEntry.engagement_id)
        .outerjoin(Network, Network.id == Engagement.network_id)
        .where(RevenueEntry.on.between(start, end))
        .group_by(Engagement.network_id, year)
    ).all()


def _expenses(session: Session, start: date, end: date) -> Iterable[tuple]:
    year = extract("year", Expense.on)
    fee = case((Expense.category == ExpenseCategory.MEMBERSHIP_FEE, Expense.amount_cents), else_=0)
    return session.execute(
        select(Expense.network_id, year, func.sum(Expense.amount_cents), func.sum(fee))
        .where(Expense.on.between(start, end))
        .group_by(Expense.network_id, year)
    ).all()


def _time_entries(session: Session, start: date, end: date) -> Iterable[tuple]:
    year = extract("year", TimeEntry.on)
    return session.execute(
        select(TimeEntry.network_id, year, func.sum(TimeEntry.minutes))
        .where(TimeEntry.on.between(start, end))
        .group_by(TimeEntry.network_id, year)
    ).all()


def _referrals_received(
    session: Session, start: date, end: date, until: date | None
) -> dict[Key, tuple[int, int]]:
    """Count and value of the referrals received, by (network, year they started).

    A referral's value is its estimated value where entered, else its revenue dated up to
    31 December of the year it started (or ``until``): a closed year never changes
    because a later invoice was booked.
    """
    start_year = extract("year", Engagement.start_on)
    revenue = func.coalesce(func.sum(RevenueEntry.amount_cents), 0)
    rows = session.execute(
        select(Engagement.network_id, start_year, Engagement.estimated_value_cents, revenue)
        .outerjoin(
            RevenueEntry,
            and_(
                RevenueEntry.engagement_id == Engagement.id,
                extract("year", RevenueEntry.on) <= start_year,
                RevenueEntry.on <= (until or date.max),
            ),
        )
        .where(
            Engagement.route == Route.REFERRAL_RECEIVED,
            Engagement.start_on.between(start, end),
        )
        .group_by(Engagement.id)
    )
    result: dict[Key, tuple[int, int]] = {}
    for network_id, year, estimate, cents in rows:
        key = (network_id, int(year))
        count, value = result.get(key, (0, 0))
        result[key] = (count + 1, value + int(estimate if estimate is not None else cents))
    return result


def _work_minutes(session: Session, start: date, end: date) -> dict[Key, Decimal]:
    """Work hours (minutes) by (network, year): an engagement's minutes shared out over the
    years by its revenue dated in each; without revenue, all in the year it started."""
    totals = (
        select(
            RevenueEntry.engagement_id.label("engagement_id"),
            func.sum(RevenueEntry.amount_cents).label("cents"),
        )
        .group_by(RevenueEntry.engagement_id)
        .subquery()
    )
    year = extract("year", RevenueEntry.on)
    in_period = session.execute(
        select(
            Engagement.network_id,
            year,
            Engagement.minutes_spent,
            func.sum(RevenueEntry.amount_cents),
            totals.c.cents,
        )
        .join(RevenueEntry, RevenueEntry.engagement_id == Engagement.id)
        .join(totals, totals.c.engagement_id == Engagement.id)
        .where(
            Engagement.minutes_spent > 0,
            totals.c.cents > 0,
            RevenueEntry.on.between(start, end),
        )
        .group_by(Engagement.id, year, totals.c.cents)
    )
    result: dict[Key, Decimal] = defaultdict(Decimal)
    for network_id, in_year, minutes, cents, whole in in_period:
        result[(network_id, int(in_year))] += Decimal(minutes) * int(cents) / int(whole)
    without_revenue = session.execute(
        select(Engagement.network_id, Engagement.start_on, Engagement.minutes_spent)
        .outerjoin(totals, totals.c.engagement_id == Engagement.id)
        .where(
            Engagement.minutes_spent > 0,
            func.coalesce(totals.c.cents, 0) == 0,
            Engagement.start_on.between(start, end),
        )
    )
    for network_id, started, minutes in without_revenue:
        result[(network_id, started.year)] += Decimal(minutes)
    return result


def _referrals_given(session: Session, start: date, end: date) -> Iterable[tuple]:
    year = extract("year", ReferralGiven.on)
    return session.execute(
        select(
            ReferralGiven.network_id,
            year,
            func.count(ReferralGiven.id),
            func.sum(ReferralGiven.estimated_value_cents),
        )
        .where(ReferralGiven.on.between(start, end))
        .group_by(ReferralGiven.network_id, year)
    ).all()


def _fulfilment(session: Session, years: list[int], until: date | None) -> dict[Key, Decimal]:
    """Fulfilment per (network, year) at each year's last day, in one query.

    For every year-end and every expectation open then (opened on or before, not retired
    on or before), the latest check-in on or before that day.
    """
    ends = [
        select(literal(year).label("year"), literal(_year_end(year, until)).label("at"))
        for year in years
    ]
    points = union_all(*ends).subquery() if len(ends) > 1 else ends[0].subquery()
    ranked = (
        select(
            points.c.year,
            Expectation.network_id,
            Expectation.importance,
            CheckIn.score,
            func.row_number()
            .over(
                partition_by=(points.c.year, Expectation.id),
                order_by=(CheckIn.on.desc(), CheckIn.id.desc()),
            )
            .label("rank"),
        )
        .select_from(points)
        .join(
            Expectation,
            and_(
                Expectation.opened_on <= points.c.at,
                or_(Expectation.retired_on.is_(None), Expectation.retired_on > points.c.at),
            ),
        )
        .outerjoin(
            CheckIn, and_(CheckIn.expectation_id == Expectation.id, CheckIn.on <= points.c.at)
        )
        .subquery()
    )
    latest: dict[Key, list[tuple[int, int | None]]] = defaultdict(list)
    for year, network_id, importance, score in session.execute(
        select(ranked.c.year, ranked.c.network_id, ranked.c.importance, ranked.c.score).where(
            ranked.c.rank == 1
        )
    ):
        latest[(network_id, int(year))].append((importance, score))
    result: dict[Key, Decimal] = {}
    for key, pairs in latest.items():
        value = fulfilment(pairs)
        if value is not None:
            result[key] = value
    return result


def _year_end(year: int, until: date | None) -> date:
    end = date(year, 12, 31)
    return end if until is None else min(end, until)


def trend(
    session: Session, last_year: int, years: int, now: datetime, *, own_name: str = OWN_ACQUISITION
) -> list[TrendSeries]:
    """Per network (and own acquisition) its figures in each of the last ``years`` years.

    A network has a point only for the years it was in; one query per figure in all.
    """
    return trend_of(review_years(session, last_year - years + 1, last_year, now, own_name=own_name))


def trend_of(reviews: dict[int, YearReview]) -> list[TrendSeries]:
    """The per-network series of already computed reviews (networks by name, own last)."""
    series: dict[int | None, TrendSeries] = {}
    for year, review in sorted(reviews.items()):
        for row in [*review.networks, review.own]:
            if row.kind == RowKind.OWN_ACQUISITION and row.figures.is_empty:
                continue
            entry = series.setdefault(
                row.network_id, TrendSeries(row.network_id, row.name, row.colour)
            )
            entry.points.append(trend_point(year, row))
    networks = [s for key, s in series.items() if key is not None]
    networks.sort(key=lambda s: s.name.lower())
    if None in series:
        networks.append(series[None])
    return networks


def years_with_data(session: Session, today: date) -> list[int]:
    """Every year from the first dated record (or membership) up to this year, newest first."""
    firsts = [
        session.scalar(select(func.min(RevenueEntry.on))),
        session.scalar(select(func.min(Expense.on))),
        session.scalar(select(func.min(TimeEntry.on))),
        session.scalar(select(func.min(ReferralGiven.on))),
        session.scalar(select(func.min(Engagement.start_on))),
        session.scalar(select(func.min(Network.joined_on))),
    ]
    first = min([d.year for d in firsts if d is not None] + [today.year])
    return list(range(today.year, first - 1, -1))


def set_decision(
    session: Session, network_id: int, year: int, decision: Decision | None, note: str = ""
) -> None:
    """Record (or, with ``decision`` None, remove) my decision about a network after ``year``."""
    if session.get(Network, network_id) is None:
        raise NotFoundError(f"network {network_id} no longer exists")
    existing = session.scalar(
        select(YearDecision).where(YearDecision.network_id == network_id, YearDecision.year == year)
    )
    if decision is None:
        if note.strip():
            raise ValidationError("Choose a decision to keep a note with it.", "decision")
        if existing is not None:
            session.delete(existing)
        return
    if existing is None:
        session.add(
            YearDecision(network_id=network_id, year=year, decision=decision, note=note.strip())
        )
    else:
        existing.decision = decision
        existing.note = note.strip()
