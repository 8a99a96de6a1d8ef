"""Importing an .ics file with a preview, and exporting the agenda as .ics.

The preview lists what will be imported and, below it, each event of the file that will be
left out with the reason (a task, a rule zpdesk cannot store…); the user decides. Reading
and writing a big file shows a progress dialog whose Cancel leaves everything unchanged;
the import is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.locale_format import fill
from zpdesk.services import ics
from zpdesk.services.errors import ValidationError
from zpdesk.services.ics import ImportCancelled, ImportPreview, ImportResult
from zpdesk.services.networks import network_choices
from zpdesk.ui import formatting
from zpdesk.ui.agenda.common import AgendaDialog
from zpdesk.ui.agenda.describe import describe_rule
from zpdesk.ui.combos import add_network_items, select_data
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs.base import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """What the file holds and what happens to each series; then the events left out."""

    HEADERS = ("Meeting", "First", "Repeats", "Meetings", "Import")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.items) + len(self.preview.skipped)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
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
        row = index.row()
        if row >= len(self.preview.items):
            return self._skipped_data(row - len(self.preview.items), index.column(), role)
        item = self.preview.items[row]
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

    def _skipped_data(self, number: int, column: int, role: int) -> Any:
        assert self.preview is not None
        skipped = self.preview.skipped[number]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return skipped.event
            if column == 4:
                return fill(
                    QCoreApplication.translate("PreviewModel", "left out: %1"), skipped.reason
                )
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(skipped)
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
        self.import_result: ImportResult | None = None
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
            add_network_items(self.network, network_choices(session))
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
        self.finish_layout(layout)
        self.network.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()
        self.resize(720, 420)

    def refresh_preview(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview = None
        self.problem.clear()
        if self.read_error:
            self.problem.setText(fill(self.tr("The file cannot be read: %1"), self.read_error))
        elif self.network.currentData() is None:
            self.problem.setText(self.tr("Add a network first."))
        else:
            progress, box = self._progress(fill(self.tr("Reading %1…"), self.path.name))
            try:
                with self.context.db.session() as session:
                    self.preview = ics.preview_import(
                        session, int(self.network.currentData()), self.data, self.today, progress
                    )
            except ImportCancelled:
                self.problem.setText(self.tr("Reading the file was cancelled."))
            except ValidationError as exc:
                self.problem.setText(
                    fill(self.tr("This file cannot be imported, nothing will be changed: %1"), exc)
                )
            finally:
                box.close()
                box.deleteLater()
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
        if preview.skipped:
            text += " " + fill(
                self.tr(
                    "Events that cannot be imported are left out "
                    "(listed in red with the reason): %1."
                ),
                len(preview.skipped),
            )
        if self.preview.has_open_ended:
            text += " " + fill(
                self.tr("Series without an end are counted up to %1."),
                formatting.day(self.preview.horizon),
            )
        self.summary.setText(text)

    def save(self) -> int | None:
        if self.preview is None:
            raise ValidationError(self.problem.text() or self.tr("Nothing to import."))
        preview = self.preview
        progress, box = self._progress(fill(self.tr("Importing %1 series…"), preview.series_added))
        try:
            self.import_result = self.context.actions.run(
                formatting.fill(
                    self.tr("Import %n series from '%1' into '%2'", "", preview.series_added),
                    self.path.name,
                    preview.network_name,
                ),
                lambda session: ics.apply_import(session, preview, progress),
            )
        except ImportCancelled as exc:
            raise ValidationError(
                self.tr("The import was cancelled; nothing was changed.")
            ) from exc
        finally:
            box.close()
            box.deleteLater()
        return None

    def _progress(self, label: str) -> tuple[Callable[[int, int], bool], QProgressDialog]:
        """A progress dialog with Cancel (shown only when the work takes a while)."""
        box = QProgressDialog(label, self.tr("Cancel"), 0, 1, self)
        box.setObjectName("ics_progress")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(400)
        box.setAutoClose(False)
        box.setAutoReset(False)

        def report(done: int, total: int) -> bool:
            box.setMaximum(max(total, 1))
            box.setValue(done)
            QCoreApplication.processEvents()
            return not box.wasCanceled()

        return report, box
