"""What every view and dialog is handed: no globals, no service locator."""

from __future__ import annotations

from dataclasses import dataclass

from zpdesk.store.db import Database
from zpdesk.ui.actions import ActionRunner
from zpdesk.ui.ui_settings import UiSettings


@dataclass
class ViewContext:
    db: Database
    actions: ActionRunner
    ui_settings: UiSettings
