"""Commitments (meeting series) and their occurrences: create, edit, move, cancel, attend.

Also the figures the agenda shows: the load of each ISO week against the weekly capacity,
overlapping appointments, and the attendance rate per network and year.

Definitions used here:
- *scheduled* minutes of a week: the occurrences that take my time (not cancelled by the
  network, not marked absent or sent-a-substitute) at their scheduled length, plus the
  time entries of that week. A week is over capacity when this exceeds the capacity.
- *counted* minutes: the DOMAIN.md counting rule (``OccurrenceRow.counted_minutes``) plus
  the time entries — what the yearly review adds up.
- a *clash*: two occurrences that both take my time and overlap by at least a minute.
- *attendance rate* (DOMAIN.md): attended / past occurrences not cancelled by the network;
  attended includes "late" (I was there), not "absent" or "sent a substitute".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from zpdesk import clock
from zpdesk.domain.enums import Attendance, CommitmentKind
from zpdesk.domain.limits import in_range, range_text
from zpdesk.domain.recurrence import (
    LOCAL_ZONE_NAME,
    RecurrenceError,
    all_excluded,
    count_before,
    first_occurrence,
    is_occurrence,
    last_occurrence,
    localise_until,
    next_occurrence,
    rule_parts,
    with_count,
    with_until,
)
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.occurrences import (
    MOVE_MARGIN,
    OccurrenceRow,
    day_start,
    occurrence_at,
    occurrences,
)
from zpdesk.services.timelog import minutes_by_day, week_monday
from zpdesk.store.models import (
    Commitment,
    CommitmentExdate,
    Network,
    Occurrence,
    UserSettings,
)
from zpdesk.translation_marks import QT_TRANSLATE_NOOP

MAX_DURATION_MINUTES = 7 * 24 * 60
DEFAULT_CAPACITY_MINUTES = 8 * 60  # UserSettings' default when no settings row exists yet
ATTENDED = frozenset({Attendance.ATTENDED, Attendance.LATE})


def new_uid() -> str:
    """A globally unique, stable identifier for a new series (its iCalendar UID)."""
    return f"{uuid.uuid4()}@zpdesk"


# --- series ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentData:
    """What the commitment editor edits. Times are naive local wall-clock times."""

    network_id: int
    title: str
    starts_at: datetime
    duration_minutes: int
    kind: CommitmentKind = CommitmentKind.OTHER
    location: str = ""
    is_external: bool = False
    required: bool = True
    rrule: str = ""
    exdates: tuple[datetime, ...] = ()
    note: str = ""
    timezone: str = LOCAL_ZONE_NAME  # where the rule repeats (times are still local)


@dataclass(frozen=True)
class CommitmentRecord:
    id: int
    uid: str
    network_name: str
    network_colour: str
    data: CommitmentData
    first: datetime | None
    last: datetime | None  # None: never ends


def validate_commitment(session: Session, data: CommitmentData) -> CommitmentData:
    """The data cleaned up, or ValidationError naming what is wrong."""
    if session.get(Network, data.network_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose the network this meeting belongs to."),
            "network_id",
        )
    return clean_commitment(data)


def clean_commitment(data: CommitmentData) -> CommitmentData:
    """``validate_commitment`` without the network check (an import checks that once)."""
    title = " ".join(data.title.split())  # one line: no newlines or tabs
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Give the meeting a title."), "title")
    if len(title) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The title is longer than 200 characters."), "title"
        )
    if not 0 < data.duration_minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The duration must be between 1 minute and 7 days."),
            "duration",
        )
    starts_at = data.starts_at.replace(second=0, microsecond=0, tzinfo=None)
    if not in_range(starts_at):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The start %1 lies outside the years %2."),
            "starts_at",
            values=(starts_at.isoformat(" ", "minutes"), range_text()),
        )
    rule = data.rrule.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    try:
        rule = localise_until(rule.upper())
        first = first_occurrence(starts_at, rule, data.timezone)
    except RecurrenceError as exc:
        raise ValidationError(str(exc), "rrule") from exc
    if len(rule) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The recurrence rule is too long."), "rrule"
        )
    if first is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The recurrence gives no dates at all (check its end)."),
            "rrule",
        )
    if first != starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "The start (%1) is not one of the dates the recurrence gives; "
                "the first would be %2.",
            ),
            "starts_at",
            values=(format(starts_at, "%a %d-%m-%Y %H:%M"), format(first, "%a %d-%m-%Y %H:%M")),
        )
    exdates = tuple(sorted(set(data.exdates)))
    if exdates and not rule:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A single meeting has no exception dates."), "exdates"
        )
    try:
        for exdate in exdates:
            if not is_occurrence(starts_at, rule, exdate, data.timezone):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "services", "%1 is not a date of this series, so it cannot be an exception."
                    ),
                    "exdates",
                    values=(format(exdate, "%d-%m-%Y %H:%M"),),
                )
        if rule and all_excluded(starts_at, rule, exdates, data.timezone):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "Every date of the series is an exception."),
                "exdates",
            )
    except RecurrenceError as exc:
        raise ValidationError(str(exc), "rrule") from exc
    if len(data.location) > 300:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The location is longer than 300 characters."), "location"
        )
    return replace(
        data,
        title=title,
        starts_at=starts_at,
        kind=CommitmentKind(data.kind),
        location=data.location.strip(),
        rrule=rule,
        exdates=exdates,
        note=data.note.strip(),
    )


def create_commitment(session: Session, data: CommitmentData, uid: str | None = None) -> int:
    """Add a meeting series (or single meeting); returns its id."""
    data = validate_commitment(session, data)
    if uid is not None and session.scalar(select(Commitment.id).where(Commitment.uid == uid)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A series with UID %1 already exists."),
            "uid",
            values=(repr(uid),),
        )
    commitment = Commitment(
        network_id=data.network_id,
        uid=uid or new_uid(),
        title=data.title,
        kind=data.kind,
        starts_at=data.starts_at,
        duration_minutes=data.duration_minutes,
        location=data.location,
        is_external=data.is_external,
        required=data.required,
        rrule=data.rrule,
        note=data.note,
        timezone=data.timezone,
    )
    session.add(commitment)
    session.flush()
    for exdate in data.exdates:
        session.add(CommitmentExdate(commitment_id=commitment.id, original_start=exdate))
    session.flush()
    return commitment.id


def _get(session: Session, commitment_id: int) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "meeting series %1 no longer exists"),
            values=(commitment_id,),
        )
    return commitment


def _exdates(session: Session, commitment_id: int) -> tuple[datetime, ...]:
    return tuple(
        session.scalars(
            select(CommitmentExdate.original_start)
            .where(CommitmentExdate.commitment_id == commitment_id)
            .order_by(CommitmentExdate.original_start)
        )
    )


def _data(session: Session, commitment: Commitment) -> CommitmentData:
    return CommitmentData(
        network_id=commitment.network_id,
        title=commitment.title,
        starts_at=commitment.starts_at,
        duration_minutes=commitment.duration_minutes,
        kind=commitment.kind,
        location=commitment.location,
        is_external=commitment.is_external,
        required=commitment.required,
        rrule=commitment.rrule,
        exdates=_exdates(session, commitment.id),
        note=commitment.note,
        timezone=commitment.timezone,
    )


def commitment(session: Session, commitment_id: int) -> CommitmentRecord:
    """One series as plain values."""
    c = _get(session, commitment_id)
    network = session.get(Network, c.network_id)
    assert network is not None
    return CommitmentRecord(
        id=c.id,
        uid=c.uid,
        network_name=network.name,
        network_colour=network.colour,
        data=_data(session, c),
        first=first_occurrence(c.starts_at, c.rrule, c.timezone),
        last=last_occurrence(c.starts_at, c.rrule, c.timezone),
    )


def list_commitments(
    session: Session, network_ids: Iterable[int] | None = None
) -> list[CommitmentRecord]:
    """Every series (optionally of some networks), by network and start."""
    query = select(Commitment.id).join(Network, Network.id == Commitment.network_id)
    if network_ids is not None:
        query = query.where(Commitment.network_id.in_(list(network_ids)))
    query = query.order_by(Network.name, Commitment.starts_at, Commitment.title)
    return [commitment(session, cid) for cid in session.scalars(query)]


def _write(session: Session, c: Commitment, data: CommitmentData) -> None:
    c.network_id = data.network_id
    c.title = data.title
    c.kind = data.kind
    c.starts_at = data.starts_at
    c.duration_minutes = data.duration_minutes
    c.location = data.location
    c.is_external = data.is_external
    c.required = data.required
    c.rrule = data.rrule
    c.note = data.note
    c.timezone = data.timezone


def _remap(old_original: datetime, delta: timedelta, new: CommitmentData) -> datetime | None:
    """Where a recorded exception of the old schedule belongs in the new one (None: nowhere)."""
    for candidate in (old_original + delta, old_original):
        if is_occurrence(new.starts_at, new.rrule, candidate, new.timezone):
            return candidate
    return None


def _plan_exceptions(
    session: Session,
    c: Commitment,
    new: CommitmentData,
    delta: timedelta,
    since: datetime | None = None,
) -> tuple[dict[int, datetime], list[int]]:
    """How recorded occurrence changes follow a schedule change that shifts dates by ``delta``.

    Returns (occurrence id → its original start in the new schedule, ids of those that fit
    nowhere). Only records at or after ``since`` are considered.
    """
    moved: dict[int, datetime] = {}
    orphans: list[int] = []
    for occurrence in session.scalars(select(Occurrence).where(Occurrence.commitment_id == c.id)):
        if since is not None and occurrence.original_start < since:
            continue
        target = _remap(occurrence.original_start, delta, new)
        if target is None:
            orphans.append(occurrence.id)
        else:
            moved[occurrence.id] = target
    return moved, orphans


def lost_exceptions(session: Session, commitment_id: int, data: CommitmentData) -> int:
    """How many recorded occurrence changes (moves, attendance) a whole-series edit drops."""
    c = _get(session, commitment_id)
    data = validate_commitment(session, data)
    return len(_plan_exceptions(session, c, data, data.starts_at - c.starts_at)[1])


def update_commitment(session: Session, commitment_id: int, data: CommitmentData) -> int:
    """Change the whole series. Returns how many recorded occurrence changes were dropped.

    Exceptions follow the change: when the series moves (say from 07:30 to 08:00) the moves
    and attendance marks of its occurrences move along; those that fit nowhere in the new
    schedule are removed (``lost_exceptions`` tells beforehand).
    """
    c = _get(session, commitment_id)
    data = validate_commitment(session, data)
    moved, orphans = _plan_exceptions(session, c, data, data.starts_at - c.starts_at)
    if orphans:
        session.execute(delete(Occurrence).where(Occurrence.id.in_(orphans)))
    session.execute(delete(CommitmentExdate).where(CommitmentExdate.commitment_id == c.id))
    _write(session, c, data)
    # Two-step re-keying avoids clashing with the (commitment, original_start) unique key.
    rows = {
        o.id: o for o in session.scalars(select(Occurrence).where(Occurrence.commitment_id == c.id))
    }
    for occurrence_id, target in moved.items():
        rows[occurrence_id].original_start = target + timedelta(days=36500)
    session.flush()
    for occurrence_id, target in moved.items():
        rows[occurrence_id].original_start = target
        if rows[occurrence_id].moved_start == target:
            rows[occurrence_id].moved_start = None
    for exdate in data.exdates:
        session.add(CommitmentExdate(commitment_id=c.id, original_start=exdate))
    session.flush()
    return len(orphans)


def delete_commitment(session: Session, commitment_id: int) -> None:
    """Remove a series with all its occurrences' records."""
    session.delete(_get(session, commitment_id))


