"""A small agenda made through the services: four networks, biweekly breakfasts, monthly
meetings, a weekly project meeting that clashes with the breakfast, moves, cancellations,
exclusions, attendance marks and time entries (Oct–Dec 2026, across the October DST switch).
"""

from __future__ import annotations

from datetime import date, datetime

from zpdesk.domain.enums import Attendance, CommitmentKind, NetworkKind, TimeActivity
from zpdesk.services import agenda, timelog
from zpdesk.services.agenda import CommitmentData as C
from zpdesk.store.models import Network, UserSettings


def seed_agenda(session) -> dict[str, int]:
    session.add(UserSettings(id=1, weekly_capacity_minutes=8 * 60))

    def network(name: str, kind: NetworkKind, colour: str) -> int:
        item = Network(name=name, kind=kind, colour=colour)
        session.add(item)
        session.flush()
        return item.id

    kkp = network("KKP West-Brabant", NetworkKind.KNOWLEDGE_NETWORK, "#e15759")
    adv = network("Adviseursnetwerk Zuid", NetworkKind.NETWORK_ORGANISATION, "#4e79a7")
    proj = network("Project Gemeente Tilburg", NetworkKind.PROJECT_COLLABORATION, "#59a14f")
    coop = network("Coöperatie De Zelfstandigen", NetworkKind.COOPERATIVE, "#b07aa1")
    ids = {"kkp": kkp, "adv": adv, "proj": proj, "coop": coop}
    ids["breakfast"] = agenda.create_commitment(
        session,
        C(
            kkp,
            "Ontbijtsessie",
            datetime(2026, 9, 1, 7, 30),
            90,
            CommitmentKind.BREAKFAST,
            "Hotel Breda",
            rrule="FREQ=WEEKLY;INTERVAL=2",
        ),
    )
    ids["monthly"] = agenda.create_commitment(
        session,
        C(
            adv,
            "Maandelijkse ledenbijeenkomst",
            datetime(2026, 1, 13, 19, 0),
            150,
            CommitmentKind.MONTHLY_MEETING,
            "Eindhoven",
            rrule="FREQ=MONTHLY;BYDAY=2TU",
        ),
    )
    ids["knowledge"] = agenda.create_commitment(
        session,
        C(
            adv,
            "Kennisgroep HR",
            datetime(2026, 1, 30, 13, 0),
            120,
            CommitmentKind.KNOWLEDGE_GROUP,
            "Online",
            rrule="FREQ=MONTHLY;BYDAY=-1FR",
        ),
    )
    ids["project"] = agenda.create_commitment(
        session,
        C(
            proj,
            "Projectoverleg",
            datetime(2026, 9, 1, 8, 30),
            60,
            CommitmentKind.PROJECT_MEETING,
            "Tilburg",
            is_external=True,
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959",
        ),
    )
    ids["intervision"] = agenda.create_commitment(
        session,
        C(
            coop,
            "Intervisie",
            datetime(2026, 9, 16, 16, 0),
            120,
            CommitmentKind.INTERVISION,
            "Den Bosch",
            required=False,
            rrule="FREQ=WEEKLY;INTERVAL=4",
        ),
    )
    ids["xmas"] = agenda.create_commitment(
        session,
        C(
            coop,
            "Kerstborrel",
            datetime(2026, 12, 18, 17, 0),
            180,
            CommitmentKind.SOCIAL_EVENT,
            "Den Bosch",
        ),
    )
    b = ids["breakfast"]
    agenda.cancel_occurrence(session, b, datetime(2026, 12, 22, 7, 30))
    agenda.move_occurrence(session, b, datetime(2026, 11, 10, 7, 30), datetime(2026, 11, 11, 7, 30))
    agenda.set_attendance(session, b, datetime(2026, 10, 13, 7, 30), Attendance.ABSENT)
    agenda.set_attendance(
        session, ids["monthly"], datetime(2026, 10, 13, 19, 0), Attendance.LATE, 120
    )
    agenda.cancel_occurrence(session, ids["project"], datetime(2026, 12, 1, 8, 30))
    agenda.exclude_occurrence(session, ids["intervision"], datetime(2026, 12, 9, 16, 0))
    for day, nid, minutes, activity, external in [
        (date(2026, 10, 5), adv, 120, TimeActivity.ACQUISITION, True),
        (date(2026, 11, 17), proj, 300, TimeActivity.PREPARATION, True),
        (date(2026, 11, 24), kkp, 45, TimeActivity.TRAVEL, False),
    ]:
        timelog.create_entry(session, timelog.TimeEntryData(nid, day, minutes, activity, external))
    return ids
