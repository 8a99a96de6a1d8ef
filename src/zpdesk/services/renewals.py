"""Notice deadlines of my current networks, with the decision of the last review beside each
(DOMAIN.md "Before deciding")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import Decision, NetworkStatus, RenewalKind
from zpdesk.domain.recurrence import next_occurrence
from zpdesk.domain.renewal import (
    Deadline,
    DeadlineKind,
    earliest_leave,
    next_deadline,
    next_renewal,
)
from zpdesk.locale_format import fill
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.networks import end_membership, renewal_terms
from zpdesk.store.models import Commitment, Network, YearDecision

# A deadline is "urgent" when a leave or reduce decision meets it within this many days.
URGENT_DAYS = 30
ACTING_DECISIONS = (Decision.LEAVE, Decision.REDUCE)


@dataclass(frozen=True)
class NetworkDeadline:
    """One network's next deadline and my latest decision about it."""

    network_id: int
    name: str
    deadline: Deadline
    decision: Decision | None
    decision_year: int | None

    def urgent(self, today: date) -> bool:
        """A leave/reduce decision whose deadline comes within ``URGENT_DAYS``."""
        return (
            self.decision in ACTING_DECISIONS
            and (self.deadline.deadline - today).days <= URGENT_DAYS
        )


def latest_decisions(session: Session) -> dict[int, tuple[Decision, int]]:
    """Per network the decision of its latest reviewed year."""
    latest = (
        select(YearDecision.network_id, func.max(YearDecision.year).label("year"))
        .group_by(YearDecision.network_id)
        .subquery()
    )
    rows = session.execute(
        select(YearDecision.network_id, YearDecision.decision, YearDecision.year).join(
            latest,
            (latest.c.network_id == YearDecision.network_id) & (latest.c.year == YearDecision.year),
        )
    )
    return {network_id: (decision, year) for network_id, decision, year in rows}


def deadlines(session: Session, today: date, until: date | None = None) -> list[NetworkDeadline]:
    """The next deadline of every network I am still in (not ended, no leaving date
    reached, no notice recorded), soonest first; only those up to ``until`` when given."""
    decisions = latest_decisions(session)
    found: list[NetworkDeadline] = []
    for network in session.scalars(select(Network).where(Network.renewal_kind != RenewalKind.NONE)):
        if network.status == NetworkStatus.ENDED or network.left_on is not None:
            continue
        deadline = next_deadline(renewal_terms(network), today, network.annual_fee_cents)
        if deadline is None or (until is not None and deadline.deadline > until):
            continue
        decision, year = decisions.get(network.id, (None, None))
        found.append(NetworkDeadline(network.id, network.name, deadline, decision, year))
    found.sort(key=lambda d: (d.deadline.deadline, d.name.lower()))
    return found


ALARM_DAYS = (14, 2)  # reminders two weeks and two days before a deadline


def deadline_uid(network_id: int) -> str:
    """The calendar UID of a network's deadline: the same in every export, so importing a
    new file updates the event (also when the deadline moved) instead of adding one."""
    return f"deadline-network-{network_id}@zpdesk"


def deadline_summary(item: NetworkDeadline) -> str:
    """What the calendar event (and the tray) says."""
    texts = {
        DeadlineKind.NOTICE: QCoreApplication.translate("services", "Last day to give notice: %1"),
        DeadlineKind.RENEWAL: QCoreApplication.translate(
            "services", "Renew, or the membership ends: %1"
        ),
        DeadlineKind.CONTRACT_END: QCoreApplication.translate("services", "Contract ends: %1"),
    }
    return texts[item.deadline.kind].replace("%1", item.name)


def reminders_ics(items: list[NetworkDeadline], stamp: datetime) -> bytes:
    """An iCalendar file with one all-day event per deadline, each with alarms
    ``ALARM_DAYS`` before; ``stamp`` (local wall-clock time) is the DTSTAMP."""
    from icalendar import Alarm, Calendar, Event

    from zpdesk.domain.recurrence import to_aware
    from zpdesk.services.ics import PRODID

    dtstamp = to_aware(stamp).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", QCoreApplication.translate("services", "zpdesk deadlines"))
    for item in items:
        event = Event()
        event.add("uid", deadline_uid(item.network_id))
        event.add("dtstamp", dtstamp)
        event.add("last-modified", dtstamp)
        event.add("dtstart", item.deadline.deadline)
        event.add("dtend", item.deadline.deadline + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        summary = deadline_summary(item)
        event.add("summary", summary)
        event.add("description", _description(item))
        event.add("categories", [item.name])
        for days in ALARM_DAYS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(days=-days))
            alarm.add("description", summary)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def _description(item: NetworkDeadline) -> str:
    lines = [
        QCoreApplication.translate("services", "Renewal or end: %1").replace(
            "%1", item.deadline.renewal.isoformat()
        )
    ]
    if item.deadline.fee_changes:
        lines.append(
            QCoreApplication.translate("services", "New annual fee from then: € %1").replace(
                "%1", f"{item.deadline.fee_cents / 100:.2f}"
            )
        )
    if item.decision is not None:
        lines.append(
            fill(
                QCoreApplication.translate("services", "My decision after %1: %2"),
                item.decision_year,
                item.decision.value,
            )
        )
    return "\n".join(lines)


