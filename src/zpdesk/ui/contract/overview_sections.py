"""The Overview's contract sections: breaches, overdue checks, a line per active network."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QWidget

from zpdesk.services import contract as svc
from zpdesk.ui.context import ViewContext
from zpdesk.ui.contract.models import (
    ID_ROLE,
    AtRiskModel,
    BreachModel,
    DueItem,
    DueModel,
    NetworkLineModel,
    RowsModel,
)
from zpdesk.ui.contract.widgets import CompactTable
from zpdesk.ui.views.overview import OverviewSection


class _TableSection(OverviewSection):
    """A section showing one compact table, or a line of text when it is empty."""

    STRETCH_COLUMN = 0

    def __init__(
        self, context: ViewContext, title: str, model: RowsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, title, parent)
        self.model = model
        model.setParent(self)
        self.table = CompactTable()
        self.table.setModel(model)
        self.table.stretch(self.STRETCH_COLUMN)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.more = QLabel()  # what a long list leaves out, and where to find it
        self.more.setObjectName("more")
        self.more.setEnabled(False)
        self.more.setWordWrap(True)
        self.more.hide()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.more)

    def _activated(self, index: QModelIndex) -> None:
        network_id = index.data(ID_ROLE)
        if network_id is not None:
            self.network_activated.emit(int(network_id))

    def show_rows(self, rows: list, empty_text: str, shown: list | None = None) -> None:
        """Show ``rows``, or only ``shown`` of them with a line saying how many are left."""
        shown = rows if shown is None else shown
        self.model.set_rows(shown)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(empty_text)
        self.more.setVisible(len(shown) < len(rows))
        self.more.setText(self.more_text(len(shown), len(rows)))
        self.set_count(len(rows) if rows else None)
        self.table.updateGeometry()

    def more_text(self, shown: int, total: int) -> str:
        """The line under a list cut to ``shown`` of ``total`` rows."""
        return ""

    def load(self, on: date) -> svc.ContractOverview:
        """The contract overview on ``on``, computed once per Overview refresh."""

        def compute() -> svc.ContractOverview:
            with self.context.db.session() as session:
                return svc.contract_overview(session, on)

        return self.memo.get(("contract_overview", on), compute)


class BreachesSection(_TableSection):
    STRETCH_COLUMN = BreachModel.REASON

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, BreachModel(), parent)

    # A ten-year history can hold hundreds of breaches; the Overview is read at a glance.
    MAX_SHOWN = 25

    def refresh(self, on: date) -> None:
        overview = self.load(on)
        breaches = overview.breaches
        risks = len(overview.at_risk)
        empty = (
            self.tr("No breaches, but %n important expectation(s) at risk: see below.", "", risks)
            if risks
            else self.tr("No breaches: every important expectation is on track.")
        )
        self.show_rows(breaches, empty, most_important(breaches, self.MAX_SHOWN))

    def more_text(self, shown: int, total: int) -> str:
        return (
            self.tr(
                "The %1 most important of %2 breaches are shown. The Networks table's "
                "Breach column marks every network with one; its Contract tab lists them all."
            )
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )


def most_important(
    breaches: list[tuple[svc.NetworkContractSummary, svc.ExpectationBreach]], limit: int
) -> list[tuple[svc.NetworkContractSummary, svc.ExpectationBreach]]:
    """At most ``limit`` breaches, the most important first chosen (ties: the earlier
    one), kept in their own order (per network)."""
    if len(breaches) <= limit:
        return breaches
    ranked = sorted(range(len(breaches)), key=lambda i: (-breaches[i][1].importance, i))
    chosen = sorted(ranked[:limit])
    return [breaches[i] for i in chosen]


class AtRiskSection(_TableSection):
    """Important expectations whose latest check-in scored low, apart from the breaches."""

    STRETCH_COLUMN = AtRiskModel.REASON

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, AtRiskModel(), parent)

    def refresh(self, on: date) -> None:
        self.show_rows(
            self.load(on).at_risk,
            self.tr("No important expectation scored low at its latest check-in."),
        )


class DueSection(_TableSection):
    STRETCH_COLUMN = DueModel.LATE

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, DueModel(), parent)

    def refresh(self, on: date) -> None:
        overview = self.load(on)
        assert isinstance(self.model, DueModel)
        self.model.on = on
        items = [DueItem(s, False, s.next_checkin_due) for s in overview.overdue_checkins]
        items += [DueItem(s, True, s.next_health_check_due) for s in overview.overdue_health_checks]
        items.sort(key=lambda item: (item.due or date.min, item.network.name))
        self.show_rows(items, self.tr("Nothing overdue."))


class NetworksSection(_TableSection):
    STRETCH_COLUMN = NetworkLineModel.HEALTH

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, NetworkLineModel(), parent)

    def refresh(self, on: date) -> None:
        overview = self.load(on)
        self.show_rows(overview.live_networks, self.tr("No active networks yet."))