def split_commitment(
    session: Session, commitment_id: int, from_day: date, data: CommitmentData
) -> int:
    """Edit the series from ``from_day`` on: the old series ends the day before, a new
    series with ``data`` starts. Returns the id of the series that holds ``from_day`` on.

    Recorded exceptions from that day on move to the new series where they fit. When the
    old series has no occurrence before ``from_day`` it is simply changed as a whole. A
    COUNT that was not changed by the editor becomes the number still to come.
    """
    c = _get(session, commitment_id)
    cut = day_start(from_day)
    before = count_before(c.starts_at, c.rrule, cut, c.timezone)
    if before == 0 or not c.rrule:
        update_commitment(session, commitment_id, data)
        return commitment_id
    old_parts = rule_parts(c.rrule)
    if data.rrule and "COUNT" in old_parts:
        try:
            new_parts = rule_parts(data.rrule)
        except RecurrenceError as exc:
            raise ValidationError(str(exc), "rrule") from exc
        if new_parts.get("COUNT") == old_parts["COUNT"]:
            remaining = int(old_parts["COUNT"]) - before
            if remaining < 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("services", "The series has no dates left after that day."),
                    "rrule",
                )
            data = replace(data, rrule=with_count(data.rrule, remaining))
    if data.starts_at < cut:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "The new part of the series must start on or after that day."
            )
        )
    # Exception dates before the cut stay with the old series.
    data = validate_commitment(
        session, replace(data, exdates=tuple(d for d in data.exdates if d >= cut))
    )
    # Records follow by the shift of the first date from the cut on.
    anchor = _first_from(c, cut)
    moved, _orphans = _plan_exceptions(session, c, data, data.starts_at - anchor, since=cut)
    new_id = create_commitment(session, data)
    # What was recorded from the cut on belongs to the new series (or is dropped).
    for occurrence in session.scalars(
        select(Occurrence).where(Occurrence.commitment_id == c.id, Occurrence.original_start >= cut)
    ):
        target = moved.get(occurrence.id)
        if target is None:
            session.delete(occurrence)
        else:
            occurrence.commitment_id = new_id
            occurrence.original_start = target
            if occurrence.moved_start == target:
                occurrence.moved_start = None
    session.execute(
        delete(CommitmentExdate).where(
            CommitmentExdate.commitment_id == c.id, CommitmentExdate.original_start >= cut
        )
    )
    c.rrule = with_until(c.rrule, from_day - timedelta(days=1))
    session.flush()
    return new_id


