"""CSV export of engagements and revenue, written atomically.

Machine-friendly: ISO dates, amounts in euros with a dot as decimal separator, enum
values as stored, comma separated, UTF-8. ``csv_import`` reads these files back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from zpdesk.files import write_text_atomic
from zpdesk.services.work import EngagementRow, RevenueRow, list_engagements, list_revenue

REVENUE_COLUMNS = ("date", "amount", "client", "engagement", "invoice_ref", "network", "note")
ENGAGEMENT_COLUMNS = (
    "id",
    "client",
    "title",
    "start",
    "end",
    "status",
    "network",
    "via_person",
    "route",
    "commission_pct",
    "revenue",
    "commission",
    "hours",
)


def euro_text(cents: int | Decimal) -> str:
    """Cents as ``1234.56`` (dot decimal, no thousands separator), rounded half up."""
    value = (Decimal(cents) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{value:.2f}"


def day_text(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv_atomic(
    path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> Path:
    return write_text_atomic(path, csv_text(header, rows))


def revenue_csv(rows: Iterable[RevenueRow]) -> str:
    return csv_text(
        REVENUE_COLUMNS,
        (
            (
                day_text(row.on),
                euro_text(row.amount_cents),
                row.client,
                row.title,
                row.invoice_ref,
                row.network_name,
                row.note,
            )
            for row in rows
        ),
    )


def engagements_csv(rows: Iterable[EngagementRow]) -> str:
    return csv_text(
        ENGAGEMENT_COLUMNS,
        (
            (
                row.id,
                row.client,
                row.title,
                day_text(row.start_on),
                day_text(row.end_on),
                row.status.value,
                row.network_name,
                row.person_name,
                row.route.value,
                f"{row.commission_pct:.2f}",
                euro_text(row.revenue_cents),
                euro_text(row.commission_cents),
                f"{(Decimal(row.minutes_spent) / 60).quantize(Decimal('0.01')):.2f}",
            )
            for row in rows
        ),
    )


def export_revenue(session: Session, path: Path | str) -> int:
    """Write every revenue entry to ``path``; returns the number of lines."""
    rows = list_revenue(session)
    write_text_atomic(path, revenue_csv(rows))
    return len(rows)


def export_engagements(session: Session, path: Path | str) -> int:
    """Write every engagement with its totals to ``path``; returns the number of lines."""
    rows = list_engagements(session)
    write_text_atomic(path, engagements_csv(rows))
    return len(rows)
