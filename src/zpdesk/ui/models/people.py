"""The people table and a person's memberships table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from zpdesk.services.people import MembershipRow, PersonRow
from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui import formatting
from zpdesk.ui.labels import label
from zpdesk.ui.models import ID_ROLE, SORT_ROLE
from zpdesk.ui.models.networks import date_sort_key
from zpdesk.ui.models.rows import RowsModel
from zpdesk.ui.models.swatch import colour_icon

Index = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_ORGANISATION = 1
COL_EXPERTISE = 2
COL_REGION = 3
COL_NETWORKS = 4

PERSON_HEADERS = (
    QT_TRANSLATE_NOOP("PersonTableModel", "Name"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Organisation"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Expertise"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Region"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Networks"),
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PersonTableModel(RowsModel[PersonRow]):
    """One row per person: name, organisation, expertise, region, networks."""

    HEADERS = PERSON_HEADERS

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("PersonTableModel", self.HEADERS[section])

    def row_of(self, person_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == person_id:
                return number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_EXPERTISE, COL_NETWORKS):
            return self._display(row, column) or None
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: PersonRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_ORGANISATION:
            return row.organisation
        if column == COL_EXPERTISE:
            return _one_line(row.expertise)
        if column == COL_REGION:
            return row.region
        if column == COL_NETWORKS:
            return ", ".join(row.networks)
        return ""


M_COL_NETWORK = 0
M_COL_ROLE = 1
M_COL_SINCE = 2
M_COL_UNTIL = 3

MEMBERSHIP_HEADERS = (
    QT_TRANSLATE_NOOP("MembershipTableModel", "Network"),
    QT_TRANSLATE_NOOP("MembershipTableModel", "Role"),
    QT_TRANSLATE_NOOP("MembershipTableModel", "Since"),
    QT_TRANSLATE_NOOP("MembershipTableModel", "Until"),
)


class MembershipTableModel(RowsModel[MembershipRow]):
    """A person's memberships: network (with its colour), role, since, until."""

    HEADERS = MEMBERSHIP_HEADERS

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("MembershipTableModel", self.HEADERS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == M_COL_NETWORK:
                return row.network_name
            if column == M_COL_ROLE:
                return label(row.role)
            if column == M_COL_SINCE:
                return formatting.day(row.since)
            if column == M_COL_UNTIL:
                return formatting.day(row.until)
        if role == SORT_ROLE:
            if column == M_COL_SINCE:
                return date_sort_key(row.since)
            if column == M_COL_UNTIL:
                return date_sort_key(row.until)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == M_COL_NETWORK:
            return colour_icon(row.network_colour)
        if role == ID_ROLE:
            return row.id
        return None
