"""The Networks table shows each network's fulfilment and flags a breach."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from zpdesk.domain.enums import Direction, ExpectationArea, NetworkKind
from zpdesk.services import contract
from zpdesk.store.models import Network
from zpdesk.ui.models import networks as nm

pytestmark = pytest.mark.gui


def _cell(window, name: str, column: int) -> str:
    view = window.show_view("networks")
    model = view.proxy
    for row in range(model.rowCount()):
        if model.index(row, nm.COL_NAME).data() == name:
            return model.index(row, column).data() or ""
    raise AssertionError(f"{name} not in the table")


def test_breach_appears_after_two_low_checkins(window, qtbot) -> None:
    today = date.today()
    with window.context.db.session() as session:
        network = Network(name="Zakenkring", kind=NetworkKind.REFERRAL_GROUP)
        session.add(network)
        session.flush()
        network_id = network.id
    data = contract.ExpectationData(
        direction=Direction.GET,
        area=ExpectationArea.WORK_REFERRALS,
        statement="Two referrals a year",
        importance=5,
        opened_on=today - timedelta(days=200),
    )
    expectation_id = window.context.actions.run(
        "Add expectation", lambda s: contract.add_expectation(s, network_id, data)
    )
    assert _cell(window, "Zakenkring", nm.COL_BREACH) == ""

    # scores 2 then 1: importance 5 ≥ 4 and the last two ≤ 2, so a breach;
    # fulfilment is the latest score only: (1 − 1) / 4 = 0 %
    for days_ago, score in ((90, 2), (5, 1)):
        window.context.actions.run(
            "Check-in",
            lambda s, d=days_ago, sc=score: contract.add_checkin(
                s, expectation_id, today - timedelta(days=d), sc
            ),
        )
    assert "1" in _cell(window, "Zakenkring", nm.COL_BREACH)
    assert _cell(window, "Zakenkring", nm.COL_FULFILMENT) == "0 %"


def test_demo_shows_the_referral_group_breach(demo_window) -> None:
    assert _cell(demo_window, "Zakenkring De Schelde", nm.COL_BREACH) != ""
    assert _cell(demo_window, "KKP West-Brabant", nm.COL_BREACH) == ""
    assert _cell(demo_window, "KKP West-Brabant", nm.COL_FULFILMENT).endswith("%")
