"""The heavy demo: ten years, 40 networks, 600 people — to test speed, not to read.

Targets (issue 8): 60 recurring series giving about 12,000 occurrences over ten years,
25,000 time entries, 4,000 engagements with 12,000 revenue entries, 2,000 expectations
with 10,000 check-ins, 1,500 referrals given, plus fees, expenses, health checks,
contract assessments and year decisions. Rows are built as plain dicts and written with
bulk inserts.
"""

from __future__ import annotations

import colorsys
import random
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from zpdesk.domain.enums import (
    Arrangement,
    Attendance,
    CommitmentKind,
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Decision,
    Direction,
    EngagementStatus,
    ExpectationArea,
    ExpenseCategory,
    HealthFactor,
    LegalForm,
    MemberRole,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    ObligationKind,
    Route,
    TargetPeriod,
    TargetUnit,
    TimeActivity,
)
from zpdesk.domain.recurrence import expand
from zpdesk.services.demo.rows import Rows, at, month_end, nth_weekday, workday
from zpdesk.store.models import (
    CheckIn,
    Commitment,
    CommitmentExdate,
    ContractAssessment,
    Engagement,
    Expectation,
    Expense,
    HealthCheck,
    HealthScore,
    Membership,
    Network,
    NetworkMotive,
    Obligation,
    Occurrence,
    Person,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
    YearDecision,
)

YEARS = 10
NETWORKS = 40
PEOPLE = 600
TIME_ENTRIES = 25_000
ENGAGEMENTS = 4_000
EXPECTATIONS_PER_NETWORK = 50
REFERRALS = 1_500
EXTRA_EXPENSES = 2_000

# 60 series over ten years: 8 weekly (≈522 each), 14 biweekly (≈261), 32 monthly (120),
# 6 quarterly (40) ≈ 11,900 occurrences.
SERIES_RULES = (
    [("FREQ=WEEKLY;BYDAY={day}", CommitmentKind.PROJECT_MEETING, 60, "Projectoverleg")] * 8
    + [("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}", CommitmentKind.BREAKFAST, 90, "Ontbijtsessie")] * 14
    + [("FREQ=MONTHLY;BYDAY={nth}{day}", CommitmentKind.MONTHLY_MEETING, 120, "Maandbijeenkomst")]
    * 32
    + [("FREQ=MONTHLY;INTERVAL=3;BYDAY={nth}{day}", CommitmentKind.THEME_DAY, 420, "Themadag")] * 6
)
DAYS = ("MO", "TU", "WE", "TH", "FR")

