"""The Networks view (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.base import View


class NetworksView(View):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Networks")))
