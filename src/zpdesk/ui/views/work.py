"""The Work view: engagements with their revenue, referrals I gave, expenses per network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.domain.enums import ExpenseCategory
from zpdesk.locale_format import fill
from zpdesk.services import csv_export, csv_import, work
from zpdesk.services.errors import ValidationError
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text
from zpdesk.ui.views.base import View
from zpdesk.ui.views.common import (
    ColumnFitter,
    RowItem,
    on_selection,
    read_only_table,
    row_menu,
)
from zpdesk.ui.work.engagement_dialog import EngagementDialog
from zpdesk.ui.work.expense_dialog import ExpenseDialog
from zpdesk.ui.work.import_dialog import CsvImportDialog
from zpdesk.ui.work.models import (
    ColumnsModel,
    EngagementsModel,
    ExpensesModel,
    FilterProxy,
    ReferralsModel,
)
from zpdesk.ui.work.referral_dialog import ReferralDialog


class RecordsTab(QWidget):
    """A filterable, sortable table of records with buttons above and a total below."""

    open_requested = Signal(str, int)  # as View.open_requested: the window opens it

    def __init__(
        self,
        context: ViewContext,
        model: ColumnsModel,
        new_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = read_only_table("")
        self.table.setModel(self.proxy)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setObjectName("filter")
        self.filter.textChanged.connect(self._filter_changed)
        self.footer = QLabel()
        self.footer.setObjectName("footer")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #2e7d32;")
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer)
        bottom.addStretch(1)
        bottom.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        on_selection(self.table, self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        # The same four buttons on every tab, in the same order; a tab adds its own after them.
        self.new_button = self.add_button(new_text, self.new, "new")
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit, "edit")
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete, "delete")
        self.open_button = self.add_button(self.tr("&Open network"), self.open_network, "open")
        self.open_button.setToolTip(self.tr("Show this record's network in Networks"))
        # The row's right-click menu; a tab may add its own (read when the menu opens).
        self.menu_items: list[RowItem] = [
            self.edit_button,
            self.open_button,
            None,
            self.delete_button,
        ]
        row_menu(self.table, self.menu_items)

    def fit_columns(self, name: str, stretch: int) -> None:
        """Every column fits its contents (names are never cut), ``stretch`` (free text)
        takes the rest; widths the user drags are remembered."""
        self.table.setObjectName(name)
        self.columns = ColumnFitter(self.table, self.context.ui_settings, stretch)

    def add_button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    def set_rows(self, rows: list) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected)
        self._update_footer()
        self._selection_changed()

    def selected_record(self):
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def selected_id(self) -> int | None:
        record = self.selected_record()
        return None if record is None else record.id

    def select_id(self, record_id: int) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                return

    def visible_rows(self) -> list:
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def matching_rows(self) -> list:
        """The records the filter shows, in the model's order: what the footer adds up."""
        return self.proxy.matching_records()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_footer()

    def _update_footer(self) -> None:
        """Override: the totals of the visible rows."""

    def _selection_changed(self) -> None:
        record = self.selected_record()
        stored = record is not None and record.id is not None  # an expected fee is not (yet)
        self.edit_button.setEnabled(stored)
        self.delete_button.setEnabled(stored)
        self.open_button.setEnabled(getattr(record, "network_id", None) is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Override: enable the tab's own buttons that need a selection."""

    def new(self) -> None:
        """Override: add a record."""

    def edit(self) -> None:
        """Override: open the selected record."""

    def delete(self) -> None:
        """Override: delete the selected record."""

    def open_network(self) -> None:
        record = self.selected_record()
        network_id = getattr(record, "network_id", None)
        if network_id is not None:
            self.open_requested.emit("network", int(network_id))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def options(self) -> tuple[list[work.NetworkOption], list[tuple[int, str]]]:
        with self.context.db.session() as session:
            return work.network_options(session), work.person_options(session)


class EngagementsTab(RecordsTab):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, EngagementsModel(), self.tr("&New engagement…"), parent)
        self.filter.setPlaceholderText(self.tr("Filter by client, title, network, person, status…"))
        self.import_button = self.add_button(
            self.tr("&Import revenue…"), self.import_revenue, "import"
        )
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Engagements as CSV…"), self.export_engagements)
        menu.addAction(self.tr("Revenue entries as CSV…"), self.export_revenue)
        self.export_button.setMenu(menu)
        self.bar.addWidget(self.export_button)
        self.fit_columns("engagements_table", stretch=1)
        # The figures right after the status, before the names of network and person: at
        # 1280 pixels they stay in sight while every name is shown whole.
        header = self.table.horizontalHeader()
        for place, column in enumerate((8, 9, 10), start=5):
            header.moveSection(header.visualIndex(column), place)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.dialog: EngagementDialog | CsvImportDialog | None = None

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self.set_rows(work.list_engagements(session))

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        self.footer.setText(
            formatting.fill(
                self.tr("%n engagement(s) · revenue %1 · commission %2", "", len(rows)),
                formatting.money(sum(r.revenue_cents for r in rows)),
                formatting.money(sum(r.commission_cents for r in rows)),
            )
        )

    def new(self) -> None:
        networks, people = self.options()
        self._open(EngagementDialog(networks, people, self._save, parent=self))

    def edit(self) -> None:
        engagement_id = self.selected_id()
        if engagement_id is None:
            return
        networks, people = self.options()
        with self.context.db.session() as session:
            data = work.get_engagement(session, engagement_id)
        self._open(EngagementDialog(networks, people, self._save, data, parent=self))

    def _open(self, dialog: EngagementDialog | CsvImportDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _save(self, data: work.EngagementInput) -> None:
        name = data.title if not data.client else f"{data.title} ({data.client})"
        text = fill(
            (
                self.tr("Add engagement '%1'")
                if data.id is None
                else self.tr("Edit engagement '%1'")
            ),
            name,
        )
        new_id = self.context.actions.run(text, lambda session: work.save_engagement(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        engagement_id = self.selected_id()
        if engagement_id is None:
            return
        row = next(r for r in self.model.rows() if r.id == engagement_id)
        question = self.tr("Delete the engagement '%1' and its %2 of revenue?")
        if not self.confirm(
            self.tr("Delete engagement"),
            fill(question, row.title, formatting.money(row.revenue_cents)),
        ):
            return
        self.context.actions.run(
            fill(self.tr("Delete engagement '%1'"), row.title),
            lambda session: work.delete_engagement(session, engagement_id),
        )

    # ------------------------------------------------------------------ CSV

    def import_revenue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import revenue from a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            table = csv_import.read_csv(path)
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("Import revenue"), error_text(exc))
            return
        if not table.records:
            QMessageBox.warning(
                self,
                self.tr("Import revenue"),
                fill(self.tr("%1 holds no lines to import."), Path(path).name),
            )
            return

        def build(table: csv_import.CsvTable, mapping: dict) -> csv_import.ImportPreview:
            with self.context.db.session() as session:
                return csv_import.build_preview(session, table, mapping)

        def run(preview: csv_import.ImportPreview) -> csv_import.ImportResult:
            count = len(preview.to_import)
            text = formatting.fill(
                self.tr("Import %n revenue line(s) from %1", "", count), Path(path).name
            )
            progress = import_progress(self, len(preview.to_import))
            try:
                result = self.context.actions.run(
                    text, lambda session: csv_import.apply_import(session, preview, progress)
                )
            finally:
                progress.dialog.close()
            self.message.setText(
                self.tr("Imported %n revenue line(s).", "", result.added)
                + " "
                + self.tr("%n new engagement(s).", "", result.engagements_created)
            )
            return result

        self._open(CsvImportDialog(Path(path).name, table, build, run, parent=self))

    def _export(self, title: str, suggested: str, writer) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            with self.context.db.session() as session:
                count = writer(session, path)
        except OSError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return
        self.message.setText(formatting.fill(self.tr("%n line(s) written to %1", "", count), path))

    def export_engagements(self) -> None:
        self._export(
            self.tr("Export engagements"),
            f"engagements-{clock.today().isoformat()}.csv",
            csv_export.export_engagements,
        )

    def export_revenue(self) -> None:
        self._export(
            self.tr("Export revenue"),
            f"revenue-{clock.today().isoformat()}.csv",
            csv_export.export_revenue,
        )


class ReferralsTab(RecordsTab):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ReferralsModel(), self.tr("&New referral…"), parent)
        self.filter.setPlaceholderText(self.tr("Filter by person, network, client…"))
        self.fit_columns("referrals_table", stretch=4)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: ReferralDialog | None = None

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self.set_rows(work.list_referrals(session))

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        self.footer.setText(
            formatting.fill(
                self.tr("%n referral(s) · estimated value %1 · %2 became work", "", len(rows)),
                formatting.money(sum(r.estimated_value_cents for r in rows)),
                sum(1 for r in rows if r.became_work),
            )
        )

    def new(self) -> None:
        networks, people = self.options()
        self._open(ReferralDialog(networks, people, self._save, parent=self))

    def edit(self) -> None:
        referral_id = self.selected_id()
        if referral_id is None:
            return
        networks, people = self.options()
        with self.context.db.session() as session:
            data = work.get_referral(session, referral_id)
        self._open(ReferralDialog(networks, people, self._save, data, parent=self))

    def _open(self, dialog: ReferralDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _describe(self, data: work.ReferralInput) -> str:
        dialog = self.dialog
        who = dialog.person.currentText() if dialog and data.to_person_id else data.client
        return who or data.description.splitlines()[0][:40]

    def _save(self, data: work.ReferralInput) -> None:
        text = fill(
            (
                self.tr("Add referral to '%1'")
                if data.id is None
                else self.tr("Edit referral to '%1'")
            ),
            self._describe(data),
        )
        new_id = self.context.actions.run(text, lambda session: work.save_referral(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        referral_id = self.selected_id()
        if referral_id is None:
            return
        row = next(r for r in self.model.rows() if r.id == referral_id)
        who = row.person_name or row.client
        if not self.confirm(
            self.tr("Delete referral"),
            fill(self.tr("Delete the referral to '%1' of %2?"), who, formatting.day(row.on)),
        ):
            return
        self.context.actions.run(
            fill(self.tr("Delete referral to '%1'"), who),
            lambda session: work.delete_referral(session, referral_id),
        )


class ExpensesTab(RecordsTab):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ExpensesModel(), self.tr("&New expense…"), parent)
        self.filter.setPlaceholderText(self.tr("Filter by category, note…"))
        self.network = QComboBox()
        self.network.setObjectName("networkFilter")
        self.network.setMinimumWidth(200)
        self.network.currentIndexChanged.connect(self._network_changed)
        self.bar.insertWidget(0, self.network)
        self.book_button = self.add_button(self.tr("&Book…"), self.book, "book")
        self.menu_items.insert(0, self.book_button)
        self.book_button.setToolTip(
            self.tr(
                "Book the selected expected membership fee: enter the date and amount paid. "
                "Until then it counts in the review as expected."
            )
        )
        self.fit_columns("expenses_table", stretch=4)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: ExpenseDialog | None = None
        self._networks: list[work.NetworkOption] = []

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self._networks = work.network_options(session)
            rows = work.list_expenses(session, self.network_id(), expected_until=clock.today())
        current = self.network_id()
        self.network.blockSignals(True)
        self.network.clear()
        self.network.addItem(self.tr("All networks"), None)
        for option in self._networks:
            self.network.addItem(option.name, option.id)
        index = self.network.findData(current) if current is not None else 0
        self.network.setCurrentIndex(max(index, 0))
        self.network.blockSignals(False)
        self.set_rows(rows)

    def network_id(self) -> int | None:
        return self.network.currentData()

    def _network_changed(self) -> None:
        with self.context.db.session() as session:
            self.set_rows(
                work.list_expenses(session, self.network_id(), expected_until=clock.today())
            )

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        booked = [r for r in rows if not r.expected]
        expected = [r for r in rows if r.expected]
        text = formatting.fill(
            self.tr("%n expense(s) · together %1", "", len(booked)),
            formatting.money(sum(r.amount_cents for r in booked)),
        )
        if expected:
            text += " · " + formatting.fill(
                self.tr("%n expected fee(s), together %1", "", len(expected)),
                formatting.money(sum(r.amount_cents for r in expected)),
            )
        self.footer.setText(text)

    def selected_expected(self) -> work.ExpenseRow | None:
        """The selected row when it is an expected fee (which has no id yet)."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.row_at(self.proxy.mapToSource(indexes[0]).row())
        return row if row.expected else None

    def _update_buttons(self) -> None:
        self.book_button.setEnabled(self.selected_expected() is not None)

    def new(self) -> None:
        networks, _people = self.options()
        self._open(ExpenseDialog(networks, self._save, network_id=self.network_id(), parent=self))

    def edit(self) -> None:
        if self.selected_expected() is not None:  # a double-click on an expected fee books it
            self.book()
            return
        expense_id = self.selected_id()
        if expense_id is None:
            return
        networks, _people = self.options()
        with self.context.db.session() as session:
            data = work.get_expense(session, expense_id)
        self._open(ExpenseDialog(networks, self._save, data, parent=self))

    def book(self) -> None:
        """Book the selected expected fee: the expense dialog asks the date and amount."""
        row = self.selected_expected()
        if row is None:
            return
        fee = row.as_expected_fee()
        networks, _people = self.options()
        data = work.ExpenseInput(
            network_id=fee.network_id,
            on=fee.on,
            amount_cents=fee.amount_cents,
            category=ExpenseCategory.MEMBERSHIP_FEE,
        )
        dialog = ExpenseDialog(networks, lambda d: self._book(fee, d), data, parent=self)
        dialog.setWindowTitle(
            fill(self.tr("Book the membership fee %1 of '%2'"), fee.year, fee.network_name)
        )
        dialog.network.setEnabled(False)  # booking this fee: only date and amount change
        dialog.category.setEnabled(False)
        self._open(dialog)

    def _book(self, fee: work.ExpectedFee, data: work.ExpenseInput) -> None:
        text = fill(
            self.tr("Book the membership fee %1 of '%2' (%3)"),
            fee.year,
            fee.network_name,
            formatting.money(data.amount_cents),
        )
        new_id = self.context.actions.run(
            text, lambda session: work.book_fee(session, fee, data.on, data.amount_cents)
        )
        self.refresh()
        self.select_id(new_id)

    def _open(self, dialog: ExpenseDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _save(self, data: work.ExpenseInput) -> None:
        name = next((o.name for o in self._networks if o.id == data.network_id), "")
        if self.dialog is not None:
            name = self.dialog.network.currentText()
        text = (
            self.tr("Add expense of %1 for '%2'")
            if data.id is None
            else self.tr("Edit expense of %1 for '%2'")
        )
        text = fill(text, formatting.money(data.amount_cents), name)
        new_id = self.context.actions.run(text, lambda session: work.save_expense(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        expense_id = self.selected_id()
        if expense_id is None:
            return
        row = next(r for r in self.model.rows() if r.id == expense_id)
        if not self.confirm(
            self.tr("Delete expense"),
            fill(
                self.tr("Delete the expense of %1 for '%2' of %3?"),
                formatting.money(row.amount_cents),
                row.network_name,
                formatting.day(row.on),
            ),
        ):
            return
        self.context.actions.run(
            fill(
                self.tr("Delete expense of %1 for '%2'"),
                formatting.money(row.amount_cents),
                row.network_name,
            ),
            lambda session: work.delete_expense(session, expense_id),
        )


class WorkView(View):
    """Engagements / Referrals given / Expenses."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.engagements = EngagementsTab(context)
        self.referrals = ReferralsTab(context)
        self.expenses = ExpensesTab(context)
        self.tabs.addTab(self.engagements, self.tr("Engagements"))
        self.tabs.addTab(self.referrals, self.tr("Referrals given"))
        self.tabs.addTab(self.expenses, self.tr("Expenses"))
        for tab in (self.engagements, self.referrals, self.expenses):
            tab.open_requested.connect(self.open_requested)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload the visible tab (the others reload when they are shown)."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, EngagementsTab | ReferralsTab | ExpensesTab):
            tab.refresh()


class ImportProgress:
    """A progress dialog with Cancel for ``csv_import.apply_import``'s ``progress``."""

    def __init__(self, parent: QWidget, total: int) -> None:
        self.dialog = QProgressDialog(
            QCoreApplication.translate("ImportProgress", "Importing revenue lines…"),
            QCoreApplication.translate("ImportProgress", "Cancel"),
            0,
            total,
            parent,
        )
        self.dialog.setWindowTitle(QCoreApplication.translate("ImportProgress", "Import revenue"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setValue(0)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()  # paint, and let Cancel be clicked
        return not self.dialog.wasCanceled()


def import_progress(parent: QWidget, total: int) -> ImportProgress:
    """The progress dialog of one CSV import (tests replace it to press Cancel)."""
    return ImportProgress(parent, total)