def _first_from(c: Commitment, cut: datetime) -> datetime:
    """The first original start of the series at or after ``cut`` (the cut when none)."""
    return next_occurrence(c.starts_at, c.rrule, cut, c.timezone) or cut


def end_series(session: Session, commitment_id: int, from_day: date) -> None:
    """Stop the series: no occurrences from ``from_day`` on (their records are removed)."""
    c = _get(session, commitment_id)
    cut = day_start(from_day)
    if count_before(c.starts_at, c.rrule, cut, c.timezone) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "The series has no dates before that day; delete the series instead."
            )
        )
    if not c.rrule:
        return
    session.execute(
        delete(Occurrence).where(Occurrence.commitment_id == c.id, Occurrence.original_start >= cut)
    )
    session.execute(
        delete(CommitmentExdate).where(
            CommitmentExdate.commitment_id == c.id, CommitmentExdate.original_start >= cut
        )
    )
    c.rrule = with_until(c.rrule, from_day - timedelta(days=1))


# --- single occurrences --------------------------------------------------------------------


@dataclass(frozen=True)
class OccurrenceChange:
    """What the occurrence dialog edits for one occurrence."""

    start: datetime
    minutes: int
    attendance: Attendance = Attendance.PLANNED
    actual_minutes: int | None = None
    note: str = ""


