"""The Work view: engagements with their revenue, referrals I gave, expenses per network."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zpdesk.services import csv_export, csv_import, work
from zpdesk.services.errors import ValidationError
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.base import View
from zpdesk.ui.work.engagement_dialog import EngagementDialog
from zpdesk.ui.work.expense_dialog import ExpenseDialog
from zpdesk.ui.work.import_dialog import CsvImportDialog
from zpdesk.ui.work.models import (
    EngagementsModel,
    ExpensesModel,
    FilterProxy,
    ReferralsModel,
    RowsModel,
)
from zpdesk.ui.work.referral_dialog import ReferralDialog


class RecordsTab(QWidget):
    """A filterable, sortable table of records with buttons above and a total below."""

    def __init__(self, context: ViewContext, model: RowsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
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
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)

    def size_columns(self, widths: dict[int, int], stretch: int) -> None:
        """Text columns get a width in characters (the user may drag them), ``stretch`` takes
        the rest, the others fit their contents."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * char + 12)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def add_button(self, text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    def set_rows(self, rows: list) -> None:  # noqa: ANN001
        selected = self.selected_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected)
        self._update_footer()
        self._update_buttons()

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()).id

    def select_id(self, record_id: int) -> None:
        for row, record in enumerate(self.model.rows):
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

    def _update_buttons(self) -> None:
        """Override: enable buttons that need a selection."""

    def edit(self) -> None:
        """Override: open the selected record."""

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
        super().__init__(context, EngagementsModel(), parent)
        self.filter.setPlaceholderText(self.tr("Filter by client, title, network, person, status…"))
        self.new_button = self.add_button(self.tr("&New engagement…"), self.new, "new")
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit, "edit")
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete, "delete")
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
        self.size_columns({0: 17, 5: 15, 6: 11, 7: 16}, stretch=1)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.dialog: EngagementDialog | CsvImportDialog | None = None

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self.set_rows(work.list_engagements(session))

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        self.footer.setText(
            self.tr("%1 engagements · revenue %2 · commission %3")
            .replace("%1", str(len(rows)))
            .replace("%2", formatting.money(sum(r.revenue_cents for r in rows)))
            .replace("%3", formatting.money(sum(r.commission_cents for r in rows)))
        )

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

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
        text = (
            self.tr("Add engagement '%1'") if data.id is None else self.tr("Edit engagement '%1'")
        ).replace("%1", name)
        new_id = self.context.actions.run(text, lambda session: work.save_engagement(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        engagement_id = self.selected_id()
        if engagement_id is None:
            return
        row = next(r for r in self.model.rows if r.id == engagement_id)
        question = self.tr("Delete the engagement '%1' and its %2 of revenue?")
        if not self.confirm(
            self.tr("Delete engagement"),
            question.replace("%1", row.title).replace("%2", formatting.money(row.revenue_cents)),
        ):
            return
        self.context.actions.run(
            self.tr("Delete engagement '%1'").replace("%1", row.title),
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
            QMessageBox.warning(self, self.tr("Import revenue"), str(exc))
            return
        if not table.records:
            QMessageBox.warning(
                self,
                self.tr("Import revenue"),
                self.tr("%1 holds no lines to import.").replace("%1", Path(path).name),
            )
            return

        def build(table: csv_import.CsvTable, mapping: dict) -> csv_import.ImportPreview:
            with self.context.db.session() as session:
                return csv_import.build_preview(session, table, mapping)

        def run(preview: csv_import.ImportPreview) -> csv_import.ImportResult:
            text = (
                self.tr("Import %1 revenue line(s) from %2")
                .replace("%1", str(len(preview.to_import)))
                .replace("%2", Path(path).name)
            )
            progress = import_progress(self, len(preview.to_import))
            try:
                result = self.context.actions.run(
                    text, lambda session: csv_import.apply_import(session, preview, progress)
                )
            finally:
                progress.dialog.close()
            self.message.setText(
                self.tr("Imported %1 revenue line(s); %2 new engagement(s).")
                .replace("%1", str(result.added))
                .replace("%2", str(result.engagements_created))
            )
            return result

        self._open(CsvImportDialog(Path(path).name, table, build, run, parent=self))

    def _export(self, title: str, suggested: str, writer) -> None:  # noqa: ANN001
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            with self.context.db.session() as session:
                count = writer(session, path)
        except OSError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.message.setText(
            self.tr("%1 line(s) written to %2").replace("%1", str(count)).replace("%2", path)
        )

    def export_engagements(self) -> None:
        self._export(
            self.tr("Export engagements"),
            f"engagements-{date.today().isoformat()}.csv",
            csv_export.export_engagements,
        )

    def export_revenue(self) -> None:
        self._export(
            self.tr("Export revenue"),
            f"revenue-{date.today().isoformat()}.csv",
            csv_export.export_revenue,
        )


class ReferralsTab(RecordsTab):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ReferralsModel(), parent)
        self.filter.setPlaceholderText(self.tr("Filter by person, network, client…"))
        self.new_button = self.add_button(self.tr("&New referral…"), self.new, "new")
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit, "edit")
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete, "delete")
        self.size_columns({1: 20, 2: 22, 3: 22}, stretch=4)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: ReferralDialog | None = None

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self.set_rows(work.list_referrals(session))

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        self.footer.setText(
            self.tr("%1 referrals · estimated value %2 · %3 became work")
            .replace("%1", str(len(rows)))
            .replace("%2", formatting.money(sum(r.estimated_value_cents for r in rows)))
            .replace("%3", str(sum(1 for r in rows if r.became_work)))
        )

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

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
        text = (
            self.tr("Add referral to '%1'") if data.id is None else self.tr("Edit referral to '%1'")
        ).replace("%1", self._describe(data))
        new_id = self.context.actions.run(text, lambda session: work.save_referral(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        referral_id = self.selected_id()
        if referral_id is None:
            return
        row = next(r for r in self.model.rows if r.id == referral_id)
        who = row.person_name or row.client
        if not self.confirm(
            self.tr("Delete referral"),
            self.tr("Delete the referral to '%1' of %2?")
            .replace("%1", who)
            .replace("%2", formatting.day(row.on)),
        ):
            return
        self.context.actions.run(
            self.tr("Delete referral to '%1'").replace("%1", who),
            lambda session: work.delete_referral(session, referral_id),
        )


class ExpensesTab(RecordsTab):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ExpensesModel(), parent)
        self.filter.setPlaceholderText(self.tr("Filter by category, note…"))
        self.network = QComboBox()
        self.network.setObjectName("networkFilter")
        self.network.setMinimumWidth(200)
        self.network.currentIndexChanged.connect(self._network_changed)
        self.bar.insertWidget(0, self.network)
        self.new_button = self.add_button(self.tr("&New expense…"), self.new, "new")
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit, "edit")
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete, "delete")
        self.fee_button = self.add_button(
            self.tr("&Repeat the yearly fee"), self.repeat_fee, "repeatFee"
        )
        self.fee_button.setToolTip(
            self.tr(
                "Book the network's annual membership fee once for every membership year that "
                "does not have one yet, from the year you joined to this year (or the year you "
                "left)."
            )
        )
        self.size_columns({1: 22, 2: 26}, stretch=4)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: ExpenseDialog | None = None
        self._networks: list[work.NetworkOption] = []

    def refresh(self) -> None:
        with self.context.db.session() as session:
            self._networks = work.network_options(session)
            rows = work.list_expenses(session, self.network_id())
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
            self.set_rows(work.list_expenses(session, self.network_id()))

    def _update_footer(self) -> None:
        rows = self.matching_rows()
        self.footer.setText(
            self.tr("%1 expenses · together %2")
            .replace("%1", str(len(rows)))
            .replace("%2", formatting.money(sum(r.amount_cents for r in rows)))
        )

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def new(self) -> None:
        networks, _people = self.options()
        self._open(ExpenseDialog(networks, self._save, network_id=self.network_id(), parent=self))

    def edit(self) -> None:
        expense_id = self.selected_id()
        if expense_id is None:
            return
        networks, _people = self.options()
        with self.context.db.session() as session:
            data = work.get_expense(session, expense_id)
        self._open(ExpenseDialog(networks, self._save, data, parent=self))

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
        text = text.replace("%1", formatting.money(data.amount_cents)).replace("%2", name)
        new_id = self.context.actions.run(text, lambda session: work.save_expense(session, data))
        self.refresh()
        self.select_id(new_id)

    def delete(self) -> None:
        expense_id = self.selected_id()
        if expense_id is None:
            return
        row = next(r for r in self.model.rows if r.id == expense_id)
        if not self.confirm(
            self.tr("Delete expense"),
            self.tr("Delete the expense of %1 for '%2' of %3?")
            .replace("%1", formatting.money(row.amount_cents))
            .replace("%2", row.network_name)
            .replace("%3", formatting.day(row.on)),
        ):
            return
        self.context.actions.run(
            self.tr("Delete expense of %1 for '%2'")
            .replace("%1", formatting.money(row.amount_cents))
            .replace("%2", row.network_name),
            lambda session: work.delete_expense(session, expense_id),
        )

    def repeat_fee(self) -> None:
        """Book missing yearly fees for the chosen network, or for every network with a fee."""
        today = date.today()
        chosen = self.network_id()
        targets = [
            o
            for o in self._networks
            if (chosen is None or o.id == chosen) and o.annual_fee_cents > 0 and o.joined_on
        ]
        if not targets:
            self.message.setText("")
            QMessageBox.information(
                self,
                self.tr("Repeat the yearly fee"),
                self.tr(
                    "Set the annual fee and the date you joined on the network first "
                    "(Networks view)."
                ),
            )
            return
        with self.context.db.session() as session:
            missing = {o.id: work.missing_fee_years(session, o.id, today) for o in targets}
        years = sum(len(v) for v in missing.values())
        if years == 0:
            self.message.setText(self.tr("Every membership year already has its fee."))
            return
        if len(targets) == 1:
            text = self.tr("Repeat the yearly fee of '%1' (%2 year(s))").replace(
                "%1", targets[0].name
            )
        else:
            text = self.tr("Repeat the yearly fees of %3 networks (%2 year(s))").replace(
                "%3", str(len(targets))
            )
        text = text.replace("%2", str(years))

        def action(session) -> int:  # noqa: ANN001
            return sum(len(work.repeat_yearly_fee(session, o.id, today)) for o in targets)

        try:
            booked = self.context.actions.run(text, action)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Repeat the yearly fee"), str(exc))
            return
        self.message.setText(self.tr("%1 membership fee(s) booked.").replace("%1", str(booked)))


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
