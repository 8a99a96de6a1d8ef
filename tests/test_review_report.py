"""The review as CSV and PDF: from the builders and through ``zpdesk review``."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from review_data import NOW, build
from zpdesk.cli import main
from zpdesk.reports import review as report

pytestmark = [pytest.mark.store, pytest.mark.both_stores]


@pytest.fixture
def data(db, qapp):  # noqa: ANN001, ANN201 - QGuiApplication for fonts and painting
    with db.session() as session:
        return build(session)


@pytest.fixture
def english():  # noqa: ANN201
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _check_sums(rows: list[dict[str, str]]) -> None:
    """Every amount is rounded from its exact value (issue 13: never rounded-minus-rounded), so
    a row's net and the totals agree with their parts to within the rounding of each part."""
    cent = Decimal("0.01")
    for row in rows:
        assert abs(Decimal(row["net"]) - Decimal(row["revenue"]) + Decimal(row["costs"])) <= cent
    body, total = rows[:-1], rows[-1]
    assert total["network"] == "total"
    for column in ("revenue", "costs", "net", "hours", "referrals_received_value"):
        slack = cent / 2 * (len(body) + 1)
        assert abs(Decimal(total[column]) - sum(Decimal(r[column]) for r in body)) <= slack
    for column in ("referrals_received", "referrals_given"):
        assert int(total[column]) == sum(int(r[column]) for r in body), column


def test_csv_of_the_hand_computed_year(db, data, tmp_path: Path) -> None:
    with db.session() as session:
        built = report.build_report(session, 2025, NOW)
    path = report.write_review_csv(built.review, tmp_path / "out" / "review.csv")
    rows = _read(path)
    assert list(rows[0].keys())[:10] == [
        "network",
        "revenue",
        "costs",
        "hours",
        "net",
        "net_per_hour",
        "referrals_received",
        "referrals_received_value",
        "referrals_given",
        "referrals_given_value",
    ]
    assert [r["network"] for r in rows] == [
        "Adviespool",
        "Kenniskring",
        "Nieuwe kring",
        "Zorgproject",
        "own acquisition",
        "total",
    ]
    a = rows[0]
    # see test_review: 5 500 revenue, 1 070.50 costs, 6.5 h, 681.46 per hour, fulfilment 75 %
    assert (a["revenue"], a["costs"], a["net"], a["hours"]) == (
        "5500.00",
        "1070.50",
        "4429.50",
        "6.50",
    )
    assert a["net_per_hour"] == "681.46"
    assert (a["fulfilment"], a["attendance_rate"]) == ("75.0", "66.7")
    assert (a["decision"], a["decision_note"]) == ("renegotiate", "Lower the cut")
    assert rows[3]["net_per_hour"] == "" and rows[3]["fulfilment"] == ""
    assert rows[-1]["revenue"] == "10500.00" and rows[-1]["costs"] == "1252.80"
    _check_sums(rows)
    assert not list(path.parent.glob(".*.partial"))  # the temporary file was moved into place


def test_rounding_keeps_rows_and_totals_consistent(db, qapp, tmp_path: Path) -> None:
    # three engagements of 0.01 at 50 % commission: each costs 0.005 → shown 0.01 per row
    from datetime import date

    from zpdesk.domain.enums import NetworkKind, Route
    from zpdesk.services import work
    from zpdesk.store.models import Network

    with db.session() as session:
        for name in ("A", "B", "C"):
            network = Network(
                name=name,
                kind=NetworkKind.OTHER,
                commission_pct=Decimal(50),
                joined_on=date(2025, 1, 1),
            )
            session.add(network)
            session.flush()
            work.save_engagement(
                session,
                work.EngagementInput(
                    title="t",
                    start_on=date(2025, 1, 1),
                    network_id=network.id,
                    route=Route.JOINT_ASSIGNMENT,
                    revenue=[work.RevenueLine(date(2025, 1, 2), 1)],
                ),
            )
        built = report.build_report(session, 2025, NOW)
    rows = _read(report.write_review_csv(built.review, tmp_path / "r.csv"))
    _check_sums(rows)
    # Every amount is rounded from its exact value (issue 13 changed this from "the total is
    # the sum of the shown rows", which gave 0.03): rows 0.005 → 0.01, total 0.015 → 0.02.
    assert [r["costs"] for r in rows] == ["0.01", "0.01", "0.01", "0.00", "0.02"]


