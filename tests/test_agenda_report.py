"""The printed agenda overview, built on its own (HTML content, paging, CSV rows)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtPrintSupport import QPrinter

from agenda_data import seed_agenda
from zpdesk.reports import agenda as report
from zpdesk.services import agenda

pytestmark = [pytest.mark.store, pytest.mark.both_stores]

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


def _laid_out(document, tmp_path):  # noqa: ANN001, ANN202
    """``document`` laid out as ``render`` does: one long page at the printer's width."""
    printer = report.configure_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    doc = document.clone(document)  # lives as long as the original
    doc.documentLayout().setPaintDevice(printer)
    doc.setDocumentMargin(0)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    doc.setTextWidth(page.width())
    return doc, page.height()


# The weeks here are 6–21 % of a page high: at 15 % the longer ones run over a page.
@pytest.mark.parametrize("share", [0.8, 0.15])
def test_weeks_are_kept_on_one_page(period, tmp_path, share) -> None:  # noqa: ANN001
    document = report.agenda_document(period)
    doc, page_height = _laid_out(document, tmp_path)
    height = page_height * share
    end = doc.documentLayout().documentSize().height()
    cuts, week_tops = report.layout_marks(doc)
    assert len(week_tops) == len(period.weeks) == 14
    slices = report.page_slices(doc, height)
    # The pages follow each other without gap or overlap, cover the document, and none
    # is higher than a page.
    assert slices[0][0] == 0 and slices[-1][1] == end
    assert all(before[1] == after[0] for before, after in zip(slices, slices[1:], strict=False))
    assert all(0 < bottom - top <= height for top, bottom in slices)
    # Every page ends at a clean cut (a table, row or paragraph top): no row is split.
    assert all(bottom in cuts for _top, bottom in slices[:-1])
    weeks = list(zip(week_tops, [*week_tops[1:], end], strict=True))
    long_weeks = 0
    for top, stop in weeks:
        page = next(i for i, (first, bottom) in enumerate(slices) if first <= top < bottom)
        if stop - top <= height * 0.9:
            # A week that fits on a page starts and ends on the same page.
            assert stop <= slices[page][1]
        else:
            # A longer week may run on, but starts with at least a fifth of a page.
            long_weeks += 1
            assert slices[page][0] == top or slices[page][0] + height - top >= height * 0.2
    if share < 0.5:
        assert long_weeks  # the short pages did test the second rule


def test_rows_are_cut_between_rows(period, tmp_path) -> None:  # noqa: ANN001
    # Every row of a week's table starts at a cut, and the cuts lie between the
    # heading tables: the 14 weeks have len(period.rows) rows between them.
    document = report.agenda_document(period)
    doc, _height = _laid_out(document, tmp_path)
    cuts, week_tops = report.layout_marks(doc)
    assert cuts == sorted(cuts) and set(week_tops) <= set(cuts)
    # per week at least: heading, bar, rows table, and a cut per row after the header
    assert len(cuts) >= 3 * len(week_tops) + len(period.rows)


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


# --- what is counted, and who and when it is for (issue 14) ---------------------------


@pytest.fixture
def marked_period(db, qapp):  # noqa: ANN001, ANN201
    """Four Monday meetings of 2 h in November 2026: attended, absent, substitute, cancelled."""
    from zpdesk.domain.enums import Attendance, NetworkKind
    from zpdesk.store.models import Network, UserSettings

    with db.session() as session:
        session.add(UserSettings(id=1, name="Sanne de Vries", weekly_capacity_minutes=8 * 60))
        network = Network(name="Kring Zuid", kind=NetworkKind.KNOWLEDGE_NETWORK, colour="#4e79a7")
        session.add(network)
        session.flush()
        series = agenda.create_commitment(
            session,
            agenda.CommitmentData(
                network.id, "Kringoverleg", datetime(2026, 11, 2, 10, 0), 120,
                rrule="FREQ=WEEKLY;COUNT=4",
            ),
        )  # fmt: skip
        agenda.set_attendance(session, series, datetime(2026, 11, 9, 10, 0), Attendance.ABSENT)
        agenda.set_attendance(session, series, datetime(2026, 11, 16, 10, 0), Attendance.SUBSTITUTE)
        agenda.cancel_occurrence(session, series, datetime(2026, 11, 23, 10, 0))
        return agenda.agenda_period(
            session, date(2026, 11, 2), date(2026, 11, 29), datetime(2026, 11, 30, 12, 0)
        )


def _cards(html: str) -> list[tuple[str, str]]:
    """The summary tiles as (number, label)."""
    import re

    return re.findall(
        r'<span class="cardnum"[^>]*>([^<]*)</span><br/><span class="cardlabel">([^<]*)</span>',
        html,
    )


def test_absent_substitute_and_cancelled_count_no_hours(marked_period) -> None:  # noqa: ANN001
    html = report.agenda_html(marked_period)
    # Only 2 November takes my time: 1 meeting, 2.0 h; weeks 45–48, none over 8 h.
    assert _cards(html) == [
        ("1", "meeting that takes your time"),
        ("2.0", "hours scheduled"),
        ("8.0", "hours capacity per week"),
        ("0 / 4", "weeks over capacity"),
        ("0", "meetings that overlap"),
    ]
    assert [w.scheduled for w in marked_period.weeks] == [120, 0, 0, 0]
    # The three not-counted rows show their 2.0 h struck through beside 0.0.
    struck = '<span class="cancelled"><s>2.0</s></span> 0.0'
    assert html.count(struck) == 3
    rows = report.csv_rows(marked_period)
    assert [(r["status"], r["hours"], r["counted_hours"]) for r in rows] == [
        ("attended", "2.00", "2.00"),
        ("absent", "2.00", "0.00"),
        ("substitute", "2.00", "0.00"),
        ("cancelled", "2.00", "0.00"),
    ]
    lines = report.text_summary(marked_period).splitlines()
    assert [line.split("  ")[-1] for line in lines if "Kringoverleg" in line] == [
        "2.0 h",
        "0.0 h",
        "0.0 h",
        "0.0 h",
    ]


def test_overview_carries_name_period_and_print_date(marked_period) -> None:  # noqa: ANN001
    html = report.agenda_html(marked_period)
    assert "<b>Sanne de Vries</b>" in html
    assert "2 November 2026 to 29 November 2026" in html
    assert "Printed 30 Nov 2026 12:00" in html
    assert report.footer_text(marked_period) == (
        "zpdesk · Agenda overview · Sanne de Vries · 2 November 2026 to 29 November 2026"
    )
    assert report.text_summary(marked_period).splitlines()[0] == (
        "Agenda overview · Sanne de Vries · 2 November 2026 to 29 November 2026"
    )


def test_dutch_overview_uses_u_and_dutch_plurals(marked_period, qapp) -> None:  # noqa: ANN001
    from zpdesk import translations

    translations.install_translators(qapp, "nl")
    try:
        html = report.agenda_html(marked_period)
        assert _cards(html)[0] == ("1", "bijeenkomst die je tijd kost")
        assert "2 november 2026 tot en met 29 november 2026" in html
        assert "Afgedrukt 30 nov 2026 12:00" in html
        assert "2,0 u van 8,0 u" in html and " h<" not in html and " h " not in html
        assert '<span class="cancelled"><s>2,0</s></span> 0,0' in html
    finally:
        translations.install_translators(qapp, "en")
