"""Tabs in a network's detail panel, contributed by the features that own them.

Each entry is (untranslated title in the "network_tabs" context, factory). A factory builds
a ``NetworkTab`` for the context; the Networks view calls ``set_network`` when the selection
changes and ``refresh`` after every change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui.context import ViewContext


class NetworkTab(QWidget):
    """A page in the network detail panel."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.network_id: int | None = None

    def set_network(self, network_id: int | None) -> None:
        self.network_id = network_id
        self.refresh()

    def refresh(self) -> None:
        """Reload for ``self.network_id``."""


TabFactory = Callable[[ViewContext], NetworkTab]


def _tabs() -> list[tuple[str, TabFactory]]:
    """Imported on demand so the Networks view does not load every feature at start-up."""
    tabs: list[tuple[str, TabFactory]] = []
    from zpdesk.ui.contract.tabs import ContractTab, ContractTypeTab, HealthTab

    tabs += [
        (QT_TRANSLATE_NOOP("network_tabs", "Contract"), ContractTab),
        (QT_TRANSLATE_NOOP("network_tabs", "Health"), HealthTab),
        (QT_TRANSLATE_NOOP("network_tabs", "Contract type"), ContractTypeTab),
    ]
    from zpdesk.ui.agenda.network_tab import CommitmentsTab

    tabs.append((QT_TRANSLATE_NOOP("network_tabs", "Meetings"), CommitmentsTab))
    return tabs


def network_tabs() -> list[tuple[str, TabFactory]]:
    return _tabs()
