"""The Networks view: every network I belong or belonged to, and the selected one in detail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.services import contract as contract_service
from zpdesk.services import networks as service
from zpdesk.services import overlap as overlap_service
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.ui.atlas.texts import conflict_map
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.end_membership import EndMembershipDialog
from zpdesk.ui.dialogs.network_editor import NetworkEditor
from zpdesk.ui.models import networks as nm
from zpdesk.ui.views.base import View
from zpdesk.ui.views.common import (
    ColumnFitter,
    on_selection,
    read_only_tree,
    row_menu,
    select_row,
    selected_id,
    tool_button,
    with_shortcut_tip,
)
from zpdesk.ui.views.network_details import NetworkDetailsTab
from zpdesk.ui.views.network_tabs import NetworkTab, network_tabs


class NetworksView(View):
    """A sortable, filterable table of networks above a tabbed detail panel."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = nm.NetworkTableModel(self)
        self.proxy = nm.NetworkFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = read_only_tree("networks_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(nm.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFitter(self.table, context.ui_settings)
        self.table.doubleClicked.connect(lambda _index: self.edit_network())
        on_selection(self.table, lambda: self._show_network(self.current_network_id()))

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("networks_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, kind, role… (Ctrl+F)"))
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("networks_status")
        self.status_combo.addItem(self.tr("All networks"), int(nm.StatusFilter.ALL))
        self.status_combo.addItem(self.tr("Current"), int(nm.StatusFilter.CURRENT))
        self.status_combo.addItem(self.tr("Ended"), int(nm.StatusFilter.ENDED))
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(nm.StatusFilter(self.status_combo.currentData()))
        )

        self.new_action = self._action(self.tr("&New network…"), self.new_network, self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_network, self.table)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.end_action = self._action(self.tr("End &membership…"), self.end_membership, self)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_network, self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.whatif_action = self._action(self.tr("What if I &leave…"), self.show_whatif, self)
        self.find_action = self._action(self.tr("Find"), self.focus_filter, self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        for action in (self.new_action, self.edit_action, self.end_action, self.delete_action):
            with_shortcut_tip(action)

        bar = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.end_action,
            self.delete_action,
            self.whatif_action,
        ):
            bar.addWidget(tool_button(action))
        row_menu(self.table, [self.edit_action, self.end_action, None, self.delete_action])
        bar.addStretch(1)
        bar.addWidget(self.filter_edit)
        bar.addWidget(self.status_combo)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("network_tabs")
        self.tabs.setDocumentMode(True)
        self.details_tab = NetworkDetailsTab(context)
        self.tabs.addTab(self.details_tab, self.tr("Details"))
        self.extra_tabs: list[NetworkTab] = []
        for title, factory in network_tabs():
            tab = factory(context)
            self.extra_tabs.append(tab)
            self.tabs.addTab(tab, QCoreApplication.translate("network_tabs", title))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("networks_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._shown_id: int | None = None
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], None], owner: QWidget) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_network_id()
        today = clock.today()
        with self.context.db.session() as session:
            rows = service.list_networks(session)
            contracts = contract_service.network_summaries(session, today)
            broken = overlap_service.conflicts(session, today)
        self.model.today = today
        self.model.conflicts = conflict_map(broken)
        self.model.set_rows(rows, contracts)
        self.table.expandAll()
        if not (keep is not None and self.select_network(keep)):
            self._select_first()
        self._show_network(self.current_network_id(), force=True)

    def current_network_id(self) -> int | None:
        return selected_id(self.table)

    def select_network(self, network_id: int | None) -> bool:
        """Make ``network_id`` the current row when it is shown; True when it is."""
        if network_id is None:
            return False
        index = self.proxy.mapFromSource(self.model.index_of(network_id))
        if not index.isValid():
            return False
        select_row(self.table, index)
        return True

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            select_row(self.table, self.proxy.index(0, nm.COL_NAME))

    def _show_network(self, network_id: int | None, force: bool = False) -> None:
        self._update_actions()
        if network_id == self._shown_id and not force:
            return
        self._shown_id = network_id
        if self.model.rowCount() == 0:
            self.details_tab.empty_text = self.tr(
                "No networks yet. Add the first one with New network… (Ctrl+N)."
            )
        else:
            self.details_tab.empty_text = self.tr("Select a network to see its details.")
        self.details_tab.set_network(network_id)
        for tab in self.extra_tabs:
            tab.set_network(network_id)

    def _update_actions(self) -> None:
        selected = self.current_network_id() is not None
        for action in (self.edit_action, self.end_action, self.delete_action, self.whatif_action):
            action.setEnabled(selected)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _current_name(self) -> str:
        index = self.table.currentIndex()
        return str(index.siblingAtColumn(nm.COL_NAME).data()) if index.isValid() else ""

    # -- writing ----------------------------------------------------------------------------

    def _open_editor(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select_network(getattr(dialog, "saved_id", None)))
        dialog.open()

    def show_whatif(self) -> None:
        """ "What if I leave…" on the selected network."""
        from zpdesk.ui.whatif import WhatIfDialog

        network_id = self.current_network_id()
        if network_id is None:
            return
        dialog = WhatIfDialog(self.context, [network_id], None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_network(self) -> None:
        self._open_editor(NetworkEditor(self.context, None, self))

    def edit_network(self) -> None:
        network_id = self.current_network_id()
        if network_id is None:
            return
        try:
            dialog = NetworkEditor(self.context, network_id, self)
        except NotFoundError as exc:
            confirm.refuse(self, self.tr("Edit network"), str(exc))
            self.refresh()
            return
        self._open_editor(dialog)

    def end_membership(self) -> None:
        network_id = self.current_network_id()
        if network_id is None:
            return
        self._open_editor(EndMembershipDialog(self.context, network_id, self))

    def delete_network(self) -> None:
        network_id = self.current_network_id()
        if network_id is None:
            return
        name = self._current_name()
        title = self.tr("Delete network")
        try:
            with self.context.db.session() as session:
                service.ensure_deletable(session, network_id)
        except (ValidationError, NotFoundError) as exc:
            confirm.refuse(self, title, str(exc))
            return
        question = self.tr(
            "Delete the network '%1' and everything recorded for it: its meetings and "
            "attendance, time, expenses, expectations and check-ins, and other people's "
            "memberships?\n\nTo keep its history, end the membership instead."
        ).replace("%1", name)
        if not confirm.ask(self, title, question, self.tr("Delete network")):
            return
        try:
            self.context.actions.run(
                self.tr("Delete network '%1'").replace("%1", name),
                lambda session: service.delete_network(session, network_id),
            )
        except (ValidationError, NotFoundError) as exc:
            confirm.refuse(self, title, str(exc))
