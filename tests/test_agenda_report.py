"""The printed agenda overview, built on its own (HTML content, paging, CSV rows)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtPrintSupport import QPrinter

from agenda_data import seed_agenda
from zpdesk.reports import agenda as report
from zpdesk.services import agenda

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 23, 12, 0)  # a fixed "now": the rows before it are past


@pytest.fixture
def period(db, qapp):  # noqa: ANN001, ANN201
    with db.session() as session:
        seed_agenda(session)
        return agenda.agenda_period(session, date(2026, 10, 1), date(2026, 12, 31), NOW)


def test_html_has_weeks_capacity_legend_and_clashes(period) -> None:  # noqa: ANN001
    html = report.agenda_html(period)
    # ISO weeks 40 (1–4 Oct) to 53 (28–31 Dec)
    assert "Week 40" in html and "Week 53" in html and "Week 39" not in html
    for name in ("KKP West-Brabant", "Adviseursnetwerk Zuid", "Project Gemeente Tilburg"):
        assert name in html  # the legend and the rows
    assert 'bgcolor="#e15759"' in html  # KKP's colour
    # 27 Oct: breakfast 07:30–09:00 and project meeting 08:30–09:30 overlap
    assert "Overlaps with Projectoverleg (Project Gemeente Tilburg)" in html
    # week 46: monthly 2.5 + breakfast 1.5 + intervision 2 + project 1 = 7 h; week 47 has
    # 5 h of time entries + 1 h project = 6 h; the capacity is 8 h a week
    week46 = next(w for w in period.weeks if w.iso_week == (2026, 46))
    assert week46.scheduled == 7 * 60 and not week46.over_capacity
    assert "over capacity" in html  # the legend explains the mark
    assert "moved from" in html  # 10 Nov breakfast moved to 11 Nov
    assert "<s>" in html  # the cancelled ones are struck through


def test_over_capacity_week_is_marked(db, qapp) -> None:  # noqa: ANN001
    with db.session() as session:
        ids = seed_agenda(session)
        from zpdesk.services import timelog

        timelog.create_entry(session, timelog.TimeEntryData(ids["kkp"], date(2026, 11, 12), 6 * 60))
        period = agenda.agenda_period(session, date(2026, 11, 9), date(2026, 11, 15), NOW)
    (week,) = period.weeks
    assert week.scheduled == 13 * 60 and week.over_capacity  # 7 h + 6 h > 8 h
    html = report.agenda_html(period)
    assert "13.0 h of 8.0 h" in html or "13,0 h of 8,0 h" in html
    assert "▲ over capacity" in html


def test_weeks_are_kept_on_one_page(period, tmp_path) -> None:  # noqa: ANN001
    document = report.agenda_document(period)
    printer = report.configure_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    doc = document.clone()
    doc.documentLayout().setPaintDevice(printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    height = page.height() * 0.8  # a short page forces breaks
    doc.setPageSize(QSizeF(page.width(), height))
    report.keep_weeks_together(doc, height)
    layout = doc.documentLayout()
    tables = report._week_tables(doc)
    assert len(tables) == len(period.weeks) == 14
    tops = [layout.frameBoundingRect(t).top() for t in tables]
    ends = [*tops[1:], layout.documentSize().height()]
    for top, end in zip(tops, ends, strict=True):
        if end - top < height * 0.9:
            # A week that fits on a page starts and ends on the same page (the space
            # left at its end belongs to the page break).
            first_page = int(top // height)
            content_end = min(end, (first_page + 1) * height)
            assert int((content_end - 1) // height) == first_page


def test_pdf_pages_and_footer(period, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "a.pdf"
    pages = report.write_pdf(report.agenda_document(period), path, report.footer_text(period))
    assert pages >= 2 and path.read_bytes().startswith(b"%PDF")


def test_csv_rows(period) -> None:  # noqa: ANN001
    rows = report.csv_rows(period)
    assert len(rows) == len(period.rows)
    cancelled = [r for r in rows if r["status"] == "cancelled"]
    # the project meeting of 1 Dec and the breakfast of 22 Dec were cancelled
    assert [(r["date"], r["title"]) for r in cancelled] == [
        ("2026-12-01", "Projectoverleg"),
        ("2026-12-22", "Ontbijtsessie"),
    ]
    late = next(r for r in rows if r["status"] == "late")
    # the monthly meeting of 13 Oct: 2.5 h scheduled, 2 h actually spent
    assert (late["hours"], late["counted_hours"]) == ("2.50", "2.00")
    absent = next(r for r in rows if r["status"] == "absent")
    assert absent["counted_hours"] == "0.00"
    assert report.agenda_csv(period).startswith("\ufeffdate,start,end".encode())
