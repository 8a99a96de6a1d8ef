"""Importing revenue lines from an invoicing program's CSV export.

Three steps, so nothing is written before the user has seen what will happen:

1. ``read_csv`` decodes the file (UTF-8 with or without BOM, UTF-16 with BOM, else
   Windows-1252) and sniffs the separator (``;``, tab or ``,``);
2. ``build_preview`` applies a column mapping (``guess_mapping`` proposes one), parses
   every line — Dutch and English amounts, day-first dates — and rejects bad lines with
   their line number and reason, matching lines to existing engagements;
3. ``apply_import`` writes the accepted lines in the caller's one transaction.

Lines are matched to an engagement by client and title (case-insensitive); unknown
combinations become new engagements (won; through the named network as a joint
assignment, else own acquisition). A line identical to a stored revenue entry (same
engagement, date, amount and invoice number) is skipped, so importing a file twice adds
nothing the second time.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from zpdesk.domain.enums import EngagementStatus, Route
from zpdesk.domain.limits import MAX_CENTS, in_range, range_text
from zpdesk.services.errors import ValidationError, shown
from zpdesk.store.models import Engagement, Network, RevenueEntry

MAX_AMOUNT_TEXT = 40  # characters; longer is no amount (and int() refuses 4300+ digits)


class Field(StrEnum):
    """What a column can mean."""

    DATE = "date"
    AMOUNT = "amount"
    CLIENT = "client"
    TITLE = "title"
    INVOICE_REF = "invoice_ref"
    NETWORK = "network"
    NOTE = "note"


REQUIRED = (Field.DATE, Field.AMOUNT)

# Header words (normalised: lower case, letters and digits only) per field, best first.
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.DATE: ("date", "datum", "factuurdatum", "invoicedate", "boekdatum", "day", "dag"),
    Field.AMOUNT: (
        "amount",
        "bedrag",
        "bedragexclbtw",
        "exclbtw",
        "excl",
        "netto",
        "subtotaal",
        "subtotal",
        "omzet",
        "revenue",
    ),
    Field.CLIENT: ("client", "klant", "opdrachtgever", "relatie", "debiteur", "customer"),
    Field.TITLE: ("engagement", "title", "opdracht", "project", "omschrijving", "description"),
    Field.INVOICE_REF: (
        "invoiceref",
        "invoice",
        "factuurnummer",
        "factuurnr",
        "factuur",
        "invoicenumber",
        "nummer",
        "reference",
        "kenmerk",
    ),
    Field.NETWORK: ("network", "netwerk"),
    Field.NOTE: ("note", "notitie", "opmerking", "memo", "toelichting"),
}


class Problem(StrEnum):
    """Why a line was rejected (the window shows a translated text per code)."""

    MISSING_DATE = "missing_date"
    BAD_DATE = "bad_date"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    MISSING_AMOUNT = "missing_amount"
    BAD_AMOUNT = "bad_amount"
    TOO_MANY_DECIMALS = "too_many_decimals"
    NEGATIVE_AMOUNT = "negative_amount"
    AMOUNT_TOO_LARGE = "amount_too_large"
    NO_ENGAGEMENT = "no_engagement"
    UNKNOWN_NETWORK = "unknown_network"
    TOO_LONG = "too_long"


_REASONS = {
    Problem.MISSING_DATE: "no date",
    Problem.BAD_DATE: "{value!r} is not a date (use dd-mm-yyyy or yyyy-mm-dd)",
    Problem.DATE_OUT_OF_RANGE: "{value!r} lies outside the years " + range_text(),
    Problem.MISSING_AMOUNT: "no amount",
    Problem.BAD_AMOUNT: "{value!r} is not an amount",
    Problem.TOO_MANY_DECIMALS: "{value!r} has more than two decimals",
    Problem.NEGATIVE_AMOUNT: "{value!r} is negative (credit notes cannot be imported)",
    Problem.AMOUNT_TOO_LARGE: "{value!r} is too large",
    Problem.NO_ENGAGEMENT: "no client or title to attach the revenue to",
    Problem.UNKNOWN_NETWORK: "there is no network called {value!r}",
    Problem.TOO_LONG: "{value!r} is too long",
}


class ParseError(ValueError):
    """A value that cannot be read; ``problem`` says why."""

    def __init__(self, problem: Problem, value: str) -> None:
        value = shown(value)  # quoted in messages: no control or direction characters
        super().__init__(_REASONS[problem].format(value=value))
        self.problem = problem
        self.value = value


# ------------------------------------------------------------------ amounts and dates

_AMOUNT = re.compile(
    r"(?P<int>[1-9]\d{0,2}(?:(?P<group>[.,])\d{3})(?:(?P=group)\d{3})*|\d+)"
    r"(?:(?P<dec>[.,])(?P<frac>\d+))?"
)
_CURRENCY = re.compile(r"(?i)€|eur(?:o)?|\s|\u00a0|\u202f")


def parse_amount_cents(text: str) -> int:
    """Euros as written in Dutch or English exports, to integer cents.

    ``1.234,56``, ``€ 1.234,56``, ``1234,56``, ``1,234.56``, ``1234.56``, ``-12,50`` and
    ``(12,50)`` are all read. A single separator followed by exactly three digits is a
    thousands separator (``1.234`` is 1 234 euros): money never has three decimals.
    """
    raw = text
    if len(text) > MAX_AMOUNT_TEXT:
        raise ParseError(Problem.BAD_AMOUNT, text[:MAX_AMOUNT_TEXT] + "…")
    cleaned = _CURRENCY.sub("", text)
    if not cleaned:
        raise ParseError(Problem.MISSING_AMOUNT, raw)
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.startswith(("-", "−")):
        negative, cleaned = True, cleaned[1:]
    elif cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]
    elif cleaned.startswith("+"):
        cleaned = cleaned[1:]
    match = _AMOUNT.fullmatch(cleaned)
    if match is None or (match["group"] and match["dec"] == match["group"]):
        raise ParseError(Problem.BAD_AMOUNT, raw)
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise ParseError(Problem.TOO_MANY_DECIMALS, raw)
    digits = re.sub(r"[.,]", "", match["int"])
    cents = int(digits) * 100 + int(frac.ljust(2, "0") or 0)
    if cents > MAX_CENTS:
        raise ParseError(Problem.AMOUNT_TOO_LARGE, raw)
    return -cents if negative else cents


_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def parse_day(text: str) -> date:
    """A date written day-first (``31-12-2025``, ``31/12/2025``, ``1-2-25``, ``31.12.2025``)
    or ISO (``2025-12-31``); a time after it is ignored. Two-digit years are 2000–2069 for
    00–69 and 1970–1999 otherwise. Years outside 1900–2200 are refused: typos."""
    cleaned = text.strip()
    if not cleaned:
        raise ParseError(Problem.MISSING_DATE, text)
    if len(cleaned) > 40:
        raise ParseError(Problem.BAD_DATE, cleaned[:40] + "…")
    for pattern, order in ((_ISO, "ymd"), (_DAY_FIRST, "dmy")):
        match = re.match(pattern.pattern + _TIME.pattern + r"$", cleaned)
        if match is None:
            continue
        if order == "ymd":
            year, month, day = (int(match[i]) for i in (1, 2, 3))
        else:
            day, month, year_text = int(match[1]), int(match[3]), match[4]
            year = int(year_text)
            if len(year_text) == 2:
                year += 2000 if year < 70 else 1900
        try:
            found = date(year, month, day)
        except ValueError:
            raise ParseError(Problem.BAD_DATE, text) from None
        if not in_range(found):
            raise ParseError(Problem.DATE_OUT_OF_RANGE, text)
        return found
    raise ParseError(Problem.BAD_DATE, text)


# ------------------------------------------------------------------ reading the file


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file: its header and its records with the line each starts on."""

    headers: list[str]
    records: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str


