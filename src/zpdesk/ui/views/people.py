"""The People view: who is good at what, where, and in which networks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zpdesk.services import people as service
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs import confirm
from zpdesk.ui.dialogs.membership_editor import MembershipEditor
from zpdesk.ui.dialogs.person_editor import PersonEditor
from zpdesk.ui.models import ID_ROLE
from zpdesk.ui.models import people as pm
from zpdesk.ui.views.base import View
from zpdesk.ui.views.common import (
    ColumnFitter,
    on_selection,
    read_only_table,
    row_menu,
    select_row,
    selected_id,
    sorting_proxy,
    tool_button,
    with_shortcut_tip,
)


class PeopleView(View):
    """A searchable table of people beside the selected person and their memberships."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = pm.PersonTableModel(self)
        self.proxy = sorting_proxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table("people_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(pm.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFitter(self.table, context.ui_settings, pm.COL_EXPERTISE)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        on_selection(self.table, lambda: self._show_person())

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("people_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Who is good at what? Search name, expertise, region, organisation (Ctrl+F)")
        )
        self.search_edit.setMinimumWidth(380)
        self.search_edit.textChanged.connect(lambda _text: self.refresh())

        self.new_action = self._action(self.tr("&New person…"), self.new_person, self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_person, self.table)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_person, self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action = self._action(self.tr("Find"), self.focus_search, self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)

        bar = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action):
            with_shortcut_tip(action)
            bar.addWidget(tool_button(action))
        bar.addStretch(1)
        bar.addWidget(self.search_edit, 2)

        # The selected person
        self.info = QTextBrowser()
        # Wrap between words only: a long Dutch word stays whole (a cell widens instead).
        self.info.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.info.setObjectName("person_details")
        self.info.setOpenExternalLinks(True)
        self.info.setFrameShape(QFrame.Shape.NoFrame)
        self.membership_model = pm.MembershipTableModel(self)
        self.membership_proxy = sorting_proxy(self)
        self.membership_proxy.setSourceModel(self.membership_model)
        self.membership_table = read_only_table("memberships_table")
        self.membership_table.setModel(self.membership_proxy)
        self.membership_table.sortByColumn(pm.M_COL_NETWORK, Qt.SortOrder.AscendingOrder)
        ColumnFitter(self.membership_table, context.ui_settings)
        self.membership_table.doubleClicked.connect(lambda _index: self.edit_membership())
        on_selection(self.membership_table, self._update_actions)
        self.add_membership_action = self._action(
            self.tr("&Add membership…"), self.add_membership, self
        )
        self.edit_membership_action = self._action(
            self.tr("Edit membership…"), self.edit_membership, self.membership_table
        )
        self.edit_membership_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_membership_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_membership_action = self._action(
            self.tr("Remove membership"), self.remove_membership, self.membership_table
        )
        self.remove_membership_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_membership_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        membership_bar = QHBoxLayout()
        for action in (
            self.add_membership_action,
            self.edit_membership_action,
            self.remove_membership_action,
        ):
            membership_bar.addWidget(tool_button(action))
        membership_bar.addStretch(1)
        self.open_network_action = self._action(
            self.tr("&Open network"), self.open_network, self.membership_table
        )
        row_menu(
            self.table, [self.edit_action, self.add_membership_action, None, self.delete_action]
        )
        row_menu(
            self.membership_table,
            [
                self.edit_membership_action,
                self.open_network_action,
                None,
                self.remove_membership_action,
            ],
        )
        memberships = QGroupBox(self.tr("Memberships"))
        memberships_layout = QVBoxLayout(memberships)
        memberships_layout.addWidget(self.membership_table)
        memberships_layout.addLayout(membership_bar)

        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.setObjectName("person_splitter")
        detail.addWidget(self.info)
        detail.addWidget(memberships)
        detail.setChildrenCollapsible(False)
        detail.setSizes([500, 500])

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], None], owner: QWidget) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_person_id()
        keep_membership = selected_id(self.membership_table)
        with self.context.db.session() as session:
            rows = service.search_people(session, self.search_edit.text())
        self.model.set_rows(rows)
        if not (keep is not None and self.select_person(keep)) and self.proxy.rowCount() > 0:
            select_row(self.table, self.proxy.index(0, pm.COL_NAME))
        self._show_person(keep_membership)

    def current_person_id(self) -> int | None:
        return selected_id(self.table)

    def select_person(self, person_id: int | None) -> bool:
        if person_id is None:
            return False
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, pm.COL_NAME))
        if not index.isValid():
            return False
        select_row(self.table, index)
        return True

    def _show_person(self, select_membership: int | None = None) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            self.membership_model.set_rows([])
            empty = (
                self.tr("No people yet. Add someone with New person… (Ctrl+N).")
                if self.model.rowCount() == 0 and not self.search_edit.text().strip()
                else self.tr("Nobody selected.")
            )
            self.info.setHtml(f'<p style="color:#6b6b6b">{escape(empty)}</p>')
            self._update_actions()
            return
        with self.context.db.session() as session:
            detail = service.get_person(session, person_id)
        self.info.setHtml(self._person_html(detail))
        self.membership_model.set_rows(detail.memberships)
        if select_membership is not None:
            for row in range(self.membership_proxy.rowCount()):
                index = self.membership_proxy.index(row, pm.M_COL_NETWORK)
                if index.data(ID_ROLE) == select_membership:
                    select_row(self.membership_table, index)
        self._update_actions()

    def _person_html(self, detail: service.PersonDetail) -> str:
        v = detail.values
        facts: list[tuple[str, str]] = [
            (self.tr("Organisation"), escape(v.organisation)),
            (self.tr("Region"), escape(v.region)),
        ]
        if v.email:
            facts.append(
                (
                    self.tr("E-mail"),
                    f'<a href="mailto:{escape(v.email, quote=True)}">{escape(v.email)}</a>',
                )
            )
        if v.phone:
            facts.append((self.tr("Phone"), escape(v.phone)))
        rows = "".join(
            f'<tr><td style="color:#6b6b6b; padding:2px 14px 2px 0">{escape(caption)}</td>'
            f'<td style="padding:2px 0">{value or "—"}</td></tr>'
            for caption, value in facts
        )
        sections = [
            f'<p style="font-size:large; margin:0 0 6px 0"><b>{escape(v.name)}</b></p>',
            f'<table cellspacing="0">{rows}</table>',
        ]
        for title, text in (
            (self.tr("Expertise"), v.expertise),
            (self.tr("Background"), v.background),
            (self.tr("Notes"), v.notes),
        ):
            if text:
                body = "<br>".join(escape(line) for line in text.splitlines())
                sections.append(
                    f'<h4 style="margin:10px 0 4px 0">{escape(title)}</h4><p>{body}</p>'
                )
        return "".join(sections)

    def _update_actions(self) -> None:
        person = self.current_person_id() is not None
        membership = selected_id(self.membership_table) is not None
        self.edit_action.setEnabled(person)
        self.delete_action.setEnabled(person)
        self.add_membership_action.setEnabled(person)
        self.edit_membership_action.setEnabled(person and membership)
        self.open_network_action.setEnabled(person and membership)
        self.remove_membership_action.setEnabled(person and membership)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- writing ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, after: Callable[[int | None], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: after(getattr(dialog, "saved_id", None)))
        dialog.open()

    def _select_after_save(self, person_id: int | None) -> None:
        if not self.select_person(person_id) and person_id is not None:
            # A new person who does not match the search: show them anyway.
            self.search_edit.clear()
            self.select_person(person_id)

    def new_person(self) -> None:
        self._open(PersonEditor(self.context, None, self), self._select_after_save)

    def edit_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        try:
            dialog = PersonEditor(self.context, person_id, self)
        except NotFoundError as exc:
            confirm.refuse(self, self.tr("Edit person"), str(exc))
            self.refresh()
            return
        self._open(dialog, self._select_after_save)

    def delete_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        name = str(self.table.currentIndex().siblingAtColumn(pm.COL_NAME).data())
        title = self.tr("Delete person")
        question = self.tr(
            "Delete '%1' and their memberships? Engagements and referrals that name them "
            "stay, without their name."
        ).replace("%1", name)
        if not confirm.ask(self, title, question, self.tr("Delete person")):
            return
        try:
            self.context.actions.run(
                self.tr("Delete person '%1'").replace("%1", name),
                lambda session: service.delete_person(session, person_id),
            )
        except (ValidationError, NotFoundError) as exc:
            confirm.refuse(self, title, str(exc))

    def add_membership(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        self._open(MembershipEditor(self.context, person_id, None, self), self._select_membership)

    def edit_membership(self) -> None:
        person_id = self.current_person_id()
        membership_id = selected_id(self.membership_table)
        if person_id is None or membership_id is None:
            return
        self._open(
            MembershipEditor(self.context, person_id, membership_id, self),
            self._select_membership,
        )

    def _select_membership(self, membership_id: int | None) -> None:
        self._show_person(membership_id)

    def remove_membership(self) -> None:
        membership_id = selected_id(self.membership_table)
        if membership_id is None:
            return
        with self.context.db.session() as session:
            row = service.get_membership(session, membership_id)
        title = self.tr("Remove membership")
        question = (
            self.tr("Remove the membership of %1 in '%2'?")
            .replace("%1", row.person_name)
            .replace("%2", row.network_name)
        )
        if not confirm.ask(self, title, question, self.tr("Remove membership")):
            return
        try:
            self.context.actions.run(
                self.tr("Remove %1 from '%2'")
                .replace("%1", row.person_name)
                .replace("%2", row.network_name),
                lambda session: service.remove_membership(session, membership_id),
            )
        except NotFoundError as exc:
            confirm.refuse(self, title, str(exc))

    def open_network(self) -> None:
        """Show the selected membership's network in the Networks view."""
        membership_id = selected_id(self.membership_table)
        if membership_id is None:
            return
        with self.context.db.session() as session:
            row = service.get_membership(session, membership_id)
        self.open_requested.emit("network", row.network_id)
