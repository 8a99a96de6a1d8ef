"""CSV: Dutch amounts and dates, encodings, separators, preview, import, export round trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from zpdesk.domain.enums import NetworkKind, Route
from zpdesk.files import write_text_atomic
from zpdesk.services import csv_export, csv_import, work
from zpdesk.services.csv_import import Field, ParseError, Problem
from zpdesk.services.work import EngagementInput, RevenueLine
from zpdesk.store.models import Engagement, Network, RevenueEntry

pytestmark = [pytest.mark.domain, pytest.mark.both_stores]


# ------------------------------------------------------------------ amounts


def _grouped(digits: str, sep: str) -> str:
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sep.join(groups)


def dutch(cents: int, *, thousands: bool, euro: bool) -> str:
    euros, rest = divmod(cents, 100)
    whole = _grouped(str(euros), ".") if thousands else str(euros)
    text = f"{whole},{rest:02d}"
    return f"€ {text}" if euro else text


def english(cents: int, *, thousands: bool) -> str:
    euros, rest = divmod(cents, 100)
    whole = _grouped(str(euros), ",") if thousands else str(euros)
    return f"{whole}.{rest:02d}"


@given(
    cents=st.integers(min_value=0, max_value=10**11),
    thousands=st.booleans(),
    euro=st.booleans(),
)
def test_dutch_amounts_read_back(cents: int, thousands: bool, euro: bool) -> None:
    assert csv_import.parse_amount_cents(dutch(cents, thousands=thousands, euro=euro)) == cents


@given(cents=st.integers(min_value=0, max_value=10**11), thousands=st.booleans())
def test_english_amounts_read_back(cents: int, thousands: bool) -> None:
    assert csv_import.parse_amount_cents(english(cents, thousands=thousands)) == cents


@given(cents=st.integers(min_value=1, max_value=10**9))
def test_negative_amounts_are_read_as_negative(cents: int) -> None:
    text = dutch(cents, thousands=True, euro=False)
    assert csv_import.parse_amount_cents(f"-{text}") == -cents
    assert csv_import.parse_amount_cents(f"({text})") == -cents


@given(st.text(alphabet="0123456789.,€ -ab", max_size=12))
def test_amount_parser_never_crashes(text: str) -> None:
    try:
        value = csv_import.parse_amount_cents(text)
    except ParseError as exc:
        assert exc.problem in Problem
    else:
        assert isinstance(value, int)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123456),
        ("€ 1.234,56", 123456),
        ("€\u00a01.234,56", 123456),
        ("1234.56", 123456),
        ("1234,5", 123450),
        ("1.234", 123400),  # a lone group of three is thousands: money has no 3 decimals
        ("12.50 EUR", 1250),
        ("0,99", 99),
    ],
)
def test_amount_examples(text: str, cents: int) -> None:
    assert csv_import.parse_amount_cents(text) == cents


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", Problem.MISSING_AMOUNT),
        ("abc", Problem.BAD_AMOUNT),
        ("1.234.56", Problem.BAD_AMOUNT),
        ("12,345", None),  # thousands: fine
        ("0,123", Problem.TOO_MANY_DECIMALS),
        ("12,3456", Problem.TOO_MANY_DECIMALS),
    ],
)
def test_amount_rejections(text: str, problem: Problem | None) -> None:
    if problem is None:
        assert csv_import.parse_amount_cents(text) == 1234500
        return
    with pytest.raises(ParseError) as info:
        csv_import.parse_amount_cents(text)
    assert info.value.problem == problem


# ------------------------------------------------------------------ dates


@given(
    day=st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)),
    style=st.sampled_from(
        ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "short", "time"]
    ),
)
def test_dates_read_back(day: date, style: str) -> None:
    if style == "short":  # d-m-yy without leading zeros
        text = f"{day.day}-{day.month}-{day.year % 100:02d}"
    elif style == "time":
        text = day.strftime("%d-%m-%Y") + " 00:00:00"
    else:
        text = day.strftime(style)
    assert csv_import.parse_day(text) == day


@pytest.mark.parametrize("text", ["31-02-2025", "2025-13-01", "12/31/2025", "gisteren", "1-2"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ParseError) as info:
        csv_import.parse_day(text)
    assert info.value.problem == Problem.BAD_DATE


# ------------------------------------------------------------------ files

DUTCH_EXPORT = (
    "Factuurnummer;Factuurdatum;Klant;Omschrijving;Bedrag incl. BTW;Bedrag excl. BTW\r\n"
    "F2025-001;15-01-2025;Gemeente Breda;Interim HR;€ 3.630,00;€ 3.000,00\r\n"
    "F2025-002;3-2-25;Café De Zwaan;Workshop;1.210,00;1.000,00\r\n"
    "F2025-003;31-02-2025;Gemeente Breda;Interim HR;121,00;100,00\r\n"
    'F2025-004;2025-03-31;"Zorg; en Welzijn";Coaching;605;500\r\n'
    "\r\n"
    "F2025-005;01/04/2025;Gemeente Breda;Interim HR;;\r\n"
)


def test_decode_utf8_bom_and_windows_1252(tmp_path: Path) -> None:
    for encoding, expected in (
        ("utf-8-sig", "utf-8-sig"),
        ("utf-8", "utf-8"),
        ("cp1252", "windows-1252"),
        ("utf-16", "utf-16"),
    ):
        path = tmp_path / f"export-{encoding}.csv"
        path.write_bytes(DUTCH_EXPORT.encode(encoding))
        table = csv_import.read_csv(path)
        assert table.encoding == expected
        assert table.delimiter == ";"
        assert table.headers[0] == "Factuurnummer"  # no BOM left in the first header
        assert table.records[1][1][2] == "Café De Zwaan"


def test_guess_mapping_prefers_amount_excluding_vat() -> None:
    table = csv_import.parse_csv_text(DUTCH_EXPORT)
    assert csv_import.guess_mapping(table.headers) == {
        Field.DATE: 1,
        Field.AMOUNT: 5,
        Field.CLIENT: 2,
        Field.TITLE: 3,
        Field.INVOICE_REF: 0,
    }


def test_records_keep_their_line_numbers_and_bad_lines_are_rejected() -> None:
    table = csv_import.parse_csv_text(DUTCH_EXPORT)
    parsed, rejected = csv_import.parse_records(table, csv_import.guess_mapping(table.headers))
    assert [p.line for p in parsed] == [2, 3, 5]
    assert parsed[1].on == date(2025, 2, 3) and parsed[1].amount_cents == 100000
    assert parsed[2].client == "Zorg; en Welzijn" and parsed[2].amount_cents == 50000
    # line 4: 31 February; line 6 is empty and skipped; line 7: no amount
    assert [(r.line, r.problem) for r in rejected] == [
        (4, Problem.BAD_DATE),
        (7, Problem.MISSING_AMOUNT),
    ]
    assert "31-02-2025" in rejected[0].reason


def test_comma_separated_with_quoted_dutch_amounts() -> None:
    text = 'date,amount,client\r\n2025-01-02,"1.234,56",Acme\r\n'
    table = csv_import.parse_csv_text(text)
    assert table.delimiter == ","
    parsed, rejected = csv_import.parse_records(table, csv_import.guess_mapping(table.headers))
    assert rejected == [] and parsed[0].amount_cents == 123456 and parsed[0].title == "Acme"


def test_mapping_needs_date_amount_and_client_or_title() -> None:
    from zpdesk.services.errors import ValidationError

    table = csv_import.parse_csv_text("a;b\r\n1;2\r\n")
    with pytest.raises(ValidationError):
        csv_import.parse_records(table, {Field.DATE: 0})
    with pytest.raises(ValidationError):
        csv_import.parse_records(table, {Field.DATE: 0, Field.AMOUNT: 1})


# ------------------------------------------------------------------ database


@pytest.mark.store
def test_preview_writes_nothing_and_import_is_idempotent(db, tmp_path: Path) -> None:
    with db.session() as session:
        work.save_engagement(
            session,
            EngagementInput(
                title="Interim HR",
                client="gemeente breda",  # matched case-insensitively
                start_on=date(2024, 12, 1),
                revenue=[RevenueLine(date(2025, 1, 15), 300000, "F2025-001")],
            ),
        )
    path = tmp_path / "export.csv"
    path.write_bytes(DUTCH_EXPORT.encode("cp1252"))
    table = csv_import.read_csv(path)
    mapping = csv_import.guess_mapping(table.headers)
    with db.session() as session:
        preview = csv_import.build_preview(session, table, mapping)
        assert session.scalar(select(func.count()).select_from(RevenueEntry)) == 1
    # line 2 is already stored (same engagement, date, amount, invoice number)
    assert [(p.parsed.line, p.duplicate) for p in preview.lines] == [
        (2, True),
        (3, False),
        (5, False),
    ]
    assert preview.new_engagements == 2 and preview.total_cents == 150000
    with db.session() as session:
        result = csv_import.apply_import(session, preview)
    assert (result.added, result.engagements_created, result.skipped_duplicates) == (2, 2, 1)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RevenueEntry)) == 3
        cafe = session.scalar(select(Engagement).where(Engagement.client == "Café De Zwaan"))
        assert cafe.start_on == date(2025, 2, 3) and cafe.route == Route.OWN_ACQUISITION
        again = csv_import.build_preview(session, table, mapping)
    assert all(line.duplicate for line in again.lines)


@pytest.mark.store
def test_unknown_network_is_rejected_known_one_is_used(db) -> None:
    with db.session() as session:
        session.add(Network(name="Adviespool", kind=NetworkKind.NETWORK_ORGANISATION))
    text = "datum;bedrag;klant;netwerk\n1-3-2025;100;A;adviespool\n2-3-2025;50;B;Onbekend\n"
    table = csv_import.parse_csv_text(text)
    with db.session() as session:
        preview = csv_import.build_preview(session, table, csv_import.guess_mapping(table.headers))
        assert [(r.line, r.problem) for r in preview.rejected] == [(3, Problem.UNKNOWN_NETWORK)]
        csv_import.apply_import(session, preview)
        engagement = session.scalar(select(Engagement))
        assert engagement.route == Route.JOINT_ASSIGNMENT and engagement.network_id is not None


_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=0, max_size=20
).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
            st.integers(min_value=0, max_value=10**10),
            _text,
            _text.filter(bool),
            _text,
            _text,
        ),
        max_size=8,
    )
)
def test_export_import_round_trip(rows: list, tmp_path_factory) -> None:  # noqa: ANN001
    revenue = [
        work.RevenueRow(
            id=i,
            on=on,
            amount_cents=cents,
            invoice_ref=ref,
            note=note,
            engagement_id=i,
            client=client,
            title=title,
            network_name="",
        )
        for i, (on, cents, client, title, ref, note) in enumerate(rows)
    ]
    path = tmp_path_factory.mktemp("rt") / "revenue.csv"
    write_text_atomic(path, csv_export.revenue_csv(revenue))
    table = csv_import.read_csv(path)
    mapping = csv_import.guess_mapping(table.headers)
    assert mapping[Field.TITLE] == 3 and mapping[Field.NOTE] == 6
    parsed, rejected = csv_import.parse_records(table, mapping)
    assert rejected == []
    assert [(p.on, p.amount_cents, p.client, p.title, p.invoice_ref, p.note) for p in parsed] == [
        (r.on, r.amount_cents, r.client, r.title, r.invoice_ref, r.note) for r in revenue
    ]


@pytest.mark.store
def test_round_trip_through_two_databases(db, tmp_path: Path) -> None:
    from zpdesk.store.db import open_database

    with db.session() as session:
        network = Network(
            name="Adviespool", kind=NetworkKind.NETWORK_ORGANISATION, commission_pct=Decimal(10)
        )
        session.add(network)
        session.flush()
        work.save_engagement(
            session,
            EngagementInput(
                title="Interim; HR",
                client='De "Zwaan"',
                start_on=date(2025, 1, 1),
                network_id=network.id,
                route=Route.JOINT_ASSIGNMENT,
                revenue=[
                    RevenueLine(date(2025, 1, 31), 123456, "F-1", "eerste\nregel"),
                    RevenueLine(date(2025, 2, 28), 99, "F-2"),
                ],
            ),
        )
        assert csv_export.export_revenue(session, tmp_path / "revenue.csv") == 2
        assert csv_export.export_engagements(session, tmp_path / "engagements.csv") == 1
        original = [
            (r.on, r.amount_cents, r.client, r.title, r.invoice_ref, r.note, r.network_name)
            for r in work.list_revenue(session)
        ]
    engagements = (tmp_path / "engagements.csv").read_text(encoding="utf-8").splitlines()
    assert engagements[0].startswith("id,client,title,start,end,status,network")
    assert engagements[1].endswith(",10.00,1235.55,123.56,0.00")

    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.session() as session:
            session.add(Network(name="Adviespool", kind=NetworkKind.NETWORK_ORGANISATION))
        table = csv_import.read_csv(tmp_path / "revenue.csv")
        with other.session() as session:
            preview = csv_import.build_preview(
                session, table, csv_import.guess_mapping(table.headers)
            )
            csv_import.apply_import(session, preview)
            copied = [
                (r.on, r.amount_cents, r.client, r.title, r.invoice_ref, r.note, r.network_name)
                for r in work.list_revenue(session)
            ]
    finally:
        other.close()
    assert copied == original