def decode(raw: bytes) -> tuple[str, str]:
    """The text of ``raw`` and the encoding found; ValidationError for a file that is no text.

    A byte-order mark is trusted: a file that has one but does not decode is refused
    rather than read as something else. NUL bytes without a BOM mean UTF-16 written by a
    program that left the mark out (mostly every other byte zero), else no text file.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _decode(raw[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(raw, "utf-16"), "utf-16"
    if b"\x00" in raw:
        # UTF-16 without a mark: the high bytes of the ASCII digits, separators and
        # letters every CSV file is full of are zero, all on odd (LE) or even (BE) places.
        even, odd = raw[0::2].count(0), raw[1::2].count(0)
        encoding = "utf-16-le" if odd >= even else "utf-16-be"
        half = len(raw) // 2
        utf16 = max(odd, even) >= 0.3 * half and min(odd, even) <= 0.1 * max(odd, even)
        if len(raw) % 2 == 0 and utf16:
            return _decode(raw, encoding), encoding
        raise ValidationError("The file holds NUL bytes: it is not a text (CSV) file.")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel and most Dutch bookkeeping programs on Windows write Windows-1252.
        return raw.decode("cp1252", errors="replace"), "windows-1252"


def _decode(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"The file is not valid {encoding.upper()} text ({exc.reason} at byte {exc.start + 1})."
        ) from exc
    if "\x00" in text:
        raise ValidationError("The file holds NUL characters: it is not a text (CSV) file.")
    return text


def sniff_delimiter(text: str) -> str:
    """``;``, tab or ``,``: the one found most often outside quotes in the first line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts: Counter[str] = Counter()
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ";\t,":
            counts[char] += 1
    if not counts:
        return ","
    # On a tie, prefer ; (Dutch exports use it because , is the decimal separator).
    return max(";\t,", key=lambda c: (counts[c], c == ";", c == "\t"))


