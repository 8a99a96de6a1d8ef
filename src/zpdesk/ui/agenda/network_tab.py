"""The "Meetings" tab of a network's detail panel: its series and this year's attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.services import agenda
from zpdesk.ui import formatting
from zpdesk.ui.agenda.models import SeriesTableModel, source_row
from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.common import row_menu
from zpdesk.ui.views.network_tabs import NetworkTab


class CommitmentsTab(NetworkTab):
    """The network's meeting series; new and edit open the series editor."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QWidget | None = None
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.summary.setWordWrap(True)
        self.model = SeriesTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("network_series")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.hideColumn(SeriesTableModel.NETWORK)
        self.table.horizontalHeader().setSectionResizeMode(
            SeriesTableModel.SCHEDULE, QHeaderView.ResizeMode.Stretch
        )
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setObjectName("new_meeting")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_meeting")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self.new_commitment())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        row_menu(self.table, [self.edit_button])

    def refresh(self) -> None:
        if self.network_id is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        year = clock.today().year
        with self.context.db.session() as session:
            rows = agenda.list_commitments(session, [self.network_id])
            rates = agenda.attendance_rates(session, year, network_ids=[self.network_id])
        self.model.set_rows(rows)
        for column in range(self.model.columnCount()):
            if column != SeriesTableModel.SCHEDULE:
                self.table.resizeColumnToContents(column)
        if rates and rates[0].eligible:
            rate = rates[0]
            self.summary.setText(
                formatting.fill(
                    self.tr("Attendance in %1: %2 of %n meeting(s) (%3)", "", rate.eligible),
                    year,
                    rate.attended,
                    formatting.percent(rate.rate),
                )
            )
        else:
            self.summary.setText(self.tr("No past meetings in %1 yet.").replace("%1", str(year)))

    def new_commitment(self):  # noqa: ANN201
        from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog

        return self._open(CommitmentDialog(self.context, network_id=self.network_id, parent=self))

    def edit_selected(self):  # noqa: ANN201
        from zpdesk.ui.agenda.commitment_dialog import CommitmentDialog

        row = source_row(self.table.currentIndex())
        if row is None:
            return None
        record = self.model.row_at(row)
        return self._open(CommitmentDialog(self.context, record.id, parent=self))

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog
