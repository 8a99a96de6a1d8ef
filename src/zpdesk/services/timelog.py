"""Time entries: network work outside meetings, and the quick weekly entry sheet.

The weekly sheet shows, for one ISO week, the minutes per network and weekday (the sum of
that day's entries) and saves every changed cell in one action. A changed cell keeps the
entries it has as far as possible: one entry is updated in place, a higher total adds an
entry for the difference, a lower total trims the most recent entries first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import NetworkStatus, TimeActivity
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.store.models import Network, TimeEntry
from zpdesk.translation_marks import QT_TRANSLATE_NOOP

MAX_MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class TimeEntryData:
    network_id: int
    on: date
    minutes: int
    activity: TimeActivity = TimeActivity.OTHER
    is_external: bool = False
    note: str = ""


@dataclass(frozen=True)
class TimeEntryRow:
    id: int
    network_id: int
    network_name: str
    network_colour: str
    on: date
    minutes: int
    activity: TimeActivity
    is_external: bool
    note: str

    def data(self) -> TimeEntryData:
        return TimeEntryData(
            network_id=self.network_id,
            on=self.on,
            minutes=self.minutes,
            activity=self.activity,
            is_external=self.is_external,
            note=self.note,
        )


def _validate(session: Session, data: TimeEntryData) -> TimeEntryData:
    if session.get(Network, data.network_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose the network the time was for."), "network_id"
        )
    if data.minutes <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The time must be more than zero."), "minutes"
        )
    if data.minutes > MAX_MINUTES_PER_DAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "One entry can hold at most 24 hours."), "minutes"
        )
    return TimeEntryData(
        network_id=data.network_id,
        on=data.on,
        minutes=data.minutes,
        activity=TimeActivity(data.activity),
        is_external=bool(data.is_external),
        note=data.note.strip(),
    )


def create_entry(session: Session, data: TimeEntryData) -> int:
    """Add a time entry; returns its id."""
    data = _validate(session, data)
    entry = TimeEntry(
        network_id=data.network_id,
        on=data.on,
        minutes=data.minutes,
        activity=data.activity,
        is_external=data.is_external,
        note=data.note,
    )
    session.add(entry)
    session.flush()
    return entry.id


def _get(session: Session, entry_id: int) -> TimeEntry:
    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "time entry %1 no longer exists"), values=(entry_id,)
        )
    return entry


def update_entry(session: Session, entry_id: int, data: TimeEntryData) -> None:
    data = _validate(session, data)
    entry = _get(session, entry_id)
    entry.network_id = data.network_id
    entry.on = data.on
    entry.minutes = data.minutes
    entry.activity = data.activity
    entry.is_external = data.is_external
    entry.note = data.note


def delete_entry(session: Session, entry_id: int) -> None:
    session.delete(_get(session, entry_id))


def entry(session: Session, entry_id: int) -> TimeEntryRow:
    """One entry as plain values."""
    rows = _rows(session, select_ids=[entry_id])
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "time entry %1 no longer exists"), values=(entry_id,)
        )
    return rows[0]


def entries(
    session: Session,
    date_from: date,
    date_to: date,
    network_ids: Iterable[int] | None = None,
) -> list[TimeEntryRow]:
    """The entries dated in [date_from, date_to], oldest first."""
    return _rows(session, date_from=date_from, date_to=date_to, network_ids=network_ids)


def _rows(
    session: Session,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    network_ids: Iterable[int] | None = None,
    select_ids: list[int] | None = None,
) -> list[TimeEntryRow]:
    query = select(TimeEntry, Network.name, Network.colour).join(
        Network, Network.id == TimeEntry.network_id
    )
    if date_from is not None:
        query = query.where(TimeEntry.on >= date_from)
    if date_to is not None:
        query = query.where(TimeEntry.on <= date_to)
    if network_ids is not None:
        query = query.where(TimeEntry.network_id.in_(list(network_ids)))
    if select_ids is not None:
        query = query.where(TimeEntry.id.in_(select_ids))
    query = query.order_by(TimeEntry.on, Network.name, TimeEntry.id)
    return [
        TimeEntryRow(
            id=e.id,
            network_id=e.network_id,
            network_name=name,
            network_colour=colour,
            on=e.on,
            minutes=e.minutes,
            activity=e.activity,
            is_external=e.is_external,
            note=e.note,
        )
        for e, name, colour in session.execute(query)
    ]


def minutes_by_day(
    session: Session,
    date_from: date,
    date_to: date,
    network_ids: Iterable[int] | None = None,
) -> list[tuple[int, date, bool, int]]:
    """(network id, day, is external, total minutes) of the entries in the period, summed in SQL."""
    query = (
        select(
            TimeEntry.network_id,
            TimeEntry.on,
            TimeEntry.is_external,
            func.sum(TimeEntry.minutes),
        )
        .where(TimeEntry.on >= date_from, TimeEntry.on <= date_to)
        .group_by(TimeEntry.network_id, TimeEntry.on, TimeEntry.is_external)
    )
    if network_ids is not None:
        query = query.where(TimeEntry.network_id.in_(list(network_ids)))
    return [
        (network_id, on, bool(external), int(total or 0))
        for network_id, on, external, total in session.execute(query)
    ]


# --- the weekly entry sheet ---------------------------------------------------------------


def week_monday(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class SheetRow:
    network_id: int
    network_name: str
    network_colour: str
    minutes: tuple[int, ...]  # Monday … Sunday
    activity: TimeActivity  # for new entries: the latest activity used for this network
    is_external: bool


@dataclass(frozen=True)
class WeekSheet:
    monday: date
    rows: tuple[SheetRow, ...]

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]


@dataclass
class SheetResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    changed_cells: list[tuple[int, date]] = field(default_factory=list)


def week_sheet(session: Session, monday: date) -> WeekSheet:
    """The grid for the ISO week of ``monday``: active networks and any with entries that week."""
    monday = week_monday(monday)
    sunday = monday + timedelta(days=6)
    totals = session.execute(
        select(TimeEntry.network_id, TimeEntry.on, func.sum(TimeEntry.minutes))
        .where(TimeEntry.on >= monday, TimeEntry.on <= sunday)
        .group_by(TimeEntry.network_id, TimeEntry.on)
    ).all()
    grid: dict[int, list[int]] = defaultdict(lambda: [0] * 7)
    for network_id, on, total in totals:
        grid[network_id][(on - monday).days] = int(total or 0)
    networks = session.execute(
        select(Network.id, Network.name, Network.colour)
        .where(
            or_(
                Network.status.in_(
                    [NetworkStatus.ACTIVE, NetworkStatus.EXPLORING, NetworkStatus.LEAVING]
                ),
                Network.id.in_(list(grid)),
            )
        )
        .order_by(func.lower(Network.name), Network.id)
    ).all()
    # The most recent entry of each network gives the defaults for new entries.
    latest = dict(
        session.execute(
            select(TimeEntry.network_id, func.max(TimeEntry.id)).group_by(TimeEntry.network_id)
        ).all()
    )
    defaults: dict[int, tuple[TimeActivity, bool]] = {}
    if latest:
        for e in session.scalars(select(TimeEntry).where(TimeEntry.id.in_(list(latest.values())))):
            defaults[e.network_id] = (e.activity, e.is_external)
    rows = tuple(
        SheetRow(
            network_id=network_id,
            network_name=name,
            network_colour=colour,
            minutes=tuple(grid[network_id]) if network_id in grid else (0,) * 7,
            activity=defaults.get(network_id, (TimeActivity.OTHER, False))[0],
            is_external=defaults.get(network_id, (TimeActivity.OTHER, False))[1],
        )
        for network_id, name, colour in networks
    )
    return WeekSheet(monday=monday, rows=rows)


def save_week_sheet(
    session: Session,
    monday: date,
    cells: Mapping[tuple[int, date], int],
    defaults: Mapping[int, tuple[TimeActivity, bool]] | None = None,
) -> SheetResult:
    """Make each given (network, day) total what ``cells`` says, in this one transaction.

    ``defaults`` gives (activity, is external) per network for entries that must be added.
    Cells equal to what is stored are left alone. Everything is validated before anything
    is written.
    """
    monday = week_monday(monday)
    sunday = monday + timedelta(days=6)
    defaults = defaults or {}
    known = set(session.scalars(select(Network.id)))
    for (network_id, day), minutes in cells.items():
        if network_id not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "network %1 does not exist"),
                "network_id",
                values=(network_id,),
            )
        if not monday <= day <= sunday:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "%1 is not in the week of %2"),
                values=(format(day, "%Y-%m-%d"), format(monday, "%Y-%m-%d")),
            )
        if minutes < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "Time cannot be negative."), "minutes"
            )
        if minutes > MAX_MINUTES_PER_DAY:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "%1: a day has at most 24 hours."),
                "minutes",
                values=(format(day, "%Y-%m-%d"),),
            )
    existing: dict[tuple[int, date], list[TimeEntry]] = defaultdict(list)
    for e in session.scalars(
        select(TimeEntry)
        .where(TimeEntry.on >= monday, TimeEntry.on <= sunday)
        .order_by(TimeEntry.id)
    ):
        existing[(e.network_id, e.on)].append(e)
    result = SheetResult()
    for (network_id, day), wanted in sorted(cells.items()):
        current = existing.get((network_id, day), [])
        total = sum(e.minutes for e in current)
        if wanted == total:
            continue
        result.changed_cells.append((network_id, day))
        if len(current) == 1:
            if wanted == 0:
                session.delete(current[0])
                result.deleted += 1
            else:
                current[0].minutes = wanted
                result.updated += 1
        elif wanted > total:
            activity, external = defaults.get(network_id, (TimeActivity.OTHER, False))
            session.add(
                TimeEntry(
                    network_id=network_id,
                    on=day,
                    minutes=wanted - total,
                    activity=TimeActivity(activity),
                    is_external=bool(external),
                )
            )
            result.created += 1
        else:
            excess = total - wanted
            for e in reversed(current):  # newest first
                if excess <= 0:
                    break
                if e.minutes <= excess:
                    excess -= e.minutes
                    session.delete(e)
                    result.deleted += 1
                else:
                    e.minutes -= excess
                    excess = 0
                    result.updated += 1
    session.flush()
    return result