def parse_csv_text(text: str, encoding: str = "utf-8") -> CsvTable:
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    records: list[tuple[int, list[str]]] = []
    previous_end = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ValidationError(
                f"Line {reader.line_num}: the file cannot be read as CSV ({exc})."
            ) from exc
        start = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if headers is None:
            headers = [cell.strip() for cell in record]
            continue
        records.append((start, record))
    return CsvTable(headers or [], records, encoding, delimiter)


def read_csv(path: Path | str) -> CsvTable:
    """Read and decode a CSV file (see ``decode`` and ``sniff_delimiter``)."""
    text, encoding = decode(Path(path).read_bytes())
    return parse_csv_text(text, encoding)


def _normal(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(headers: list[str]) -> dict[Field, int]:
    """A proposed column for each field whose header looks like one of its names."""
    normal = [_normal(h) for h in headers]
    mapping: dict[Field, int] = {}
    used: set[int] = set()

    def vat_included(name: str) -> bool:
        return ("incl" in name or "btw" in name or "vat" in name) and "excl" not in name

    # exact names first, then names contained in a header
    for exact in (True, False):
        for target in Field:
            if target in mapping:
                continue
            for synonym in _SYNONYMS[target]:
                found = next(
                    (
                        i
                        for i, name in enumerate(normal)
                        if i not in used
                        and (name == synonym if exact else synonym in name)
                        and not (target == Field.AMOUNT and vat_included(name))
                    ),
                    None,
                )
                if found is not None:
                    mapping[target] = found
                    used.add(found)
                    break
    return mapping


# ------------------------------------------------------------------ preview and import


@dataclass(frozen=True, slots=True)
class ParsedLine:
    line: int
    on: date
    amount_cents: int
    client: str
    title: str
    invoice_ref: str = ""
    network_name: str = ""
    note: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.client.casefold(), self.title.casefold())


@dataclass(frozen=True, slots=True)
class RejectedLine:
    line: int
    problem: Problem
    value: str
    cells: tuple[str, ...]

    @property
    def reason(self) -> str:
        return _REASONS[self.problem].format(value=self.value)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    parsed: ParsedLine
    engagement_id: int | None  # an existing engagement, None: a new one will be made
    duplicate: bool  # already stored: will be skipped


@dataclass
class ImportPreview:
    lines: list[PreviewLine]
    rejected: list[RejectedLine]
    encoding: str = "utf-8"
    delimiter: str = ","
    networks: dict[str, int] = field(default_factory=dict)  # casefolded name → id

    @property
    def to_import(self) -> list[PreviewLine]:
        return [line for line in self.lines if not line.duplicate]

    @property
    def duplicates(self) -> int:
        return sum(1 for line in self.lines if line.duplicate)

    @property
    def new_engagements(self) -> int:
        return len({line.parsed.key for line in self.to_import if line.engagement_id is None})

    @property
    def total_cents(self) -> int:
        return sum(line.parsed.amount_cents for line in self.to_import)


@dataclass(frozen=True)
class ImportResult:
    added: int
    engagements_created: int
    skipped_duplicates: int


def _cell(cells: list[str], mapping: dict[Field, int], target: Field) -> str:
    index = mapping.get(target)
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def parse_records(
    table: CsvTable, mapping: dict[Field, int]
) -> tuple[list[ParsedLine], list[RejectedLine]]:
    """Parse every record with ``mapping``; no database needed."""
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise ValidationError(
            "Choose the column for: " + ", ".join(f.value for f in missing), "mapping"
        )
    if Field.CLIENT not in mapping and Field.TITLE not in mapping:
        raise ValidationError("Choose a column for the client or for the title.", "mapping")
    parsed: list[ParsedLine] = []
    rejected: list[RejectedLine] = []
    for line, cells in table.records:
        try:
            on = parse_day(_cell(cells, mapping, Field.DATE))
            amount = parse_amount_cents(_cell(cells, mapping, Field.AMOUNT))
            if amount < 0:
                raise ParseError(Problem.NEGATIVE_AMOUNT, _cell(cells, mapping, Field.AMOUNT))
            client = _cell(cells, mapping, Field.CLIENT)
            title = _cell(cells, mapping, Field.TITLE) or client
            if not title:
                raise ParseError(Problem.NO_ENGAGEMENT, "")
            for text, limit in ((client, 200), (title, 200)):
                if len(text) > limit:
                    raise ParseError(Problem.TOO_LONG, text[:40] + "…")
            invoice_ref = _cell(cells, mapping, Field.INVOICE_REF)[:100]
        except ParseError as exc:
            rejected.append(RejectedLine(line, exc.problem, exc.value, tuple(cells)))
            continue
        parsed.append(
            ParsedLine(
                line=line,
                on=on,
                amount_cents=amount,
                client=client,
                title=title,
                invoice_ref=invoice_ref,
                network_name=_cell(cells, mapping, Field.NETWORK),
                note=_cell(cells, mapping, Field.NOTE),
            )
        )
    return parsed, rejected


