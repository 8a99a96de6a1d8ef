"""The one shape of a dialog that saves: fields, one error line in one red, OK/Cancel.

``FormDialog.accept`` runs ``save``. When it raises ValueError, ValidationError,
NotFoundError or WriteError (a full disk, a read-only file, a row changed elsewhere) the
message appears in the dialog, translated once (``ui.errors.error_text``), the offending
field (``field_widgets``, keyed like ``ValidationError.field``) gets the focus, the dialog
stays open with everything typed and nothing is stored (the action's transaction is rolled
back). A StaleEditError first shows the record as stored now (``reload``).
``EditorDialog`` saves through the window's actions itself; ``SavingDialog`` hands its
``values()`` to a save callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QWidget

from zpdesk.services.errors import NotFoundError, StaleEditError, ValidationError, WriteError
from zpdesk.ui.context import ViewContext
from zpdesk.ui.errors import error_text

ERROR_STYLE = "color: #b3261e; font-weight: 600;"

V = TypeVar("V")


class ErrorLabel(QLabel):
    """The red line inside a dialog for what cannot be saved (no message boxes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormDialog(QDialog):
    """Subclasses build their fields, end their layout with ``finish_layout`` and
    implement ``save``; OK runs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # field name (as in ValidationError.field) -> the widget to focus
        self.field_widgets: dict[str, QWidget] = {}

    def finish_layout(self, layout: QLayout) -> None:
        """Put the error line and the buttons at the end of ``layout``."""
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> int | None:
        """Store the input; return the record's id when there is one."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the record as stored now (after another device changed it)."""

    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except StaleEditError as exc:
            self.reload()
            self.show_error(error_text(exc))
            return
        except (ValueError, ValidationError, NotFoundError, WriteError) as exc:
            # The dialog stays open with everything typed: OK again once the cause is gone.
            self.show_error(self.error_message(exc), getattr(exc, "field", None))
            return
        self.error.hide()
        super().accept()

    def error_message(self, exc: Exception) -> str:
        """The text shown for a refused save (subclasses may say it in their own words)."""
        return error_text(exc)

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.show_error(message)
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        """The message shown, or "" when there is none."""
        return "" if self.error.isHidden() else self.error.text()


class EditorDialog(FormDialog):
    """A dialog that stores its input through ``context.actions`` in ``save``."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context


class SavingDialog(FormDialog, Generic[V]):
    """A dialog whose ``values()`` go to a save callback given by its caller; it is opened
    with ``open()`` and deleted when closed."""

    def __init__(self, save: Callable[[V], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def values(self) -> V:
        """The fields as values; raises ValueError/ValidationError with a message."""
        raise NotImplementedError

    def save(self) -> int | None:
        self._save(self.values())
        return None
