"""File → Restore from backup…: pick a backup, see its date and size, verify it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk.services import backups as backup_service
from zpdesk.store.backup import DAILY, MANUAL, PRE_MIGRATION, BackupInfo, parse_backup
from zpdesk.store.errors import StoreError
from zpdesk.ui import formatting
from zpdesk.ui.views.common import on_selection, row_menu

_Index = QModelIndex | QPersistentModelIndex


def made_on(backup: BackupInfo) -> str:
    """Date and time a backup was made, in the user's locale."""
    created = backup.created
    time = formatting.locale().toString(
        QTime(created.hour, created.minute, created.second), "HH:mm"
    )
    return f"{formatting.day(created.date())} {time}"


def file_size(size: int) -> str:
    """A byte count as the locale writes it (``1,2 MB``)."""
    return formatting.locale().formattedDataSize(size, 1)


def reason_label(reason: str) -> str:
    """What made a backup, for people."""
    labels = {
        DAILY: QCoreApplication.translate("restore", "Daily"),
        PRE_MIGRATION: QCoreApplication.translate("restore", "Before an update"),
        MANUAL: QCoreApplication.translate("restore", "Made by you"),
    }
    return labels.get(reason, QCoreApplication.translate("restore", "Chosen file"))


class BackupTableModel(QAbstractTableModel):
    """Backups, newest first: when, size, why."""

    MADE_ON, SIZE, REASON, FILE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("restore", "Made on"),
        QT_TRANSLATE_NOOP("restore", "Size"),
        QT_TRANSLATE_NOOP("restore", "Kind"),
        QT_TRANSLATE_NOOP("restore", "File"),
    )

    def __init__(self, rows: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("restore", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.MADE_ON:
                return made_on(backup)
            if column == self.SIZE:
                return file_size(backup.size)
            if column == self.REASON:
                return reason_label(backup.reason)
            return backup.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def add(self, backup: BackupInfo) -> int:
        """Add a backup chosen by hand at the top; returns its row."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, backup)
        self.endInsertRows()
        return 0


class RestoreDialog(QDialog):
    """Lists the backups of one database; ``accept`` verifies the chosen one first."""

    def __init__(
        self, db_path: Path, rows: list[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(640, 380)
        self.verified_revision: str | None = None

        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of %1. The current file is not deleted: "
                "it is kept aside under a name with today's date and time."
            ).replace("%1", db_path.name)
        )
        intro.setWordWrap(True)

        self.model = BackupTableModel(rows, self)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())

        self.empty_note = QLabel(
            self.tr("There are no backups of this database yet. Choose a backup file instead.")
        )
        self.empty_note.setVisible(not rows)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020;")

        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.other_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        on_selection(self.table, self._selection_changed)
        row_menu(self.table, [self.restore_button])
        if rows:
            self.select_row(0)
        self._selection_changed()

    def select_row(self, row: int) -> None:
        """Select the backup in ``row`` (0 is the newest)."""
        self.table.selectRow(row)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()).path if rows else None

    def add_file(self, path: Path) -> None:
        """Offer a backup file from elsewhere (e.g. one made with ``zpdesk backup --to``)."""
        info = parse_backup(path)
        if info is None:
            from datetime import datetime

            info = BackupInfo(
                path=path,
                created=datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0),
                reason="file",
                size=path.stat().st_size,
            )
        row = self.model.add(info)
        self.empty_note.hide()
        self.select_row(row)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup_service.folder_for(self.db_path)),
            self.tr("zpdesk databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.add_file(Path(name))

    def _selection_changed(self, *_args: object) -> None:
        self.status.clear()
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def accept(self) -> None:
        """Verify the chosen backup; close only when it is a whole zpdesk database."""
        backup = self.selected_backup()
        if backup is None:
            self.status.setText(self.tr("Choose a backup first."))
            return
        try:
            self.verified_revision = backup_service.verify_backup(backup)
        except StoreError as exc:
            # The folder is known (it is the list's); the file name says enough.
            reason = str(exc).replace(str(backup), backup.name)
            self.status.setText(self.tr("This backup cannot be used: %1").replace("%1", reason))
            self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
            return
        super().accept()
