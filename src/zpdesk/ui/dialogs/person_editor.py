"""Adding or editing a person: who they are, what they are good at, where."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from zpdesk.services import people as service
from zpdesk.services.people import PersonInput
from zpdesk.ui.context import ViewContext
from zpdesk.ui.dialogs.base import EditorDialog


def _text_box(placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PersonEditor(EditorDialog):
    """New person (``person_id`` None) or edit one; saves in ``accept``."""

    def __init__(
        self, context: ViewContext, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.person_id = person_id
        self.version: int | None = None  # of the row this edit started from
        values = PersonInput()
        if person_id is not None:
            with context.db.session() as session:
                detail = service.get_person(session, person_id)
            values, self.version = detail.values, detail.version
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(service.MAX_NAME_LENGTH)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(50)
        self.region_edit = QLineEdit()
        self.region_edit.setMaxLength(100)
        self.region_edit.setPlaceholderText(self.tr("e.g. Breda, West-Brabant"))
        self.profession_edit = QLineEdit()
        self.profession_edit.setMaxLength(100)
        self.profession_edit.setPlaceholderText(self.tr("e.g. interim HR, labour lawyer"))
        self.expertise_edit = _text_box(
            self.tr("What they are good at, e.g. interim HR, labour law, change management"), 3
        )
        self.background_edit = _text_box(self.tr("Education, earlier work, sectors"), 3)
        self.notes_edit = _text_box("", 3)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Region:"), self.region_edit)
        form.addRow(self.tr("Pro&fession:"), self.profession_edit)
        form.addRow(self.tr("E&xpertise:"), self.expertise_edit)
        form.addRow(self.tr("&Background:"), self.background_edit)
        form.addRow(self.tr("No&tes:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {
            "name": self.name_edit,
            "organisation": self.organisation_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "region": self.region_edit,
            "profession": self.profession_edit,
        }
        self.set_values(values)
        self.setWindowTitle(
            self.tr("New person")
            if person_id is None
            else self.tr("Edit '%1'").replace("%1", values.name)
        )
        self.resize(560, 480)
        self.name_edit.setFocus()

    def set_values(self, values: PersonInput) -> None:
        self.name_edit.setText(values.name)
        self.organisation_edit.setText(values.organisation)
        self.email_edit.setText(values.email)
        self.phone_edit.setText(values.phone)
        self.region_edit.setText(values.region)
        self.profession_edit.setText(values.profession)
        self.expertise_edit.setPlainText(values.expertise)
        self.background_edit.setPlainText(values.background)
        self.notes_edit.setPlainText(values.notes)

    def values(self) -> PersonInput:
        return PersonInput(
            name=self.name_edit.text(),
            organisation=self.organisation_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            expertise=self.expertise_edit.toPlainText(),
            region=self.region_edit.text(),
            background=self.background_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            profession=self.profession_edit.text(),
        )

    def save(self) -> int:
        values = self.values()
        name = values.name.strip()
        person_id = self.person_id
        if person_id is None:
            return self.context.actions.run(
                self.tr("Add person '%1'").replace("%1", name),
                lambda session: service.create_person(session, values),
            )
        self.context.actions.run(
            self.tr("Edit person '%1'").replace("%1", name),
            lambda session: service.update_person(session, person_id, values, self.version),
        )
        return person_id

    def reload(self) -> None:  # noqa: D102 - EditorDialog
        if self.person_id is None:
            return
        with self.context.db.session() as session:
            detail = service.get_person(session, self.person_id)
        self.version = detail.version
        self.set_values(detail.values)
