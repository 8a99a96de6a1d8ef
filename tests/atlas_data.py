"""A small hand-made set for the atlas, overlap and exclusivity tests (figures by hand).

Year 2025, judged on 15 January 2026. My profession: HR-adviseur.

Networks: Alfa Kring (referral group, no other of the same kind), Bravo Groep (referral
group, one per profession), Charlie Kennis (knowledge network) with the collaboration Delta
Project inside it, and Echo Oud (a referral group I left in 2024).

Current memberships on the day: Alfa: Anna, Eva; Bravo: Anna, Bas (Cor left in June 2025);
Charlie: Anna, Bas, Eva; Delta: Bas; Echo (ended): Dirk.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from zpdesk.domain.enums import Exclusivity, NetworkKind, NetworkStatus, Route
from zpdesk.store.models import (
    Engagement,
    Membership,
    Network,
    Person,
    ReferralGiven,
    RevenueEntry,
    TimeEntry,
    UserSettings,
)

YEAR = 2025
NOW = datetime(2026, 1, 15, 12, 0)
TODAY = NOW.date()


def fill(session: Session) -> dict[str, int]:
    """Write the set; returns the ids by short name."""
    session.add(UserSettings(id=1, name="Sanne", profession="HR-adviseur"))
    alfa = Network(
        name="Alfa Kring",
        kind=NetworkKind.REFERRAL_GROUP,
        exclusivity=Exclusivity.NO_SAME_KIND,
        joined_on=date(2023, 1, 1),
        colour="#0072b2",
    )
    bravo = Network(
        name="Bravo Groep",
        kind=NetworkKind.REFERRAL_GROUP,
        exclusivity=Exclusivity.ONE_PER_PROFESSION,
        joined_on=date(2024, 1, 1),
    )
    charlie = Network(name="Charlie Kennis", kind=NetworkKind.KNOWLEDGE_NETWORK)
    echo = Network(
        name="Echo Oud",
        kind=NetworkKind.REFERRAL_GROUP,
        status=NetworkStatus.ENDED,
        joined_on=date(2022, 1, 1),
        left_on=date(2024, 6, 30),
    )
    session.add_all([alfa, bravo, charlie, echo])
    session.flush()
    delta = Network(
        name="Delta Project", kind=NetworkKind.PROJECT_COLLABORATION, parent_id=charlie.id
    )
    session.add(delta)
    anna = Person(name="Anna", profession="Hr-Adviseur")  # mine, other case
    bas = Person(name="Bas", profession="interim-manager")
    cor = Person(name="Cor", profession="HR-adviseur")  # left Bravo in June 2025
    dirk = Person(name="Dirk", profession="HR-adviseur")  # only in the ended Echo
    eva = Person(name="Eva", profession="")
    session.add_all([anna, bas, cor, dirk, eva])
    session.flush()
    for person, network, until in [
        (anna, alfa, None),
        (anna, bravo, None),
        (anna, charlie, None),
        (bas, bravo, None),
        (bas, charlie, None),
        (bas, delta, None),
        (cor, bravo, date(2025, 6, 30)),
        (dirk, echo, None),
        (eva, alfa, None),
        (eva, charlie, None),
    ]:
        session.add(
            Membership(
                person_id=person.id, network_id=network.id, since=date(2020, 1, 1), until=until
            )
        )

    def engagement(
        title: str,
        network: Network | None,
        person: Person | None,
        start: date,
        route: Route,
        revenue: list[tuple[date, int]],
    ) -> None:
        item = Engagement(
            title=title,
            network_id=network.id if network else None,
            via_person_id=person.id if person else None,
            start_on=start,
            route=route,
        )
        item.revenue = [RevenueEntry(on=on, amount_cents=cents) for on, cents in revenue]
        session.add(item)

    engagement(
        "E1",
        alfa,
        anna,
        date(2025, 2, 1),
        Route.REFERRAL_RECEIVED,
        [(date(2025, 3, 1), 1_000_000), (date(2025, 6, 1), 500_000), (date(2026, 1, 10), 200_000)],
    )
    engagement(
        "E2", bravo, bas, date(2025, 4, 15), Route.REFERRAL_RECEIVED, [(date(2025, 5, 1), 300_000)]
    )
    engagement(
        "E3",
        charlie,
        None,
        date(2024, 12, 1),
        Route.NETWORK_CLIENT,
        [(date(2024, 12, 31), 99_999), (date(2025, 7, 1), 200_000)],
    )
    engagement(
        "E4", None, None, date(2025, 1, 1), Route.OWN_ACQUISITION, [(date(2025, 8, 1), 400_000)]
    )
    engagement(
        "E5", None, anna, date(2024, 11, 1), Route.REFERRAL_RECEIVED, [(date(2025, 1, 15), 100_000)]
    )
    for on, person, network, cents in [
        (date(2025, 4, 1), anna, alfa, 250_000),
        (date(2025, 9, 1), bas, bravo, 50_000),
        (date(2025, 10, 1), bas, bravo, 70_000),
        (date(2024, 12, 1), eva, None, 10_000),
    ]:
        session.add(
            ReferralGiven(
                on=on,
                to_person_id=person.id,
                network_id=network.id if network else None,
                estimated_value_cents=cents,
            )
        )
    session.add(TimeEntry(network_id=alfa.id, on=date(2025, 3, 3), minutes=120))
    session.add(TimeEntry(network_id=charlie.id, on=date(2025, 5, 5), minutes=300))
    session.flush()
    return {
        "alfa": alfa.id,
        "bravo": bravo.id,
        "charlie": charlie.id,
        "delta": delta.id,
        "echo": echo.id,
        "anna": anna.id,
        "bas": bas.id,
        "cor": cor.id,
        "dirk": dirk.id,
        "eva": eva.id,
    }
