"""One set of figures (issue 13): for the demo's last two years, every figure of the window's
review table is the figure of the summary text, the PDF (read back with pdftotext), the CSV
and the terminal table."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from zpdesk import clock
from zpdesk import locale_format as fmt
from zpdesk.domain.review import RowKind, money_places
from zpdesk.reports import review as report
from zpdesk.reports.review_cli import text_table
from zpdesk.ui.views.review import ReviewTableModel as M

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"),
]

MONEY = (M.REVENUE, M.COSTS, M.NET, M.PER_HOUR, M.EFFECTIVE)
FIGURES = (M.REVENUE, M.COSTS, M.NET, M.HOURS, M.WORK_HOURS, M.PER_HOUR, M.EFFECTIVE)
CSV_OF = {
    M.REVENUE: "revenue",
    M.COSTS: "costs",
    M.NET: "net",
    M.HOURS: "hours",
    M.WORK_HOURS: "work_hours",
    M.PER_HOUR: "net_per_hour",
    M.EFFECTIVE: "effective_rate",
}


def _plain(text: str) -> str:
    """pdftotext's and Qt's text made comparable: ligatures, non-breaking spaces, tags."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&")
    return unicodedata.normalize("NFKC", text).replace("\u00a0", " ")


def _in_order(line: str, texts: list[str]) -> bool:
    """The texts appear in ``line`` in this order (spaces aside: pdftotext's layout may
    drop the narrow space in "0 %")."""
    line = line.replace(" ", "")
    at = 0
    for text in (t.replace(" ", "") for t in texts):
        found = line.find(text, at)
        if found < 0:
            return False
        at = found + len(text)
    return True


@pytest.mark.parametrize("back", [1, 0])
def test_window_summary_pdf_csv_and_terminal_agree(demo_window, tmp_path: Path, back: int) -> None:
    year = clock.today().year - back
    view = demo_window.show_view("review")
    view.set_year(year)
    model = view.model
    review = view.review
    assert review is not None and review.year == year
    places = money_places(review)

    # the window's table, cell by cell
    table = {
        model.rows[r].name: {c: model.text(r, c) for c in range(model.columnCount())}
        for r in range(model.rowCount())
    }

    # the CSV: every money and hours figure is the window's, written with a dot and cents
    path = report.write_review_csv(review, tmp_path / "review.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(review.rows)
    for row, csv_row in zip(review.rows, rows, strict=True):
        shown = table[row.name]
        for column, name in CSV_OF.items():
            value = csv_row[name]
            if value == "":
                assert shown[column] == "–", (row.name, name)
            elif column in MONEY:
                assert fmt.money(Decimal(value) * 100, places) == shown[column], (row.name, name)
            else:
                assert fmt.number(Decimal(value), 1) == shown[column], (row.name, name)
        verdict = row.verdict(review.target_rate_cents)
        assert csv_row["verdict"] == ("" if verdict is None else verdict.value)
        if row.kind != RowKind.NETWORK:
            assert csv_row["verdict"] == ""

    # the terminal: the CSV's rows, every column but the one it names
    terminal = text_table(report.csv_rows(review), report.CSV_COLUMNS)
    lines = terminal.splitlines()
    assert lines[0].split() == [c for c in report.CSV_COLUMNS if c != "decision_note"]
    assert lines[-1].endswith("decision_note")
    for csv_row in rows:
        line = next(ln for ln in lines[2:] if ln.startswith(csv_row["network"]))
        values = [v for k, v in csv_row.items() if k not in ("network", "decision_note") and v]
        assert _in_order(line[len(csv_row["network"]) :], values), csv_row["network"]

    # the summary in the window: the totals and each network's deciding figure
    summary = _plain(view.summary.text())
    total = table[review.total.name]
    for column in (M.REVENUE, M.COSTS, M.NET, M.PER_HOUR, M.EFFECTIVE):
        assert total[column] in summary, column
    for row in review.networks:
        shown = table[row.name]
        figure = report.deciding_figure(row, review.target_rate_cents, places)
        assert f"{row.name} ({figure})" in summary
        if row.effective_rate_cents is not None and row.net_cents > 0:
            assert shown[M.EFFECTIVE] in figure
        elif row.net_cents <= 0:
            assert shown[M.NET] in figure

    # the PDF, read back: each row's figures in order on its line
    pdf = report.write_pdf(view.report(), tmp_path / "review.pdf")
    text = _plain(
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert _plain(report.summarise(review).opening)[:60] in " ".join(text.split())
    pdf_lines = text.splitlines()
    for row in review.rows:
        shown = table[row.name]
        # the row's first line: its name's first word (names may wrap) and its revenue
        first_word, revenue = row.name.split()[0], shown[M.REVENUE].replace(" ", "")
        index = next(
            i
            for i, ln in enumerate(pdf_lines)
            if ln.startswith(first_word) and revenue in ln.replace(" ", "")
        )
        line = pdf_lines[index]
        cells = [shown[c] for c in FIGURES]
        referrals = shown[M.REFERRALS].split(" / ")  # received / given
        cells += [part.split(" · ")[0] for part in referrals]
        cells += [shown[c] for c in (M.FULFILMENT, M.ATTENDANCE)]
        assert _in_order(line, cells), (row.name, cells, line)
        values = [part.split(" · ")[1] for part in referrals if " · " in part]
        if values:
            following = " ".join(pdf_lines[index + 1 : index + 3])
            assert _in_order(following, values), (row.name, values)
