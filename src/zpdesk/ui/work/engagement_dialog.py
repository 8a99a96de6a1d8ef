"""Editing an engagement with its revenue entries, in one dialog and one action."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk.domain.enums import EngagementStatus, Route
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.services.work import EngagementInput, NetworkOption, RevenueLine, validate_engagement
from zpdesk.ui import formatting
from zpdesk.ui.date_edit import DateEdit, OptionalDateEdit
from zpdesk.ui.labels import choices
from zpdesk.ui.views.common import row_menu
from zpdesk.ui.work.models import RevenueLinesModel
from zpdesk.ui.work.widgets import DecimalEdit, ErrorLabel, MoneyEdit, fill_combo, select_data


class RevenueDialog(QDialog):
    """One revenue entry: date, amount excluding VAT, invoice number, note."""

    def __init__(self, line: RevenueLine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revenue entry") if line is None else self.tr("Edit revenue"))
        self._id = line.id if line else None
        self.on = DateEdit()
        self.amount = MoneyEdit()
        self.invoice_ref = QLineEdit()
        self.note = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&Amount excl. VAT (€)"), self.amount)
        form.addRow(self.tr("&Invoice number"), self.invoice_ref)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if line is not None:
            self.set_values(line)
        self.amount.textChanged.connect(lambda _text: self._recheck())

    def _recheck(self) -> None:
        """Once an error shows, it goes away as soon as the amount reads well."""
        if self.error.isHidden():
            return
        try:
            self.values()
        except ValidationError:
            return
        self.error.show_error("")

    def set_values(self, line: RevenueLine) -> None:
        self._id = line.id
        self.on.set_date(line.on)
        self.amount.set_cents(line.amount_cents)
        self.invoice_ref.setText(line.invoice_ref)
        self.note.setText(line.note)

    def values(self) -> RevenueLine:
        """The entry as entered; ValidationError when the amount cannot be read."""
        try:
            cents = self.amount.cents()
        except ValueError:
            raise ValidationError(
                self.tr("The amount %1 is not a number of euros.").replace(
                    "%1", self.amount.text()
                ),
                "amount",
            ) from None
        if cents <= 0:
            raise ValidationError(self.tr("Enter an amount above zero."), "amount")
        return RevenueLine(
            id=self._id,
            on=self.on.date_value(),
            amount_cents=cents,
            invoice_ref=self.invoice_ref.text().strip(),
            note=self.note.text().strip(),
        )

    def accept(self) -> None:
        try:
            self.values()
        except ValidationError as exc:
            self.error.show_error(str(exc))
            self.amount.setFocus()
            return
        super().accept()


SaveEngagement = Callable[[EngagementInput], None]


class EngagementDialog(QDialog):
    """All fields of an engagement and its revenue; ``save`` runs when OK is pressed.

    Nothing is written until OK; if saving fails the dialog stays open with the reason.
    """

    def __init__(
        self,
        networks: list[NetworkOption],
        people: list[tuple[int, str]],
        save: SaveEngagement,
        data: EngagementInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New engagement") if data is None else self.tr("Engagement"))
        self.setMinimumWidth(760)
        self._save = save
        self._networks = {option.id: option for option in networks}
        self._id: int | None = None
        self.revenue_dialog: RevenueDialog | None = None  # the open entry dialog, if any

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Interim HR adviser"))
        self.client = QLineEdit()
        self.status = QComboBox()
        fill_combo(self.status, choices(EngagementStatus), EngagementStatus.WON)
        self.start_on = DateEdit()
        self.end_on = OptionalDateEdit(self.tr("Ended on"))
        self.network = QComboBox()
        fill_combo(
            self.network,
            [(self.tr("— none (own acquisition) —"), None)]
            + [(option.name, option.id) for option in networks],
        )
        self.route = QComboBox()
        fill_combo(self.route, choices(Route), Route.OWN_ACQUISITION)
        self.person = QComboBox()
        fill_combo(
            self.person, [(self.tr("— nobody in particular —"), None), *[(n, i) for i, n in people]]
        )
        self.commission = DecimalEdit()
        self.commission_hint = QLabel()
        self.commission_hint.setStyleSheet("color: palette(mid);")
        self.hours = DecimalEdit("0")
        self.estimate = MoneyEdit()
        self.estimate.setObjectName("estimatedValue")
        self.estimate.setPlaceholderText(self.tr("not estimated"))
        self.estimate.setToolTip(
            self.tr(
                "What this referral was worth when it reached you. The review counts it for "
                "reciprocity; left empty, it counts the revenue dated up to the end of the year "
                "the work started."
            )
        )
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)

        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("&Title *"), self.title)
        form.addRow(self.tr("&Client"), self.client)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("S&tart"), self.start_on)
        form.addRow(self.tr("End"), self.end_on)
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Route"), self.route)
        form.addRow(self.tr("Came &via"), self.person)
        commission_row = QHBoxLayout()
        commission_row.addWidget(self.commission)
        commission_row.addWidget(self.commission_hint, 1)
        form.addRow(self.tr("Co&mmission %"), commission_row)
        commission_label = form.labelForField(commission_row)
        if isinstance(commission_label, QLabel):  # a row of widgets gets no buddy by itself
            commission_label.setBuddy(self.commission)
        form.addRow(self.tr("&Hours spent"), self.hours)
        form.addRow(self.tr("Estimated val&ue (€)"), self.estimate)
        form.addRow(self.tr("N&ote"), self.note)

        self.lines = RevenueLinesModel(self)
        self.revenue_table = QTableView()
        self.revenue_table.setModel(self.lines)
        self.revenue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revenue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revenue_table.verticalHeader().hide()
        self.revenue_table.setWordWrap(False)
        self.revenue_table.verticalHeader().setDefaultSectionSize(
            self.revenue_table.fontMetrics().height() + 8
        )
        revenue_header = self.revenue_table.horizontalHeader()
        revenue_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        revenue_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.revenue_table.doubleClicked.connect(lambda _index: self.edit_revenue())
        self.add_revenue_button = QPushButton(self.tr("&Add…"))
        self.add_revenue_button.clicked.connect(self.add_revenue)
        self.edit_revenue_button = QPushButton(self.tr("&Edit…"))
        self.edit_revenue_button.clicked.connect(self.edit_revenue)
        self.remove_revenue_button = QPushButton(self.tr("Re&move"))
        self.remove_revenue_button.clicked.connect(self.remove_revenue)
        row_menu(self.revenue_table, [self.edit_revenue_button, None, self.remove_revenue_button])
        self.revenue_total = QLabel()
        revenue_buttons = QHBoxLayout()
        revenue_buttons.addWidget(self.add_revenue_button)
        revenue_buttons.addWidget(self.edit_revenue_button)
        revenue_buttons.addWidget(self.remove_revenue_button)
        revenue_buttons.addStretch(1)
        self.revenue_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        revenue_box = QGroupBox(self.tr("Revenue (excluding VAT)"))
        revenue_layout = QVBoxLayout(revenue_box)
        revenue_layout.addWidget(self.revenue_table)
        revenue_layout.addWidget(self.revenue_total)
        revenue_layout.addLayout(revenue_buttons)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(revenue_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.network.currentIndexChanged.connect(self._network_changed)
        self.route.currentIndexChanged.connect(self._route_changed)
        self.lines.modelReset.connect(self._update_total)
        if data is not None:
            self.set_values(data)
        self._update_hint()
        self._update_total()
        self._show_estimate()

    # ------------------------------------------------------------------ values

    def set_values(self, data: EngagementInput) -> None:
        self._id = data.id
        self.title.setText(data.title)
        self.client.setText(data.client)
        select_data(self.status, data.status)
        self.start_on.set_date(data.start_on)
        self.end_on.set_value(data.end_on)
        self.network.blockSignals(True)
        select_data(self.network, data.network_id)
        self.network.blockSignals(False)
        select_data(self.route, data.route)
        select_data(self.person, data.via_person_id)
        self.commission.set_decimal(data.commission_pct_override)
        self.hours.set_decimal(Decimal(data.minutes_spent) / 60 if data.minutes_spent else None)
        if data.estimated_value_cents is None:
            self.estimate.clear()
        else:
            self.estimate.setText(formatting.money(data.estimated_value_cents, symbol=False))
        self.note.setPlainText(data.note)
        self.lines.set_rows(list(data.revenue or []))
        self._update_hint()

    def values(self) -> EngagementInput:
        """What the dialog holds; ValidationError for what cannot be saved."""
        try:
            pct = self.commission.decimal()
        except ValueError:
            raise ValidationError(
                self.tr("The commission %1 is not a percentage.").replace(
                    "%1", self.commission.text()
                ),
                "commission",
            ) from None
        try:
            hours = self.hours.decimal() or Decimal(0)
        except ValueError:
            raise ValidationError(
                self.tr("The hours %1 are not a number.").replace("%1", self.hours.text()),
                "minutes_spent",
            ) from None
        route = Route(self.route.currentData())
        estimate = None
        if route == Route.REFERRAL_RECEIVED and self.estimate.text().strip():
            try:
                estimate = self.estimate.cents()
            except ValueError:
                raise ValidationError(
                    self.tr("The estimated value %1 is not a number of euros.").replace(
                        "%1", self.estimate.text()
                    ),
                    "estimated_value",
                ) from None
        data = EngagementInput(
            id=self._id,
            title=self.title.text().strip(),
            client=self.client.text().strip(),
            start_on=self.start_on.date_value(),
            end_on=self.end_on.value(),
            status=EngagementStatus(self.status.currentData()),
            network_id=self.network.currentData(),
            via_person_id=self.person.currentData(),
            route=route,
            commission_pct_override=pct,
            minutes_spent=int((hours * 60).to_integral_value()),
            estimated_value_cents=estimate,
            note=self.note.toPlainText(),
            revenue=list(self.lines.rows),
        )
        try:
            validate_engagement(data)
        except ValidationError as exc:
            raise ValidationError(self._translated(exc), exc.field) from None
        return data

    def _translated(self, exc: ValidationError) -> str:
        texts = {
            "title": self.tr("Give the engagement a title."),
            "end_on": self.tr("The end date lies before the start date."),
            "route": self.tr(
                "Work from own acquisition did not come through a network: choose another "
                "route or no network."
            ),
            "network_id": self.tr("Choose the network this work came through."),
            "commission": self.tr("A commission is between 0 and 100 % with at most two decimals."),
            "minutes_spent": self.tr("Hours spent cannot be negative."),
            "estimated_value": self.tr("An estimated value is between 0 and ten billion euros."),
        }
        return texts.get(exc.field or "", str(exc))

    def accept(self) -> None:
        try:
            data = self.values()
            self._save(data)
        except (ValidationError, NotFoundError) as exc:
            self.error.show_error(str(exc))
            return
        super().accept()

    # ------------------------------------------------------------------ revenue

    def add_revenue(self) -> None:
        dialog = RevenueDialog(parent=self)
        rows = self.lines.rows
        dialog.on.set_date(max([line.on for line in rows], default=self.start_on.date_value()))
        dialog.accepted.connect(lambda: self._revenue_done(dialog, None))
        self.revenue_dialog = dialog
        dialog.open()

    def edit_revenue(self) -> None:
        row = self._selected_revenue()
        if row is None:
            return
        dialog = RevenueDialog(self.lines.rows[row], parent=self)
        dialog.accepted.connect(lambda: self._revenue_done(dialog, row))
        self.revenue_dialog = dialog
        dialog.open()

    def remove_revenue(self) -> None:
        row = self._selected_revenue()
        if row is None:
            return
        rows = list(self.lines.rows)
        del rows[row]
        self.lines.set_rows(rows)

    def _selected_revenue(self) -> int | None:
        indexes = self.revenue_table.selectionModel().selectedRows()
        return indexes[0].row() if indexes else None

    def _revenue_done(self, dialog: RevenueDialog, row: int | None) -> None:
        line = dialog.values()
        rows = list(self.lines.rows)
        if row is None:
            rows.append(line)
        else:
            rows[row] = line
        rows.sort(key=lambda item: item.on)
        self.lines.set_rows(rows)
        self.revenue_dialog = None

    def _update_total(self) -> None:
        total = sum(line.amount_cents for line in self.lines.rows)
        self.revenue_total.setText(self.tr("Total %1").replace("%1", formatting.money(total)))

    # ------------------------------------------------------------------ network and route

    def _network_changed(self) -> None:
        route = Route(self.route.currentData())
        has_network = self.network.currentData() is not None
        if has_network and route == Route.OWN_ACQUISITION:
            select_data(self.route, Route.REFERRAL_RECEIVED)
        elif not has_network and route in (Route.JOINT_ASSIGNMENT, Route.NETWORK_CLIENT):
            select_data(self.route, Route.OWN_ACQUISITION)
        self._update_hint()

    def _route_changed(self) -> None:
        if Route(self.route.currentData()) == Route.OWN_ACQUISITION:
            self.network.setCurrentIndex(0)
        self._show_estimate()

    def _show_estimate(self) -> None:
        """The estimated value belongs to a referral received: shown for that route only."""
        self.form.setRowVisible(
            self.estimate, Route(self.route.currentData()) == Route.REFERRAL_RECEIVED
        )

    def _update_hint(self) -> None:
        option = self._networks.get(self.network.currentData())
        if option is None:
            self.commission_hint.setText(self.tr("empty: no commission"))
        else:
            self.commission_hint.setText(
                self.tr("empty: the network's %1 %").replace(
                    "%1",
                    formatting.number(option.commission_pct, 2 if option.commission_pct % 1 else 0),
                )
            )
