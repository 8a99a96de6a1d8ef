"""The table models and the networks proxy, without a view."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from zpdesk.domain.enums import (
    Arrangement,
    MemberRole,
    MyRole,
    NetworkKind,
    NetworkStatus,
    ObligationKind,
)
from zpdesk.services.networks import NetworkRow, ObligationInput
from zpdesk.services.people import MembershipRow, PersonRow
from zpdesk.ui.models import ID_ROLE, SORT_ROLE
from zpdesk.ui.models import networks as nm
from zpdesk.ui.models import obligations as ob
from zpdesk.ui.models import people as pm

pytestmark = pytest.mark.gui  # needs a Qt application for the palette and icons

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def row(name, *, fee=0, pct="0", joined=None, left=None, status=NetworkStatus.ACTIVE, **kw):
    return NetworkRow(
        id=kw.get("id", hash(name) % 1000),
        name=name,
        kind=kw.get("kind", NetworkKind.OTHER),
        my_role=kw.get("role", MyRole.MEMBER),
        status=status,
        joined_on=joined,
        left_on=left,
        annual_fee_cents=fee,
        commission_pct=Decimal(pct),
        colour="#4e79a7",
        parent_id=kw.get("parent_id"),
        parent_name=kw.get("parent"),
    )


ROWS = [
    row("beta", fee=12_000, pct="12.5", joined=date(2021, 2, 1), id=1),
    row(
        "Alpha",
        fee=45_000,
        pct="2",
        joined=date(2019, 9, 1),
        kind=NetworkKind.KNOWLEDGE_NETWORK,
        id=2,
    ),
    row(
        "Gamma",
        fee=900,
        pct="100",
        joined=None,
        left=date(2024, 12, 31),
        status=NetworkStatus.ENDED,
        parent="Alpha",
        id=3,
    ),
    # leaving later: still current today
    row(
        "Delta", left=date(2027, 1, 31), status=NetworkStatus.LEAVING, joined=date(2025, 1, 1), id=4
    ),
]


@pytest.fixture
def proxy():
    model = nm.NetworkTableModel(today=TODAY)
    model.set_rows(ROWS)
    proxy = nm.NetworkFilterProxy()
    proxy.setSourceModel(model)
    proxy._model = model  # keep the source alive with the proxy
    return proxy


def column(proxy, col) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def names(proxy) -> list[str]:
    return column(proxy, nm.COL_NAME)


def test_headers_and_display() -> None:
    model = nm.NetworkTableModel(today=TODAY)
    model.set_rows(ROWS)
    headers = [
        model.headerData(c, Qt.Horizontal, Qt.DisplayRole) for c in range(model.columnCount())
    ]
    assert headers == [
        "Name",
        "Kind",
        "My role",
        "Status",
        "Since",
        "Annual fee",
        "Commission",
        "Fulfilment",
        "Breach",
    ]
    alpha = 1
    assert model.index(alpha, nm.COL_KIND).data() == "Knowledge network"
    assert model.index(alpha, nm.COL_SINCE).data() == "01/09/2019"
    assert model.index(alpha, nm.COL_FEE).data() == "€450.00"
    assert model.index(0, nm.COL_COMMISSION).data() == "12.5 %"
    assert model.index(alpha, nm.COL_COMMISSION).data() == "2 %"
    assert model.index(alpha, nm.COL_NAME).data(ID_ROLE) == 2
    assert not model.index(alpha, nm.COL_NAME).data(Qt.DecorationRole).isNull()
    assert model.index(2, nm.COL_NAME).data(Qt.ToolTipRole) == "Part of Alpha"
    assert model.index(alpha, nm.COL_FEE).data(Qt.TextAlignmentRole) & Qt.AlignRight


def test_sort_by_name_is_case_insensitive(proxy) -> None:
    proxy.sort(nm.COL_NAME, Qt.AscendingOrder)
    assert names(proxy) == ["Alpha", "beta", "Delta", "Gamma"]


def test_sort_by_fee_is_numeric_not_textual(proxy) -> None:
    # as text "€9.00" would sort after "€450.00"; as cents 900 < 12000 < 45000
    proxy.sort(nm.COL_FEE, Qt.DescendingOrder)
    assert names(proxy) == ["Alpha", "beta", "Gamma", "Delta"]


def test_sort_by_commission_and_since(proxy) -> None:
    proxy.sort(nm.COL_COMMISSION, Qt.AscendingOrder)
    assert column(proxy, nm.COL_COMMISSION) == ["0 %", "2 %", "12.5 %", "100 %"]
    proxy.sort(nm.COL_SINCE, Qt.AscendingOrder)
    # no date first, then 2019, 2021, 2025
    assert names(proxy) == ["Gamma", "Alpha", "beta", "Delta"]
    assert proxy.index(0, nm.COL_SINCE).data(SORT_ROLE) == 0


def test_text_filter_matches_every_word_anywhere(proxy) -> None:
    proxy.sort(nm.COL_NAME, Qt.AscendingOrder)
    proxy.set_text("knowledge")  # the kind's label
    assert names(proxy) == ["Alpha"]
    proxy.set_text("alpha")  # name, and Gamma's parent
    assert names(proxy) == ["Alpha", "Gamma"]
    proxy.set_text("alpha ended")  # both words: only Gamma
    assert names(proxy) == ["Gamma"]
    proxy.set_text("")
    assert proxy.rowCount() == 4


def test_status_filter(proxy) -> None:
    proxy.sort(nm.COL_NAME, Qt.AscendingOrder)
    proxy.set_status(nm.StatusFilter.CURRENT)
    assert names(proxy) == ["Alpha", "beta", "Delta"]  # Delta leaves only in 2027
    proxy.set_status(nm.StatusFilter.ENDED)
    assert names(proxy) == ["Gamma"]
    proxy.set_text("beta")
    assert names(proxy) == []
    proxy.set_status(nm.StatusFilter.ALL)
    assert names(proxy) == ["beta"]


def test_ended_rows_are_greyed() -> None:
    model = nm.NetworkTableModel(today=TODAY)
    model.set_rows(ROWS)
    assert model.index(2, nm.COL_NAME).data(Qt.ForegroundRole) is not None
    assert model.index(0, nm.COL_NAME).data(Qt.ForegroundRole) is None


def test_obligation_model_edits_in_place() -> None:
    model = ob.ObligationTableModel()
    model.set_obligations([ObligationInput(ObligationKind.PRIVACY, "AVG")])
    assert model.index(0, ob.COL_KIND).data() == "Privacy"
    assert model.index(0, ob.COL_ARRANGEMENT).data() == "Individual"
    assert model.setData(model.index(0, ob.COL_ARRANGEMENT), "collective")
    assert not model.setData(model.index(0, ob.COL_KIND), "no such kind")
    row = model.add()
    model.setData(model.index(row, ob.COL_TITLE), "Klachtenregeling")
    model.remove(0)
    assert [(o.title, o.arrangement) for o in model.obligations()] == [
        ("Klachtenregeling", Arrangement.INDIVIDUAL)
    ]
    assert model.index(0, ob.COL_TITLE).flags() & Qt.ItemIsEditable


def test_people_and_membership_models() -> None:
    people = pm.PersonTableModel()
    people.set_rows(
        [PersonRow(7, "Anna", "De Vries Advies", "Interim HR,\narbeidsrecht", "Breda", ("A", "B"))]
    )
    assert people.index(0, pm.COL_EXPERTISE).data() == "Interim HR, arbeidsrecht"
    assert people.index(0, pm.COL_NETWORKS).data() == "A, B"
    assert people.index(0, pm.COL_NAME).data(ID_ROLE) == 7
    assert people.row_of(7) == 0 and people.row_of(8) is None
    memberships = pm.MembershipTableModel()
    memberships.set_rows(
        [
            MembershipRow(
                3, 7, "Anna", 1, "KKP", "#f28e2b", MemberRole.COORDINATOR, date(2021, 1, 1), None
            )
        ]
    )
    assert [memberships.index(0, c).data() for c in range(4)] == [
        "KKP",
        "Coordinator",
        "01/01/2021",
        "",
    ]
    assert memberships.index(0, pm.M_COL_SINCE).data(SORT_ROLE) == date(2021, 1, 1).toordinal()


def test_networks_part_of_another_sit_under_it(qapp) -> None:
    """'Part of' as a tree: children under their parent, filtering keeps the path to a match."""
    rows = [
        row("Regio West", id=1),
        row("Kring Breda", id=2, parent_id=1, parent="Regio West"),
        row("Tafel Oost", id=3, parent_id=2, parent="Kring Breda"),
        row("Los netwerk", id=4),
        row("Lus A", id=5, parent_id=6),  # a loop in the data must not hang or vanish
        row("Lus B", id=6, parent_id=5),
    ]
    model = nm.NetworkTableModel(today=TODAY)
    model.set_rows(rows)
    tester_indexes = [model.index(r, 0) for r in range(model.rowCount())]
    assert sorted(i.data() for i in tester_indexes) == [
        "Los netwerk",
        "Lus A",
        "Lus B",
        "Regio West",
    ]
    west = model.index_of(1)
    assert model.rowCount(west) == 1
    breda = model.index(0, nm.COL_NAME, west)
    assert breda.data() == "Kring Breda" and breda.parent() == west
    oost = model.index(0, nm.COL_NAME, breda)
    assert oost.data() == "Tafel Oost" and model.index_of(3) == oost
    assert model.rowCount(oost) == 0
    assert not model.index_of(6).parent().isValid()  # the loop is broken at the top

    proxy = nm.NetworkFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("oost")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Regio West"]
    assert proxy.mapFromSource(oost).isValid()
    from PySide6.QtTest import QAbstractItemModelTester

    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
