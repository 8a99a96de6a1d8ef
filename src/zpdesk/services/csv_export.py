"""CSV export of engagements and revenue, written atomically.

Machine-friendly: ISO dates, amounts in euros with a dot as decimal separator, enum
values as stored, comma separated, UTF-8. ``csv_import`` reads these files back.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy.orm import Session

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


def write_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to a temporary file beside ``path``, then move it into place.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def write_csv_atomic(
    path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> Path:
    return write_atomic(path, csv_text(header, rows))


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
    write_atomic(path, revenue_csv(rows))
    return len(rows)


def export_engagements(session: Session, path: Path | str) -> int:
    """Write every engagement with its totals to ``path``; returns the number of lines."""
    rows = list_engagements(session)
    write_atomic(path, engagements_csv(rows))
    return len(rows)