def _occurrence_row(session: Session, commitment_id: int, original: datetime) -> OccurrenceRow:
    try:
        return occurrence_at(session, commitment_id, original)
    except LookupError as exc:
        raise NotFoundError(str(exc)) from exc


def _override(session: Session, commitment_id: int, original: datetime) -> Occurrence | None:
    return session.scalar(
        select(Occurrence).where(
            Occurrence.commitment_id == commitment_id, Occurrence.original_start == original
        )
    )


def update_occurrence(
    session: Session, commitment_id: int, original: datetime, change: OccurrenceChange
) -> None:
    """Record a move, attendance, actual time or note for one occurrence.

    Only differences from the series are stored: an occurrence back at its own time,
    planned, without actual time or note has no record.
    """
    row = _occurrence_row(session, commitment_id, original)
    c = _get(session, commitment_id)
    start = change.start.replace(second=0, microsecond=0, tzinfo=None)
    if not 0 < change.minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The duration must be between 1 minute and 7 days."),
            "minutes",
        )
    if abs(start - original) > MOVE_MARGIN - timedelta(days=1):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "An occurrence can be moved at most 8 weeks; change the series instead."
            ),
            "start",
        )
    if change.actual_minutes is not None and not 0 <= change.actual_minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The actual time must be between 0 and 7 days."),
            "actual_minutes",
        )
    attendance = Attendance(change.attendance)
    note = change.note.strip()
    moved_start = start if start != original else None
    moved_minutes = change.minutes if change.minutes != c.duration_minutes else None
    override = _override(session, commitment_id, row.original_start)
    is_default = (
        moved_start is None
        and moved_minutes is None
        and attendance is Attendance.PLANNED
        and change.actual_minutes is None
        and not note
    )
    if is_default:
        if override is not None:
            session.delete(override)
        return
    if override is None:
        override = Occurrence(commitment_id=commitment_id, original_start=original)
        session.add(override)
    override.moved_start = moved_start
    override.moved_duration_minutes = moved_minutes
    override.attendance = attendance
    override.actual_minutes = change.actual_minutes
    override.note = note
    session.flush()