FIRST_NAMES = (
    "Anna Bram Carla Daan Eva Floor Gijs Hanna Ilse Joost Kim Lars Maaike Niels Olga Pim "
    "Quinten Roos Sander Tessa Uri Vera Wouter Xander Yara Zoë Bas Charlotte Dirk Esmee "
    "Freek Gerda Hugo Iris Jasper Karlijn Luuk Marieke Noor Oscar Petra Rik Sanne Thijs "
    "Ursula Vincent Willemijn Youri"
).split()
LAST_NAMES = (
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|"
    "de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|"
    "Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|"
    "van den Heuvel|van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|"
    "van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|"
    "van der Wal|Prins|Blom|Huisman"
).split("|")
EXPERTISE = (
    "interim HR",
    "ICT-architectuur",
    "financieel advies",
    "grafisch ontwerp",
    "juridisch advies",
    "organisatieadvies",
    "projectmanagement",
    "communicatieadvies",
    "inkoopadvies",
    "loopbaancoaching",
    "fiscaal advies",
    "verandermanagement",
    "informatiebeveiliging",
    "subsidieadvies",
    "mediation",
)
REGIONS = (
    "Breda",
    "Bergen op Zoom",
    "Roosendaal",
    "Tilburg",
    "Eindhoven",
    "'s-Hertogenbosch",
    "Etten-Leur",
    "Oosterhout",
    "Middelburg (Zeeland)",
    "Goes (Zeeland)",
    "Vlissingen (Zeeland)",
    "Terneuzen (Zeeland)",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Amsterdam",
)
PLACES = REGIONS + ("Zeeuws-Vlaanderen", "West-Brabant", "Midden-Brabant", "Drechtsteden")
KIND_WORDS = {
    NetworkKind.KNOWLEDGE_NETWORK: "Kennisnetwerk",
    NetworkKind.NETWORK_ORGANISATION: "Adviescollectief",
    NetworkKind.PROJECT_COLLABORATION: "Projectteam",
    NetworkKind.COOPERATIVE: "Coöperatie",
    NetworkKind.REFERRAL_GROUP: "Ondernemerskring",
    NetworkKind.PROFESSIONAL_ASSOCIATION: "Beroepskring",
    NetworkKind.OTHER: "Netwerk",
}
KIND_MIX = (
    [NetworkKind.KNOWLEDGE_NETWORK] * 7
    + [NetworkKind.NETWORK_ORGANISATION] * 8
    + [NetworkKind.PROJECT_COLLABORATION] * 7
    + [NetworkKind.COOPERATIVE] * 4
    + [NetworkKind.REFERRAL_GROUP] * 7
    + [NetworkKind.PROFESSIONAL_ASSOCIATION] * 4
    + [NetworkKind.OTHER] * 3
)
CLIENT_KINDS = (
    "Gemeente",
    "Woonstichting",
    "Zorggroep",
    "Installatiebedrijf",
    "Transportbedrijf",
    "Scholengroep",
    "Waterschap",
    "Machinefabriek",
    "Accountantskantoor",
    "Stichting",
)
STATEMENTS = {
    ExpectationArea.WORK_REFERRALS: ("Opdrachten via andere leden", "Ik geef werk door"),
    ExpectationArea.KNOWLEDGE: ("Nieuwe vakkennis", "Ik deel mijn kennis in de kennisgroep"),
    ExpectationArea.VISIBILITY: ("Zichtbaar bij opdrachtgevers", "Ik spreek op bijeenkomsten"),
    ExpectationArea.SOCIAL: ("Een klankbord van collega's", "Ik ben er voor collega's"),
    ExpectationArea.BACKUP: ("Achtervang bij ziekte", "Ik neem waar bij ziekte"),
    ExpectationArea.MONEY: ("Omzet via het netwerk", "Ik draag af op opdrachten"),
    ExpectationArea.TIME: ("Bijeenkomsten kosten niet te veel tijd", "Ik ben bij bijeenkomsten"),
    ExpectationArea.INFLUENCE: ("Inspraak in de koers", "Ik help het netwerk besturen"),
}
TITLES = (
    "Interim HR-adviseur",
    "Reorganisatie begeleiden",
    "Verzuimaanpak",
    "Leiderschapsprogramma",
    "HR-scan",
    "Teamcoaching",
    "Werving en selectie",
    "Functiehuis",
    "Cultuurtraject",
    "Strategische personeelsplanning",
)


@dataclass
class _Net:
    id: int
    kind: NetworkKind
    joined: date
    left: date | None
    weight: float  # how much time and work goes through it


def build(rows: Rows, rng: random.Random, today: date, *, language: str = "") -> None:
    """Add the heavy demo rows for the ten years up to ``today``."""
    first = date(today.year - YEARS + 1, 1, 1)
    last = date(today.year, 12, 31)
    rows.add(
        UserSettings,
        id=1,
        name="Sanne de Vries",
        target_rate_cents=9500,
        weekly_capacity_minutes=8 * 60,
        checkin_interval_months=3,
        language=language,
    )
    nets = _networks(rows, rng, first, today)
    people = _people(rows, rng, nets, first, today)
    _series(rows, rng, nets, first, last, today)
    _time_entries(rows, rng, nets, first, today)
    _engagements(rows, rng, nets, people, first, today)
    _referrals(rows, rng, nets, people, first, today)
    _expenses(rows, rng, nets, first, today)
    _contract(rows, rng, nets, first, today)


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _span(net: _Net, first: date, today: date) -> tuple[date, date]:
    return max(net.joined, first), min(net.left or today, today)


