""" "What if I leave…": up to three scenarios side by side, each a set of networks to leave,
on the review's figures of a reference year (services.whatif)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import NetworkStatus
from zpdesk.locale_format import fill
from zpdesk.services import renewals, whatif
from zpdesk.services.networks import list_networks
from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.base import EditorDialog

SCENARIOS = 3
FIGURES = (
    QT_TRANSLATE_NOOP("WhatIfDialog", "Hours freed (reference year)"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Planned hours freed (next 12 months)"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Costs saved"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Revenue at risk"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Referrals at risk"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Value of the referrals at risk"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Net effect per year"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Work hours freed"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Earliest leave date"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Collaborations that go with it"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "People known only through it"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Expectations left unmet"),
)
NEGATIVE = QColor("#c0392b")


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


class WhatIfDialog(QDialog):
    """Tick networks under scenario A, B or C; the figures follow at once."""

    def __init__(
        self,
        context: ViewContext,
        network_ids: list[int],
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("What if I leave…"))
        today = clock.today()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1970, today.year)
        self.year_spin.setValue(year if year is not None else whatif.last_full_year(today))
        year_label = QLabel(self.tr("Reference &year:"))
        year_label.setBuddy(self.year_spin)

        with context.db.session() as session:
            rows = [
                r
                for r in list_networks(session)
                if r.status != NetworkStatus.ENDED and not r.is_ended(today)
            ]
        self.network_ids = [r.id for r in rows]
        letters = ["ABC"[i] for i in range(SCENARIOS)]
        self.pick = QTableWidget(len(rows), 1 + SCENARIOS)
        self.pick.setObjectName("whatif_pick")
        self.pick.setHorizontalHeaderLabels([self.tr("Network"), *letters])
        self.pick.verticalHeader().hide()
        self.pick.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pick.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, network in enumerate(rows):
            name = QTableWidgetItem(network.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.pick.setItem(row, 0, name)
            for column in range(1, 1 + SCENARIOS):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = column == 1 and network.id in network_ids
                box.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.pick.setItem(row, column, box)
        header = self.pick.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + SCENARIOS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.outcome = QTableWidget(len(FIGURES), SCENARIOS)
        self.outcome.setObjectName("whatif_result")
        self.outcome.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcome.setVerticalHeaderLabels(
            [QCoreApplication.translate("WhatIfDialog", text) for text in FIGURES]
        )
        self.outcome.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(
            self.tr(
                "Figures of the reference year, as in its review; the collaborations inside "
                "a network leave with it."
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.pick, 3)
        body.addWidget(self.outcome, 8)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(1180, 560)

        self.pick.itemChanged.connect(lambda _item: self.recompute())
        self.year_spin.valueChanged.connect(lambda _year: self.recompute())
        self.scenarios: list[whatif.Scenario | None] = []
        self.recompute()

    def scenario_name(self, index: int) -> str:
        return fill(self.tr("Scenario %1"), "ABC"[index])

    def chosen(self) -> list[list[int]]:
        """Per scenario the ticked network ids."""
        return [
            [
                network_id
                for row, network_id in enumerate(self.network_ids)
                if _checked(self.pick.item(row, column))
            ]
            for column in range(1, 1 + SCENARIOS)
        ]

    def set_chosen(self, chosen: list[list[int]]) -> None:
        """Tick ``chosen[i]`` under scenario i (the rest unticked) and recompute once."""
        self.pick.blockSignals(True)
        for row, network_id in enumerate(self.network_ids):
            for column in range(1, 1 + SCENARIOS):
                ids = chosen[column - 1] if column - 1 < len(chosen) else []
                state = Qt.CheckState.Checked if network_id in ids else Qt.CheckState.Unchecked
                item = self.pick.item(row, column)
                if item is not None:
                    item.setCheckState(state)
        self.pick.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        chosen = self.chosen()
        today, now = clock.today(), clock.now()
        with self.context.db.session() as session:
            wanted = [ids for ids in chosen if ids]
            found = whatif.scenarios(session, wanted, self.year_spin.value(), today, now)
        results = iter(found)
        self.scenarios = [next(results) if ids else None for ids in chosen]
        headers = []
        for column, scenario in enumerate(self.scenarios):
            name = self.scenario_name(column)
            headers.append("\n".join([name, *scenario.names]) if scenario else name)
            for row, (text, tip, negative) in enumerate(self._cells(scenario)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if tip:
                    item.setToolTip(tip)
                if negative:
                    item.setForeground(NEGATIVE)
                self.outcome.setItem(row, column, item)
        self.outcome.setHorizontalHeaderLabels(headers)

    def _cells(self, s: whatif.Scenario | None) -> list[tuple[str, str, bool]]:
        if s is None:
            return [("", "", False)] * len(FIGURES)

        def names(values: tuple[str, ...]) -> tuple[str, str, bool]:
            return formatting.integer(len(values)), "\n".join(values), False

        def leave(day: date) -> tuple[str, str, bool]:
            return formatting.day(day), "", False

        return [
            (formatting.hours(s.hours_freed * 60), "", False),
            (formatting.hours(s.planned_hours_freed * 60), "", False),
            (formatting.money(s.costs_saved_cents, 0), "", False),
            (formatting.money(s.revenue_at_risk_cents, 0), "", False),
            (formatting.integer(s.referrals_at_risk), "", False),
            (formatting.money(s.referrals_at_risk_cents, 0), "", False),
            (formatting.money(s.net_effect_cents, 0), "", s.net_effect_cents < Decimal(0)),
            (formatting.hours(s.work_hours_freed * 60), "", False),
            leave(s.earliest_leave),
            names(s.inside),
            names(s.people_only_through),
            names(s.unmet),
        ]


class NoticeDialog(EditorDialog):
    """Record that I gave notice: the day given and the last day (proposed from the renewal
    terms). On OK the membership is 'leaving' with that last day; then, asking first, the
    network's meetings after the last day stop (what happened before stays)."""

    def __init__(
        self, context: ViewContext, network_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.network_id = network_id
        self.name = name
        self.setWindowTitle(fill(self.tr("Give notice to '%1'"), name))
        today = clock.today()
        self.given_edit = DateEdit()
        self.given_edit.set_date(today)
        self.last_edit = DateEdit()
        with context.db.session() as session:
            self.last_edit.set_date(renewals.suggested_last_day(session, network_id, today))
        self.given_edit.dateChanged.connect(self._given_changed)
        intro = QLabel(
            self.tr(
                "You decided to leave. Record the notice: the membership then ends on the "
                "last day, and its history stays."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Notice &given on:"), self.given_edit)
        form.addRow(self.tr("&Last day:"), self.last_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.field_widgets = {"left_on": self.last_edit}

    def _given_changed(self) -> None:
        with self.context.db.session() as session:
            self.last_edit.set_date(
                renewals.suggested_last_day(session, self.network_id, self.given_edit.date_value())
            )

    def save(self) -> int:
        given, last = self.given_edit.date_value(), self.last_edit.date_value()
        network_id = self.network_id
        self.context.actions.run(
            fill(self.tr("Give notice to '%1'"), self.name),
            lambda session: renewals.record_notice(session, network_id, given, last),
        )
        with self.context.db.session() as session:
            continuing = renewals.meetings_after(session, network_id, last)
        if continuing and confirm.ask(
            self,
            self.tr("Stop the meetings"),
            formatting.fill(
                self.tr(
                    "%n meeting series of '%1' continue after %2. Stop them after that day? "
                    "Meetings up to then, and what you recorded of them, stay.",
                    "",
                    continuing,
                ),
                self.name,
                formatting.day(last),
            ),
            self.tr("Stop them"),
        ):
            self.context.actions.run(
                fill(self.tr("Stop the meetings of '%1'"), self.name),
                lambda session: renewals.stop_meetings_after(session, network_id, last),
            )
        return network_id