def _change_of(row: OccurrenceRow) -> OccurrenceChange:
    return OccurrenceChange(
        start=row.start,
        minutes=row.minutes,
        attendance=row.stored_attendance or Attendance.PLANNED,
        actual_minutes=row.actual_minutes,
        note=row.note,
    )


def move_occurrence(
    session: Session,
    commitment_id: int,
    original: datetime,
    start: datetime,
    minutes: int | None = None,
) -> None:
    """Move one occurrence (and optionally change its length)."""
    row = _occurrence_row(session, commitment_id, original)
    update_occurrence(
        session,
        commitment_id,
        original,
        replace(_change_of(row), start=start, minutes=minutes or row.minutes),
    )


def set_attendance(
    session: Session,
    commitment_id: int,
    original: datetime,
    attendance: Attendance,
    actual_minutes: int | None = None,
    note: str | None = None,
) -> None:
    """Mark attended/absent/late/substitute/cancelled (and actual minutes) for one occurrence."""
    row = _occurrence_row(session, commitment_id, original)
    change = replace(_change_of(row), attendance=attendance, actual_minutes=actual_minutes)
    if note is not None:
        change = replace(change, note=note)
    update_occurrence(session, commitment_id, original, change)


def cancel_occurrence(session: Session, commitment_id: int, original: datetime) -> None:
    """The network cancelled this one occurrence (it stays visible, struck through)."""
    set_attendance(session, commitment_id, original, Attendance.CANCELLED)


def exclude_occurrence(session: Session, commitment_id: int, original: datetime) -> None:
    """Remove one occurrence from the series (an EXDATE); a single meeting is deleted."""
    _occurrence_row(session, commitment_id, original)
    c = _get(session, commitment_id)
    if not c.rrule:
        session.delete(c)
        session.flush()
        return
    override = _override(session, commitment_id, original)
    if override is not None:
        session.delete(override)
    session.add(CommitmentExdate(commitment_id=commitment_id, original_start=original))
    session.flush()


class Scope(StrEnum):
    """What a time change in the occurrence dialog applies to."""

    THIS = "this"
    FOLLOWING = "following"  # this one and every later one
    SERIES = "series"


def change_series_time(
    session: Session,
    commitment_id: int,
    original: datetime,
    scope: Scope,
    new_time: time,
    minutes: int,
) -> int:
    """Give the series (or its part from this occurrence on) a new time of day and length.

    Returns the id of the series that now holds ``original``'s date.
    """
    row = _occurrence_row(session, commitment_id, original)
    current = _data(session, _get(session, commitment_id))
    if scope is Scope.SERIES:
        starts_at = datetime.combine(current.starts_at.date(), new_time)
        update_commitment(
            session,
            commitment_id,
            replace(
                current,
                starts_at=starts_at,
                duration_minutes=minutes,
                exdates=tuple(e + (starts_at - current.starts_at) for e in current.exdates),
            ),
        )
        return commitment_id
    if scope is Scope.FOLLOWING:
        starts_at = datetime.combine(row.original_start.date(), new_time)
        return split_commitment(
            session,
            commitment_id,
            row.original_start.date(),
            replace(
                current,
                starts_at=starts_at,
                duration_minutes=minutes,
                exdates=tuple(
                    e + (starts_at - row.original_start)
                    for e in current.exdates
                    if e >= row.original_start
                ),
            ),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("services", "Use update_occurrence for a single occurrence.")
    )


# --- figures -------------------------------------------------------------------------------


def weekly_capacity(session: Session) -> int:
    """The user's weekly capacity for network work, in minutes."""
    value = session.scalar(select(UserSettings.weekly_capacity_minutes).where(UserSettings.id == 1))
    return DEFAULT_CAPACITY_MINUTES if value is None else int(value)


def owner_name(session: Session) -> str:
    """The user's name from Preferences ("" when not given): printed on the overview."""
    value = session.scalar(select(UserSettings.name).where(UserSettings.id == 1))
    return (value or "").strip()