def test_summary_names_what_pays_off_how(db, data, english) -> None:
    with db.session() as session:
        built = report.build_report(session, 2025, NOW)
    summary = report.summarise(built.review)
    heads = dict(summary.verdicts)
    # In whole euros the nets would not add up (4 430 − 162 + 4 980 = 9 248, the exact
    # total 9 247.20 → 9 247), so the summary, like the printed table, shows cents.
    # A has no work hours: its effective rate equals its net per hour, 681.46 ≥ 95
    assert heads["Pays at or above your target rate:"] == (
        "Adviespool (effective rate €681.46 per hour)."
    )
    # B: net −162.30 ≤ 0 and fulfilment 100 % ≥ 60 %
    assert heads["Pays in other ways than money (expectations met):"] == (
        "Kenniskring (net -€162.30, fulfilment 100 %)."
    )
    # nothing received and nothing checked: by DOMAIN.md's rule it costs more than it brings
    # (the old "Nothing recorded" group is gone); E's referral given never makes it pay
    assert heads["Costs more than it brings:"] == (
        "Nieuwe kring (net €0.00, expectations not checked), "
        "Zorgproject (net €0.00, expectations not checked)."
    )
    assert "Membership ended: Kenniskring." in summary.closing
    assert "No decision recorded yet for: Kenniskring, Nieuwe kring, Zorgproject." in (
        summary.closing
    )


def test_document_holds_table_charts_and_decisions(db, data) -> None:
    with db.session() as session:
        built = report.build_report(session, 2025, NOW)
    document = report.review_document(built)
    text = document.toPlainText()
    for expected in (
        "Yearly review 2025",
        "Figures per network",
        "Decisions for 2026",
        "Lower the cut",
        "Own acquisition",
        "Total",
        "Effective hourly rate per network",
        "Work hours",
    ):
        assert expected in text
    html = document.toHtml()
    assert html.count("<img") == 3


def test_empty_year_report(db, qapp, tmp_path: Path) -> None:
    with db.session() as session:
        built = report.build_report(session, 2018, NOW)
    assert report.summarise(built.review).paragraphs() == [
        "Nothing was recorded for 2018: no networks, revenue or costs."
    ]
    path = report.write_pdf(built, tmp_path / "empty.pdf")
    assert path.read_bytes().startswith(b"%PDF")


def test_cli_review_writes_csv_and_pdf(db, data, tmp_path: Path, capsys) -> None:
    db.close()
    out_csv, out_pdf = tmp_path / "rv.csv", tmp_path / "rv.pdf"
    code = main(
        [
            "review",
            "--db",
            db.location,
            "--year",
            "2025",
            "--csv",
            str(out_csv),
            "--pdf",
            str(out_pdf),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(out_csv), str(out_pdf)]
    rows = _read(out_csv)
    _check_sums(rows)
    assert rows[-2]["network"] == "own acquisition"
    pdf = out_pdf.read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000  # text, table and three images
    # landscape A4 (issue 13: 13 columns, 40 networks fit): words and table, then the
    # charts on two pages
    assert b"/Count 3" in pdf


def test_cli_review_prints_a_table_without_outputs(db, data, capsys) -> None:
    db.close()
    assert main(["review", "--db", db.location, "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["network", "revenue", "costs"]
    assert "own acquisition" in out and "total" in out


def test_cli_review_refuses_a_silly_year(db, capsys) -> None:
    db.close()
    assert main(["review", "--db", db.location, "--year", "99"]) == 2
    assert "--year" in capsys.readouterr().err
