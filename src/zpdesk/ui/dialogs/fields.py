"""Small input widgets shared by the editors: enum combos, optional dates, a colour button."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from zpdesk.ui.labels import choices
from zpdesk.ui.models.swatch import colour_icon


def enum_combo(enum_type: type[StrEnum], parent: QWidget | None = None) -> QComboBox:
    """A combo box of an enum's translated labels; the item data is the member."""
    combo = QComboBox(parent)
    for text, member in choices(enum_type):
        combo.addItem(text, member)
    return combo


E = TypeVar("E", bound=StrEnum)


def combo_enum(combo: QComboBox, enum_type: type[E]) -> E:
    """The selected member (Qt hands item data back as a plain str)."""
    return enum_type(combo.currentData())


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class ColourButton(QPushButton):
    """Shows a colour as a swatch and its #rrggbb; a click opens the colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, colour: str = "#4e79a7", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(16, 16))
        self._colour = ""
        self.set_colour(colour)
        self.clicked.connect(self.choose)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour.lower()
        self.setIcon(colour_icon(self._colour, 16))
        self.setText(self._colour)
        self.colour_changed.emit(self._colour)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.tr("Network colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())


class EnumDelegate(QStyledItemDelegate):
    """Edits an enum column of a table with a combo box of translated labels."""

    def __init__(self, enum_type: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_type = enum_type

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return enum_combo(self.enum_type, parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            set_combo_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, combo_enum(editor, self.enum_type), Qt.ItemDataRole.EditRole)