def find_clashes(
    rows: Sequence[OccurrenceRow],
) -> dict[tuple[int, datetime], list[tuple[int, datetime]]]:
    """Occurrences that overlap another one that also takes my time: key → keys it clashes with."""
    active = sorted((r for r in rows if r.takes_my_time()), key=lambda r: (r.start, r.end))
    clashes: dict[tuple[int, datetime], list[tuple[int, datetime]]] = defaultdict(list)
    open_rows: list[OccurrenceRow] = []
    for row in active:
        open_rows = [o for o in open_rows if o.end > row.start]
        for other in open_rows:
            clashes[row.key].append(other.key)
            clashes[other.key].append(row.key)
        open_rows.append(row)
    return dict(clashes)


@dataclass(frozen=True)
class WeekLoad:
    """One ISO week's network time."""

    monday: date
    capacity_minutes: int
    meeting_internal: int  # scheduled meeting minutes that take my time
    meeting_external: int
    entries_internal: int  # time entries
    entries_external: int
    counted_internal: int  # the counting rule + time entries
    counted_external: int
    occurrences: int
    clashes: int

    @property
    def scheduled_internal(self) -> int:
        return self.meeting_internal + self.entries_internal

    @property
    def scheduled_external(self) -> int:
        return self.meeting_external + self.entries_external

    @property
    def scheduled(self) -> int:
        return self.scheduled_internal + self.scheduled_external

    @property
    def counted(self) -> int:
        return self.counted_internal + self.counted_external

    @property
    def over_capacity(self) -> bool:
        return self.scheduled > self.capacity_minutes

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.monday.isocalendar()
        return year, week


@dataclass(frozen=True)
class NetworkLoad:
    """One network's minutes in a period (scheduled, split internal/external)."""

    network_id: int
    network_name: str
    network_colour: str
    internal: int
    external: int

    @property
    def total(self) -> int:
        return self.internal + self.external


@dataclass(frozen=True)
class AgendaPeriod:
    """Everything the agenda view, the printed overview and the CSV show for a period."""

    date_from: date
    date_to: date
    now: datetime
    rows: tuple[OccurrenceRow, ...]
    clashes: dict[tuple[int, datetime], list[tuple[int, datetime]]]
    weeks: tuple[WeekLoad, ...]
    networks: tuple[NetworkLoad, ...]  # every network with time in the period, by name
    capacity_minutes: int
    owner_name: str = ""  # Preferences → Your name, printed on the overview

    @property
    def rows_taking_my_time(self) -> tuple[OccurrenceRow, ...]:
        """The occurrences that take my time (not absent, cancelled or sent a substitute)."""
        return tuple(r for r in self.rows if r.takes_my_time())

    def week_rows(self, monday: date) -> list[OccurrenceRow]:
        return [r for r in self.rows if week_monday(r.start.date()) == monday]


def _weeks(
    rows: Sequence[OccurrenceRow],
    entries: Sequence[tuple[int, date, bool, int]],
    clashes: dict[tuple[int, datetime], list[tuple[int, datetime]]],
    date_from: date,
    date_to: date,
    now: datetime,
    capacity: int,
) -> tuple[WeekLoad, ...]:
    figures: dict[date, dict[str, int]] = {}
    monday = week_monday(date_from)
    while monday <= date_to:
        figures[monday] = defaultdict(int)
        monday += timedelta(days=7)
    for row in rows:
        bucket = figures.setdefault(week_monday(row.start.date()), defaultdict(int))
        side = "external" if row.is_external else "internal"
        bucket["occurrences"] += 1
        if row.takes_my_time():
            bucket[f"meeting_{side}"] += row.minutes
        bucket[f"counted_{side}"] += row.counted_minutes(now)
        if row.key in clashes:
            bucket["clashes"] += 1
    for _network_id, on, external, minutes in entries:
        bucket = figures.setdefault(week_monday(on), defaultdict(int))
        side = "external" if external else "internal"
        bucket[f"entries_{side}"] += minutes
        bucket[f"counted_{side}"] += minutes
    return tuple(
        WeekLoad(
            monday=monday,
            capacity_minutes=capacity,
            meeting_internal=f["meeting_internal"],
            meeting_external=f["meeting_external"],
            entries_internal=f["entries_internal"],
            entries_external=f["entries_external"],
            counted_internal=f["counted_internal"],
            counted_external=f["counted_external"],
            occurrences=f["occurrences"],
            clashes=f["clashes"],
        )
        for monday, f in sorted(figures.items())
    )


