"""The common shape of an editor: fields, an inline message in red, OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from zpdesk.services.errors import NotFoundError, StaleEditError, ValidationError, WriteError
from zpdesk.ui.context import ViewContext

ERROR_STYLE = "color: #b3261e; font-weight: 600;"


class EditorDialog(QDialog):
    """Subclasses build their fields and implement ``save``; ``accept`` runs it.

    When ``save`` raises ValidationError (or WriteError: a full disk, a read-only file,
    a row changed elsewhere) the message appears in the dialog, the offending
    field gets the focus, the dialog stays open and nothing is stored (the action's
    transaction is rolled back).
    """

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # field name (as in ValidationError.field) -> the widget to focus
        self.field_widgets: dict[str, QWidget] = {}

    def save(self) -> int | None:
        """Store the input through ``context.actions``; return the record's id."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the record as stored now (after another device changed it)."""

    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except StaleEditError as exc:
            self.reload()
            self.show_error(str(exc))
            return
        except (ValidationError, NotFoundError, WriteError) as exc:
            # The dialog stays open with everything typed: OK again once the cause is gone.
            self.show_error(str(exc), getattr(exc, "field", None))
            return
        self.error_label.hide()
        super().accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        """The message shown, or "" when there is none."""
        return "" if self.error_label.isHidden() else self.error_label.text()
