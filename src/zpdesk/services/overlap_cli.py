"""``zpdesk overlap --db PATH [--csv OUT.csv]``: who I meet in several networks, and how much
each pair of my current networks overlaps (services.overlap, judged today).

The CSV is one long table: a ``person`` line per person in two or more networks (``with``
lists them, ``count`` says how many) and a ``pair`` line per ordered pair of networks that
share members (``count`` shared members, ``share`` of the first network's members, 0–1).
"""

from __future__ import annotations

import argparse
from decimal import ROUND_HALF_UP, Decimal

from zpdesk import clock
from zpdesk.services.csv_export import write_csv_atomic
from zpdesk.services.overlap import Overlap, conflicts, overlap
from zpdesk.store.db import Database

CSV_COLUMNS = ("what", "name", "with", "count", "share")


def csv_rows(found: Overlap) -> list[list[str]]:
    rows = [
        ["person", p.name, "; ".join(n for _, n in p.networks), str(len(p.networks)), ""]
        for p in found.people
    ]
    for a, a_name in found.networks:
        for b, b_name in found.networks:
            share = found.share(a, b)
            if a != b and found.count(a, b) and share is not None:
                rounded = share.quantize(Decimal("0.001"), ROUND_HALF_UP)
                rows.append(["pair", a_name, b_name, str(found.count(a, b)), str(rounded)])
    return rows


def text_report(found: Overlap) -> str:
    """People first, then the matrix (shared members; the diagonal is each network's size)."""
    lines = ["People in two or more of my current networks:"]
    for person in found.people:
        lines.append(
            f"  {person.name} ({len(person.networks)}): " + ", ".join(n for _, n in person.networks)
        )
    if not found.people:
        lines.append("  (none)")
    lines.append("")
    lines.append("Shared current members per pair of networks:")
    names = [name for _, name in found.networks]
    width = max((len(n) for n in names), default=0)
    for index, (a, name) in enumerate(found.networks):
        cells = [f"{found.count(a, b):>4}" for b, _ in found.networks]
        lines.append(f"  {index + 1:>2} {name.ljust(width)} " + "".join(cells))
    return "\n".join(lines)


def run_overlap(db: Database, args: argparse.Namespace) -> int:
    try:
        today = clock.today()
        with db.session() as session:
            found = overlap(session, today)
            broken = conflicts(session, today)
        if args.csv:
            print(write_csv_atomic(args.csv, CSV_COLUMNS, csv_rows(found)))
        else:
            print(text_report(found))
            for conflict in broken:
                what = (
                    f"also in {conflict.other_network_name} (same kind)"
                    if conflict.other_network_id is not None
                    else f"{conflict.person_name} has my profession"
                )
                print(f"exclusivity conflict: {conflict.network_name}: {what}")
        return 0
    finally:
        db.close()
