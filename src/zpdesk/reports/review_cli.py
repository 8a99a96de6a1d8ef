"""``zpdesk review --db PATH --year YYYY [--pdf OUT.pdf] [--csv OUT.csv]``."""

from __future__ import annotations

import argparse
import sys

from zpdesk import clock
from zpdesk.store.db import Database

MIN_YEAR, MAX_YEAR = 1970, 2200


# Left out of the terminal table (free text that would break its columns); the CSV has it.
TERMINAL_LEFT_OUT = ("decision_note",)


def text_table(rows: list[list[str]], columns: tuple[str, ...]) -> str:
    """The CSV rows as an aligned plain-text table for the terminal: every CSV column but
    ``TERMINAL_LEFT_OUT``, which a last line names."""
    keep = [i for i, name in enumerate(columns) if name not in TERMINAL_LEFT_OUT]
    shown = [[columns[i] for i in keep], *[[row[i] for i in keep] for row in rows]]
    widths = [max(len(row[i]) for row in shown) for i in range(len(shown[0]))]
    lines = []
    for index, row in enumerate(shown):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    from PySide6.QtCore import QCoreApplication

    lines.append(
        QCoreApplication.translate(
            "ReviewReport", "Left out here (see the CSV export): %1"
        ).replace("%1", ", ".join(TERMINAL_LEFT_OUT))
    )
    return "\n".join(lines)


def run_review(db: Database, args: argparse.Namespace) -> int:
    """Write the review of ``args.year`` as CSV and/or PDF; without either, print it.

    Words, numbers and dates follow ``--lang`` (else the system's language), as the window
    does: the same catalogues (``zpdesk.translations``).
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from zpdesk import translations

    previous = QLocale()  # run_review may be called in-process (tests): leave no trace
    before = translations.current_language()
    try:
        if not MIN_YEAR <= args.year <= MAX_YEAR:
            print(
                f"zpdesk review: --year must be between {MIN_YEAR} and {MAX_YEAR}", file=sys.stderr
            )
            return 2
        from zpdesk.reports import review as report_module
        from zpdesk.reports.agenda import ensure_gui_application

        ensure_gui_application(getattr(args, "lang", None))
        now = clock.now()
        with db.session() as session:
            report = report_module.build_report(session, args.year, now)
        if args.csv:
            print(report_module.write_review_csv(report.review, args.csv))
        if args.pdf:
            print(report_module.write_pdf(report, args.pdf))
        if not args.csv and not args.pdf:
            print(text_table(report_module.csv_rows(report.review), report_module.CSV_COLUMNS))
        return 0
    finally:
        db.close()
        if before is not None and translations.current_language() != before:
            translations.install_translators(QCoreApplication.instance(), before)
        QLocale.setDefault(previous)
