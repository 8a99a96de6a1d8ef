"""The Review view, its charts and outputs, and the Overview's year-to-date section."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from review_data import build
from zpdesk.domain.enums import Decision
from zpdesk.domain.review import RowKind, Verdict
from zpdesk.reports.review import verdict_text
from zpdesk.store.models import YearDecision
from zpdesk.ui.views.review import ReviewTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db) -> dict[str, int]:
    with db.session() as session:
        return build(session)


@pytest.fixture
def review_view(window, ids):
    view = window.show_view("review")
    view.set_year(2025)
    return view


def _row(view, name: str) -> int:
    return next(i for i, r in enumerate(view.model.rows) if r.name == name)


def test_table_shows_the_year(review_view) -> None:
    model = review_view.model
    names = [r.name for r in model.rows]
    # the totals row says what it includes (issue 13: one labelled definition of the totals)
    assert names[-2:] == ["Own acquisition", "Total (networks and own acquisition)"]
    assert "Oud netwerk" not in names
    a = _row(review_view, "Adviespool")
    assert model.rows[a].revenue_cents == 550000
    assert model.index(a, ReviewTableModel.NAME).data() == "Adviespool"
    b = _row(review_view, "Kenniskring")
    assert model.index(b, ReviewTableModel.NAME).data().startswith("Kenniskring (")  # ended
    costs_tip = model.index(a, ReviewTableModel.COSTS).data(Qt.ItemDataRole.ToolTipRole)
    assert costs_tip.count("€") == 3  # fee + other expenses + commission
    assert "Adviespool" in review_view.summary.text()


def test_sorting_keeps_own_acquisition_and_total_last(review_view) -> None:
    table, proxy = review_view.table, review_view.proxy
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(ReviewTableModel.NET, order)
        kinds = [
            review_view.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].kind
            for r in range(proxy.rowCount())
        ]
        assert kinds[-2:] == [RowKind.OWN_ACQUISITION, RowKind.TOTAL]
    table.sortByColumn(ReviewTableModel.NET, Qt.SortOrder.DescendingOrder)
    first = review_view.model.rows[proxy.mapToSource(proxy.index(0, 0)).row()]
    assert first.name == "Adviespool"  # the highest net


def test_a_click_shows_the_verdict_and_the_referrals_both_ways(review_view, qtbot) -> None:
    """The verdict sits beside the decision (the summary lists them all); one column holds
    the referrals received / given (Adviespool: received 1 without estimate, given 1 of
    €800; test_review.py computes them)."""
    table, proxy = review_view.table, review_view.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, ReviewTableModel.NAME).data() == "Adviespool"
    )
    assert (
        proxy.index(row, ReviewTableModel.REFERRALS).data() == "1 · €0.00 / 1 · €800.00"
    )  # English, cents
    rect = table.visualRect(proxy.index(row, ReviewTableModel.NET))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = review_view.decision
    assert panel.hint.text() == "Verdict: " + verdict_text(Verdict.AT_OR_ABOVE_TARGET)
    assert panel.decision.currentData() == Decision.RENEGOTIATE


def test_decision_is_edited_in_the_view(review_view, db, ids, qtbot) -> None:
    review_view.select_network(ids["B"])
    panel = review_view.decision
    assert panel.decision.isEnabled()
    panel.decision.setCurrentIndex(panel.decision.findData(Decision.LEAVE))
    qtbot.keyClicks(panel.note, "Stopped in June")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        saved = session.scalar(
            select(YearDecision).where(
                YearDecision.network_id == ids["B"], YearDecision.year == 2025
            )
        )
        assert (saved.decision, saved.note) == (Decision.LEAVE, "Stopped in June")
    row = _row(review_view, "Kenniskring")
    assert review_view.model.rows[row].decision == Decision.LEAVE
    assert panel.decision.currentData() == Decision.LEAVE  # the panel shows it after the refresh
    assert review_view.selected_network_id() == ids["B"]  # the selection survived the refresh
    # own acquisition has no decision to take
    review_view.table.selectRow(len(review_view.model.rows) - 2)
    assert not panel.decision.isEnabled()


def test_charts_show_figures_on_hover(review_view) -> None:
    net = review_view.net_chart
    assert [r.name for r in net.rows] == [r.name for r in review_view.review.networks]
    a = next(i for i, r in enumerate(net.rows) if r.name == "Adviespool")
    text = net.tooltip_at(a + 0.1, 100.0)
    assert "Adviespool" in text and "6,5" in text.replace(".", ",")  # 6.5 hours
    assert net.tooltip_at(a + 0.45, 100.0) == ""  # beside the bar

    scatter = review_view.scatter_chart
    review_view.charts.setCurrentWidget(scatter)  # each chart is drawn when its tab is shown
    row = scatter.rows[a]
    assert "Adviespool" in scatter.tooltip_at(float(row.hours), float(row.revenue_cents) / 100)

    trend = review_view.trend_chart
    review_view.charts.setCurrentWidget(trend)
    series = next(s for s in trend.series if s.name == "Adviespool")
    assert [p.year for p in series.points] == [2023, 2024, 2025]
    point = series.points[-1]
    text = trend.tooltip_at(2025, float(point.net_per_hour_cents) / 100)
    assert "Adviespool" in text and "2025" in text
    trend.figure_choice.setCurrentIndex(trend.figure_choice.findData("revenue"))
    assert "Adviespool" in trend.tooltip_at(2025, 5500.0)


def test_the_trend_is_computed_when_its_tab_is_shown(review_view, db) -> None:
    from zpdesk.services import review as review_service

    # Opening the view draws the visible chart only: the trend needs four more years.
    assert review_view.charts.currentWidget() is review_view.net_chart
    assert review_view.trend is None and review_view.trend_chart.series == []
    review_view.charts.setCurrentWidget(review_view.trend_chart)
    # The same series as the service computes for 2021–2025 in one go.
    with db.session() as session:
        expected = review_service.trend(
            session, 2025, 5, review_view._now, own_name="Own acquisition"
        )
    assert review_view.trend_chart.series == expected
    assert [p.year for p in expected[0].points]  # something was drawn
    # Another year: the visible trend tab is redrawn for it at once.
    review_view.set_year(2024)
    assert {p.year for s in review_view.trend_chart.series for p in s.points} <= set(
        range(2020, 2025)
    )


def test_print_preview_pdf_and_csv(review_view, qtbot, monkeypatch, tmp_path: Path) -> None:
    review_view.print_preview()
    dialog = review_view.preview_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    pdf = tmp_path / "review.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(review_view.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    csv_path = tmp_path / "review.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_path), ""))
    qtbot.mouseClick(review_view.csv_button, Qt.MouseButton.LeftButton)
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("network,revenue,costs,hours,net,net_per_hour")
    assert lines[-1].startswith("total,10500.00,1252.80,")


def test_year_selector_changes_the_table(review_view) -> None:
    review_view.set_year(2018)
    assert [r.kind for r in review_view.model.rows] == [RowKind.OWN_ACQUISITION, RowKind.TOTAL]
    review_view.set_year(2024)
    assert [r.name for r in review_view.review.networks] == ["Adviespool", "Kenniskring"]


def test_year_to_date_widget(qtbot, db, ids) -> None:
    from zpdesk.ui.actions import ActionRunner
    from zpdesk.ui.context import ViewContext
    from zpdesk.ui.views.overview_money import YearToDateWidget

    widget = YearToDateWidget(ViewContext(db=db, actions=ActionRunner(db), ui_settings=None))
    qtbot.addWidget(widget)
    widget.refresh(today=date(2025, 4, 30))
    model = widget.model
    a = next(i for i, r in enumerate(model.rows) if r.name == "Adviespool")
    # to 30 April: revenue 3 000 + 1 000 = 4 000 over 6.5 hours (see test_review)
    assert model.rows[a].revenue_cents == 400000
    assert model.rows[a].minutes == 390
    assert model.index(a, 3).data() != "–"
    assert model.rows[-1].kind == RowKind.TOTAL
    assert "2025" in widget.title.text()
    assert model.rows[a].net_per_hour_cents > Decimal(0)


@pytest.mark.slow
def test_pyqtgraph_stays_out_of_start_up(tmp_path: Path) -> None:
    """Opening the window does not import pyqtgraph; opening the Review view does."""
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from zpdesk.store.db import open_database\n"
        "from zpdesk.ui.app import application, build_window\n"
        "from zpdesk.ui.ui_settings import UiSettings\n"
        "app = application()\n"
        f"db = open_database({str(tmp_path / 'x.sqlite')!r})\n"
        f"ini = {str(tmp_path / 'ui.ini')!r}\n"
        "settings = UiSettings(QSettings(ini, QSettings.Format.IniFormat))\n"
        "window = build_window(db, settings)\n"
        "window.show_view('work')\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
        "window.show_view('review')\n"
        "print('pyqtgraph' in sys.modules)\n"
        "window.close(); del window\n"
        "db.close()\n"
        "os._exit(0)\n"  # skip interpreter teardown: only the imports are under test
    )
    src = Path(__file__).resolve().parents[1] / "src"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(src)},
        timeout=60,
    )
    assert result.stdout.split() == ["False", "False", "True"], result.stderr


def test_over_the_years_leaves_a_gap_for_a_missing_year(review_view) -> None:
    """Issue 14: a year a network was not in is drawn as a gap, never as € 0."""
    import math

    from zpdesk.domain.review import TrendPoint, TrendSeries

    def point(year: int, cents: int) -> TrendPoint:
        return TrendPoint(year, cents, Decimal(cents), 60, Decimal(cents), Decimal(cents))

    series = [TrendSeries(1, "Kring", "#4e79a7", [point(2021, 5000), point(2023, 7000)])]
    trend = review_view.trend_chart
    trend.set_series(series, 9500)
    for key in ("effective_rate", "net", "revenue"):
        trend.figure_choice.setCurrentIndex(trend.figure_choice.findData(key))
        line = next(item for item in trend.plot.listDataItems() if item.name() == "Kring")
        xs, ys = line.getData()
        assert list(xs) == [2021, 2022, 2023]
        assert ys[0] == 50.0 and math.isnan(ys[1]) and ys[2] == 70.0, key
