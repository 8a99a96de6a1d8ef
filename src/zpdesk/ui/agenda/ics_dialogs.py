"""Importing an .ics file with a preview, and exporting the agenda as .ics."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from zpdesk import clock
from zpdesk.services import ics
from zpdesk.services.errors import ValidationError
from zpdesk.services.ics import ImportPreview, ImportResult
from zpdesk.store.models import Network
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import AgendaDialog, network_icon, select_data
from zpdesk.ui.agenda.describe import describe_rule
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs.base import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """What the file holds and what happens to each series."""

    HEADERS = ("Meeting", "First", "Repeats", "Meetings", "Import")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.preview is None else len(self.preview.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("PreviewModel", "Meeting"),
                QCoreApplication.translate("PreviewModel", "First"),
                QCoreApplication.translate("PreviewModel", "Repeats"),
                QCoreApplication.translate("PreviewModel", "Meetings"),
                QCoreApplication.translate("PreviewModel", "Import"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        item = self.preview.items[index.row()]
        series = item.series
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return series.title
            if column == 1:
                return f"{formatting.day(series.starts_at.date())} {series.starts_at:%H:%M}"
            if column == 2:
                return describe_rule(series.rrule, series.starts_at)
            if column == 3:
                count = str(item.occurrences)
                return count + ("+" if item.open_ended else "")
            if item.exists:
                return QCoreApplication.translate("PreviewModel", "already there: skipped")
            return QCoreApplication.translate("PreviewModel", "new")
        if role == Qt.ItemDataRole.ForegroundRole and item.exists:
            return QBrush(QColor("#8c959f"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return series.uid
        return None


class IcsImportDialog(AgendaDialog):
    """Choose the network, look at what the file holds, import it (or nothing at all)."""

    def __init__(
        self,
        context: ViewContext,
        path: Path,
        *,
        network_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("ics_import_dialog")
        self.setWindowTitle(self.tr("Import calendar file"))
        self.path = Path(path)
        self.today = today or clock.today()
        self.result: ImportResult | None = None
        self.preview: ImportPreview | None = None
        try:
            self.data = self.path.read_bytes()
            self.read_error = ""
        except OSError as exc:
            self.data = b""
            self.read_error = str(exc.strerror or exc)
        self.network = QComboBox()
        self.network.setObjectName("network")
        with context.db.session() as session:
            for nid, name, colour in session.execute(
                select(Network.id, Network.name, Network.colour).order_by(Network.name)
            ):
                self.network.addItem(network_icon(colour), name, nid)
        if network_id is not None:
            select_data(self.network, network_id)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(self.path.name))
        form.addRow(self.tr("Into network"), self.network)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.network.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()
        self.resize(720, 420)

    def refresh_preview(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview = None
        self.problem.clear()
        if self.read_error:
            self.problem.setText(
                self.tr("The file cannot be read: %1").replace("%1", self.read_error)
            )
        elif self.network.currentData() is None:
            self.problem.setText(self.tr("Add a network first."))
        else:
            try:
                with self.context.db.session() as session:
                    self.preview = ics.preview_import(
                        session, int(self.network.currentData()), self.data, self.today
                    )
            except ValidationError as exc:
                self.problem.setText(
                    self.tr("This file cannot be imported, nothing will be changed: %1").replace(
                        "%1", str(exc)
                    )
                )
        self.model.set_preview(self.preview)
        ok.setEnabled(self.preview is not None and self.preview.series_added > 0)
        if self.preview is None:
            self.summary.clear()
            return
        preview = self.preview
        text = (
            self.tr("%n new series", "", preview.series_added)
            + " "
            + self.tr("with %n meeting(s).", "", preview.occurrences_added)
        )
        if preview.series_skipped:
            text += " " + self.tr(
                "%n series already there will be skipped.", "", preview.series_skipped
            )
        if self.preview.has_open_ended:
            text += " " + self.tr("Series without an end are counted up to %1.").replace(
                "%1", formatting.day(self.preview.horizon)
            )
        self.summary.setText(text)

    def save(self) -> int | None:
        if self.preview is None:
            raise ValidationError(self.problem.text() or self.tr("Nothing to import."))
        preview = self.preview
        self.result = self.context.actions.run(
            formatting.fill(
                self.tr("Import %n series from '%1' into '%2'", "", preview.series_added),
                self.path.name,
                preview.network_name,
            ),
            lambda session: ics.apply_import(session, preview),
        )
        return None
