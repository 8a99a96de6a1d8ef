"""``zpdesk agenda --db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--pdf] [--ics] [--csv]``.

Without an output file the agenda is printed to the terminal. The .ics holds every series
with an occurrence in the period (whole series, so calendar programs see the real rules).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from zpdesk import clock
from zpdesk.domain.limits import in_range, range_text
from zpdesk.files import write_bytes_atomic
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import Database


def _day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{option} must be a date like 2026-10-01, not {text!r}") from None
    if not in_range(day):
        raise ValidationError(f"{option} must lie in the years {range_text()}, not {text!r}")
    return day


def run_agenda(db: Database, args: argparse.Namespace) -> int:
    """Write the agenda of the period as PDF, iCalendar and/or CSV; 1 on a bad argument."""
    try:
        return _run(db, args)
    except ValidationError as exc:
        print(f"zpdesk agenda: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()


def _run(db: Database, args: argparse.Namespace) -> int:
    from zpdesk.reports import agenda as report
    from zpdesk.services import agenda, ics

    date_from = _day(args.date_from, "--from")
    date_to = _day(args.date_to, "--to")
    if date_to < date_from:
        raise ValidationError("--to lies before --from")
    if (date_to - date_from).days > 3 * 366:
        raise ValidationError("the period is longer than three years")
    now = clock.now()
    with db.session() as session:
        period = agenda.agenda_period(session, date_from, date_to, now)
        series_ids = {r.commitment_id for r in period.rows}
        calendar = (
            ics.export_calendar(session, now, commitment_ids=series_ids) if args.ics else None
        )
    if args.csv:
        write_bytes_atomic(Path(args.csv), report.agenda_csv(period))
        print(f"{args.csv}: {len(period.rows)} occurrences")
    if calendar is not None:
        write_bytes_atomic(Path(args.ics), calendar)
        print(f"{args.ics}: {len(series_ids)} series")
    if args.pdf:
        document = report.agenda_document(period)
        pages = report.write_pdf(document, Path(args.pdf), report.footer_text(period))
        print(f"{args.pdf}: {pages} pages, {len(period.weeks)} weeks")
    if not (args.csv or args.ics or args.pdf):
        report.ensure_gui_application()  # QLocale day and month names
        print(report.text_summary(period))
    return 0