def _colour(index: int) -> str:
    red, green, blue = colorsys.hsv_to_rgb((index * 0.618034) % 1, 0.55, 0.8)
    return f"#{int(red * 255):02x}{int(green * 255):02x}{int(blue * 255):02x}"


def _networks(rows: Rows, rng: random.Random, first: date, today: date) -> list[_Net]:
    kinds = list(KIND_MIX)
    rng.shuffle(kinds)
    nets: list[_Net] = []
    names: set[str] = set()
    organisations: list[int] = []
    for index, kind in enumerate(kinds):
        name = ""
        while not name or name in names:
            name = f"{KIND_WORDS[kind]} {rng.choice(PLACES)}"
            if name in names:
                name = f"{name} {rng.randint(2, 9)}"
        names.add(name)
        # Two thirds were there from the start (they carry the meeting series).
        if index < 26:
            joined = first - timedelta(days=rng.randint(30, 2000))
        else:
            joined = _day_between(rng, first, today - timedelta(days=400))
        left = None
        status = NetworkStatus.ACTIVE
        if index >= 32:
            left = _day_between(rng, joined + timedelta(days=200), today - timedelta(days=30))
            status = NetworkStatus.ENDED
        elif index >= 28:
            status = NetworkStatus.DORMANT
        elif index >= 27:
            status = NetworkStatus.EXPLORING
        parent = None
        if kind == NetworkKind.PROJECT_COLLABORATION and organisations:
            parent = rng.choice(organisations)
        commission = Decimal(0)
        if kind in (NetworkKind.NETWORK_ORGANISATION, NetworkKind.COOPERATIVE):
            commission = Decimal(rng.choice((5, 8, 10, 12, 15)))
        fee = 0 if kind == NetworkKind.PROJECT_COLLABORATION else rng.randint(3, 30) * 2500
        network_id = rows.add(
            Network,
            name=name,
            kind=kind,
            legal_form=rng.choice(list(LegalForm)),
            parent_id=parent,
            my_role=rng.choice(list(MyRole)),
            status=status,
            joined_on=joined,
            left_on=left,
            annual_fee_cents=fee,
            commission_pct=commission,
            colour=_colour(index),
            website="",
            description=f"{KIND_WORDS[kind]} van zelfstandige professionals.",
            checkin_interval_months=None,
        )
        if kind == NetworkKind.NETWORK_ORGANISATION:
            organisations.append(network_id)
        for motive in rng.sample(list(Motive), rng.randint(1, 3)):
            rows.add(NetworkMotive, network_id=network_id, motive=motive)
        for obligation in rng.sample(list(ObligationKind), rng.randint(0, 4)):
            rows.add(
                Obligation,
                network_id=network_id,
                kind=obligation,
                title=obligation.value.replace("_", " ").capitalize(),
                arrangement=rng.choice(list(Arrangement)),
                note="",
            )
        weight = {NetworkStatus.DORMANT: 0.2, NetworkStatus.EXPLORING: 0.5}.get(status, 1.0)
        nets.append(_Net(network_id, kind, joined, left, weight * rng.uniform(0.5, 1.5)))
    return nets


def _people(
    rows: Rows, rng: random.Random, nets: list[_Net], first: date, today: date
) -> list[tuple[int, int]]:
    """600 people; returns (person id, network id) of every membership."""
    names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    members: list[tuple[int, int]] = []
    roles = [MemberRole.MEMBER] * 12 + [
        MemberRole.COORDINATOR,
        MemberRole.BOARD,
        MemberRole.FOUNDER,
        MemberRole.CLIENT_LEAD,
        MemberRole.GUEST,
    ]
    for name in names[:PEOPLE]:
        expertise = rng.choice(EXPERTISE)
        person_id = rows.add(
            Person,
            name=name,
            organisation=f"{name.split()[-1]} {expertise.split()[0].capitalize()}",
            email=_email(name),
            phone=f"06-{rng.randint(10_000_000, 99_999_999)}",
            expertise=expertise,
            region=rng.choice(REGIONS),
            background="",
            notes="",
        )
        for net in rng.sample(nets, rng.randint(1, 3)):
            since = _day_between(rng, net.joined - timedelta(days=700), today)
            until = None
            if rng.random() < 0.1 and since < today - timedelta(days=60):
                until = _day_between(rng, since, today)
            rows.add(
                Membership,
                person_id=person_id,
                network_id=net.id,
                role=rng.choice(roles),
                since=since,
                until=until,
            )
            members.append((person_id, net.id))
    return members


