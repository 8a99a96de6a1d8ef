"""The fixes the benchmark led to (bench/RESULTS.md) keep their results correct."""

from __future__ import annotations

import pytest

from zpdesk.ui.views.overview import RefreshMemo

pytestmark = pytest.mark.gui


def test_refresh_memo_shares_only_within_one_refresh() -> None:
    memo = RefreshMemo()
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert memo.get("k", compute) == 1  # outside a refresh: computed every time
    assert memo.get("k", compute) == 2
    with memo.refreshing():
        assert memo.get("k", compute) == 3
        assert memo.get("k", compute) == 3  # shared within the refresh
        assert memo.get("other", compute) == 4
    with memo.refreshing():
        assert memo.get("k", compute) == 5  # a new refresh starts anew
    assert len(calls) == 5


def test_overview_computes_the_contract_overview_once_per_refresh(
    demo_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zpdesk.services import contract

    original = contract.contract_overview
    calls: list[object] = []

    def counting(session, on, now=None):
        calls.append(on)
        return original(session, on, now)

    monkeypatch.setattr(contract, "contract_overview", counting)
    overview = demo_window.show_view("overview")
    overview.refresh()
    assert len(calls) == 1  # three contract sections, one calculation
    overview.refresh()
    assert len(calls) == 2  # and a new one on the next refresh (data may have changed)
    # every section still shows what the calculation found
    with demo_window.context.db.session() as session:
        expected = original(session, overview.today())
    assert overview.sections["networks"].model.rowCount() == len(expected.live_networks)
    assert overview.sections["breaches"].model.rowCount() == len(expected.breaches)


def _cells(model, row: int) -> list[str]:
    return [str(model.index(row, c).data() or "") for c in range(model.columnCount())]


def test_engagement_filter_matches_any_shown_column_in_any_case(demo_window, qtbot) -> None:
    """The filter tests cached row texts; it must find what a cell-by-cell search finds."""
    tab = demo_window.show_view("work").engagements
    model = tab.model
    counts: dict[str, int] = {}
    for needle in ("STICHTING", "gemeente", "2025", "€", "won", "zzz-none"):
        tab.filter.clear()
        if needle.isascii():
            qtbot.keyClicks(tab.filter, needle)
        else:  # QTest cannot type "€"
            tab.filter.setText(needle)
        expected = [
            model.row_at(r).id
            for r in range(model.rowCount())
            if any(needle.casefold() in text.casefold() for text in _cells(model, r))
        ]
        shown = [
            model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()).id
            for r in range(tab.proxy.rowCount())
        ]
        counts[needle] = len(expected)
        assert sorted(shown) == sorted(expected), needle
        assert sorted(r.id for r in tab.matching_rows()) == sorted(expected)
        assert tab.footer.text().startswith(f"{len(expected)} ")
    print(counts)
    # the needles cover names, dates, amounts and labels, and one that matches nothing
    assert all(counts[n] > 0 for n in ("gemeente", "2025", "€", "won")) and counts["zzz-none"] == 0


def test_engagement_filter_sees_rows_added_after_it_was_used(demo_window, qtbot) -> None:
    from datetime import date

    from zpdesk.services import work

    tab = demo_window.show_view("work").engagements
    qtbot.keyClicks(tab.filter, "Quokka")
    assert tab.proxy.rowCount() == 0  # the texts are cached now
    with demo_window.context.db.session() as session:
        work.save_engagement(
            session, work.EngagementInput(title="Quokka audit", start_on=date(2025, 5, 1))
        )
    tab.refresh()
    assert tab.proxy.rowCount() == 1  # new rows, new texts
    assert [r.title for r in tab.matching_rows()] == ["Quokka audit"]
