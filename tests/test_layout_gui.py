"""Layouts that fit, in Dutch, on the demo data: at 1280×800 no name or network is cut short
(the free-text columns give way), the sidebar reads "Overzicht" at 1024×640, and column
widths the user drags come back in the next session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from zpdesk.ui import i18n
from zpdesk.ui.agenda.models import OccurrenceTableModel, SeriesTableModel, TimeEntryTableModel
from zpdesk.ui.models import networks as nm
from zpdesk.ui.models import people as pm
from zpdesk.ui.views.review import ReviewTableModel

pytestmark = pytest.mark.gui

# The work tables' columns that hold names (see ui/work/models.py).
ENGAGEMENT_NAMES = (0, 5, 6)  # client, network, via
REFERRAL_NAMES = (1, 2, 3)  # to, network, client
EXPENSE_NAMES = (1,)  # network


@pytest.fixture
def dutch_window(qapp, qtbot, demo_db, ui_settings):
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, "nl")
    window = build_window(demo_db, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    i18n.install_translators(qapp, "en")


def _cells(table: QAbstractItemView, column: int):
    """(index, depth) of every row's cell in ``column``, nested rows too."""
    model = table.model()
    pending = [(QModelIndex(), 0)]
    while pending:
        parent, depth = pending.pop()
        for row in range(model.rowCount(parent)):
            yield model.index(row, column, parent), depth
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                pending.append((first, depth + 1))


def elided(table: QAbstractItemView, columns: tuple[int, ...]) -> list[str]:
    """Cells whose text (plus icon and the tree's indent) is wider than their column."""
    metrics = table.fontMetrics()
    header = table.header() if isinstance(table, QTreeView) else table.horizontalHeader()
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    found = []
    for column in columns:
        width = header.sectionSize(column)
        for index, depth in _cells(table, column):
            text = str(index.data() or "")
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            used = metrics if font is None else QFontMetrics(font)  # e.g. titles in bold
            needed = max(used.horizontalAdvance(line) for line in text.split("\n")) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += table.iconSize().width() if table.iconSize().isValid() else 16
                needed += 4
            if isinstance(table, QTreeView) and column == 0:
                needed += table.indentation() * (depth + 1)
            if needed > width:
                found.append(f"{table.objectName()}[{column}] {text!r}: {needed} > {width}")
    return found


def test_no_name_is_elided_at_1280x800(dutch_window, qtbot) -> None:
    window = dutch_window
    problems: list[str] = []

    networks = window.show_view("networks")
    qtbot.waitUntil(lambda: networks.proxy.rowCount() > 0)
    problems += elided(networks.table, (nm.COL_NAME,))

    people = window.show_view("people")
    qtbot.waitUntil(lambda: people.proxy.rowCount() > 0)
    problems += elided(people.table, (pm.COL_NAME, pm.COL_ORGANISATION, pm.COL_NETWORKS))
    for row in range(people.proxy.rowCount()):  # every person's memberships
        people.table.selectRow(row)
        problems += elided(people.membership_table, (pm.M_COL_NETWORK,))

    agenda = window.show_view("agenda")
    agenda.set_mode("month")
    qtbot.waitUntil(lambda: agenda.occurrence_proxy.rowCount() > 0)
    problems += elided(
        agenda.occurrence_table, (OccurrenceTableModel.NETWORK, OccurrenceTableModel.TITLE)
    )
    for tab, table, column in (
        (1, agenda.series_table, SeriesTableModel.NETWORK),
        (2, agenda.entry_table, TimeEntryTableModel.NETWORK),
    ):
        agenda.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(table.isVisible)
        problems += elided(table, (column,))

    work = window.show_view("work")
    for tab, columns in (
        (work.engagements, ENGAGEMENT_NAMES),
        (work.referrals, REFERRAL_NAMES),
        (work.expenses, EXPENSE_NAMES),
    ):
        work.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.proxy.rowCount() > 0)
        problems += elided(tab.table, columns)
    assert problems == []


def test_the_review_table_fits_without_scrolling_at_1280x800(dutch_window, qtbot) -> None:
    """Every column of the year's review in sight, no name cut short, the totals' long name
    on two lines (issue 14)."""
    review = dutch_window.show_view("review")
    qtbot.waitUntil(lambda: review.proxy.rowCount() > 0)
    table = review.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.length() <= table.viewport().width()
    assert elided(table, (ReviewTableModel.NAME,)) == []
    assert elided(table, tuple(range(1, header.count()))) == []  # nor a figure
    total = review.proxy.index(review.proxy.rowCount() - 1, ReviewTableModel.NAME)
    assert total.data() == "Totaal (netwerken en\neigen acquisitie)"
    assert table.rowHeight(total.row()) >= 2 * table.fontMetrics().lineSpacing()


