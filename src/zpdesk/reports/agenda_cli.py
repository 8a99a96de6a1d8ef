"""``zpdesk [--lang nl] agenda --db PATH --from DATE --to DATE [--pdf] [--ics] [--csv]``.

Without an output file the agenda is printed to the terminal. The .ics holds every series
with an occurrence in the period (whole series, so calendar programs see the real rules).
What a person reads (the PDF, the terminal, the messages) is in ``--lang``, else the
system's language; the CSV's column names and values stay machine names.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from zpdesk import clock
from zpdesk.domain.limits import in_range, range_text
from zpdesk.files import write_bytes_atomic
from zpdesk.locale_format import fill
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import Database


class AgendaCliCounts(QObject):
    """Texts with a count: lupdate reads plural forms only from ``self.tr(text, "", n)``."""

    def occurrences(self, n: int) -> str:
        return self.tr("%n occurrence(s)", "", n)

    def series(self, n: int) -> str:
        return self.tr("%n series", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%n week(s)", "", n)


def _day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            fill(
                QCoreApplication.translate(
                    "AgendaCli", "%1 must be a date like 2026-10-01, not %2"
                ),
                option,
                repr(text),
            )
        ) from None
    if not in_range(day):
        raise ValidationError(
            fill(
                QCoreApplication.translate("AgendaCli", "%1 must lie in the years %2, not %3"),
                option,
                range_text(),
                repr(text),
            )
        )
    return day


def run_agenda(db: Database, args: argparse.Namespace) -> int:
    """Write the agenda of the period as PDF, iCalendar and/or CSV; 1 on a bad argument."""
    from zpdesk import translations
    from zpdesk.reports import agenda as report

    before = translations.current_language()  # called in-process (tests): leave no trace
    try:
        report.ensure_gui_application(getattr(args, "lang", None))  # words, numbers, dates
        return _run(db, args)
    except ValidationError as exc:
        print(f"zpdesk agenda: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
        if before is not None and translations.current_language() != before:
            translations.install_translators(QCoreApplication.instance(), before)


def _run(db: Database, args: argparse.Namespace) -> int:
    from zpdesk.reports import agenda as report
    from zpdesk.services import agenda, ics

    date_from = _day(args.date_from, "--from")
    date_to = _day(args.date_to, "--to")
    if date_to < date_from:
        raise ValidationError(QCoreApplication.translate("AgendaCli", "--to lies before --from"))
    if (date_to - date_from).days > 3 * 366:
        raise ValidationError(
            QCoreApplication.translate("AgendaCli", "the period is longer than three years")
        )
    now = clock.now()
    with db.session() as session:
        period = agenda.agenda_period(session, date_from, date_to, now)
        series_ids = {r.commitment_id for r in period.rows}
        calendar = (
            ics.export_calendar(session, now, commitment_ids=series_ids) if args.ics else None
        )
    if args.csv:
        write_bytes_atomic(Path(args.csv), report.agenda_csv(period))
        print(f"{args.csv}: " + AgendaCliCounts().occurrences(len(period.rows)))
    if calendar is not None:
        write_bytes_atomic(Path(args.ics), calendar)
        print(f"{args.ics}: " + AgendaCliCounts().series(len(series_ids)))
    if args.pdf:
        document = report.agenda_document(period)
        pages = report.write_pdf(document, Path(args.pdf), report.footer_text(period))
        counts = AgendaCliCounts()
        print(f"{args.pdf}: {counts.pages(pages)}, {counts.weeks(len(period.weeks))}")
    if not (args.csv or args.ics or args.pdf):
        print(report.text_summary(period))
    return 0
