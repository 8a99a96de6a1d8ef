"""``zpdesk copy --from SRC --to DST``: move all data between a file and a server database.

Either way round (file → server, server → file, even file → file). The target must be
new or empty; everything goes in through the portable import (one transaction), and the
copy counts only when the target's export is byte-identical to the source's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zpdesk.services import portable
from zpdesk.services.errors import ValidationError
from zpdesk.store.locations import Location, open_location
from zpdesk.store.postgres import is_server_url, redacted

# progress(step, done, total): "read", "write", "verify" with 0..total steps done
Progress = Callable[[str, int, int], None]


class CopyError(ValidationError):
    """The copy was refused or did not verify; the message is for the user."""


@dataclass(frozen=True)
class CopyResult:
    """What a finished, verified copy moved and how long it took."""

    rows: int
    seconds: float
    target: str


def shown_location(location: Location) -> str:
    """A location as it may be printed (a server URL without its password)."""
    return redacted(str(location)) if is_server_url(location) else str(location)


def _export_text(location: Location) -> str:
    db = open_location(location)
    try:
        with db.session() as session:
            return portable.dumps(portable.export_data(session))
    finally:
        db.close()


def copy_database(
    source: Location, target: Location, progress: Progress | None = None
) -> CopyResult:
    """Copy every row of ``source`` into the new or empty ``target`` and verify it."""
    import json

    report = progress or (lambda _step, _done, _total: None)
    started = time.perf_counter()
    if not is_server_url(source) and not Path(source).exists():
        raise CopyError(f"There is no database at {source}.")
    if str(source) == str(target) or (
        not is_server_url(source)
        and not is_server_url(target)
        and Path(target).exists()
        and Path(target).samefile(source)
    ):
        raise CopyError("The source and the target are the same database.")
    report("read", 0, 3)
    text = _export_text(source)
    parsed = portable.parse_export(json.loads(text))
    report("write", 1, 3)
    try:
        summary = portable.import_parsed(target, parsed)
    except ValidationError as exc:
        raise CopyError(f"{shown_location(target)}: {exc}") from exc
    report("verify", 2, 3)
    if _export_text(target) != text:
        raise CopyError(
            f"The copy in {shown_location(target)} differs from {shown_location(source)}; "
            "do not use it."
        )
    report("verify", 3, 3)
    return CopyResult(
        rows=summary.total,
        seconds=time.perf_counter() - started,
        target=shown_location(target),
    )
