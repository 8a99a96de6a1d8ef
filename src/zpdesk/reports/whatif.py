"""What if I leave as CSV and for the terminal:
``zpdesk whatif --db PATH --leave NAME [--leave NAME …] [--year R] [--csv OUT]``.

Each ``--leave`` is one network; all of them together make one scenario. Amounts are euros
with a dot and two decimals, hours with two decimals, as the review's CSV.
"""

from __future__ import annotations

import argparse
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from zpdesk import clock
from zpdesk.domain.review import euros
from zpdesk.services.csv_export import write_csv_atomic
from zpdesk.services.whatif import Scenario
from zpdesk.store.db import Database

CSV_COLUMNS = (
    "scenario",
    "hours_freed",
    "planned_hours_freed",
    "costs_saved",
    "revenue_at_risk",
    "referrals_at_risk",
    "referrals_at_risk_value",
    "net_effect",
    "work_hours_freed",
    "earliest_leave",
)


def _euro(cents: int | Decimal) -> str:
    return f"{euros(cents):.2f}"


def _hours(hours: Decimal) -> str:
    return f"{hours.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}"


def csv_rows(scenarios: list[Scenario]) -> list[list[str]]:
    """One row per scenario."""
    return [
        [
            " + ".join(s.names),
            _hours(s.hours_freed),
            _hours(s.planned_hours_freed),
            _euro(s.costs_saved_cents),
            _euro(s.revenue_at_risk_cents),
            str(s.referrals_at_risk),
            _euro(s.referrals_at_risk_cents),
            _euro(s.net_effect_cents),
            _hours(s.work_hours_freed),
            s.earliest_leave.isoformat(),
        ]
        for s in scenarios
    ]


def write_whatif_csv(scenarios: list[Scenario], path: Path | str) -> Path:
    """The scenarios as CSV, written atomically."""
    return write_csv_atomic(path, CSV_COLUMNS, csv_rows(scenarios))


def run_whatif(db: Database, args: argparse.Namespace) -> int:
    """Leave ``args.leave`` on the figures of ``args.year`` (default the last full year)."""
    from zpdesk.reports.review_cli import MAX_YEAR, MIN_YEAR
    from zpdesk.services import whatif
    from zpdesk.services.errors import NotFoundError

    try:
        today, now = clock.today(), clock.now()
        year = args.year if args.year is not None else whatif.last_full_year(today)
        if not MIN_YEAR <= year <= MAX_YEAR:
            print(
                f"zpdesk whatif: --year must be between {MIN_YEAR} and {MAX_YEAR}", file=sys.stderr
            )
            return 2
        try:
            with db.session() as session:
                ids = whatif.network_ids_by_name(session, args.leave)
                found = whatif.scenarios(session, [ids], year, today, now)
        except NotFoundError as exc:
            print(f"zpdesk whatif: {exc}", file=sys.stderr)
            return 1
        if args.csv:
            print(write_whatif_csv(found, args.csv))
            return 0
        scenario = found[0]
        for name, value in zip(CSV_COLUMNS, csv_rows(found)[0], strict=True):
            print(f"{name:<24} {value}")
        print(f"{'year':<24} {year}")
        for label, names in (
            ("goes with it", scenario.inside),
            ("known only through it", scenario.people_only_through),
            ("expectations left unmet", scenario.unmet),
        ):
            print(f"{label:<24} {len(names)}" + (f": {'; '.join(names)}" if names else ""))
        return 0
    finally:
        db.close()
