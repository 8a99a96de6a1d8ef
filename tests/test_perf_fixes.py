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

    def counting(session, on, now=None):  # noqa: ANN001, ANN202
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
