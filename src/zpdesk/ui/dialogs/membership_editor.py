"""Adding or editing a person's membership of a network."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from zpdesk.domain.enums import MemberRole
from zpdesk.locale_format import fill
from zpdesk.services import people as service
from zpdesk.services.networks import network_choices
from zpdesk.services.people import MembershipInput
from zpdesk.ui.combos import add_network_items
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import OptionalDateEdit
from zpdesk.ui.dialogs.base import EditorDialog
from zpdesk.ui.dialogs.fields import combo_enum, enum_combo, set_combo_data


class MembershipEditor(EditorDialog):
    """A new membership of ``person_id`` (``membership_id`` None) or an existing one."""

    def __init__(
        self,
        context: ViewContext,
        person_id: int,
        membership_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.person_id = person_id
        self.membership_id = membership_id
        with context.db.session() as session:
            networks = network_choices(session)
            self.person_name = service.get_person(session, person_id).values.name
            existing = (
                service.get_membership(session, membership_id)
                if membership_id is not None
                else None
            )
        self.network_combo = QComboBox()
        add_network_items(self.network_combo, networks)
        self.role_combo = enum_combo(MemberRole)
        self.since_edit = OptionalDateEdit()
        self.until_edit = OptionalDateEdit()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Network:"), self.network_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Since:"), self.since_edit)
        form.addRow(self.tr("&Until:"), self.until_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.field_widgets = {
            "network_id": self.network_combo,
            "since": self.since_edit,
            "until": self.until_edit,
        }
        if existing is not None:
            self.set_values(
                MembershipInput(existing.network_id, existing.role, existing.since, existing.until)
            )
            self.setWindowTitle(
                fill(self.tr("Membership of %1 in '%2'"), self.person_name, existing.network_name)
            )
        else:
            self.setWindowTitle(fill(self.tr("New membership of %1"), self.person_name))
        self.resize(440, self.sizeHint().height())

    def set_values(self, values: MembershipInput) -> None:
        set_combo_data(self.network_combo, values.network_id)
        set_combo_data(self.role_combo, values.role)
        self.since_edit.set_value(values.since)
        self.until_edit.set_value(values.until)

    def values(self) -> MembershipInput:
        network = self.network_combo.currentData()
        return MembershipInput(
            network_id=int(network) if network is not None else None,
            role=combo_enum(self.role_combo, MemberRole),
            since=self.since_edit.value(),
            until=self.until_edit.value(),
        )

    def save(self) -> int:
        values = self.values()
        network = self.network_combo.currentText()
        membership_id = self.membership_id
        person_id = self.person_id
        if membership_id is None:
            return self.context.actions.run(
                fill(self.tr("Add %1 to '%2'"), self.person_name, network),
                lambda session: service.add_membership(session, person_id, values),
            )
        self.context.actions.run(
            fill(self.tr("Edit membership of %1 in '%2'"), self.person_name, network),
            lambda session: service.update_membership(session, membership_id, values),
        )
        return membership_id
