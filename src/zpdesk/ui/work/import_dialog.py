"""Importing revenue from an invoicing program's CSV: map the columns, look, then import.

The preview is rebuilt whenever a column choice changes; nothing is written until the
user presses Import, and then everything accepted is written in one action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
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
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zpdesk.services.csv_import import (
    CsvTable,
    Field,
    ImportPreview,
    PreviewLine,
    Problem,
    RejectedLine,
    guess_mapping,
)
from zpdesk.services.errors import ValidationError
from zpdesk.ui import formatting

FIELD_NAMES = {
    Field.DATE: QT_TRANSLATE_NOOP("csv_import", "Date *"),
    Field.AMOUNT: QT_TRANSLATE_NOOP("csv_import", "Amount excl. VAT *"),
    Field.CLIENT: QT_TRANSLATE_NOOP("csv_import", "Client"),
    Field.TITLE: QT_TRANSLATE_NOOP("csv_import", "Engagement / description"),
    Field.INVOICE_REF: QT_TRANSLATE_NOOP("csv_import", "Invoice number"),
    Field.NETWORK: QT_TRANSLATE_NOOP("csv_import", "Network"),
    Field.NOTE: QT_TRANSLATE_NOOP("csv_import", "Note"),
}
PROBLEMS = {
    Problem.MISSING_DATE: QT_TRANSLATE_NOOP("csv_import", "no date"),
    Problem.BAD_DATE: QT_TRANSLATE_NOOP("csv_import", "“%1” is not a date (use dd-mm-yyyy)"),
    Problem.DATE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "csv_import", "“%1” lies outside the years 1900–2200"
    ),
    Problem.MISSING_AMOUNT: QT_TRANSLATE_NOOP("csv_import", "no amount"),
    Problem.BAD_AMOUNT: QT_TRANSLATE_NOOP("csv_import", "“%1” is not an amount"),
    Problem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP("csv_import", "“%1” has more than two decimals"),
    Problem.NEGATIVE_AMOUNT: QT_TRANSLATE_NOOP(
        "csv_import", "“%1” is negative (credit notes are not imported)"
    ),
    Problem.AMOUNT_TOO_LARGE: QT_TRANSLATE_NOOP("csv_import", "“%1” is too large"),
    Problem.NO_ENGAGEMENT: QT_TRANSLATE_NOOP("csv_import", "no client or description"),
    Problem.UNKNOWN_NETWORK: QT_TRANSLATE_NOOP("csv_import", "there is no network called “%1”"),
    Problem.TOO_LONG: QT_TRANSLATE_NOOP("csv_import", "“%1” is too long"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("csv_import", text)


def rejection_text(rejected: RejectedLine) -> str:
    """``Line 4: “31-02-2025” is not a date``, translated."""
    reason = _t(PROBLEMS[rejected.problem]).replace("%1", rejected.value)
    return _t("Line %1: %2").replace("%1", str(rejected.line)).replace("%2", reason)


class PreviewModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("csv_import", "Line"),
        QT_TRANSLATE_NOOP("csv_import", "Date"),
        QT_TRANSLATE_NOOP("csv_import", "Amount"),
        QT_TRANSLATE_NOOP("csv_import", "Client"),
        QT_TRANSLATE_NOOP("csv_import", "Engagement"),
        QT_TRANSLATE_NOOP("csv_import", "Invoice"),
        QT_TRANSLATE_NOOP("csv_import", "What happens"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[PreviewLine] = []

    def set_lines(self, lines: list[PreviewLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        item = line.parsed
        if role == Qt.ItemDataRole.DisplayRole:
            if line.duplicate:
                outcome = _t("already imported: skipped")
            elif line.engagement_id is None:
                outcome = _t("new engagement")
            else:
                outcome = _t("added to existing engagement")
            return (
                str(item.line),
                formatting.day(item.on),
                formatting.money(item.amount_cents),
                item.client,
                item.title,
                item.invoice_ref,
                outcome,
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and line.duplicate:
            return QColor("#888888")
        return None


PreviewBuilder = Callable[[CsvTable, dict[Field, int]], ImportPreview]
Importer = Callable[[ImportPreview], object]


class CsvImportDialog(QDialog):
    """Column mapping, preview with rejected lines, and one Import button."""

    def __init__(
        self,
        file_name: str,
        table: CsvTable,
        build_preview: PreviewBuilder,
        run_import: Importer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import revenue from %1").replace("%1", file_name))
        self.resize(980, 640)
        self.table = table
        self._build_preview = build_preview
        self._run_import = run_import
        self.preview: ImportPreview | None = None
        self.result: object = None

        encoding = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16"}.get(
            table.encoding, "Windows-1252"
        )
        separator = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}[
            table.delimiter
        ]
        info = QLabel(
            self.tr("%1 lines · %2 · separated by %3")
            .replace("%1", str(len(table.records)))
            .replace("%2", encoding)
            .replace("%3", separator)
        )
        info.setObjectName("fileInfo")

        self.combos: dict[Field, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        form = QFormLayout(mapping_box)
        guessed = guess_mapping(table.headers)
        for target in Field:
            combo = QComboBox()
            combo.addItem(self.tr("— not in the file —"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(combo.findData(guessed.get(target, -1)))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.combos[target] = combo
            form.addRow(_t(FIELD_NAMES[target]), combo)
        hint = QLabel(
            self.tr(
                "Lines are matched to an engagement by client and description; other lines "
                "become new engagements. Lines already in zpdesk are skipped."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in ((3, 18), (4, 18)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * char + 12)
        header.setStretchLastSection(True)
        self.rejected = QListWidget()
        self.rejected.setObjectName("rejected")
        self.rejected_box = QGroupBox(self.tr("Rejected lines (not imported)"))
        QVBoxLayout(self.rejected_box).addWidget(self.rejected)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.rejected_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        right_layout.addWidget(splitter)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.error)

        columns = QHBoxLayout()
        columns.addWidget(mapping_box)
        columns.addWidget(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.refresh_preview()

    def mapping(self) -> dict[Field, int]:
        return {
            target: combo.currentData()
            for target, combo in self.combos.items()
            if combo.currentData() is not None and combo.currentData() >= 0
        }

    def set_column(self, target: Field, header: str | None) -> None:
        """Choose the column named ``header`` (None: not in the file) for ``target``."""
        combo = self.combos[target]
        index = -1 if header is None else self.table.headers.index(header)
        combo.setCurrentIndex(combo.findData(index))

    def refresh_preview(self) -> None:
        self.error.clear()
        try:
            self.preview = self._build_preview(self.table, self.mapping())
        except ValidationError:
            self.preview = None
            self.model.set_lines([])
            self.rejected.clear()
            self.summary.setText(
                self.tr(
                    "Choose the columns for the date, the amount, and the client or description."
                )
            )
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.model.set_lines(preview.lines)
        self.rejected.clear()
        self.rejected.addItems([rejection_text(r) for r in preview.rejected])
        self.rejected_box.setTitle(
            self.tr("Rejected lines (not imported): %1").replace("%1", str(len(preview.rejected)))
        )
        count = len(preview.to_import)
        parts = [
            formatting.fill(
                self.tr("%n line(s) will be imported, together %1.", "", count),
                formatting.money(preview.total_cents),
            ),
        ]
        if preview.new_engagements:
            parts.append(self.tr("%n new engagement(s).", "", preview.new_engagements))
        if preview.duplicates:
            parts.append(
                self.tr("%1 already imported, skipped.").replace("%1", str(preview.duplicates))
            )
        if preview.rejected:
            parts.append(
                self.tr("%1 rejected: fix them in the file and import again.").replace(
                    "%1", str(len(preview.rejected))
                )
            )
        self.summary.setText(" ".join(parts))
        self.import_button.setEnabled(count > 0)

    def accept(self) -> None:
        if self.preview is None or not self.preview.to_import:
            return
        try:
            self.result = self._run_import(self.preview)
        except (ValidationError, ValueError) as exc:
            self.error.setText(str(exc))
            return
        super().accept()
