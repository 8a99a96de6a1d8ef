"""Compare zpdesk's import of a calendar file with recurring-ical-events (the reference).

Conventions (DOMAIN.md): an all-day event is a working day 09:00–17:00 on each of its days;
a floating time is Amsterdam time; every time is compared as Amsterdam wall-clock time to
the minute. Used by tests/test_ics_corpus.py; run as a script it prints the outcome table
(``python tests/ics_corpus.py``) for whatever zpdesk is on PYTHONPATH.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CORPUS = Path(recurring_ical_events.__file__).parent / "test" / "calendars"
Entry = tuple[datetime, datetime, str]


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.ics"))


def _local(value: date) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(AMSTERDAM).replace(tzinfo=None)
        return value.replace(second=0, microsecond=0)
    return datetime.combine(value, time(9, 0))


def _title(event) -> str:
    title = " ".join(str(event.get("SUMMARY", "") or "").split())[:200]
    return title or "(no title)"


def window(calendar: Calendar) -> tuple[date, date]:
    """From the first start in the file to two years after the last (bounded)."""
    starts = []
    for event in calendar.walk("VEVENT"):
        try:
            starts.append(_local(event["DTSTART"].dt).date())
        except Exception:
            continue
    if not starts:
        return date(2000, 1, 1), date(2001, 1, 1)
    first, last = min(starts), max(starts)
    last = max(last, first + timedelta(days=730)) + timedelta(days=365)
    return first, min(last, first + timedelta(days=3653))


def expected(calendar: Calendar, first: date, last: date) -> Counter[Entry]:
    """recurring-ical-events' occurrences starting in [first, last], in zpdesk's terms."""
    found: Counter[Entry] = Counter()
    lo = datetime.combine(first, time())
    hi = datetime.combine(last + timedelta(days=1), time())
    for event in recurring_ical_events.of(calendar).between(lo - timedelta(days=2), hi):
        start_value = event["DTSTART"].dt
        if isinstance(start_value, datetime):
            start = _local(start_value)
            if event.get("DTEND") is not None:
                end = _local(event["DTEND"].dt)
            elif event.get("DURATION") is not None:
                end = _local(start_value + event["DURATION"].dt)
            else:
                end = start
            # zpdesk keeps a moment (no length) as one minute, its shortest meeting.
            end = max(end, start + timedelta(minutes=1))
            if lo <= start < hi:
                found[(start, end, _title(event))] += 1
            continue
        end_value = event["DTEND"].dt if event.get("DTEND") is not None else None
        if end_value is None and event.get("DURATION") is not None:
            end_value = start_value + event["DURATION"].dt
        days = max(1, (end_value - start_value).days) if end_value is not None else 1
        for n in range(days):
            day = datetime.combine(start_value + timedelta(days=n), time(9, 0))
            if lo <= day < hi:
                found[(day, day + timedelta(hours=8), _title(event))] += 1
    return found


def imported(path: Path, first: date, last: date) -> tuple[Counter[Entry], list[str]]:
    """What zpdesk shows after importing the file into an empty database.

    Returns the occurrences and the reasons of what the import skipped (a ValidationError
    of a whole file is raised).
    """
    from zpdesk.services import ics
    from zpdesk.services.occurrences import occurrences
    from zpdesk.store.db import open_database
    from zpdesk.store.models import Network

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "corpus.sqlite")
        try:
            with database.session() as session:
                network = Network(name="Corpus", kind="knowledge_network")
                session.add(network)
                session.flush()
                preview = ics.preview_import(session, network.id, path.read_bytes(), first)
                ics.apply_import(session, preview)
                skipped = [str(s.reason) for s in getattr(preview, "skipped", ())]
                rows = occurrences(session, first, last)
        finally:
            database.close()
    found: Counter[Entry] = Counter()
    for row in rows:
        found[(row.start, row.end, row.title)] += 1
    return found, skipped


def outcome(path: Path) -> tuple[str, str]:
    """("exact" | "wrong" | "refused" | "partial" | "crash", detail) for one corpus file."""
    from zpdesk.services.errors import ValidationError

    calendar = Calendar.from_ical(path.read_bytes())
    first, last = window(calendar)
    try:
        want = expected(calendar, first, last)
    except Exception as exc:  # the reference itself fails on the file
        return "reference-fails", f"{type(exc).__name__}: {exc}"[:120]
    try:
        got, skipped = imported(path, first, last)
    except ValidationError as exc:
        return "refused", str(exc)[:160]
    except Exception as exc:
        return "crash", f"{type(exc).__name__}: {exc}"[:160]
    if got == want:
        return ("partial" if skipped else "exact"), "; ".join(skipped)[:160]
    if skipped and not got - want:
        # What was imported is right; what is missing belongs to the skipped events.
        return "partial", "; ".join(skipped)[:160]
    missing = want - got
    extra = got - want
    detail = f"{sum(want.values())} expected, {sum(missing.values())} missing, "
    detail += f"{sum(extra.values())} extra"
    sample = [f"-{e[0]:%Y-%m-%d %H:%M}-{e[1]:%H:%M} {e[2][:20]}" for e in list(missing)[:2]]
    sample += [f"+{e[0]:%Y-%m-%d %H:%M}-{e[1]:%H:%M} {e[2][:20]}" for e in list(extra)[:2]]
    if skipped:
        detail += " (skipped: " + "; ".join(skipped)[:80] + ")"
    return "wrong", detail + " " + " ".join(sample)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    totals: Counter[str] = Counter()
    for file in corpus_files():
        status, detail = outcome(file)
        totals[status] += 1
        print(f"{file.stem}\t{status}\t{detail}")
    print(dict(totals), file=sys.stderr)
