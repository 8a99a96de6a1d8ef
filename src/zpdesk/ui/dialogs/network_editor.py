"""Adding or editing a network: every field, motives, obligations, parent network."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk.domain.enums import (
    Arrangement,
    Exclusivity,
    LegalForm,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    NoticeUnit,
    ObligationKind,
    RenewalKind,
)
from zpdesk.domain.renewal import RenewalTerms
from zpdesk.services import networks as service
from zpdesk.services.errors import ValidationError
from zpdesk.services.networks import NetworkInput
from zpdesk.services.settings import get_settings
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.date_edit import OptionalDateEdit
from zpdesk.ui.dialogs.base import EditorDialog
from zpdesk.ui.dialogs.fields import (
    ColourButton,
    EnumDelegate,
    combo_enum,
    enum_combo,
    set_combo_data,
)
from zpdesk.ui.labels import choices
from zpdesk.ui.models import obligations as ob
from zpdesk.ui.models.networks import commission_text
from zpdesk.ui.views.common import row_menu


class NetworkEditor(EditorDialog):
    """New network (``network_id`` None) or edit one; saves in ``accept``."""

    def __init__(
        self, context: ViewContext, network_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.network_id = network_id
        self.version: int | None = None  # of the row this edit started from
        with context.db.session() as session:
            parents = service.parent_choices(session, network_id)
            default_interval = get_settings(session).checkin_interval_months
            detail = service.get_network(session, network_id) if network_id is not None else None
            colour = service.suggested_colour(session)
        self._build(parents, default_interval)
        if detail is None:
            self.setWindowTitle(self.tr("New network"))
            self.set_values(NetworkInput(colour=colour))
        else:
            self.setWindowTitle(self.tr("Edit network '%1'").replace("%1", detail.values.name))
            self.set_values(detail.values)
            self.version = detail.version
        self.name_edit.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _build(self, parents: list[tuple[int, str]], default_interval: int) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(service.MAX_NAME_LENGTH)
        self.kind_combo = enum_combo(NetworkKind)
        self.legal_form_combo = enum_combo(LegalForm)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("— none —"), None)
        for network_id, name in parents:
            self.parent_combo.addItem(name, network_id)
        self.role_combo = enum_combo(MyRole)
        self.status_combo = enum_combo(NetworkStatus)
        self.exclusivity_combo = enum_combo(Exclusivity)
        self.joined_edit = OptionalDateEdit()
        self.left_edit = OptionalDateEdit()
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText(formatting.money(0, symbol=False))
        self.fee_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.commission_edit = QLineEdit()
        self.commission_edit.setPlaceholderText("0")
        self.commission_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.colour_button = ColourButton()
        self.website_edit = QLineEdit()
        self.website_edit.setMaxLength(service.MAX_WEBSITE_LENGTH)
        self.website_edit.setPlaceholderText("https://")
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, 24)
        self.interval_spin.setSuffix(self.tr(" months"))
        self.interval_spin.setSpecialValueText(
            self.tr("my default (%n month(s))", "", default_interval)
        )

        fee_label = QLabel(self.tr("Annual &fee (€):"))
        fee_label.setBuddy(self.fee_edit)
        commission_label = QLabel(self.tr("Co&mmission (%):"))
        commission_label.setBuddy(self.commission_edit)
        money_row = QHBoxLayout()
        money_row.addWidget(self.fee_edit, 1)
        money_row.addSpacing(12)
        money_row.addWidget(commission_label)
        money_row.addWidget(self.commission_edit, 1)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Legal form:"), self.legal_form_combo)
        form.addRow(self.tr("&Part of:"), self.parent_combo)
        form.addRow(self.tr("My &role:"), self.role_combo)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("E&xclusivity:"), self.exclusivity_combo)
        form.addRow(self.tr("&Joined on:"), self.joined_edit)
        form.addRow(self.tr("Left o&n:"), self.left_edit)
        form.addRow(fee_label, money_row)
        colour_label = QLabel(self.tr("Co&lour:"))
        colour_label.setBuddy(self.colour_button)
        form.addRow(colour_label, colour_row)
        form.addRow(self.tr("&Website:"), self.website_edit)
        form.addRow(self.tr("&Check-in every:"), self.interval_spin)
        general = QGroupBox(self.tr("Network"))
        general.setLayout(form)

        self.motive_list = QListWidget()
        for text, motive in choices(Motive):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, motive.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.motive_list.addItem(item)
        # Tall enough for every motive, no more: the obligations get the rest.
        self.motive_list.setFixedHeight(
            self.motive_list.sizeHintForRow(0) * self.motive_list.count()
            + 2 * self.motive_list.frameWidth()
            + 4
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What the network is, who is in it, how it works…")
        )
        why = QGroupBox(self.tr("Why I take part"))
        why_layout = QVBoxLayout(why)
        why_layout.addWidget(self.motive_list)
        description_label = QLabel(self.tr("&Description:"))
        description_label.setBuddy(self.description_edit)
        why_layout.addWidget(description_label)
        why_layout.addWidget(self.description_edit)

        self.obligation_model = ob.ObligationTableModel(self)
        self.obligation_view = QTableView()
        self.obligation_view.setModel(self.obligation_model)
        self.obligation_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.obligation_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.obligation_view.verticalHeader().hide()
        self.obligation_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.obligation_view.setItemDelegateForColumn(
            ob.COL_KIND, EnumDelegate(ObligationKind, self.obligation_view)
        )
        self.obligation_view.setItemDelegateForColumn(
            ob.COL_ARRANGEMENT, EnumDelegate(Arrangement, self.obligation_view)
        )
        header = self.obligation_view.horizontalHeader()
        header.setSectionResizeMode(ob.COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ob.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ob.COL_KIND, 230)
        header.resizeSection(ob.COL_TITLE, 200)
        header.resizeSection(ob.COL_ARRANGEMENT, 110)
        self.obligation_view.setMinimumHeight(110)
        self.add_obligation_button = QPushButton(self.tr("&Add obligation"))
        self.add_obligation_button.clicked.connect(self.add_obligation)
        self.remove_obligation_button = QPushButton(self.tr("Remo&ve"))
        self.remove_obligation_button.clicked.connect(self.remove_obligation)
        self.obligation_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_obligation_buttons()
        )
        row_menu(self.obligation_view, [self.remove_obligation_button])
        self.obligation_model.modelReset.connect(self._update_obligation_buttons)
        self.obligation_model.rowsRemoved.connect(self._update_obligation_buttons)
        obligation_buttons = QHBoxLayout()
        obligation_buttons.addWidget(self.add_obligation_button)
        obligation_buttons.addWidget(self.remove_obligation_button)
        obligation_buttons.addStretch(1)
        obligations = QGroupBox(self.tr("Obligations and arrangements (collective or individual)"))
        obligations_layout = QVBoxLayout(obligations)
        obligations_layout.addWidget(self.obligation_view)
        obligations_layout.addLayout(obligation_buttons)

        grid = QGridLayout(self)
        grid.addWidget(general, 0, 0)
        grid.addWidget(why, 0, 1)
        grid.addWidget(self._build_renewal(), 1, 0, 1, 2)
        grid.addWidget(obligations, 2, 0, 1, 2)
        grid.addWidget(self.error_label, 3, 0, 1, 2)
        grid.addWidget(self.buttons, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(2, 1)
        self.resize(920, 800)

        self.field_widgets = {
            "name": self.name_edit,
            "parent_id": self.parent_combo,
            "joined_on": self.joined_edit,
            "left_on": self.left_edit,
            "annual_fee_cents": self.fee_edit,
            "commission_pct": self.commission_edit,
            "colour": self.colour_button,
            "website": self.website_edit,
            "checkin_interval_months": self.interval_spin,
            "obligations": self.obligation_view,
            "renewal_on": self.renewal_date_edit,
            "renewal_term_months": self.term_spin,
            "notice_amount": self.notice_spin,
            "fee_change_cents": self.fee_change_edit,
        }

    def _build_renewal(self) -> QGroupBox:
        """Renewal and notice: how the membership renews and how it is ended."""
        self.renewal_kind_combo = enum_combo(RenewalKind)
        self.renewal_date_edit = OptionalDateEdit()
        self.term_spin = QSpinBox()
        self.term_spin.setRange(1, service.MAX_TERM_MONTHS)
        self.term_spin.setValue(12)
        self.term_spin.setSuffix(self.tr(" months"))
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, service.MAX_NOTICE)
        self.notice_unit_combo = enum_combo(NoticeUnit)
        self.automatic_check = QCheckBox(self.tr("Renews &automatically"))
        self.fee_change_edit = QLineEdit()
        self.fee_change_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fee_change_edit.setPlaceholderText(self.tr("unchanged"))
        self.fee_change_date_edit = OptionalDateEdit()
        self.renewal_kind_combo.currentIndexChanged.connect(self._update_renewal_fields)

        layout = QGridLayout()
        kind_label = QLabel(self.tr("Re&news:"))
        kind_label.setBuddy(self.renewal_kind_combo)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.renewal_date_edit)
        term_label = QLabel(self.tr("&Term:"))
        term_label.setBuddy(self.term_spin)
        notice_label = QLabel(self.tr("N&otice period:"))
        notice_label.setBuddy(self.notice_spin)
        fee_label = QLabel(self.tr("Announced new fee (€):"))
        fee_label.setBuddy(self.fee_change_edit)
        from_label = QLabel(self.tr("from:"))
        from_label.setBuddy(self.fee_change_date_edit)
        layout.addWidget(kind_label, 0, 0)
        layout.addWidget(self.renewal_kind_combo, 0, 1)
        layout.addWidget(date_label, 0, 2)
        layout.addWidget(self.renewal_date_edit, 0, 3)
        layout.addWidget(term_label, 0, 4)
        layout.addWidget(self.term_spin, 0, 5)
        layout.addWidget(notice_label, 1, 0)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_spin)
        notice_row.addWidget(self.notice_unit_combo)
        layout.addLayout(notice_row, 1, 1)
        layout.addWidget(self.automatic_check, 1, 2, 1, 2)
        layout.addWidget(fee_label, 2, 0)
        layout.addWidget(self.fee_change_edit, 2, 1)
        layout.addWidget(from_label, 2, 2)
        layout.addWidget(self.fee_change_date_edit, 2, 3)
        layout.setColumnStretch(6, 1)
        box = QGroupBox(self.tr("Renewal and notice"))
        box.setLayout(layout)
        return box

    def _update_renewal_fields(self) -> None:
        kind = combo_enum(self.renewal_kind_combo, RenewalKind)
        entered = kind != RenewalKind.NONE
        for widget in (
            self.renewal_date_edit,
            self.notice_spin,
            self.notice_unit_combo,
            self.automatic_check,
        ):
            widget.setEnabled(entered)
        self.term_spin.setEnabled(kind == RenewalKind.TERM)

    # -- obligations ------------------------------------------------------------------------

    def add_obligation(self) -> None:
        row = self.obligation_model.add()
        index = self.obligation_model.index(row, ob.COL_TITLE)
        self.obligation_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.obligation_view.edit(index)

    def remove_obligation(self) -> None:
        rows = self.obligation_view.selectionModel().selectedRows()
        if rows:
            self.obligation_model.remove(rows[0].row())

    def _update_obligation_buttons(self) -> None:
        selected = bool(self.obligation_view.selectionModel().selectedRows())
        self.remove_obligation_button.setEnabled(selected)

    # -- values -----------------------------------------------------------------------------

    def set_values(self, values: NetworkInput) -> None:
        self.name_edit.setText(values.name)
        set_combo_data(self.kind_combo, values.kind)
        set_combo_data(self.legal_form_combo, values.legal_form)
        set_combo_data(self.parent_combo, values.parent_id)
        set_combo_data(self.role_combo, values.my_role)
        set_combo_data(self.status_combo, values.status)
        set_combo_data(self.exclusivity_combo, values.exclusivity)
        self.joined_edit.set_value(values.joined_on)
        self.left_edit.set_value(values.left_on)
        self.fee_edit.setText(
            formatting.money(values.annual_fee_cents, symbol=False)
            if values.annual_fee_cents
            else ""
        )
        self.commission_edit.setText(
            commission_text(values.commission_pct).removesuffix(" %")
            if values.commission_pct
            else ""
        )
        self.colour_button.set_colour(values.colour)
        self.website_edit.setText(values.website)
        self.description_edit.setPlainText(values.description)
        self.interval_spin.setValue(values.checkin_interval_months or 0)
        for row in range(self.motive_list.count()):
            item = self.motive_list.item(row)
            checked = Motive(item.data(Qt.ItemDataRole.UserRole)) in values.motives
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.obligation_model.set_obligations(values.obligations)
        terms = values.renewal
        set_combo_data(self.renewal_kind_combo, terms.kind)
        self.renewal_date_edit.set_value(terms.on)
        self.term_spin.setValue(terms.term_months or 12)
        self.notice_spin.setValue(terms.notice)
        set_combo_data(self.notice_unit_combo, terms.notice_unit)
        self.automatic_check.setChecked(terms.automatic)
        self.fee_change_edit.setText(
            formatting.money(terms.fee_change_cents, symbol=False)
            if terms.fee_change_cents is not None
            else ""
        )
        self.fee_change_date_edit.set_value(terms.fee_change_from)
        self._update_renewal_fields()

    def values(self) -> NetworkInput:
        """What the fields say; ValidationError when an amount cannot be read."""
        motives = frozenset(
            Motive(self.motive_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.motive_list.count())
            if self.motive_list.item(row).checkState() == Qt.CheckState.Checked
        )
        parent = self.parent_combo.currentData()
        return NetworkInput(
            name=self.name_edit.text(),
            kind=combo_enum(self.kind_combo, NetworkKind),
            legal_form=combo_enum(self.legal_form_combo, LegalForm),
            parent_id=int(parent) if parent is not None else None,
            motives=motives,
            my_role=combo_enum(self.role_combo, MyRole),
            status=combo_enum(self.status_combo, NetworkStatus),
            exclusivity=combo_enum(self.exclusivity_combo, Exclusivity),
            joined_on=self.joined_edit.value(),
            left_on=self.left_edit.value(),
            annual_fee_cents=self._fee_cents(),
            commission_pct=self._commission(),
            colour=self.colour_button.colour(),
            website=self.website_edit.text(),
            description=self.description_edit.toPlainText(),
            checkin_interval_months=self.interval_spin.value() or None,
            obligations=self.obligation_model.obligations(),
            renewal=self._renewal(),
        )

    def _renewal(self) -> RenewalTerms:
        kind = combo_enum(self.renewal_kind_combo, RenewalKind)
        return RenewalTerms(
            kind=kind,
            on=self.renewal_date_edit.value(),
            term_months=self.term_spin.value() if kind == RenewalKind.TERM else None,
            notice=self.notice_spin.value(),
            notice_unit=combo_enum(self.notice_unit_combo, NoticeUnit),
            automatic=self.automatic_check.isChecked(),
            fee_change_cents=self._money_cents(self.fee_change_edit, "fee_change_cents"),
            fee_change_from=self.fee_change_date_edit.value(),
        )

    def _fee_cents(self) -> int:
        return self._money_cents(self.fee_edit, "annual_fee_cents") or 0

    def _money_cents(self, edit: QLineEdit, field: str) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return formatting.parse_money_cents(text)
        except ValueError:
            raise ValidationError(
                self.tr("'%1' is not an amount in euros; type it like %2.")
                .replace("%1", text)
                .replace("%2", formatting.money(125_050, symbol=False)),
                field,
            ) from None

    def _commission(self) -> Decimal:
        text = self.commission_edit.text().strip().removesuffix("%").strip()
        if not text:
            return Decimal(0)
        try:
            return formatting.parse_decimal(text)
        except ValueError:
            raise ValidationError(
                self.tr("'%1' is not a percentage; type a number from 0 to 100.").replace(
                    "%1", text
                ),
                "commission_pct",
            ) from None

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> int:
        values = self.values()
        name = values.name.strip()
        network_id = self.network_id
        if network_id is None:
            return self.context.actions.run(
                self.tr("Add network '%1'").replace("%1", name),
                lambda session: service.create_network(session, values),
            )
        self.context.actions.run(
            self.tr("Edit network '%1'").replace("%1", name),
            lambda session: service.update_network(session, network_id, values, self.version),
        )
        return network_id

    def reload(self) -> None:  # noqa: D102 - EditorDialog
        if self.network_id is None:
            return
        with self.context.db.session() as session:
            detail = service.get_network(session, self.network_id)
        self.version = detail.version
        self.set_values(detail.values)