# -- coming up (the Overview) ------------------------------------------------------------

COMING_UP_DAYS = 90


class ComingKind(StrEnum):
    NOTICE = "notice"  # the last day to give notice
    RENEWAL = "renewal"  # the membership renews (or, not renewing by itself, ends)
    CONTRACT_END = "contract_end"
    CHECKIN = "checkin"
    HEALTH_CHECK = "health_check"
    MEETING = "meeting"


@dataclass(frozen=True)
class ComingUp:
    """One line of the Overview's "Coming up"."""

    on: date
    kind: ComingKind
    network_id: int
    network_name: str
    decision: Decision | None = None
    urgent: bool = False  # a leave/reduce decision meets a notice deadline within 30 days
    starts_at: datetime | None = None  # meetings
    title: str = ""  # meetings


def coming_up(
    session: Session, today: date, now: datetime, days: int = COMING_UP_DAYS
) -> list[ComingUp]:
    """Notice deadlines and renewals in the next ``days`` days, check-ins and health checks
    falling due in them, and this week's meetings still ahead; by date."""
    from zpdesk.services.contract import network_summaries
    from zpdesk.services.occurrences import occurrences

    until = today + timedelta(days=days)
    items: list[ComingUp] = []
    for item in deadlines(session, today, until):
        kind = {
            DeadlineKind.NOTICE: ComingKind.NOTICE,
            DeadlineKind.RENEWAL: ComingKind.RENEWAL,
            DeadlineKind.CONTRACT_END: ComingKind.CONTRACT_END,
        }[item.deadline.kind]
        items.append(
            ComingUp(
                item.deadline.deadline,
                kind,
                item.network_id,
                item.name,
                item.decision,
                item.urgent(today),
            )
        )
    shown = {(i.network_id, i.on) for i in items}
    decisions = latest_decisions(session)
    for network in session.scalars(
        select(Network).where(
            Network.renewal_kind.in_((RenewalKind.YEARLY, RenewalKind.TERM)),
            Network.left_on.is_(None),
            Network.status != NetworkStatus.ENDED,
        )
    ):
        renewal = next_renewal(renewal_terms(network), today)
        if renewal is not None and renewal <= until and (network.id, renewal) not in shown:
            decision = decisions.get(network.id, (None, None))[0]
            items.append(ComingUp(renewal, ComingKind.RENEWAL, network.id, network.name, decision))
    live = [s for s in network_summaries(session, today, now).values() if s.is_live]
    for summary in live:
        for due, kind in (
            (summary.next_checkin_due, ComingKind.CHECKIN),
            (summary.next_health_check_due, ComingKind.HEALTH_CHECK),
        ):
            if due is not None and today <= due <= until:
                items.append(ComingUp(due, kind, summary.network_id, summary.name))
    week_end = today + timedelta(days=6 - today.weekday())
    for meeting in occurrences(session, today, week_end):
        if meeting.is_past(now) or meeting.is_cancelled:
            continue
        items.append(
            ComingUp(
                meeting.start.date(),
                ComingKind.MEETING,
                meeting.network_id,
                meeting.network_name,
                starts_at=meeting.start,
                title=meeting.title,
            )
        )
    items.sort(key=lambda i: (i.on, i.starts_at or datetime.min, i.network_name.lower()))
    return items


# -- giving notice -------------------------------------------------------------------------


def suggested_last_day(session: Session, network_id: int, given_on: date) -> date:
    """The earliest day the membership can end when notice is given on ``given_on``."""
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(
            QCoreApplication.translate("services", "This network no longer exists.")
        )
    return earliest_leave(renewal_terms(network), given_on)


def record_notice(session: Session, network_id: int, given_on: date, last_day: date) -> None:
    """I gave notice on ``given_on``; the membership ends on ``last_day`` (status leaving).
    Every record of the network stays."""
    if last_day < given_on:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The last day cannot lie before the day notice was given."
            ),
            "left_on",
        )
    end_membership(session, network_id, last_day, NetworkStatus.LEAVING)
    network = session.get(Network, network_id)
    assert network is not None
    network.notice_given_on = given_on
    session.flush()


def meetings_after(session: Session, network_id: int, last_day: date) -> int:
    """How many of the network's meeting series (or single meetings) still take place
    after ``last_day``."""
    return len(_continuing(session, network_id, last_day))


def _continuing(session: Session, network_id: int, last_day: date) -> list[Commitment]:
    cut = datetime.combine(last_day + timedelta(days=1), time.min)
    return [
        c
        for c in session.scalars(select(Commitment).where(Commitment.network_id == network_id))
        if next_occurrence(c.starts_at, c.rrule, cut) is not None
    ]


def stop_meetings_after(session: Session, network_id: int, last_day: date) -> int:
    """End every series of the network after ``last_day`` and remove single meetings that lie
    wholly after it; what happened up to that day stays. Returns how many were changed."""
    from zpdesk.services.agenda import delete_commitment, end_series

    changed = _continuing(session, network_id, last_day)
    cut = datetime.combine(last_day + timedelta(days=1), time.min)
    for c in changed:
        if c.starts_at >= cut:
            delete_commitment(session, c.id)  # it never took place: nothing to keep
        else:
            end_series(session, c.id, last_day + timedelta(days=1))
    session.flush()
    return len(changed)
