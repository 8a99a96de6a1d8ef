"""What the window reads, as service calls: run after a hostile import that was accepted,
to prove the app can still show what went in (no overflow, no hang, no crash)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zpdesk.services import (
    agenda,
    contract,
    csv_export,
    ics,
    networks,
    people,
    portable,
    review,
    work,
)
from zpdesk.store.models import Network


def read_everything(session: Session, today: date = date(2026, 6, 1)) -> None:
    """Every list, detail, review and export the views and commands build."""
    now = datetime.combine(today, datetime.min.time()).replace(hour=12)
    for row in networks.list_networks(session):
        networks.get_network(session, row.id)
    for person in people.search_people(session):
        people.get_person(session, person.id)
    csv_export.engagements_csv(work.list_engagements(session))
    csv_export.revenue_csv(work.list_revenue(session))
    work.list_referrals(session)
    work.list_expenses(session, expected_until=today)
    for network_id in session.scalars(select(Network.id)):
        work.expected_fees(session, 1900, today.year, network_id=network_id)
    contract.contract_overview(session, today, now)
    years = review.years_with_data(session, today)
    review.review_years(session, min(years, default=today.year), today.year, now)
    review.year_to_date(session, today, now)
    monday = today - timedelta(days=today.weekday())
    agenda.agenda_period(session, monday, monday + timedelta(days=41), now)
    ics.export_calendar(session, now)
    portable.dumps(portable.export_data(session))