def _engagements_by_key(session: Session) -> dict[tuple[str, str], int]:
    """(client, title) casefolded → the most recently started engagement with them."""
    found: dict[tuple[str, str], int] = {}
    for eid, client, title in session.execute(
        select(Engagement.id, Engagement.client, Engagement.title).order_by(
            Engagement.start_on, Engagement.id
        )
    ):
        found[(client.casefold(), title.casefold())] = eid
    return found


def build_preview(session: Session, table: CsvTable, mapping: dict[Field, int]) -> ImportPreview:
    """What importing ``table`` with ``mapping`` would do; reads, never writes."""
    parsed, rejected = parse_records(table, mapping)
    networks = {
        name.casefold(): nid for nid, name in session.execute(select(Network.id, Network.name))
    }
    engagements = _engagements_by_key(session)
    stored: Counter[tuple[int, date, int, str]] = Counter(
        (row[0], row[1], row[2], row[3])
        for row in session.execute(
            select(
                RevenueEntry.engagement_id,
                RevenueEntry.on,
                RevenueEntry.amount_cents,
                func.lower(RevenueEntry.invoice_ref),
            )
        )
    )
    lines: list[PreviewLine] = []
    for item in parsed:
        engagement_id = engagements.get(item.key)
        if engagement_id is None and item.network_name:
            if item.network_name.casefold() not in networks:
                rejected.append(
                    RejectedLine(item.line, Problem.UNKNOWN_NETWORK, shown(item.network_name), ())
                )
                continue
        duplicate = False
        if engagement_id is not None:
            fingerprint = (engagement_id, item.on, item.amount_cents, item.invoice_ref.lower())
            if stored[fingerprint] > 0:
                stored[fingerprint] -= 1
                duplicate = True
        lines.append(PreviewLine(item, engagement_id, duplicate))
    rejected.sort(key=lambda r: r.line)
    return ImportPreview(lines, rejected, table.encoding, table.delimiter, networks)


BATCH = 5_000  # revenue lines per INSERT statement (and per progress report)


class ImportCancelled(ValidationError):
    """The user cancelled the import; the caller's transaction rolls back (nothing stays)."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


Progress = Callable[[int, int], bool]  # (lines written, lines in all) -> go on?


def apply_import(
    session: Session, preview: ImportPreview, progress: Progress | None = None
) -> ImportResult:
    """Write the preview's accepted, non-duplicate lines (one transaction: the caller's).

    New engagements are written first, then the revenue lines in batches of ``BATCH``
    (one multi-row statement each: 10^5 lines take seconds, not minutes). ``progress``
    is called after every batch; when it returns False the import stops with
    ``ImportCancelled`` and the caller's rollback leaves nothing behind.
    """
    to_add = preview.to_import
    engagements = _engagements_by_key(session)
    new: dict[tuple[str, str], dict[str, Any]] = {}
    for line in to_add:
        item = line.parsed
        if (line.engagement_id or engagements.get(item.key)) is not None:
            continue
        row = new.get(item.key)
        if row is None:
            network_id = preview.networks.get(item.network_name.casefold())
            new[item.key] = {
                "client": item.client,
                "title": item.title,
                "start_on": item.on,
                "status": EngagementStatus.WON,
                "network_id": network_id,
                "route": Route.JOINT_ASSIGNMENT if network_id else Route.OWN_ACQUISITION,
                "commission_pct_override": None,
                "minutes_spent": 0,
            }
        else:
            row["start_on"] = min(row["start_on"], item.on)
    if new:
        session.execute(insert(Engagement), list(new.values()))
        engagements = _engagements_by_key(session)
    total = len(to_add)
    for start in range(0, total, BATCH):
        batch = [
            {
                "engagement_id": line.engagement_id or engagements[line.parsed.key],
                "on": line.parsed.on,
                "amount_cents": line.parsed.amount_cents,
                "invoice_ref": line.parsed.invoice_ref,
                "note": line.parsed.note,
            }
            for line in to_add[start : start + BATCH]
        ]
        session.execute(insert(RevenueEntry), batch)
        if progress is not None and not progress(start + len(batch), total):
            raise ImportCancelled()
    return ImportResult(total, len(new), preview.duplicates)
