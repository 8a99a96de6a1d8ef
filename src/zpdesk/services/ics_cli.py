"""``zpdesk import-ics --db PATH --network NAME FILE.ics``: import a calendar file.

Prints how many series and occurrences were added and skipped, then each event of the file
that cannot be imported with the reason (a task, a rule zpdesk cannot store…): those are
left out, the rest is imported. A file that is not a calendar, or holds nothing that can
be imported, changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zpdesk import clock
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import Database


def run_import_ics(db: Database, args: argparse.Namespace) -> int:
    """Import ``args.file`` into the network ``args.network``; 1 with a message on failure."""
    from zpdesk.services import agenda, ics

    path = Path(args.file)
    try:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from exc
        with db.session() as session:
            network_id = agenda.network_id_by_name(session, args.network)
            if network_id is None:
                raise ValidationError(f"there is no network called {args.network!r}")
            preview = ics.preview_import(session, network_id, data, clock.today())
            result = ics.apply_import(session, preview)
    except ValidationError as exc:
        print(f"zpdesk import-ics: {path.name}: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    horizon = (
        f" (open-ended series counted up to {preview.horizon:%Y-%m-%d})"
        if preview.has_open_ended
        else ""
    )
    print(
        f"{path.name} → {preview.network_name}: added {result.series_added} series with "
        f"{result.occurrences_added} occurrences; skipped {result.series_skipped} series with "
        f"{result.occurrences_skipped} occurrences already present{horizon}"
    )
    if preview.skipped:
        count = len(preview.skipped)
        print(f"skipped {count} event{'s' if count != 1 else ''} that cannot be imported:")
        for skipped in preview.skipped:
            print(f"  {skipped}")
    return 0
