"""The main window's views, created on first use.

Views are imported lazily: the Review view pulls in pyqtgraph, which must stay out of
start-up.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.base import View


class ViewSpec(NamedTuple):
    key: str
    title: str  # untranslated; translate with QCoreApplication.translate("views", title)
    module: str  # in zpdesk.ui.views, or a full dotted path (a feature folder's view)
    class_name: str
    icon: str  # file name in resources/icons


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "overview", QT_TRANSLATE_NOOP("views", "Overview"), "overview", "OverviewView", "overview"
    ),
    ViewSpec(
        "networks", QT_TRANSLATE_NOOP("views", "Networks"), "networks", "NetworksView", "networks"
    ),
    ViewSpec("people", QT_TRANSLATE_NOOP("views", "People"), "people", "PeopleView", "people"),
    ViewSpec("agenda", QT_TRANSLATE_NOOP("views", "Agenda"), "agenda", "AgendaView", "agenda"),
    ViewSpec("work", QT_TRANSLATE_NOOP("views", "Work"), "work", "WorkView", "work"),
    ViewSpec("review", QT_TRANSLATE_NOOP("views", "Review"), "review", "ReviewView", "review"),
    ViewSpec(
        "atlas", QT_TRANSLATE_NOOP("views", "Atlas"), "zpdesk.ui.atlas.view", "AtlasView", "atlas"
    ),
)
VIEW_KEYS = tuple(spec.key for spec in VIEWS)


def create_view(spec: ViewSpec, context: ViewContext) -> View:
    """Import the view's module and build it."""
    name = spec.module if "." in spec.module else f"zpdesk.ui.views.{spec.module}"
    module = importlib.import_module(name)
    view_class = getattr(module, spec.class_name)
    view: View = view_class(context)
    return view
