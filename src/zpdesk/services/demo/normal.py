"""The normal demo: Sanne de Vries, interim HR adviser, and her seven networks.

The story, told by the previous (P) and the current (Y) calendar year:
- KKP West-Brabant (knowledge network): much time, little money, high fulfilment;
- Interim Collectief Zuid (network organisation, shared brand, 12.5 % afdracht): most of
  the revenue; the contract grows from transactional (P) to relational (Y);
- Wendbaar Roosendaal (three-person project inside ICZ): one joint assignment over both years;
- Zakenkring De Schelde (referral group): monthly breakfasts, I give more referrals than I
  get, and the expectation of receiving two a year is in breach;
- Coöperatie Vrije Adviseurs Zuid (cooperative, I am on the board): backup and intervision;
- HR-Kring Zeeland (professional association, dormant): costs the fee (this year's not
  booked: it counts as expected), brings nothing;
- ZZP Lunchclub Zuidas (ended mid P): history;
- Ondernemersclub Brabantse Wal (referral group, on trial for six weeks): allows no other
  referral group, so it conflicts with Zakenkring De Schelde (the atlas and Overview flag it).
People: Marloes van den Berg (ICZ's account manager) brings most of the work; Daan Vos is met
in three networks.

Structure is fixed (names, networks, rules) so other code and tests can rely on it; the seed
varies the details (hours, amounts, days, which meetings were missed, scores).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

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
    Exclusivity,
    ExpectationArea,
    ExpenseCategory,
    HealthFactor,
    LegalForm,
    MemberRole,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    NoticeUnit,
    ObligationKind,
    RenewalKind,
    Route,
    TargetPeriod,
    TargetUnit,
    TimeActivity,
)
from zpdesk.domain.limits import FIRST_YEAR
from zpdesk.domain.recurrence import expand
from zpdesk.domain.renewal import add_months
from zpdesk.services.demo.cast import CAST
from zpdesk.services.demo.rows import (
    Rows,
    at,
    month_end,
    months,
    nth_weekday,
    on_or_after,
    rrule_until,
    workday,
)
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
    NetworkFee,
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

MO, TU, WE, TH, FR, SA = range(6)
FACTORS = tuple(HealthFactor)
# Nobody meets on Christmas or New Year's Day: series skip them (EXDATE).
HOLIDAYS = ((12, 25), (12, 26), (1, 1))


def build(rows: Rows, rng: random.Random, today: date, *, language: str = "") -> None:
    """Add the normal demo rows for the year of ``today`` and the year before."""
    _Story(rows, rng, today).build(language)


class _Story:
    def __init__(self, rows: Rows, rng: random.Random, today: date) -> None:
        self.rows = rows
        self.rng = rng
        self.today = today
        self.Y = today.year
        self.P = today.year - 1
        self.first = date(self.P, 1, 1)
        self.last = date(self.Y, 12, 31)
        self.now = datetime.combine(today + timedelta(days=1), datetime.min.time())
        self.net: dict[str, int] = {}
        self.joined: dict[str, date] = {}
        self.left: dict[str, date | None] = {}
        self.interval: dict[str, int] = {}
        self.person: dict[str, int] = {}
        self.uid = 0
        self.invoices: list[dict] = []
        self.marked: set[tuple[int, datetime]] = set()

    # -- helpers ---------------------------------------------------------------------------
    def day_in(self, year: int, month: int, lo: int = 1, hi: int = 28) -> date:
        return date(year, month, self.rng.randint(lo, hi))

    def past(self, day: date) -> bool:
        return day <= self.today

    def member_on(self, key: str, day: date) -> bool:
        left = self.left[key]
        return self.joined[key] <= day and (left is None or day <= left)

    # -- the whole story -------------------------------------------------------------------
    def build(self, language: str) -> None:
        self.rows.add(
            UserSettings,
            id=1,
            name="Sanne de Vries",
            target_rate_cents=9500,
            weekly_capacity_minutes=8 * 60,
            checkin_interval_months=3,
            language=language,
            profession="interim HR",
        )
        self.networks()
        self.people()
        self.commitments()
        self.time_entries()
        self.engagements()
        self.referrals()
        self.expenses()
        self.expectations()
        self.health_checks()
        self.contracts_and_decisions()

    # -- networks --------------------------------------------------------------------------
    def networks(self) -> None:
        Y, P = self.Y, self.P
        specs: list[dict[str, Any]] = [
            dict(
                key="kkp",
                name="KKP West-Brabant",
                kind=NetworkKind.KNOWLEDGE_NETWORK,
                legal_form=LegalForm.ASSOCIATION,
                my_role=MyRole.COORDINATOR,
                status=NetworkStatus.ACTIVE,
                joined_on=date(Y - 6, 9, 1),
                left_on=None,
                annual_fee_cents=15000,
                commission_pct=Decimal(0),
                colour="#59a14f",
                website="https://www.kkp-westbrabant.nl",
                description=(
                    "Kennisknooppunt West-Brabant: vereniging van zelfstandige zakelijke "
                    "dienstverleners uit West-Brabant en Zeeland. Tweewekelijks een "
                    "ontbijtsessie (07:30–09:00) op de conferentieboerderij in Huijbergen, "
                    "vier themazaterdagen per jaar en acht kennisgroepen met elk een eigen "
                    "plek in de online community en de netwerkAtlas. Ik coördineer de "
                    "kennisgroep Mens & Organisatie."
                ),
                motives=(Motive.KNOWLEDGE, Motive.INNOVATION, Motive.SOCIAL),
                obligations=(
                    (
                        ObligationKind.CODE_OF_CONDUCT,
                        "Gedragscode KKP",
                        Arrangement.COLLECTIVE,
                        "Vastgesteld door de ledenvergadering; geldt voor alle leden.",
                    ),
                    (
                        ObligationKind.QUALITY_MARK,
                        "KKP-kwaliteitskeurmerk",
                        Arrangement.COLLECTIVE,
                        "Werkgroep keurmerk is bezig; nog geen toetsing.",
                    ),
                    (
                        ObligationKind.INSURANCE,
                        "Beroepsaansprakelijkheidsverzekering",
                        Arrangement.INDIVIDUAL,
                        "Ieder lid regelt dit zelf.",
                    ),
                ),
                interval=None,
            ),
            dict(
                key="icz",
                name="Interim Collectief Zuid",
                kind=NetworkKind.NETWORK_ORGANISATION,
                legal_form=LegalForm.BV,
                my_role=MyRole.MEMBER,
                status=NetworkStatus.ACTIVE,
                joined_on=date(Y - 5, 3, 1),
                left_on=None,
                annual_fee_cents=65000,
                commission_pct=Decimal("12.5"),
                colour="#4e79a7",
                website="https://www.interimcollectiefzuid.nl",
                description=(
                    "Netwerkorganisatie van 28 zelfstandige interim-professionals onder één "
                    "merk. Maandelijkse bijeenkomst op de tweede dinsdag in Breda, "
                    "kerstdiner in december. Op opdrachten via ICZ draag ik 12,5 % af; "
                    "daarnaast een jaarlijkse bijdrage."
                ),
                motives=(
                    Motive.JOINT_ACQUISITION,
                    Motive.JOINT_DELIVERY,
                    Motive.VISIBILITY,
                    Motive.BACKUP,
                ),
                obligations=(
                    (
                        ObligationKind.INSURANCE,
                        "Collectieve beroepsaansprakelijkheidsverzekering",
                        Arrangement.COLLECTIVE,
                        "Polis via ICZ, dekking € 1.250.000 per aanspraak; premie zit in "
                        "de jaarbijdrage.",
                    ),
                    (
                        ObligationKind.COMPLAINTS,
                        "Klachtenprocedure",
                        Arrangement.COLLECTIVE,
                        "Onafhankelijke klachtencommissie; reactie binnen vier weken.",
                    ),
                    (
                        ObligationKind.PRIVACY,
                        "Privacy (AVG) en verwerkersovereenkomst",
                        Arrangement.INDIVIDUAL,
                        "Per opdracht een eigen verwerkersovereenkomst met de klant.",
                    ),
                    (
                        ObligationKind.FILE_KEEPING,
                        "Dossiervorming",
                        Arrangement.INDIVIDUAL,
                        "Eigen dossier per opdracht, zeven jaar bewaren.",
                    ),
                    (
                        ObligationKind.CODE_OF_CONDUCT,
                        "Gedragscode ICZ",
                        Arrangement.COLLECTIVE,
                        "Ondertekend bij toetreding.",
                    ),
                    (
                        ObligationKind.QUALITY_MARK,
                        "Keurmerk ICZ",
                        Arrangement.COLLECTIVE,
                        "Jaarlijkse peer review door twee collega's.",
                    ),
                ),
                interval=None,
            ),
            dict(
                key="team",
                name="Wendbaar Roosendaal",
                kind=NetworkKind.PROJECT_COLLABORATION,
                legal_form=LegalForm.VOF,
                my_role=MyRole.CLIENT_LEAD,
                status=NetworkStatus.ACTIVE,
                joined_on=date(P, 9, 1),
                left_on=None,
                annual_fee_cents=0,
                commission_pct=Decimal(0),
                colour="#76b7b2",
                website="",
                description=(
                    "Samenwerkingsverband van drie ICZ-leden (Ruud Hermans, Lotte Vermeulen "
                    "en ik) voor de gemeente Roosendaal: ontwerp en begeleiding van een "
                    "wendbare organisatie. Ik heb het klantcontact. Wekelijks projectoverleg "
                    "tot eind maart; fase 2 is offerte."
                ),
                motives=(Motive.JOINT_DELIVERY,),
                obligations=(
                    (
                        ObligationKind.OTHER,
                        "Samenwerkingsovereenkomst (VOF)",
                        Arrangement.COLLECTIVE,
                        "Verdeling van honorarium naar uren; ieder factureert zijn eigen deel.",
                    ),
                    (
                        ObligationKind.INSURANCE,
                        "Beroepsaansprakelijkheid",
                        Arrangement.COLLECTIVE,
                        "Valt onder de ICZ-polis.",
                    ),
                ),
                interval=2,
            ),
            dict(
                key="kring",
                name="Zakenkring De Schelde",
                kind=NetworkKind.REFERRAL_GROUP,
                legal_form=LegalForm.INFORMAL,
                my_role=MyRole.MEMBER,
                status=NetworkStatus.ACTIVE,
                joined_on=date(Y - 3, 4, 1),
                left_on=None,
                annual_fee_cents=54000,
                commission_pct=Decimal(0),
                colour="#f28e2b",
                exclusivity=Exclusivity.ONE_PER_PROFESSION,
                website="https://www.zakenkringdeschelde.nl",
                description=(
                    "Ondernemers uit Bergen op Zoom en omgeving, één per vakgebied. "
                    "Zakenontbijt op de derde vrijdag van de maand; leden geven elkaar "
                    "doorverwijzingen."
                ),
                motives=(Motive.REFERRALS, Motive.VISIBILITY, Motive.SOCIAL),
                obligations=(
                    (
                        ObligationKind.CODE_OF_CONDUCT,
                        "Spelregels van de kring",
                        Arrangement.COLLECTIVE,
                        "Aanwezig zijn of een vervanger sturen; één lid per vakgebied.",
                    ),
                ),
                interval=None,
            ),
            dict(
                key="coop",
                name="Coöperatie Vrije Adviseurs Zuid",
                kind=NetworkKind.COOPERATIVE,
                legal_form=LegalForm.COOPERATIVE,
                my_role=MyRole.BOARD,
                status=NetworkStatus.ACTIVE,
                joined_on=date(Y - 4, 1, 1),
                left_on=None,
                annual_fee_cents=24000,
                commission_pct=Decimal(5),
                colour="#b07aa1",
                website="https://www.vrijeadviseurszuid.nl",
                description=(
                    "Coöperatie U.A. van adviseurs in Zeeland en West-Brabant: achtervang bij "
                    "ziekte, intervisie om de twee maanden en af en toe een opdracht via de "
                    "coöperatie (5 % afdracht). Ik zit in het bestuur."
                ),
                motives=(Motive.BACKUP, Motive.KNOWLEDGE, Motive.JOINT_ACQUISITION),
                obligations=(
                    (
                        ObligationKind.OTHER,
                        "Achtervangregeling bij ziekte",
                        Arrangement.COLLECTIVE,
                        "Leden nemen elkaars lopende opdrachten tijdelijk waar.",
                    ),
                    (
                        ObligationKind.COMPLAINTS,
                        "Klachtenregeling",
                        Arrangement.COLLECTIVE,
                        "",
                    ),
                    (
                        ObligationKind.INSURANCE,
                        "Beroepsaansprakelijkheidsverzekering",
                        Arrangement.INDIVIDUAL,
                        "",
                    ),
                ),
                interval=None,
            ),
            dict(
                key="hrkring",
                name="HR-Kring Zeeland",
                kind=NetworkKind.PROFESSIONAL_ASSOCIATION,
                legal_form=LegalForm.ASSOCIATION,
                my_role=MyRole.MEMBER,
                status=NetworkStatus.DORMANT,
                joined_on=date(Y - 8, 1, 1),
                left_on=None,
                annual_fee_cents=27500,
                commission_pct=Decimal(0),
                colour="#9c755f",
                website="https://www.hrkringzeeland.nl",
                description=(
                    "Regionale kring van de beroepsvereniging voor HR-professionals. "
                    "Kwartaalbijeenkomsten in Terneuzen; ik ga er al lang niet meer heen."
                ),
                motives=(Motive.KNOWLEDGE, Motive.VISIBILITY),
                obligations=(
                    (
                        ObligationKind.CODE_OF_CONDUCT,
                        "Beroepscode HR",
                        Arrangement.COLLECTIVE,
                        "",
                    ),
                ),
                interval=6,
            ),
            dict(
                key="lunch",
                name="ZZP Lunchclub Zuidas",
                kind=NetworkKind.OTHER,
                legal_form=LegalForm.INFORMAL,
                my_role=MyRole.MEMBER,
                status=NetworkStatus.ENDED,
                joined_on=date(Y - 3, 2, 1),
                left_on=date(P, 6, 30),
                annual_fee_cents=30000,
                commission_pct=Decimal(0),
                colour="#bab0ac",
                website="",
                description=(
                    "Maandelijkse netwerklunch van zelfstandigen op de Zuidas in Amsterdam. "
                    "Eén mooie opdracht opgeleverd, maar de reis was te lang; opgezegd per "
                    "30 juni."
                ),
                motives=(Motive.JOINT_ACQUISITION, Motive.VISIBILITY),
                obligations=(),
                interval=None,
            ),
            dict(
                key="club",
                name="Ondernemersclub Brabantse Wal",
                kind=NetworkKind.REFERRAL_GROUP,
                legal_form=LegalForm.ASSOCIATION,
                my_role=MyRole.MEMBER,
                status=NetworkStatus.EXPLORING,
                joined_on=self.today - timedelta(days=45),
                left_on=None,
                annual_fee_cents=0,
                commission_pct=Decimal(0),
                colour="#edc948",
                exclusivity=Exclusivity.NO_SAME_KIND,
                website="",
                description=(
                    "Besloten businessclub in Bergen op Zoom en Woensdrecht. Op proef: drie "
                    "bijeenkomsten gratis. Leden mogen niet ook in een andere zakenkring zitten."
                ),
                motives=(Motive.REFERRALS, Motive.VISIBILITY),
                obligations=(
                    (
                        ObligationKind.CODE_OF_CONDUCT,
                        "Exclusiviteit",
                        Arrangement.COLLECTIVE,
                        "Geen lidmaatschap van een andere zakenkring of businessclub.",
                    ),
                ),
                interval=None,
            ),
        ]
        for spec in specs:
            key = spec["key"]
            network_id = self.rows.add(
                Network,
                name=spec["name"],
                kind=spec["kind"],
                legal_form=spec["legal_form"],
                parent_id=self.net["icz"] if key == "team" else None,
                my_role=spec["my_role"],
                status=spec["status"],
                joined_on=spec["joined_on"],
                left_on=spec["left_on"],
                annual_fee_cents=spec["annual_fee_cents"],
                commission_pct=spec["commission_pct"],
                colour=spec["colour"],
                exclusivity=spec.get("exclusivity", Exclusivity.NONE),
                website=spec["website"],
                description=spec["description"],
                checkin_interval_months=spec["interval"],
                **self.renewal(key),
            )
            self.net[key] = network_id
            self.joined[key] = spec["joined_on"]
            self.left[key] = spec["left_on"]
            self.interval[key] = spec["interval"] or 3
            for motive in spec["motives"]:
                self.rows.add(NetworkMotive, network_id=network_id, motive=motive)
            for kind, title, arrangement, note in spec["obligations"]:
                self.rows.add(
                    Obligation,
                    network_id=network_id,
                    kind=kind,
                    title=title,
                    arrangement=arrangement,
                    note=note,
                )

    def renewal(self, key: str) -> dict[str, object]:
        """The renewal terms of a network, placed around today so the Overview always has
        notice deadlines coming up: the HR-Kring (decision "reduce") within 30 days, the
        Zakenkring within 90; KKP announces a higher fee from next year."""
        Y, today = self.Y, self.today

        def yearly(renewal: date, notice: int, unit: NoticeUnit = NoticeUnit.MONTHS) -> dict:
            # entered years ago (the day and month repeat)
            return dict(
                renewal_kind=RenewalKind.YEARLY,
                renewal_on=add_months(renewal, -36),
                notice_amount=notice,
                notice_unit=unit,
            )

        terms: dict[str, dict[str, object]] = {
            "kkp": dict(
                yearly(date(Y, 1, 1), 1),
                fee_change_cents=17500,
                fee_change_from=date(Y + 1, 1, 1),
            ),
            "icz": dict(
                renewal_kind=RenewalKind.TERM,
                renewal_on=date(Y - 4, 4, 1),
                renewal_term_months=24,
                notice_amount=3,
                notice_unit=NoticeUnit.MONTHS,
            ),
            "team": dict(
                renewal_kind=RenewalKind.CONTRACT_END,
                renewal_on=today + timedelta(days=150),
                notice_amount=0,
                renews_automatically=False,
            ),
            "kring": yearly(add_months(today + timedelta(days=62), 1), 1),
            "coop": dict(
                renewal_kind=RenewalKind.TERM,
                renewal_on=date(Y - 2, 7, 1),
                renewal_term_months=6,
                notice_amount=6,
                notice_unit=NoticeUnit.WEEKS,
            ),
            "hrkring": yearly(today + timedelta(days=24 + 28), 4, NoticeUnit.WEEKS),
            "lunch": yearly(date(Y, 7, 1), 1),
        }
        return terms.get(key, {})  # not entered: no deadlines

    # -- people ----------------------------------------------------------------------------
    def people(self) -> None:
        for member in CAST:
            self.person[member.key] = self.rows.add(
                Person,
                name=member.name,
                organisation=member.organisation,
                email=member.email,
                phone=member.phone,
                expertise=member.expertise,
                profession=member.expertise.split(",")[0].strip(),
                region=member.region,
                background=member.background,
                notes=member.notes,
            )
            for ship in member.memberships:
                since = until = None
                if ship.since is not None:
                    since = min(self.today, self.day_in(self.Y + ship.since[0], ship.since[1]))
                if ship.until is not None:
                    until = self.day_in(self.Y + ship.until[0], ship.until[1])
                    if until > self.today:
                        until = None
                self.rows.add(
                    Membership,
                    person_id=self.person[member.key],
                    network_id=self.net[ship.network],
                    role=ship.role,
                    since=since,
                    until=until,
                )

        # Two fellow guests at the business club I am trying out (after the seeded draws).
        for key in ("erik", "nicole"):
            self.rows.add(
                Membership,
                person_id=self.person[key],
                network_id=self.net["club"],
                role=MemberRole.MEMBER,
                since=self.joined["club"],
            )

    # -- commitments and what happened to their occurrences ---------------------------------
    def series(
        self,
        key: str,
        title: str,
        kind: CommitmentKind,
        starts_at: datetime,
        minutes: int,
        rule: str,
        location: str,
        *,
        external: bool = False,
        required: bool = True,
        note: str = "",
    ) -> tuple[int, list[datetime]]:
        """Add a commitment; returns its id and its original starts in P and Y."""
        self.uid += 1
        commitment_id = self.rows.add(
            Commitment,
            network_id=self.net[key],
            uid=f"demo-{self.uid:03d}@zpdesk",
            title=title,
            kind=kind,
            starts_at=starts_at,
            duration_minutes=minutes,
            location=location,
            is_external=external,
            required=required,
            rrule=rule,
            note=note,
        )
        starts = expand(starts_at, rule, at(self.first, 0), at(self.last + timedelta(days=1), 0))
        for start in [s for s in starts if rule and (s.month, s.day) in HOLIDAYS]:
            self.exdate(commitment_id, starts, start)
        return commitment_id, starts

    def exdate(self, commitment_id: int, starts: list[datetime], original: datetime) -> None:
        self.rows.add(CommitmentExdate, commitment_id=commitment_id, original_start=original)
        starts.remove(original)

    def mark(
        self,
        commitment_id: int,
        original: datetime,
        attendance: Attendance,
        note: str = "",
        *,
        actual: int | None = None,
        moved: datetime | None = None,
    ) -> None:
        self.marked.add((commitment_id, original))
        self.rows.add(
            Occurrence,
            commitment_id=commitment_id,
            original_start=original,
            moved_start=moved,
            moved_duration_minutes=None,
            attendance=attendance,
            actual_minutes=actual,
            note=note,
        )

    def pick(
        self, commitment_id: int, starts: Sequence[datetime], count: int, year: int
    ) -> list[datetime]:
        """``count`` different past occurrences in ``year``, in date order."""
        pool = [
            s
            for s in starts
            if s.year == year and s < self.now and (commitment_id, s) not in self.marked
        ]
        return sorted(self.rng.sample(pool, min(count, len(pool))))

    def commitments(self) -> None:
        P, Y, rng = self.P, self.Y, self.rng
        # KKP: biweekly breakfast, four theme Saturdays, monthly knowledge group.
        cid, breakfasts = self.series(
            "kkp",
            "Ontbijtsessie KKP",
            CommitmentKind.BREAKFAST,
            at(on_or_after(date(P, 1, 7), TU), 7, 30),
            90,
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            "Conferentieboerderij, Huijbergen",
            note="Tweewekelijks ontbijt met een korte inleiding door een lid.",
        )
        for start in list(breakfasts):
            summer = (7, 20) <= (start.month, start.day) <= (8, 20)
            christmas = (start.month, start.day) >= (12, 22) or (start.month, start.day) <= (1, 4)
            if summer or christmas:
                self.exdate(cid, breakfasts, start)
        for year in (P, Y):
            for start in self.pick(cid, breakfasts, 3, year):
                self.mark(
                    cid,
                    start,
                    Attendance.ABSENT,
                    rng.choice(["Ziek", "Klant ging voor", "Opdracht in Rotterdam"]),
                )
            for start in self.pick(cid, breakfasts, 2, year):
                self.mark(cid, start, Attendance.LATE, "File op de A58", actual=55)
        for start in self.pick(cid, breakfasts, 1, P):
            self.mark(cid, start, Attendance.CANCELLED, "Afgelast wegens gladheid")
        for start in self.pick(cid, breakfasts, 1, P):
            self.mark(
                cid,
                start,
                Attendance.PLANNED,
                "Verplaatst naar woensdag: zaal bezet",
                moved=start + timedelta(days=1),
            )
        kkp_breakfasts = (cid, breakfasts)

        cid, themes = self.series(
            "kkp",
            "Themazaterdag KKP",
            CommitmentKind.THEME_DAY,
            at(nth_weekday(P, 3, SA, 2), 9, 30),
            420,
            "FREQ=MONTHLY;BYMONTH=3,6,9,11;BYDAY=2SA",
            "Conferentieboerderij, Huijbergen",
            note="Hele zaterdag: lezingen, werkgroepen en lunch.",
        )
        for start in self.pick(cid, themes, 1, P):
            self.mark(cid, start, Attendance.ATTENDED, "Na de lunch weg: deadline", actual=240)
        for start in self.pick(cid, themes, 1, Y):
            self.mark(cid, start, Attendance.ABSENT, "Familieweekend")
        self.kkp_themes = (cid, themes)

        cid, groups = self.series(
            "kkp",
            "Kennisgroep Mens & Organisatie",
            CommitmentKind.KNOWLEDGE_GROUP,
            at(nth_weekday(P, 1, WE, 2), 19, 30),
            120,
            "FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,9,10,11,12;BYDAY=2WE",
            "Bibliotheek Roosendaal",
            note="Ik ben coördinator van deze kennisgroep.",
        )
        for start in self.pick(cid, groups, 1, P):
            self.mark(cid, start, Attendance.ABSENT, "Ziek")
        future = [s for s in groups if s >= self.now]
        if future:
            self.mark(
                cid,
                future[0],
                Attendance.PLANNED,
                "Verplaatst naar donderdag",
                moved=future[0] + timedelta(days=1),
            )

        # ICZ: monthly meeting (second Tuesday), Christmas dinner, one client session.
        cid, meetings = self.series(
            "icz",
            "Maandbijeenkomst ICZ",
            CommitmentKind.MONTHLY_MEETING,
            at(nth_weekday(P, 1, TU, 2), 17, 0),
            120,
            "FREQ=MONTHLY;BYDAY=2TU",
            "ICZ-kantoor, Breda",
            note="Elke tweede dinsdag van de maand; zomerstop in augustus.",
        )
        for start in [s for s in meetings if s.month == 8]:
            self.exdate(cid, meetings, start)
        july = [s for s in meetings if s.year == P and s.month == 7]
        for start in july:
            self.mark(cid, start, Attendance.CANCELLED, "Afgelast: te weinig aanmeldingen")
        october = [s for s in meetings if s.year == P and s.month == 10]
        for start in october:
            self.mark(
                cid,
                start,
                Attendance.ATTENDED,
                "Verplaatst naar donderdag (herfstvakantie)",
                moved=start + timedelta(days=2),
            )
        for start in self.pick(cid, meetings, 1, P):
            self.mark(
                cid, start, Attendance.ATTENDED, "Uitgelopen: discussie over afdracht", actual=165
            )
        for start in self.pick(cid, meetings, 1, Y):
            self.mark(cid, start, Attendance.ABSENT, "Bij klant in Moerdijk")
        self.icz_meetings = (cid, meetings)

        self.series(
            "icz",
            "Kerstdiner ICZ",
            CommitmentKind.SOCIAL_EVENT,
            at(nth_weekday(self.joined["icz"].year, 12, FR, 2), 18, 30),
            240,
            "FREQ=YEARLY;BYMONTH=12;BYDAY=2FR",
            "Restaurant aan de haven, Breda",
            required=False,
        )
        # A client session on the morning of a KKP breakfast: the agenda shows the overlap.
        soon = [s for s in kkp_breakfasts[1] if s.date() >= self.today + timedelta(days=3)]
        clash = soon[0] if soon else kkp_breakfasts[1][-1]
        self.series(
            "icz",
            "Kennismaking Installatiebedrijf Van Gorp",
            CommitmentKind.OTHER,
            clash.replace(hour=8, minute=0),
            120,
            "",
            "Van Gorp, Roosendaal",
            external=True,
            note="HR-scan toelichten met Marloes; valt samen met het KKP-ontbijt.",
        )

        # Wendbaar Roosendaal: weekly project meeting until the end of March, then monthly.
        cid, weekly = self.series(
            "team",
            "Projectoverleg Wendbaar Roosendaal",
            CommitmentKind.PROJECT_MEETING,
            at(on_or_after(date(P, 9, 1), MO), 9, 0),
            90,
            f"FREQ=WEEKLY;BYDAY=MO;UNTIL={rrule_until(date(Y, 3, 31))}",
            "Stadskantoor Roosendaal",
            external=True,
            note="Met de projectgroep van de gemeente.",
        )
        for start in [s for s in weekly if s.month == 12 and s.day >= 22]:
            self.exdate(cid, weekly, start)
        for start in self.pick(cid, weekly, 1, P):
            self.mark(cid, start, Attendance.SUBSTITUTE, "Lotte nam het overleg waar")
        for start in self.pick(cid, weekly, 1, Y):
            self.mark(cid, start, Attendance.ABSENT, "Ziek")
        for start in self.pick(cid, weekly, 2, P):
            self.mark(cid, start, Attendance.ATTENDED, "Uitgelopen", actual=120)
        self.series(
            "team",
            "Vervolgoverleg fase 2",
            CommitmentKind.PROJECT_MEETING,
            at(nth_weekday(Y, 4, FR, -1), 13, 0),
            60,
            "FREQ=MONTHLY;BYDAY=-1FR",
            "Online (Teams)",
        )

        # Zakenkring: business breakfast on the third Friday.
        cid, kring = self.series(
            "kring",
            "Zakenontbijt De Schelde",
            CommitmentKind.BREAKFAST,
            at(nth_weekday(P, 1, FR, 3), 7, 0),
            105,
            "FREQ=MONTHLY;BYDAY=3FR",
            "Hotel aan de Markt, Bergen op Zoom",
            external=True,
            note="Met gasten; iedereen een pitch van zestig seconden.",
        )
        for year in (P, Y):
            for start in self.pick(cid, kring, 2, year):
                self.mark(
                    cid,
                    start,
                    Attendance.SUBSTITUTE,
                    "Vervanger: Daan Vos" if year == Y else "Vervanger gestuurd",
                )
        for start in self.pick(cid, kring, 1, Y):
            self.mark(cid, start, Attendance.LATE, "Trein vertraagd", actual=75)
        for start in self.pick(cid, kring, 1, P):
            self.mark(cid, start, Attendance.ABSENT, "Vergeten af te melden")
        self.kring_breakfasts = (cid, kring)

        # Cooperative: intervision, board, general meeting.
        cid, intervision = self.series(
            "coop",
            "Intervisie coöperatie",
            CommitmentKind.INTERVISION,
            at(nth_weekday(P, 1, TH, 1), 14, 0),
            150,
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH",
            "Coöperatiehuis, Goes",
        )
        for start in self.pick(cid, intervision, 1, Y):
            self.mark(cid, start, Attendance.ABSENT, "Klant in Moerdijk")
        self.series(
            "coop",
            "Bestuursoverleg coöperatie",
            CommitmentKind.BOARD,
            at(nth_weekday(P, 2, MO, 2), 19, 30),
            120,
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=2MO",
            "Online (Teams)",
        )
        cid, general = self.series(
            "coop",
            "Algemene ledenvergadering",
            CommitmentKind.OTHER,
            at(nth_weekday(P, 4, WE, -1), 19, 30),
            120,
            "FREQ=YEARLY;BYMONTH=4,10;BYDAY=-1WE",
            "Coöperatiehuis, Goes",
        )
        for start in [s for s in general if s.year == P and s.month == 10]:
            self.mark(cid, start, Attendance.ABSENT, "Afgemeld; stukken vooraf gelezen")

        # HR-Kring Zeeland (dormant): I stopped going after the first meeting of P.
        cid, regional = self.series(
            "hrkring",
            "Regiobijeenkomst HR-Kring",
            CommitmentKind.OTHER,
            at(nth_weekday(P, 2, TH, 3), 19, 30),
            120,
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH",
            "Terneuzen",
            required=False,
        )
        past = [s for s in regional if s < self.now]
        for index, start in enumerate(past[1:]):
            if index == 2:
                self.mark(cid, start, Attendance.CANCELLED, "Afgelast door de kring")
            else:
                self.mark(
                    cid,
                    start,
                    Attendance.ABSENT,
                    rng.choice(["Geen tijd", "Onderwerp sprak me niet aan", "Te ver rijden"]),
                )

        # ZZP Lunchclub Zuidas (ended at the end of June of P).
        lunch_left = self.left["lunch"]
        assert lunch_left is not None
        cid, lunches = self.series(
            "lunch",
            "Netwerklunch Zuidas",
            CommitmentKind.OTHER,
            at(nth_weekday(self.joined["lunch"].year, 2, WE, 1), 12, 0),
            90,
            f"FREQ=MONTHLY;BYDAY=1WE;UNTIL={rrule_until(lunch_left)}",
            "Zuidas, Amsterdam",
            external=True,
        )
        for start in self.pick(cid, lunches, 1, P):
            self.mark(cid, start, Attendance.ABSENT, "Staking NS")
        self.lunches = (cid, lunches)

    # -- time outside meetings -------------------------------------------------------------
    def time_entries(self) -> None:
        P, Y = self.P, self.Y
        project = (date(P, 9, 1), date(Y, 3, 31))
        after = (date(Y, 4, 1), self.last)
        no_summer = (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)
        # (network, activity, external, (min, max) minutes, entries a month, note,
        #  only these months, only this period)
        # fmt: off
        plans: list[tuple] = [
            ("kkp", TimeActivity.KNOWLEDGE_GROUP, False, (60, 150), 1, "Voorbereiding kennisgroep Mens & Organisatie", no_summer, None),  # noqa: E501
            ("kkp", TimeActivity.KNOWLEDGE_GROUP, False, (45, 90), 0.5, "Casus uitgewerkt voor de KKP-community", (), None),  # noqa: E501
            ("kkp", TimeActivity.PREPARATION, False, (90, 180), 1, "Workshop voorbereid voor de themazaterdag", (3, 6, 9, 11), None),  # noqa: E501
            ("kkp", TimeActivity.COORDINATION, False, (30, 60), 1, "Agenda en verslag kennisgroep", no_summer, None),  # noqa: E501
            ("kkp", TimeActivity.TRAVEL, False, (40, 70), 1, "Reistijd ontbijtsessies Huijbergen", (), None),  # noqa: E501
            ("icz", TimeActivity.ACQUISITION, True, (60, 120), 1.5, "Acquisitiegesprek met een prospect van ICZ", (), None),  # noqa: E501
            ("icz", TimeActivity.ACQUISITION, True, (90, 180), 0.4, "Offerte geschreven onder het ICZ-merk", (), None),  # noqa: E501
            ("icz", TimeActivity.COORDINATION, False, (30, 60), 1, "Afstemming met accountmanager Marloes", (), None),  # noqa: E501
            ("icz", TimeActivity.ADMIN, False, (20, 45), 1, "Uren en facturen in het ICZ-portaal", (), None),  # noqa: E501
            ("icz", TimeActivity.TRAVEL, False, (60, 80), 1, "Reistijd maandbijeenkomst Breda", (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12), None),  # noqa: E501
            ("team", TimeActivity.COORDINATION, True, (60, 120), 3, "Regie en klantcontact gemeente Roosendaal", (), project),  # noqa: E501
            ("team", TimeActivity.PREPARATION, False, (30, 60), 2, "Voorbereiding projectoverleg", (), project),  # noqa: E501
            ("team", TimeActivity.COORDINATION, True, (45, 90), 1, "Contact opdrachtgever over fase 2", (), after),  # noqa: E501
            ("team", TimeActivity.ADMIN, False, (20, 40), 1, "Urenverantwoording met de partners", (), None),  # noqa: E501
            ("kring", TimeActivity.ACQUISITION, True, (60, 90), 1.5, "Eén-op-één-gesprek met een kringlid", (), None),  # noqa: E501
            ("kring", TimeActivity.PREPARATION, False, (20, 40), 1, "Pitch van zestig seconden voorbereid", (), None),  # noqa: E501
            ("kring", TimeActivity.TRAVEL, False, (30, 45), 1, "Reistijd zakenontbijt", (), None),
            ("coop", TimeActivity.COORDINATION, False, (60, 180), 1.3, "Bestuurswerk coöperatie", (), None),  # noqa: E501
            ("coop", TimeActivity.ADMIN, False, (30, 60), 0.3, "Notulen bestuursoverleg", (), None),
            ("hrkring", TimeActivity.ADMIN, False, (15, 30), 0.15, "Nieuwsbrief doorgenomen", (), None),  # noqa: E501
            ("lunch", TimeActivity.TRAVEL, False, (150, 180), 1, "Treinreis naar de Zuidas", (), None),  # noqa: E501
            ("lunch", TimeActivity.ACQUISITION, True, (30, 60), 0.5, "Follow-up van een lunchcontact", (), None),  # noqa: E501
        ]
        # fmt: on
        entries: list[dict] = []
        # The running month: its entries spread over the whole month, those after today left
        # out (drawn from a generator of their own, so the rest of the data stays the same).
        # Before, a month's worth of entries crowded into the days so far: 18 h in three days.
        running = random.Random(f"{self.today.isoformat()}-time")
        for year, month in months(self.first, self.today):
            last = min(month_end(year, month), self.today)
            for key, activity, external, (lo, hi), per_month, note, only, span in plans:
                if only and month not in only:
                    continue
                count = int(per_month) + (1 if self.rng.random() < per_month % 1 else 0)
                for _ in range(count):
                    day = workday(date(year, month, self.rng.randint(1, last.day)))
                    if not self._entry_day_fits(key, day, month, span):
                        continue
                    minutes = 5 * (self.rng.randint(lo, hi) // 5)
                    if last < month_end(year, month):  # the running month
                        whole = running.randint(1, month_end(year, month).day)
                        day = workday(date(year, month, whole))
                        if day > self.today or not self._entry_day_fits(key, day, month, span):
                            continue
                    entries.append(
                        dict(
                            network_id=self.net[key],
                            on=day,
                            minutes=minutes,
                            activity=activity,
                            is_external=external,
                            note=note,
                        )
                    )
        for entry in sorted(entries, key=lambda e: (e["on"], e["network_id"], e["note"])):
            self.rows.add(TimeEntry, **entry)

    def _entry_day_fits(
        self, key: str, day: date, month: int, span: tuple[date, date] | None
    ) -> bool:
        """A time entry's day: in its month, while a member, within its period if it has one."""
        if day.month != month or not self.member_on(key, day):
            return False
        return span is None or span[0] <= day <= span[1]

    # -- engagements and revenue -----------------------------------------------------------
    def engagement(
        self,
        key: str | None,
        client: str,
        title: str,
        start: date,
        end: date | None,
        status: EngagementStatus,
        route: Route,
        *,
        via: str | None = None,
        hours: tuple[int, int] = (0, 0),
        rate: int = 9500,
        override: Decimal | None = None,
        estimate: int | None = None,
        note: str = "",
    ) -> None:
        """One engagement; won/done ones invoice ``hours`` × ``rate`` at each month end."""
        billing = status in (EngagementStatus.WON, EngagementStatus.DONE)
        if billing and start > self.today:
            status, billing = EngagementStatus.PROPOSAL, False
        if status == EngagementStatus.DONE and end is not None and end > self.today:
            status = EngagementStatus.WON
        invoice_days: list[date] = []
        if billing:
            last = min(end or self.last, self.today)
            for year, month in months(start, last):
                day = workday(month_end(year, month))
                if end is not None and day > end:
                    day = workday(end)
                if day <= self.today and day >= start:
                    invoice_days.append(day)
            if not invoice_days:  # started this month: invoice the first part today
                invoice_days.append(self.today)
        amounts = [self.rng.randint(*hours) * rate for _ in invoice_days]
        engagement_id = self.rows.add(
            Engagement,
            client=client,
            title=title,
            start_on=start,
            end_on=end,
            status=status,
            network_id=self.net[key] if key else None,
            via_person_id=self.person[via] if via else None,
            route=route,
            commission_pct_override=override,
            minutes_spent=sum(amounts) // rate * 60,
            estimated_value_cents=estimate,
            note=note,
        )
        for day, amount in zip(invoice_days, amounts, strict=True):
            self.invoices.append(dict(engagement_id=engagement_id, on=day, amount_cents=amount))

    def engagements(self) -> None:
        P, Y = self.P, self.Y
        E, R = EngagementStatus, Route
        self.engagement(
            "icz",
            "Woonstichting Brabantse Wal",
            "Interim HR-adviseur reorganisatie",
            date(P, 2, 3),
            date(P, 7, 31),
            E.DONE,
            R.NETWORK_CLIENT,
            hours=(30, 38),
            rate=9800,
        )
        self.engagement(
            "icz",
            "Gemeente Etten-Leur",
            "Verzuimaanpak en HR-beleid",
            date(P, 9, 15),
            date(Y, 2, 27),
            E.DONE,
            R.NETWORK_CLIENT,
            via="marloes",
            hours=(26, 34),
            override=Decimal(8),
            note="Raamovereenkomst via ICZ; afdracht verlaagd naar 8 %.",
        )
        self.engagement(
            "icz",
            "Zorggroep Westerschelde",
            "Teamcoaching zorgteams",
            date(P, 4, 7),
            date(P, 6, 27),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="marloes",
            hours=(18, 24),
            rate=10500,
        )
        self.engagement(
            "icz",
            "Logistiek Centrum Moerdijk",
            "Leiderschapsprogramma teamleiders",
            date(Y, 3, 2),
            date(Y, 12, 18),
            E.WON,
            R.NETWORK_CLIENT,
            via="marloes",  # ICZ's account manager brought it in
            hours=(28, 36),
            rate=10000,
        )
        self.engagement(
            "icz",
            "Installatiebedrijf Van Gorp",
            "HR-scan en arbeidsvoorwaarden",
            date(Y, 10, 20),
            None,
            E.PROPOSAL,
            R.NETWORK_CLIENT,
        )
        self.engagement(
            "icz",
            "Waterschap De Zuidwaard",
            "Interim P&O-manager",
            date(Y, 5, 12),
            None,
            E.LOST,
            R.NETWORK_CLIENT,
            note="Ging naar een bureau met een lager tarief.",
        )
        self.engagement(
            "icz",
            "Stichting Kinderopvang Markiezaat",
            "Cultuurtraject na de fusie",
            date(Y, 11, 3),
            None,
            E.LEAD,
            R.NETWORK_CLIENT,
        )
        self.engagement(
            "team",
            "Gemeente Roosendaal",
            "Wendbare organisatie: ontwerp en begeleiding",
            date(P, 9, 1),
            date(Y, 3, 31),
            E.DONE,
            R.JOINT_ASSIGNMENT,
            hours=(40, 50),
            rate=13500,  # three seniors as one team: above my own target rate
            note="Met Ruud Hermans en Lotte Vermeulen; ik heb het klantcontact.",
        )
        self.engagement(
            "team",
            "Gemeente Roosendaal",
            "Wendbare organisatie fase 2: implementatie",
            date(Y, 9, 15),
            None,
            E.PROPOSAL,
            R.JOINT_ASSIGNMENT,
        )
        self.engagement(
            "kring",
            "Transportbedrijf Verhoeven",
            "HR-handboek actualiseren",
            date(P, 5, 6),
            date(P, 6, 30),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="mark",
            hours=(14, 16),
        )
        self.engagement(
            "kring",
            "Autobedrijf Zeeuws Licht",
            "Functiehuis en salarisschalen",
            date(P, 10, 2),
            None,
            E.LOST,
            R.REFERRAL_RECEIVED,
            via="frank",
            estimate=850000,  # the value at intake counts for reciprocity, lost or not
            note="Te duur gevonden.",
        )
        self.engagement(
            "kring",
            "Bakkerij De Korenschoof",
            "Werving en selectie teamleider",
            date(Y, 4, 14),
            date(Y, 5, 29),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="ingrid",
            hours=(9, 12),
        )
        self.engagement(
            "kkp",
            "Accountantskantoor De Ruijter & Partners",
            "Workshop duurzame inzetbaarheid",
            date(P, 11, 4),
            date(P, 11, 28),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="pieter",
            hours=(12, 15),
            rate=10000,
        )
        self.engagement(
            "kkp",
            "Huisartsenpraktijk Halsteren",
            "Begeleiding teamdag",
            date(Y, 6, 5),
            date(Y, 6, 30),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="karin",
            hours=(8, 10),
        )
        self.engagement(
            "coop",
            "Zuivelcoöperatie Zeeuwse Eilanden",
            "Interim teamleider HR",
            date(P, 1, 13),
            date(P, 3, 28),
            E.DONE,
            R.NETWORK_CLIENT,
            hours=(30, 36),
        )
        self.engagement(
            "coop",
            "Tuinbouwcoöperatie Reimerswaal",
            "Onderzoek werkdruk seizoenswerk",
            date(Y, 10, 1),
            None,
            E.LEAD,
            R.NETWORK_CLIENT,
        )
        self.engagement(
            "lunch",
            "Softwarebedrijf Amstelveen",
            "Organisatiescan na de groeispurt",
            date(Y - 2, 5, 6),
            date(Y - 2, 7, 31),
            E.DONE,
            R.REFERRAL_RECEIVED,
            via="thomas",
            hours=(20, 25),
            rate=11000,
        )
        self.engagement(
            None,
            "Scholengroep West-Brabant",
            "Training gesprekstechnieken leidinggevenden",
            date(P, 3, 10),
            date(P, 3, 31),
            E.DONE,
            R.OWN_ACQUISITION,
            hours=(11, 13),
            rate=10000,
        )
        self.engagement(
            None,
            "Zorgcentrum De Vliedberg",
            "Interim HR-adviseur",
            date(P, 6, 2),
            None,
            E.LOST,
            R.OWN_ACQUISITION,
        )
        self.engagement(
            None,
            "Machinefabriek Van der Hoeven",
            "Interim HR-manager",
            date(P, 8, 4),
            date(P, 12, 19),
            E.DONE,
            R.OWN_ACQUISITION,
            hours=(22, 28),
        )
        self.engagement(
            None,
            "Gemeente Kapelle",
            "Loopbaantrajecten medewerkers",
            date(Y, 1, 12),
            date(Y, 6, 26),
            E.DONE,
            R.OWN_ACQUISITION,
            hours=(16, 22),
        )
        self.engagement(
            None,
            "Recreatiepark De Zeeuwse Kust",
            "Arbobeleid herzien",
            date(Y, 9, 8),
            None,
            E.LEAD,
            R.OWN_ACQUISITION,
        )
        # Invoice numbers run per year in date order, as in a real administration.
        numbers: dict[int, int] = {}
        for invoice in sorted(self.invoices, key=lambda i: (i["on"], i["engagement_id"])):
            year = invoice["on"].year
            numbers[year] = numbers.get(year, 0) + 1
            self.rows.add(
                RevenueEntry,
                engagement_id=invoice["engagement_id"],
                on=invoice["on"],
                amount_cents=invoice["amount_cents"],
                invoice_ref=f"{year}-{numbers[year]:03d}",
                note="",
            )

    # -- referrals I gave ------------------------------------------------------------------
    def referrals(self) -> None:
        P, Y = self.P, self.Y
        # fmt: off
        given = [
            ("lunch", "annelies", P, 2, "Softwarebedrijf Amstelveen", "Aanbesteding van een HR-systeem", 7500, False),  # noqa: E501
            ("kring", "mark", P, 3, "Drukkerij Van Eijck", "Ontslagzaak; arbeidsrechtelijk advies", 2500, True),  # noqa: E501
            ("icz", "ruud", P, 4, "Gemeente Woensdrecht", "Procesbegeleiding reorganisatie sociaal domein; ik had geen ruimte", 18000, True),  # noqa: E501
            ("kkp", "stefan", P, 5, "Gemeente Bergen op Zoom", "Architectuurvisie HR-systemen", 12000, False),  # noqa: E501
            ("kring", "ingrid", P, 6, "Hoveniersbedrijf Groen", "Financieringsaanvraag nieuwe loods", 4000, True),  # noqa: E501
            (None, "sandra", P, 7, "Machinefabriek Van der Hoeven", "Outplacement voor drie medewerkers", 9000, True),  # noqa: E501
            ("kring", "femke", P, 9, "Bakkerij De Korenschoof", "Nieuwe huisstijl en vacatureteksten", 3000, False),  # noqa: E501
            ("icz", "esther", P, 10, "Woonstichting Brabantse Wal", "AVG-check van de personeelsdossiers", 3500, True),  # noqa: E501
            ("kring", "bas", P, 11, "Notariskantoor Halsteren", "Migratie naar de cloud", 6000, True),  # noqa: E501
            ("kring", "erik", Y, 2, "Installatiebedrijf Van Gorp", "Advies rechtsvorm en fiscale structuur", 1800, True),  # noqa: E501
            ("kkp", "karin", Y, 3, "Scholengroep West-Brabant", "Mediation in een arbeidsconflict", 2800, True),  # noqa: E501
            ("coop", "mirjam", Y, 4, "Stichting Cultuurhuis Goes", "Subsidieaanvraag leerwerkplaats", 2000, True),  # noqa: E501
            ("kring", "frank", Y, 5, "Fietsenwinkel De Spaak", "Salarisadministratie overnemen", 2400, False),  # noqa: E501
            ("icz", "yvonne", Y, 6, "Logistiek Centrum Moerdijk", "Strategische personeelsplanning met data", 9000, False),  # noqa: E501
            ("kring", "mark", Y, 8, "Transportbedrijf Verhoeven", "Arbeidscontracten chauffeurs herzien", 3200, True),  # noqa: E501
            ("kkp", "daan", Y, 9, "Zorgcentrum De Vliedberg", "Teamcoaching na de fusie", 5500, False),  # noqa: E501
            ("kring", "femke", Y, 10, "Kinderdagverblijf Het Mierennest", "Website en folder", 2200, False),  # noqa: E501
        ]
        # fmt: on
        for key, person, year, month, client, description, euros, became in given:
            day = self.day_in(year, month, 2, 27)
            if not self.past(day):
                continue
            self.rows.add(
                ReferralGiven,
                on=day,
                to_person_id=self.person[person],
                network_id=self.net[key] if key else None,
                client=client,
                description=description,
                estimated_value_cents=(euros + self.rng.randint(-4, 4) * 100) * 100,
                became_work=became,
            )

    # -- expenses ---------------------------------------------------------------------------
    def expense(
        self, key: str, day: date, category: ExpenseCategory, cents: int, note: str, fee: bool
    ) -> None:
        if not self.past(day):
            return
        self.rows.add(
            Expense,
            network_id=self.net[key],
            on=day,
            category=category,
            amount_cents=cents,
            fee_year=day.year if fee else None,
            note=note,
        )

    def expenses(self) -> None:
        P, Y = self.P, self.Y
        fees = {
            "kkp": (1, 15000, 15000),
            "icz": (1, 60000, 65000),
            "kring": (2, 54000, 54000),
            "coop": (1, 24000, 24000),
            "hrkring": (1, 27500, None),  # dormant: Y's fee not booked, it counts as expected
            "lunch": (1, 30000, None),
        }
        # ICZ raised its fee in Y: the history keeps P's (and earlier) fee as it was.
        self.rows.add(
            NetworkFee, network_id=self.net["icz"], from_year=FIRST_YEAR, amount_cents=60000
        )
        self.rows.add(NetworkFee, network_id=self.net["icz"], from_year=Y, amount_cents=65000)
        for key, (month, fee_p, fee_y) in fees.items():
            for year, cents in ((P, fee_p), (Y, fee_y)):
                if cents is None:
                    continue
                day = workday(self.day_in(year, month, 8, 20))
                self.expense(
                    key, day, ExpenseCategory.MEMBERSHIP_FEE, cents, f"Contributie {year}", True
                )
        for start in self.went(*self.kring_breakfasts):
            self.expense(
                "kring", start.date(), ExpenseCategory.EVENT, 2450, "Ontbijt zakenkring", False
            )
        for start in self.went(*self.icz_meetings):
            self.expense(
                "icz",
                start.date(),
                ExpenseCategory.TRAVEL,
                1840,
                "Kilometers Breda v.v. (80 km)",
                False,
            )
        for start in self.went(*self.kkp_themes):
            self.expense(
                "kkp", start.date(), ExpenseCategory.EVENT, 3500, "Lunch themazaterdag", False
            )
        for start in self.went(*self.lunches):
            if start.year < P:
                continue
            self.expense(
                "lunch",
                start.date(),
                ExpenseCategory.TRAVEL,
                4260 + self.rng.randint(0, 4) * 100,
                "Treinkaartje Amsterdam Zuid",
                False,
            )
            self.expense(
                "lunch", start.date(), ExpenseCategory.EVENT, 2750, "Lunch (eigen rekening)", False
            )
        for year in (P, Y):
            day = nth_weekday(year, 12, FR, 2)
            self.expense(
                "icz", day, ExpenseCategory.EVENT, 5500, "Eigen bijdrage kerstdiner", False
            )
        self.expense(
            "icz",
            date(Y, 3, 3),
            ExpenseCategory.OTHER,
            15000,
            "Bijdrage campagne nieuw ICZ-merk",
            False,
        )
        self.expense(
            "coop", date(P, 10, 29), ExpenseCategory.EVENT, 2500, "Bijdrage jubileumborrel", False
        )

    def went(self, commitment_id: int, starts: list[datetime]) -> list[datetime]:
        """The past occurrences of a series I went to (or sent someone to)."""
        missed = {
            row["original_start"]
            for row in self.rows.of(Occurrence)
            if row["commitment_id"] == commitment_id
            and row["attendance"] in (Attendance.ABSENT, Attendance.CANCELLED)
        }
        return [s for s in starts if s < self.now and s not in missed]

    # -- psychological contract -------------------------------------------------------------
    def checkin_days(self, key: str, opened: date, retired: date | None) -> list[date]:
        interval = self.interval[key]
        days = []
        for year, month in months(self.first, self.last):
            if month % interval:
                continue
            day = workday(self.day_in(year, month, 15, 19 if month == 12 else 28))
            if day < opened or not self.past(day) or not self.member_on(key, day):
                continue
            if retired is not None and day > retired:
                continue
            days.append(day)
        return days

    def score(self, base: int, spread: int) -> int:
        """A check-in score around ``base``; high ones only now and then dip a point."""
        if base >= 4:
            dip = spread if self.rng.random() < 0.3 else 0
            return max(1, base - dip)
        return min(5, max(1, base + self.rng.randint(-spread, spread)))

    def expectations(self) -> None:
        P = self.P
        G, X = Direction.GET, Direction.GIVE
        A = ExpectationArea
        # (network, direction, area, statement, importance, target, explicit, opened,
        #  retired, score plan); a score plan is (base, spread) or a list of the last scores.
        # fmt: off
        terms = [
            ("kkp", G, A.KNOWLEDGE, "Nieuwe kennis en inspiratie over HR en organisatie", 5, None, False, None, None, (5, 0)),  # noqa: E501
            ("kkp", G, A.SOCIAL, "Een klankbord van collega-zelfstandigen", 4, None, False, None, None, (5, 0)),  # noqa: E501
            ("kkp", G, A.WORK_REFERRALS, "Af en toe een opdracht via andere leden", 2, None, False, None, None, (3, 0)),  # noqa: E501
            ("kkp", G, A.VISIBILITY, "Zichtbaar zijn via de netwerkAtlas", 2, None, False, None, date(P, 12, 15), (2, 0)),  # noqa: E501
            ("kkp", X, A.TIME, "Ik ben bij minstens 20 bijeenkomsten per jaar", 4, (20, TargetUnit.MEETINGS, TargetPeriod.YEAR), True, None, None, (5, 1)),  # noqa: E501
            ("kkp", X, A.KNOWLEDGE, "Ik besteed 4 uur per maand aan de kennisgroep", 3, (4, TargetUnit.HOURS, TargetPeriod.MONTH), True, None, None, (5, 1)),  # noqa: E501
            ("icz", G, A.MONEY, "Opdrachten via het merk: minstens € 30.000 omzet per jaar", 5, (30000, TargetUnit.REVENUE, TargetPeriod.YEAR), True, None, None, (4, 1)),  # noqa: E501
            ("icz", G, A.WORK_REFERRALS, "Eerlijke verdeling van klantopdrachten", 4, None, False, None, None, [2, 3, 2, 3, 3, 4, 4]),  # noqa: E501
            ("icz", G, A.BACKUP, "Collectieve verzekering en klachtenregeling goed geregeld", 3, None, True, None, None, (5, 0)),  # noqa: E501
            ("icz", X, A.TIME, "Ik besteed 4 uur per maand aan gezamenlijke acquisitie", 3, (4, TargetUnit.HOURS, TargetPeriod.MONTH), True, None, None, (3, 1)),  # noqa: E501
            ("icz", X, A.TIME, "Ik ben bij 10 maandbijeenkomsten per jaar", 3, (10, TargetUnit.MEETINGS, TargetPeriod.YEAR), True, None, None, (4, 1)),  # noqa: E501
            ("icz", X, A.MONEY, "Ik draag 12,5 % af op opdrachten via ICZ", 3, None, True, None, None, (5, 0)),  # noqa: E501
            ("team", X, A.INFLUENCE, "Ik voer als klantcontact de regie richting de gemeente", 5, None, True, None, None, (5, 0)),  # noqa: E501
            ("team", G, A.BACKUP, "Ik kan bij ziekte op mijn partners terugvallen", 4, None, False, None, None, (4, 1)),  # noqa: E501
            ("team", G, A.WORK_REFERRALS, "Partners leveren hun deel op tijd en goed", 4, None, True, None, None, (4, 1)),  # noqa: E501
            ("kring", G, A.WORK_REFERRALS, "Minstens 2 doorverwijzingen per jaar ontvangen", 4, (2, TargetUnit.REFERRALS_RECEIVED, TargetPeriod.YEAR), True, None, None, [3, 3, 2, 3, 2, 2, 1]),  # noqa: E501
            ("kring", G, A.VISIBILITY, "Bekend worden bij ondernemers in de regio", 3, None, False, None, None, (3, 1)),  # noqa: E501
            ("kring", X, A.WORK_REFERRALS, "Ik geef minstens 4 doorverwijzingen per jaar", 3, (4, TargetUnit.REFERRALS_GIVEN, TargetPeriod.YEAR), True, None, None, (5, 1)),  # noqa: E501
            ("kring", X, A.TIME, "Ik ben bij elk zakenontbijt of stuur een vervanger", 3, (12, TargetUnit.MEETINGS, TargetPeriod.YEAR), True, None, None, (4, 1)),  # noqa: E501
            ("coop", G, A.BACKUP, "Achtervang als ik ziek word", 4, None, True, None, None, (4, 1)),
            ("coop", G, A.KNOWLEDGE, "Intervisie met vakgenoten", 4, None, False, None, None, (4, 1)),  # noqa: E501
            ("coop", X, A.INFLUENCE, "Bestuurswerk: 2 uur per maand", 3, (2, TargetUnit.HOURS, TargetPeriod.MONTH), True, None, None, (4, 1)),  # noqa: E501
            ("hrkring", G, A.KNOWLEDGE, "Vakkennis bijhouden via de regiobijeenkomsten", 3, None, False, None, None, (2, 1)),  # noqa: E501
            ("hrkring", X, A.TIME, "Ik ga naar de regiobijeenkomsten", 2, (4, TargetUnit.MEETINGS, TargetPeriod.YEAR), False, None, None, (1, 0)),  # noqa: E501
            ("lunch", G, A.WORK_REFERRALS, "Opdrachten in de Randstad", 4, None, False, None, date(P, 6, 30), [2, 1]),  # noqa: E501
            ("lunch", X, A.TIME, "Elke maand naar de lunch", 2, (12, TargetUnit.MEETINGS, TargetPeriod.YEAR), False, None, date(P, 6, 30), (3, 0)),  # noqa: E501
        ]
        # fmt: on
        notes = ["", "", "Besproken met de coördinator", "Eigen inschatting", "Na de bijeenkomst"]
        for (
            key,
            direction,
            area,
            statement,
            importance,
            target,
            explicit,
            opened,
            retired,
            plan,
        ) in terms:
            opened = opened or max(self.joined[key], date(P - 1, 10, 1))
            quantity, unit, period = target if target else (None, None, None)
            expectation_id = self.rows.add(
                Expectation,
                network_id=self.net[key],
                direction=direction,
                area=area,
                statement=statement,
                importance=importance,
                target_quantity=Decimal(quantity) if quantity is not None else None,
                target_unit=unit,
                target_period=period,
                explicit=explicit,
                opened_on=opened,
                retired_on=retired,
                note="Afgesproken bij toetreding." if explicit else "",
            )
            days = self.checkin_days(key, opened, retired)
            if isinstance(plan, list):
                # Fixed scores for the end of the story; earlier check-ins repeat the first.
                scores = [plan[0]] * max(0, len(days) - len(plan)) + plan[-len(days) :]
            else:
                base, spread = plan
                scores = [self.score(base, spread) for _ in days]
            for day, score in zip(days, scores, strict=True):
                self.rows.add(
                    CheckIn,
                    expectation_id=expectation_id,
                    on=day,
                    score=score,
                    note=self.rng.choice(notes),
                )

    def health_checks(self) -> None:
        P, Y = self.P, self.Y
        profiles = {
            "kkp": {P: [5, 4, 4, 4, 3, 5, 5, 4, 5, 4], Y: [5, 4, 5, 4, 3, 5, 5, 5, 5, 3]},
            "icz": {P: [3, 3, 4, 3, 4, 2, 3, 2, 3, 4], Y: [4, 4, 4, 4, 4, 3, 3, 4, 3, 4]},
            "team": {P: [5, 5, 4, 5, 4, 4, 4, 4, 4, 3], Y: [5, 4, 5, 5, 4, 5, 4, 5, 4, 3]},
            "kring": {P: [3, 2, 4, 3, 5, 3, 2, 3, 4, 2], Y: [3, 2, 4, 2, 4, 2, 2, 2, 3, 2]},
            "coop": {P: [4, 3, 3, 4, 2, 4, 4, 4, 4, 3], Y: [4, 4, 3, 4, 3, 4, 4, 4, 4, 3]},
            "hrkring": {P: [2, 2, 2, 3, 2, 2, 3, 2, 2, 2]},
            "lunch": {P: [2, 2, 3, 2, 3, 3, 2, 2, 3, 1]},
        }
        months_of = {"team": {P: 11, Y: 5}, "lunch": {P: 4}}
        notes = {
            ("icz", P): "Veel onvrede over de verdeling van opdrachten.",
            ("icz", Y): "Na Roosendaal meer vertrouwen; nieuwe afspraken over verdeling werken.",
            ("kring", Y): "Weinig terug voor wat ik geef; coördinator wisselt vaak.",
            ("kkp", P): "Inspirerend jaar; de netwerkAtlas wordt slecht bijgehouden.",
            ("lunch", P): "Reis kost te veel tijd; besloten op te zeggen.",
        }
        for key, by_year in profiles.items():
            for year, profile in by_year.items():
                day = self.day_in(year, months_of.get(key, {}).get(year, 6), 10, 25)
                if not self.past(day):
                    continue
                check_id = self.rows.add(
                    HealthCheck, network_id=self.net[key], on=day, note=notes.get((key, year), "")
                )
                for factor, base in zip(FACTORS, profile, strict=True):
                    wobble = self.rng.choice((-1, 0, 0, 0, 1))
                    self.rows.add(
                        HealthScore,
                        health_check_id=check_id,
                        factor=factor,
                        score=min(5, max(1, base + wobble)),
                        note="",
                    )

    def contracts_and_decisions(self) -> None:
        P, Y = self.P, self.Y
        T, S = ContractTimeFrame, ContractSpecificity
        Ph = ContractPhase
        # fmt: off
        assessments = [
            ("kkp", P, T.OPEN_ENDED, S.UNSPECIFIC, Ph.MAINTAINING, "Relationeel: geven en nemen zonder boekhouding."),  # noqa: E501
            ("kkp", Y, T.OPEN_ENDED, S.UNSPECIFIC, Ph.MAINTAINING, ""),
            ("icz", P, T.SHORT_TERM, S.SPECIFIC, Ph.RENEGOTIATING, "Transactioneel: ik doe mee voor de opdrachten en reken op de afdracht; gesprek over eerlijke verdeling."),  # noqa: E501
            ("icz", Y, T.OPEN_ENDED, S.UNSPECIFIC, Ph.MAINTAINING, "Relationeel geworden na het project in Roosendaal: vertrouwen, ik investeer in het merk."),  # noqa: E501
            ("team", P, T.SHORT_TERM, S.SPECIFIC, Ph.FORMING, "Heldere projectafspraken voor één klant."),  # noqa: E501
            ("team", Y, T.SHORT_TERM, S.SPECIFIC, Ph.MAINTAINING, ""),
            ("kring", P, T.SHORT_TERM, S.SPECIFIC, Ph.MAINTAINING, "Voor wat hoort wat."),
            ("kring", Y, T.SHORT_TERM, S.SPECIFIC, Ph.REPAIRING, "Ik geef veel meer door dan ik terugkrijg; in gesprek met Mark."),  # noqa: E501
            ("coop", P, T.OPEN_ENDED, S.SPECIFIC, Ph.MAINTAINING, "Gebalanceerd: duidelijke regels voor de achtervang."),  # noqa: E501
            ("coop", Y, T.OPEN_ENDED, S.SPECIFIC, Ph.MAINTAINING, ""),
            ("hrkring", P, T.SHORT_TERM, S.UNSPECIFIC, Ph.RENEGOTIATING, "Weet niet meer wat ik er zoek."),  # noqa: E501
            ("hrkring", Y, T.SHORT_TERM, S.UNSPECIFIC, Ph.RENEGOTIATING, ""),
            ("lunch", P, T.SHORT_TERM, S.SPECIFIC, Ph.REPAIRING, "Verwachtingen niet uitgekomen; opgezegd."),  # noqa: E501
        ]
        # fmt: on
        for key, year, frame, specificity, phase, note in assessments:
            self.rows.add(
                ContractAssessment,
                network_id=self.net[key],
                year=year,
                time_frame=frame,
                specificity=specificity,
                phase=phase,
                note=note,
            )
        D = Decision
        # fmt: off
        decisions = [
            ("kkp", D.CONTINUE, "Kost veel tijd, maar hier leer ik het meest."),
            ("icz", D.CONTINUE, "Belangrijkste bron van opdrachten; afdracht op raamcontracten is verlaagd."),  # noqa: E501
            ("team", D.CONTINUE, "Fase 2 samen offreren."),
            ("kring", D.RENEGOTIATE, "Afspreken dat doorverwijzingen twee kanten op gaan."),
            ("coop", D.CONTINUE, "Achtervang is goud waard."),
            ("hrkring", D.REDUCE, "Alleen nog de nieuwsbrief; volgend jaar opzeggen als er niets verandert."),  # noqa: E501
            ("lunch", D.LEAVE, "Opgezegd per 30 juni: te ver weg."),
        ]
        # fmt: on
        for key, decision, note in decisions:
            self.rows.add(
                YearDecision, network_id=self.net[key], year=P, decision=decision, note=note
            )
