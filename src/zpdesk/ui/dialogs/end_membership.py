"""Ending my membership of a network: a date and ended/leaving; all history stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from zpdesk import clock
from zpdesk.domain.enums import NetworkStatus
from zpdesk.services import networks as service
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import DateEdit, from_qdate, to_qdate
from zpdesk.ui.dialogs.base import EditorDialog
from zpdesk.ui.dialogs.fields import combo_enum, set_combo_data
from zpdesk.ui.labels import label


class EndMembershipDialog(EditorDialog):
    def __init__(
        self,
        context: ViewContext,
        network_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.network_id = network_id
        with context.db.session() as session:
            detail = service.get_network(session, network_id)
        self.network_name = detail.values.name
        self.setWindowTitle(self.tr("End membership of '%1'").replace("%1", self.network_name))

        explanation = QLabel(
            self.tr(
                "Your membership of '%1' ends on this date. The network stays in zpdesk with "
                "its meetings, work, expectations and figures, shown as ended; its past years "
                "still count in the review."
            ).replace("%1", self.network_name)
        )
        explanation.setWordWrap(True)
        self.date_edit = DateEdit()
        self.date_edit.setDate(to_qdate(detail.values.left_on or today or clock.today()))
        self.status_combo = QComboBox()
        for status in service.ENDING_STATUSES:
            self.status_combo.addItem(label(status), status.value)
        set_combo_data(self.status_combo, NetworkStatus.ENDED.value)
        self.status_combo.setToolTip(
            self.tr("Choose 'Leaving' when you have given notice and the end lies ahead.")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Last day:"), self.date_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {"left_on": self.date_edit, "status": self.status_combo}
        self.resize(480, self.sizeHint().height())

    def set_values(self, on: date, status: NetworkStatus = NetworkStatus.ENDED) -> None:
        self.date_edit.setDate(to_qdate(on))
        set_combo_data(self.status_combo, status.value)

    def values(self) -> tuple[date, NetworkStatus]:
        return from_qdate(self.date_edit.date()), combo_enum(self.status_combo, NetworkStatus)

    def save(self) -> int:
        on, status = self.values()
        network_id = self.network_id
        self.context.actions.run(
            self.tr("End membership of '%1'").replace("%1", self.network_name),
            lambda session: service.end_membership(session, network_id, on, status),
        )
        return network_id
