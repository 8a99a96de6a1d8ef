"""The occurrences of commitments in a period, with their overrides and attendance.

This holds the counting rule of DOMAIN.md: a past occurrence counts as attended unless it
is marked absent, cancelled or sent-a-substitute; its minutes are the actual minutes where
entered, else the scheduled duration; future occurrences do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import Attendance, CommitmentKind
from zpdesk.domain.recurrence import expand, is_occurrence
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence

# Moved occurrences are found by expanding this far around the asked period.
MOVE_MARGIN = timedelta(days=62)
NOT_ATTENDED = frozenset({Attendance.ABSENT, Attendance.CANCELLED, Attendance.SUBSTITUTE})


@dataclass(frozen=True)
class OccurrenceRow:
    """One occurrence as shown and counted (plain values, no ORM)."""

    commitment_id: int
    network_id: int
    network_name: str
    network_colour: str
    title: str
    kind: CommitmentKind
    location: str
    is_external: bool
    required: bool
    original_start: datetime
    start: datetime
    minutes: int  # scheduled (after a move)
    stored_attendance: Attendance | None  # None: no exception recorded
    actual_minutes: int | None
    note: str

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def is_moved(self) -> bool:
        return self.start != self.original_start

    @property
    def key(self) -> tuple[int, datetime]:
        """What identifies the occurrence: its series and its original start."""
        return (self.commitment_id, self.original_start)

    @property
    def is_cancelled(self) -> bool:
        """Cancelled by the network (it does not take place)."""
        return self.stored_attendance is Attendance.CANCELLED

    def takes_my_time(self) -> bool:
        """False when it is cancelled, or I am absent or send a substitute."""
        return self.stored_attendance not in NOT_ATTENDED

    def is_past(self, now: datetime) -> bool:
        return self.start < now

    def attendance(self, now: datetime) -> Attendance:
        """The effective status: recorded, else attended when past, else planned."""
        if self.stored_attendance not in (None, Attendance.PLANNED):
            return self.stored_attendance
        return Attendance.ATTENDED if self.is_past(now) else Attendance.PLANNED

    def counted_minutes(self, now: datetime) -> int:
        """Minutes that count as invested: 0 for future or not-attended occurrences."""
        if not self.is_past(now) or self.attendance(now) in NOT_ATTENDED:
            return 0
        return self.actual_minutes if self.actual_minutes is not None else self.minutes


def day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def occurrences(
    session: Session,
    date_from: date,
    date_to: date,
    network_ids: Iterable[int] | None = None,
) -> list[OccurrenceRow]:
    """Every occurrence starting on a day in [date_from, date_to] (inclusive), by start."""
    window_start, window_end = day_start(date_from), day_start(date_to + timedelta(days=1))
    query = (
        select(Commitment, Network.name, Network.colour)
        .join(Network, Network.id == Commitment.network_id)
        .where(Commitment.starts_at < window_end + MOVE_MARGIN)
    )
    if network_ids is not None:
        query = query.where(Commitment.network_id.in_(list(network_ids)))
    series = session.execute(query).all()
    ids = [commitment.id for commitment, _, _ in series]
    exdates: dict[int, set[datetime]] = defaultdict(set)
    overrides: dict[tuple[int, datetime], Occurrence] = {}
    if ids:
        for commitment_id, original in session.execute(
            select(CommitmentExdate.commitment_id, CommitmentExdate.original_start).where(
                CommitmentExdate.commitment_id.in_(ids)
            )
        ):
            exdates[commitment_id].add(original)
        for occurrence in session.scalars(
            select(Occurrence).where(
                Occurrence.commitment_id.in_(ids),
                Occurrence.original_start >= window_start - MOVE_MARGIN,
                Occurrence.original_start < window_end + MOVE_MARGIN,
            )
        ):
            overrides[(occurrence.commitment_id, occurrence.original_start)] = occurrence
    rows: list[OccurrenceRow] = []
    for commitment, network_name, colour in series:
        for original in expand(
            commitment.starts_at,
            commitment.rrule,
            window_start - MOVE_MARGIN,
            window_end + MOVE_MARGIN,
            exdates[commitment.id],
            commitment.timezone,
        ):
            row = _row(
                commitment, network_name, colour, original, overrides.get((commitment.id, original))
            )
            if window_start <= row.start < window_end:
                rows.append(row)
    rows.sort(key=lambda row: (row.start, row.network_name, row.title))
    return rows


def _row(
    commitment: Commitment,
    network_name: str,
    colour: str,
    original: datetime,
    override: Occurrence | None,
) -> OccurrenceRow:
    start = original
    minutes = commitment.duration_minutes
    title, location = commitment.title, commitment.location
    if override is not None:
        start = override.moved_start or original
        minutes = override.moved_duration_minutes or minutes
        title = override.title or title
        location = location if override.location is None else override.location
    return OccurrenceRow(
        commitment_id=commitment.id,
        network_id=commitment.network_id,
        network_name=network_name,
        network_colour=colour,
        title=title,
        kind=commitment.kind,
        location=location,
        is_external=commitment.is_external,
        required=commitment.required,
        original_start=original,
        start=start,
        minutes=minutes,
        stored_attendance=override.attendance if override else None,
        actual_minutes=override.actual_minutes if override else None,
        note=override.note if override else "",
    )


def occurrence_at(session: Session, commitment_id: int, original_start: datetime) -> OccurrenceRow:
    """The one occurrence of a series with this original start.

    Raises LookupError when the series does not exist or has no (non-excluded) occurrence
    starting then.
    """
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise LookupError(f"commitment {commitment_id} does not exist")
    excluded = session.scalar(
        select(CommitmentExdate.commitment_id).where(
            CommitmentExdate.commitment_id == commitment_id,
            CommitmentExdate.original_start == original_start,
        )
    )
    if excluded is not None or not is_occurrence(
        commitment.starts_at, commitment.rrule, original_start, commitment.timezone
    ):
        raise LookupError(
            f"{commitment.title!r} has no occurrence at {original_start:%Y-%m-%d %H:%M}"
        )
    network = session.get(Network, commitment.network_id)
    assert network is not None  # foreign key
    override = session.scalar(
        select(Occurrence).where(
            Occurrence.commitment_id == commitment_id,
            Occurrence.original_start == original_start,
        )
    )
    return _row(commitment, network.name, network.colour, original_start, override)
