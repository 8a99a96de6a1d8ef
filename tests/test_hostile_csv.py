"""Point 9, the CSV revenue importer against hostile files.

Generated files mix good lines (whose date and cents the test knows) with bad ones:
negative, enormous and malformed amounts, years 0, 1 and 9999, impossible dates, huge and
odd Unicode text, missing columns, every encoding the importer reads (and broken ones),
NUL bytes. Each file is either refused as a whole with one readable line, or every line
is accepted with its exact cents or rejected with its line number and reason. Nothing is
written before the import is confirmed, and a refused import leaves the database as it was.
"""

from __future__ import annotations

import codecs
import csv
import io
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from safety_data import dump
from zpdesk.domain.enums import EngagementStatus, NetworkKind, Route
from zpdesk.domain.limits import in_range
from zpdesk.services import csv_import
from zpdesk.services.csv_import import Field, Problem
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import open_database
from zpdesk.store.models import Engagement, Network, RevenueEntry

pytestmark = [pytest.mark.store, pytest.mark.both_stores]
NETWORK = "KKP West-Brabant"
# Direction controls a file could use to make a message read backwards.
BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
HEADERS = {
    Field.DATE: ("Datum", "date", "Factuurdatum"),
    Field.AMOUNT: ("Bedrag excl. btw", "amount", "Omzet"),
    Field.CLIENT: ("Klant", "client"),
    Field.TITLE: ("Omschrijving", "engagement"),
    Field.INVOICE_REF: ("Factuurnummer", "invoice"),
    Field.NETWORK: ("Netwerk", "network"),
    Field.NOTE: ("Notitie", "note"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A network and an engagement with one revenue entry (so duplicates are found)."""
    path = tmp_path_factory.mktemp("csv-template") / "template.sqlite"
    db = open_database(path)
    with db.session() as session:
        network = Network(name=NETWORK, kind=NetworkKind.KNOWLEDGE_NETWORK)
        session.add(network)
        session.flush()
        engagement = Engagement(
            client="Gemeente Breda",
            title="Advies",
            start_on=date(2025, 1, 1),
            status=EngagementStatus.WON,
            route=Route.OWN_ACQUISITION,
            minutes_spent=0,
        )
        session.add(engagement)
        session.flush()
        session.add(
            RevenueEntry(engagement_id=engagement.id, on=date(2025, 3, 1), amount_cents=123_456)
        )
    db.close()
    return path


# --- cells ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str
    expected: object = None  # the value a good cell must be read as; None: hostile


def _grouped(euros: int, separator: str) -> str:
    return f"{euros:,}".replace(",", separator)


def _amount_text(cents: int, style: str) -> str:
    euros, rest = divmod(cents, 100)
    return {
        "nl": f"{_grouped(euros, '.')},{rest:02d}",
        "nl plain": f"{euros},{rest:02d}",
        "nl euro": f"€ {_grouped(euros, '.')},{rest:02d}",
        "en": f"{_grouped(euros, ',')}.{rest:02d}",
        "en plain": f"{euros}.{rest:02d}",
        "eur suffix": f"{euros},{rest:02d} EUR",
    }[style]


GOOD_AMOUNTS = st.builds(
    lambda cents, style: Cell(_amount_text(cents, style), cents),
    st.integers(0, 10**11),
    st.sampled_from(["nl", "nl plain", "nl euro", "en", "en plain", "eur suffix"]),
)
BAD_AMOUNTS = st.sampled_from(
    [
        "-12,50",  # negative: a credit note
        "(1.234,56)",
        "12,50-",
        "1e30",
        "1.2.3,4",
        "€€",
        "",
        "12,345",  # three decimals (not thousands: 12,345 with a comma and 3 digits is 12 345)
        "1,2345",
        "NaN",
        "Infinity",
        "9" * 5000,  # int() refuses more than 4300 digits
        "10000000000,01",  # above the limit
        "١٢٣",  # Arabic-Indic digits
        "12\u00a0345,00",  # a no-break space as thousands separator
        "0x1F",
        "--5",
        "+",
    ]
).map(Cell)


def _date_text(day: date, style: str) -> str:
    return {
        "iso": day.isoformat(),
        "nl": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "slash": f"{day.day}/{day.month}/{day.year}",
        "dots": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "short year": f"{day.day}-{day.month}-{day.year % 100:02d}",
        "with time": f"{day.isoformat()} 10:30",
    }[style]


GOOD_DATES = st.builds(
    lambda day, style: Cell(_date_text(day, style), day),
    st.dates(date(2000, 1, 1), date(2069, 12, 31)),
    st.sampled_from(["iso", "nl", "slash", "dots", "short year", "with time"]),
)
BAD_DATES = st.sampled_from(
    [
        "0001-01-01",
        "9999-12-31",
        "0000-00-00",
        "31-12-1899",
        "01-01-2201",
        "31-02-2025",
        "2025-13-01",
        "29-02-2023",
        "",
        "gisteren",
        "2025-01-01" * 1000,
        "99999-01-01",
        "1-1-0",
    ]
).map(Cell)
GOOD_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda text: text.strip())
ODD_TEXT = st.sampled_from(
    [
        "x" * 201,  # one over the limit
        "\u202eesrever\u202c \u200f\u05e9\u05dc\u05d5\u05dd",
        "😀👩‍👩‍👧‍👦" * 20,
        "\x01\x02",
        "line\nbreak",
        'quote " in it',
        "\ufeffBOM inside",
        "   ",
        "",
    ]
)
FILE_BREAKERS = st.sampled_from(
    [
        "x" * 200_000,  # over the csv module's field limit: the whole file is refused
        "a\x00b",  # NUL: the whole file is refused
    ]
)


@dataclass(frozen=True)
class Row:
    cells: dict[Field, Cell]
    blank: bool = False


@st.composite
def rows(draw: st.DrawFn) -> Row:
    if draw(st.integers(0, 15)) == 0:
        return Row({}, blank=True)
    good = draw(st.integers(0, 3)) != 0

    def pick(good_strategy: st.SearchStrategy, bad_strategy: st.SearchStrategy) -> Cell:
        return draw(good_strategy if good or draw(st.booleans()) else bad_strategy)

    client = draw(st.one_of(GOOD_TEXT, GOOD_TEXT, GOOD_TEXT, ODD_TEXT))
    title = draw(st.one_of(GOOD_TEXT, GOOD_TEXT, ODD_TEXT, st.just("")))
    network = draw(st.sampled_from(["", "", NETWORK, NETWORK.upper(), "Onbekend netwerk"]))
    return Row(
        {
            Field.DATE: pick(GOOD_DATES, BAD_DATES),
            Field.AMOUNT: pick(GOOD_AMOUNTS, BAD_AMOUNTS),
            Field.CLIENT: Cell(client, client),
            Field.TITLE: Cell(title, title),
            Field.INVOICE_REF: Cell(draw(st.sampled_from(["", "F2025-001", "x" * 300]))),
            Field.NETWORK: Cell(network, network),
            Field.NOTE: Cell(
                draw(FILE_BREAKERS if draw(st.integers(0, 80)) == 0 else GOOD_TEXT | ODD_TEXT)
            ),
        }
    )


@dataclass(frozen=True)
class CsvFile:
    data: bytes
    columns: tuple[Field, ...]
    rows: tuple[Row, ...]
    plain: bool  # every cell is one line of text that survived its encoding unchanged


@st.composite
def csv_files(draw: st.DrawFn) -> CsvFile:
    if draw(st.integers(0, 20)) == 0:
        return CsvFile(draw(st.binary(max_size=200)), (), (), False)
    columns = list(Field)
    for missing in draw(st.lists(st.sampled_from(list(Field)), max_size=2, unique=True)):
        if draw(st.integers(0, 7)) == 0:  # now and then a file without a needed column
            columns.remove(missing)
    columns = draw(st.permutations(columns))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    body = draw(st.lists(rows(), min_size=1, max_size=8))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([draw(st.sampled_from(HEADERS[f])) for f in columns])
    for row in body:
        writer.writerow([""] * len(columns) if row.blank else [row.cells[f].text for f in columns])
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8"] * 4 + ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    plain = data.decode(encoding) == text and not any(
        any(c in cell.text for c in "\r\n\x00") for row in body for cell in row.cells.values()
    )
    damage = draw(st.sampled_from(["none"] * 6 + ["cut", "bad byte", "bom lie"]))
    if damage == "cut":  # a file cut off in the middle of a character or quote
        data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
    elif damage == "bad byte":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\xff\xfe\xfd" + data[at:]
    elif damage == "bom lie":
        data = codecs.BOM_UTF16_LE + text.encode("utf-8")
    if damage != "none":
        plain = False
    return CsvFile(data, tuple(columns), tuple(body), plain)


# --- the property ------------------------------------------------------------------------


def _revenue(path: Path) -> tuple[int, int]:
    db = open_database(path)
    try:
        with db.session() as session:
            count = session.scalar(select(func.count()).select_from(RevenueEntry)) or 0
            total = session.scalar(select(func.sum(RevenueEntry.amount_cents))) or 0
            for on, cents in session.execute(select(RevenueEntry.on, RevenueEntry.amount_cents)):
                assert in_range(on) and 0 <= cents <= csv_import.MAX_CENTS
            return count, total
    finally:
        db.close()


def _one_line(message: str) -> None:
    assert message.strip() and "\n" not in message and "\r" not in message, message
    assert len(message) < 400 and not BIDI & set(message), message


def _expected_lines(file: CsvFile) -> list[int]:
    """The line each non-blank record starts on (header: line 1, one line per record)."""
    return [index + 2 for index, row in enumerate(file.rows) if not row.blank]


def _check_lines(file: CsvFile, preview: csv_import.ImportPreview) -> None:
    accepted = {line.parsed.line: line.parsed for line in preview.lines}
    rejected = {r.line: r for r in preview.rejected}
    assert not set(accepted) & set(rejected)
    for r in preview.rejected:
        assert r.problem in Problem
        _one_line(r.reason)
        assert not BIDI & set(r.value)  # the window quotes it in its own sentence
    if not file.plain:
        return
    lines = _expected_lines(file)
    assert sorted([*accepted, *rejected]) == lines  # every line accounted for, once
    for line, row in zip(lines, [r for r in file.rows if not r.blank], strict=True):
        date_cell, amount_cell = row.cells[Field.DATE], row.cells[Field.AMOUNT]
        if line in accepted:
            parsed = accepted[line]
            if amount_cell.expected is not None:
                assert parsed.amount_cents == amount_cell.expected
            if date_cell.expected is not None:
                assert parsed.on == date_cell.expected
            assert 0 <= parsed.amount_cents <= csv_import.MAX_CENTS and in_range(parsed.on)
        elif date_cell.expected is not None and amount_cell.expected is not None:
            # good date and amount: only the text or the network can be the reason
            assert rejected[line].problem in (
                Problem.NO_ENGAGEMENT,
                Problem.TOO_LONG,
                Problem.UNKNOWN_NETWORK,
            ), rejected[line]


HOSTILE_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@HOSTILE_SETTINGS
@given(file=csv_files())
@example(file=CsvFile(codecs.BOM_UTF16_LE + b"d\x00\x00\xd8", (), (), False))
@example(file=CsvFile(codecs.BOM_UTF8 + b"\xff\xfe", (), (), False))
@example(
    file=CsvFile(b"Datum;Bedrag;Klant\r\n01-01-2025;" + b"9" * 5000 + b";A\r\n", (), (), False)
)
@example(
    file=CsvFile(
        b"Datum;Bedrag;Klant\r\n01-01-2025;1,00;" + b"x" * 200_000 + b"\r\n", (), (), False
    )
)  # noqa: E501
@example(file=CsvFile(b"Datum;Bedrag;Klant\r\n01-01-0001;1,00;A\r\n", (), (), False))
def test_any_csv_file_is_refused_whole_or_read_line_by_line(
    template: Path, tmp_path: Path, file: CsvFile
) -> None:
    path = tmp_path / "target.sqlite"
    for leftover in tmp_path.glob("target.sqlite*"):
        leftover.unlink()
    shutil.copy(template, path)
    before = dump(path)
    try:
        text, encoding = csv_import.decode(file.data)
        table = csv_import.parse_csv_text(text, encoding)
    except ValidationError as exc:
        _one_line(str(exc))
        return
    mapping = csv_import.guess_mapping(table.headers)
    db = open_database(path)
    try:
        try:
            with db.session() as session:
                preview = csv_import.build_preview(session, table, mapping)
        except ValidationError as exc:  # a needed column is missing
            _one_line(str(exc))
            assert dump(path) == before
            return
        assert dump(path) == before  # the preview wrote nothing
        _check_lines(file, preview)
        count, total = _revenue(path)
        try:
            with db.session() as session:
                result = csv_import.apply_import(session, preview)
        except ValidationError as exc:
            _one_line(str(exc))
            assert dump(path) == before
            return
    finally:
        db.close()
    assert result.added == len(preview.to_import)
    assert _revenue(path) == (count + result.added, total + preview.total_cents)
