"""``zpdesk reminders --db PATH [--ics OUT.ics]``: the notice deadlines of my networks, as a
list or as a calendar file with alarms (stable UIDs: importing again updates)."""

from __future__ import annotations

import argparse
from pathlib import Path

from zpdesk import clock
from zpdesk.files import write_bytes_atomic
from zpdesk.services import renewals
from zpdesk.store.db import Database


def write_reminders(db: Database, path: Path | str) -> tuple[Path, int]:
    """Write the .ics of every coming deadline atomically; (path, number of deadlines)."""
    with db.session() as session:
        items = renewals.deadlines(session, clock.today())
    data = renewals.reminders_ics(items, clock.now())
    return write_bytes_atomic(path, data), len(items)


def run_reminders(db: Database, args: argparse.Namespace) -> int:
    """Print the deadlines, or write them to ``args.ics``."""
    try:
        if args.ics:
            path, count = write_reminders(db, args.ics)
            print(f"{path} ({count} deadlines)")
            return 0
        today = clock.today()
        with db.session() as session:
            items = renewals.deadlines(session, today)
        for item in items:
            decision = item.decision.value if item.decision is not None else "-"
            mark = "  !" if item.urgent(today) else ""
            print(
                f"{item.deadline.deadline.isoformat()}  {item.deadline.kind.value:<12}  "
                f"{item.name}  (renewal {item.deadline.renewal.isoformat()}, "
                f"decision {decision}){mark}"
            )
        return 0
    finally:
        db.close()