def _email(name: str) -> str:
    return name.lower().replace(" ", ".").replace("'", "") + "@voorbeeld.nl"


def _series(
    rows: Rows, rng: random.Random, nets: list[_Net], first: date, last: date, today: date
) -> None:
    # Only networks that were there the whole ten years carry series.
    carriers = [n for n in nets if n.joined <= first and n.left is None]
    now = datetime.combine(today + timedelta(days=1), datetime.min.time())
    net_names = {row["id"]: row["name"] for row in rows.of(Network)}
    for index, (template, kind, minutes, title) in enumerate(SERIES_RULES):
        net = carriers[index % len(carriers)]
        weekday = rng.randrange(5)
        nth = rng.randint(1, 4)
        rule = template.format(day=DAYS[weekday], nth=nth)
        if "MONTHLY" in rule:
            start_day = nth_weekday(first.year, 1, weekday, nth)
        else:
            start_day = first + timedelta(days=(weekday - first.weekday()) % 7)
        hour = rng.choice((7, 9, 13, 16, 19))
        starts_at = at(start_day, hour, 30 if hour == 7 else 0)
        commitment_id = rows.add(
            Commitment,
            network_id=net.id,
            uid=f"heavy-{index + 1:03d}@zpdesk",
            title=f"{title} {net_names[net.id]}",
            kind=kind,
            starts_at=starts_at,
            duration_minutes=minutes,
            location=rng.choice(REGIONS),
            is_external=rng.random() < 0.3,
            required=rng.random() < 0.8,
            rrule=rule,
            note="",
        )
        starts = expand(starts_at, rule, at(first, 0), at(last + timedelta(days=1), 0))
        for start in starts:
            if (start.month, start.day) in ((12, 25), (12, 26), (1, 1)):
                rows.add(CommitmentExdate, commitment_id=commitment_id, original_start=start)
                continue
            draw = rng.random()
            if start >= now:
                if draw < 0.01:
                    _occurrence(rows, commitment_id, start, Attendance.CANCELLED, None, None)
                continue
            if draw < 0.04:
                _occurrence(rows, commitment_id, start, Attendance.ABSENT, None, None)
            elif draw < 0.055:
                _occurrence(rows, commitment_id, start, Attendance.CANCELLED, None, None)
            elif draw < 0.065:
                _occurrence(rows, commitment_id, start, Attendance.SUBSTITUTE, None, None)
            elif draw < 0.08:
                _occurrence(rows, commitment_id, start, Attendance.LATE, minutes // 2, None)
            elif draw < 0.085:
                moved = start + timedelta(days=1)
                _occurrence(rows, commitment_id, start, Attendance.ATTENDED, None, moved)


def _occurrence(
    rows: Rows,
    commitment_id: int,
    start: datetime,
    attendance: Attendance,
    actual: int | None,
    moved: datetime | None,
) -> None:
    rows.add(
        Occurrence,
        commitment_id=commitment_id,
        original_start=start,
        moved_start=moved,
        moved_duration_minutes=None,
        attendance=attendance,
        actual_minutes=actual,
        note="",
    )


def _weighted(
    rng: random.Random, nets: list[_Net], first: date, today: date, count: int
) -> Iterator[tuple[_Net, date]]:
    """``count`` (network, day) pairs, spread by each network's weight and active days."""
    spans = [_span(n, first, today) for n in nets]
    weights = [
        n.weight * max(0, (end - start).days) for n, (start, end) in zip(nets, spans, strict=True)
    ]
    cumulative: list[float] = []
    total = 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    for _ in range(count):
        index = min(bisect_right(cumulative, rng.random() * total), len(nets) - 1)
        start, end = spans[index]
        yield nets[index], _day_between(rng, start, end)


def _time_entries(
    rows: Rows, rng: random.Random, nets: list[_Net], first: date, today: date
) -> None:
    activities = list(TimeActivity)
    entries = [
        (day, net.id, rng.choice(activities), 15 * rng.randint(1, 12), rng.random() < 0.4)
        for net, day in _weighted(rng, nets, first, today, TIME_ENTRIES)
    ]
    entries.sort(key=lambda e: (e[0], e[1]))
    for day, network_id, activity, minutes, external in entries:
        rows.add(
            TimeEntry,
            network_id=network_id,
            on=day,
            minutes=minutes,
            activity=activity,
            is_external=external,
            note="",
        )


def _engagements(
    rows: Rows,
    rng: random.Random,
    nets: list[_Net],
    members: list[tuple[int, int]],
    first: date,
    today: date,
) -> None:
    by_network: dict[int, list[int]] = {}
    for person_id, network_id in members:
        by_network.setdefault(network_id, []).append(person_id)
    routes = [Route.REFERRAL_RECEIVED, Route.JOINT_ASSIGNMENT, Route.NETWORK_CLIENT]
    pairs = list(_weighted(rng, nets, first, today, ENGAGEMENTS))
    invoices: list[tuple[date, int, int]] = []
    for index, (net, day) in enumerate(pairs):
        own = index % 5 == 0  # a fifth is own acquisition
        route = Route.OWN_ACQUISITION if own else rng.choice(routes)
        draw = rng.random()
        if draw < 0.12:
            status = rng.choice((EngagementStatus.LEAD, EngagementStatus.PROPOSAL))
        elif draw < 0.28:
            status = EngagementStatus.LOST
        else:
            status = EngagementStatus.DONE
        count = rng.randint(1, 8) if status == EngagementStatus.DONE else 0
        end = None
        if count:
            end = month_end(*_add_months(day, count - 1))
            if end > today:
                status = EngagementStatus.WON
        rate = rng.randint(17, 25) * 500
        via = None
        if route == Route.REFERRAL_RECEIVED and by_network.get(net.id):
            via = rng.choice(by_network[net.id])
        override = Decimal(rng.choice((5, 8))) if rng.random() < 0.02 else None
        engagement_id = rows.add(
            Engagement,
            client=f"{rng.choice(CLIENT_KINDS)} {rng.choice(PLACES)}",
            title=rng.choice(TITLES),
            start_on=day,
            end_on=end,
            status=status,
            network_id=None if own else net.id,
            via_person_id=via,
            route=route,
            commission_pct_override=None if own else override,
            minutes_spent=0,
            note="",
        )
        for month in range(count):
            on = workday(month_end(*_add_months(day, month)))
            if on < day:
                on = day
            if on <= today:
                invoices.append((on, engagement_id, rng.randint(8, 40) * rate))
    invoices.sort()
    numbers: dict[int, int] = {}
    for on, engagement_id, cents in invoices:
        numbers[on.year] = numbers.get(on.year, 0) + 1
        rows.add(
            RevenueEntry,
            engagement_id=engagement_id,
            on=on,
            amount_cents=cents,
            invoice_ref=f"{on.year}-{numbers[on.year]:04d}",
            note="",
        )


def _add_months(day: date, count: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + count
    return index // 12, index % 12 + 1


def _referrals(
    rows: Rows,
    rng: random.Random,
    nets: list[_Net],
    members: list[tuple[int, int]],
    first: date,
    today: date,
) -> None:
    by_network: dict[int, list[int]] = {}
    for person_id, network_id in members:
        by_network.setdefault(network_id, []).append(person_id)
    given = sorted(
        ((day, net.id) for net, day in _weighted(rng, nets, first, today, REFERRALS)),
    )
    for day, network_id in given:
        people = by_network.get(network_id) or [members[0][0]]
        rows.add(
            ReferralGiven,
            on=day,
            to_person_id=rng.choice(people),
            network_id=network_id,
            client=f"{rng.choice(CLIENT_KINDS)} {rng.choice(PLACES)}",
            description=rng.choice(TITLES),
            estimated_value_cents=rng.randint(5, 200) * 10_000,
            became_work=rng.random() < 0.4,
        )


def _expenses(rows: Rows, rng: random.Random, nets: list[_Net], first: date, today: date) -> None:
    fees: list[tuple[date, int, int]] = []
    for net in nets:
        start, end = _span(net, first, today)
        fee = rows.of(Network)[net.id - 1]["annual_fee_cents"]
        for year in range(start.year, end.year + 1):
            day = max(start, date(year, 1, 15))
            if fee and day <= end:
                fees.append((day, net.id, fee))
    for day, network_id, cents in fees:
        rows.add(
            Expense,
            network_id=network_id,
            on=day,
            category=ExpenseCategory.MEMBERSHIP_FEE,
            amount_cents=cents,
            fee_year=day.year,
            note=f"Contributie {day.year}",
        )
    others = sorted(
        (day, net.id) for net, day in _weighted(rng, nets, first, today, EXTRA_EXPENSES)
    )
    categories = (ExpenseCategory.EVENT, ExpenseCategory.TRAVEL, ExpenseCategory.OTHER)
    for day, network_id in others:
        rows.add(
            Expense,
            network_id=network_id,
            on=day,
            category=rng.choice(categories),
            amount_cents=rng.randint(5, 150) * 100,
            fee_year=None,
            note="",
        )


def _contract(rows: Rows, rng: random.Random, nets: list[_Net], first: date, today: date) -> None:
    """Expectations with check-ins, health checks, assessments and decisions."""
    areas = list(ExpectationArea)
    units = [u for u in TargetUnit if u != TargetUnit.OTHER]
    for net in nets:
        start, end = _span(net, first, today)
        for _ in range(EXPECTATIONS_PER_NETWORK):
            latest_open = max(start, end - timedelta(days=3 * 92))
            opened = _day_between(rng, start, latest_open)
            retired = None
            if rng.random() < 0.1:
                retired = _day_between(rng, opened, end)
            elif net.left is not None:
                retired = net.left
            targeted = rng.random() < 0.4
            direction = rng.choice((Direction.GET, Direction.GIVE))
            area = rng.choice(areas)
            expectation_id = rows.add(
                Expectation,
                network_id=net.id,
                direction=direction,
                area=area,
                statement=STATEMENTS[area][direction == Direction.GIVE],
                importance=rng.randint(1, 5),
                target_quantity=Decimal(rng.randint(1, 24)) if targeted else None,
                target_unit=rng.choice(units) if targeted else None,
                target_period=rng.choice(list(TargetPeriod)) if targeted else None,
                explicit=rng.random() < 0.5,
                opened_on=opened,
                retired_on=retired,
                note="",
            )
            stop = min(retired or end, end)
            for quarter in range(rng.randint(3, 8)):
                day = opened + timedelta(days=91 * (quarter + 1))
                if day > stop:
                    break
                rows.add(
                    CheckIn,
                    expectation_id=expectation_id,
                    on=day,
                    score=rng.randint(1, 5),
                    note="",
                )
        for year in range(start.year, end.year + 1):
            day = max(start, min(end, date(year, 6, 15)))
            check_id = rows.add(HealthCheck, network_id=net.id, on=day, note="")
            for factor in HealthFactor:
                rows.add(
                    HealthScore,
                    health_check_id=check_id,
                    factor=factor,
                    score=rng.randint(1, 5),
                    note="",
                )
            rows.add(
                ContractAssessment,
                network_id=net.id,
                year=year,
                time_frame=rng.choice(list(ContractTimeFrame)),
                specificity=rng.choice(list(ContractSpecificity)),
                phase=rng.choice(list(ContractPhase)),
                note="",
            )
            if year < today.year:
                rows.add(
                    YearDecision,
                    network_id=net.id,
                    year=year,
                    decision=rng.choice(list(Decision)),
                    note="",
                )
