"""``zpdesk review --db PATH --year YYYY [--pdf OUT.pdf] [--csv OUT.csv]``."""

from __future__ import annotations

import argparse
import os
import sys

from zpdesk import clock
from zpdesk.store.db import Database

MIN_YEAR, MAX_YEAR = 1970, 2200


def _gui_application(language: str | None) -> object:
    """The QGuiApplication that fonts and painting need; offscreen, never a window.

    Numbers follow ``--lang`` when given, else the system locale; the bare "C" locale
    (common on servers) is replaced by British English so amounts get thousands separators.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    elif language == "en" or QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return app


def text_table(rows: list[list[str]], columns: tuple[str, ...]) -> str:
    """The CSV rows as an aligned plain-text table for the terminal."""
    shown = [list(columns[:11]), *[row[:11] for row in rows]]
    widths = [max(len(row[i]) for row in shown) for i in range(len(shown[0]))]
    lines = []
    for index, row in enumerate(shown):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_review(db: Database, args: argparse.Namespace) -> int:
    """Write the review of ``args.year`` as CSV and/or PDF; without either, print it."""
    from PySide6.QtCore import QLocale

    previous = QLocale()  # run_review may be called in-process (tests): leave no trace
    try:
        if not MIN_YEAR <= args.year <= MAX_YEAR:
            print(
                f"zpdesk review: --year must be between {MIN_YEAR} and {MAX_YEAR}", file=sys.stderr
            )
            return 2
        app = _gui_application(getattr(args, "lang", None))
        from zpdesk.reports import review as report_module

        now = clock.now()
        with db.session() as session:
            report = report_module.build_report(session, args.year, now)
        if args.csv:
            print(report_module.write_review_csv(report.review, args.csv))
        if args.pdf:
            print(report_module.write_pdf(report, args.pdf))
        if not args.csv and not args.pdf:
            print(text_table(report_module.csv_rows(report.review), report_module.CSV_COLUMNS))
        del app
        return 0
    finally:
        QLocale.setDefault(previous)
        db.close()
