"""The Overview's flag for exclusivity conflicts: shown only when a rule is broken."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from zpdesk.services.overlap import conflicts
from zpdesk.ui.atlas.texts import conflict_text
from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.overview import OverviewSection


class ExclusivitySection(OverviewSection):
    """One line per broken exclusivity rule of my current networks."""

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, parent)
        self.lines = QLabel()
        self.lines.setObjectName("exclusivity_lines")
        self.lines.setWordWrap(True)
        self.body.addWidget(self.lines)

    def refresh(self, on: date) -> None:
        with self.context.db.session() as session:
            found = conflicts(session, on)
        self.lines.setText("\n".join("! " + conflict_text(c) for c in found))
        self.set_count(len(found))
        self.setVisible(bool(found))


def build(context: ViewContext, title: str) -> OverviewSection:
    return ExclusivitySection(context, title)