def test_free_text_takes_the_room_that_is_left(dutch_window, qtbot) -> None:
    """The people's expertise stretches to the table's edge; names keep their width."""
    people = dutch_window.show_view("people")
    qtbot.waitUntil(lambda: people.proxy.rowCount() > 0)
    header = people.table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total >= people.table.viewport().width()
    assert header.sectionSize(pm.COL_EXPERTISE) >= 160


@pytest.mark.parametrize("view", ["overview", "networks", "people", "agenda", "work"])
def test_the_sidebar_reads_overzicht_at_1024x640(
    view: str,
    qapp,
    qtbot,
    demo_db,
    ui_settings,
) -> None:
    """As ``zpdesk shot`` and a small laptop screen open it: 1024×640 from the start."""
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, "nl")
    try:
        window = build_window(demo_db, ui_settings)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show_view(view)
        window.show()
        qtbot.waitExposed(window)
        navigation = window.navigation
        metrics = navigation.fontMetrics()
        assert navigation.item(0).text() == "Overzicht"
        for row in range(navigation.count()):
            item = navigation.item(row)
            rect = navigation.visualItemRect(item)
            visible = rect.intersected(navigation.viewport().rect())
            text_room = visible.width() - navigation.iconSize().width() - 8
            assert metrics.horizontalAdvance(item.text()) <= text_room, item.text()
        assert not navigation.horizontalScrollBar().isVisible()
    finally:
        i18n.install_translators(qapp, "en")


def test_column_widths_the_user_sets_come_back(qapp, qtbot, demo_db, ui_settings) -> None:
    from zpdesk.ui.app import build_window

    window = build_window(demo_db, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    people = window.show_view("people")
    header = people.table.horizontalHeader()
    # The user drags the organisation column's right edge 60 pixels further.
    wanted = header.sectionSize(pm.COL_ORGANISATION) + 60
    edge = header.sectionViewportPosition(pm.COL_ORGANISATION) + header.sectionSize(
        pm.COL_ORGANISATION
    )
    from PySide6.QtCore import QPoint

    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge - 1, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 29, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 59, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 59, y))
    assert abs(header.sectionSize(pm.COL_ORGANISATION) - wanted) <= 1
    dragged = header.sectionSize(pm.COL_ORGANISATION)
    people.refresh()  # a refresh does not undo it
    assert header.sectionSize(pm.COL_ORGANISATION) == dragged
    window.close()

    again = build_window(demo_db, ui_settings)  # the next session
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    people = again.show_view("people")
    assert people.table.horizontalHeader().sectionSize(pm.COL_ORGANISATION) == dragged
    again.close()


def _header_texts_fit(table: QAbstractItemView) -> list[str]:
    """Header sections narrower than their widest line (plus the header's margins)."""
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin)
    found = []
    for column in range(header.count()):
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
        if needed > header.sectionSize(column):
            found.append(f"{text!r}: {needed} > {header.sectionSize(column)}")
    return found


def test_overview_and_atlas_fit_at_1024x640(qapp, qtbot, demo_db, ui_settings) -> None:
    """The Overview's networks table keeps its headers whole; the atlas's network choice
    reads "Alle netwerken" and every tab title is in sight (no scroll arrows)."""
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, "nl")
    try:
        window = build_window(demo_db, ui_settings)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        qtbot.waitExposed(window)
        overview = window.show_view("overview")
        networks = overview.sections["networks"].table
        qtbot.waitUntil(lambda: networks.model().rowCount() > 0)
        assert _header_texts_fit(networks) == []
        assert not networks.horizontalScrollBar().isVisible()

        atlas = window.show_view("atlas")
        qtbot.waitUntil(lambda: atlas.network.count() > 1)
        combo = atlas.network
        # as wide as its widest choice wants (Qt measures that, the arrow included), not squeezed
        assert combo.sizeAdjustPolicy() == combo.SizeAdjustPolicy.AdjustToContents
        assert combo.width() >= combo.sizeHint().width()
        assert combo.currentText() == "Alle netwerken"
        bar = atlas.tabs.tabBar()
        for index in range(bar.count()):
            assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
    finally:
        i18n.install_translators(qapp, "en")