def agenda_period(
    session: Session,
    date_from: date,
    date_to: date,
    now: datetime | None = None,
    network_ids: Iterable[int] | None = None,
) -> AgendaPeriod:
    """The occurrences, clashes and weekly loads of [date_from, date_to] (whole days)."""
    if date_to < date_from:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The period ends before it starts."))
    now = now or clock.now()
    ids = list(network_ids) if network_ids is not None else None
    rows = occurrences(session, date_from, date_to, ids)
    entries = minutes_by_day(session, date_from, date_to, ids)
    clashes = find_clashes(rows)
    capacity = weekly_capacity(session)
    weeks = _weeks(rows, entries, clashes, date_from, date_to, now, capacity)
    per_network: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        if row.takes_my_time():
            per_network[row.network_id][1 if row.is_external else 0] += row.minutes
    for network_id, _on, external, minutes in entries:
        per_network[network_id][1 if external else 0] += minutes
    networks_query = select(Network.id, Network.name, Network.colour).order_by(
        func.lower(Network.name), Network.id
    )
    seen = set(per_network) | {row.network_id for row in rows}
    networks = tuple(
        NetworkLoad(
            network_id=nid,
            network_name=name,
            network_colour=colour,
            internal=per_network[nid][0] if nid in per_network else 0,
            external=per_network[nid][1] if nid in per_network else 0,
        )
        for nid, name, colour in session.execute(networks_query)
        if nid in seen
    )
    return AgendaPeriod(
        date_from=date_from,
        date_to=date_to,
        now=now,
        rows=tuple(rows),
        clashes=clashes,
        weeks=weeks,
        networks=networks,
        capacity_minutes=capacity,
        owner_name=owner_name(session),
    )


def weekly_load(
    session: Session,
    date_from: date,
    date_to: date,
    now: datetime | None = None,
    network_ids: Iterable[int] | None = None,
) -> tuple[WeekLoad, ...]:
    """The load of every ISO week that touches [date_from, date_to]."""
    monday = week_monday(date_from)
    sunday = week_monday(date_to) + timedelta(days=6)
    return agenda_period(session, monday, sunday, now, network_ids).weeks


@dataclass(frozen=True)
class AttendanceRate:
    network_id: int
    network_name: str
    attended: int
    eligible: int  # past occurrences not cancelled by the network

    @property
    def rate(self) -> Decimal | None:
        """attended / eligible as a 0–1 fraction; None when nothing was eligible."""
        if self.eligible == 0:
            return None
        return Decimal(self.attended) / Decimal(self.eligible)


def attendance_rates(
    session: Session,
    year: int,
    now: datetime | None = None,
    network_ids: Iterable[int] | None = None,
) -> list[AttendanceRate]:
    """Per network with occurrences in ``year``: attended / past occurrences not cancelled."""
    now = now or clock.now()
    rows = occurrences(session, date(year, 1, 1), date(year, 12, 31), network_ids)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    names: dict[int, str] = {}
    for row in rows:
        names[row.network_id] = row.network_name
        if not row.is_past(now) or row.is_cancelled:
            continue
        counts[row.network_id][1] += 1
        if row.attendance(now) in ATTENDED:
            counts[row.network_id][0] += 1
    return [
        AttendanceRate(
            network_id=nid,
            network_name=names[nid],
            attended=counts[nid][0],
            eligible=counts[nid][1],
        )
        for nid in sorted(names, key=lambda n: names[n].lower())
    ]


def next_occurrence_on_or_after(session: Session, commitment_id: int, day: date) -> datetime:
    """The original start of the series' first date on or after ``day``."""
    c = _get(session, commitment_id)
    found = next_occurrence(c.starts_at, c.rrule, day_start(day), c.timezone)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "%1 has no date on or after %2"),
            values=(repr(c.title), format(day, "%Y-%m-%d")),
        )
    return found


def network_id_by_name(session: Session, name: str) -> int | None:
    """The network called ``name`` (case and surrounding spaces ignored)."""
    wanted = name.strip().casefold()
    for nid, network_name in session.execute(select(Network.id, Network.name)):
        if network_name.strip().casefold() == wanted:
            return nid
    return None
