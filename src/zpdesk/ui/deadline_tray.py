"""While zpdesk is open: a tray notification on the day a deadline comes within the alarm
window (two weeks before it), once per deadline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from zpdesk import clock
from zpdesk.services import renewals
from zpdesk.services.renewals import NetworkDeadline
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext

CHECK_EVERY_MS = 60 * 60 * 1000  # an open window notices a new day within the hour


def deadline_key(item: NetworkDeadline) -> str:
    return f"{item.network_id}:{item.deadline.deadline.isoformat()}"


class DeadlineTray(QObject):
    """Shows a tray message for each deadline inside its alarm window, once."""

    def __init__(self, context: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.icon: QSystemTrayIcon | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.icon = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.icon.setToolTip("zpdesk")
        self.icon.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def due(self) -> list[NetworkDeadline]:
        """Deadlines within the alarm window today, not announced before."""
        today = clock.today()
        window = timedelta(days=max(renewals.ALARM_DAYS))
        with self.context.db.session() as session:
            items = renewals.deadlines(session, today, today + window)
        done = set(self.context.ui_settings.notified_deadlines)
        return [i for i in items if deadline_key(i) not in done]

    def check(self) -> list[NetworkDeadline]:
        """Announce what is due; returns what was announced."""
        if self.icon is None:
            return []
        items = self.due()
        for item in items:
            self.icon.showMessage(
                renewals.deadline_summary(item),
                self.tr("Deadline: %1").replace("%1", formatting.day(item.deadline.deadline)),
                QSystemTrayIcon.MessageIcon.Warning,
            )
        if items:
            keys = self.context.ui_settings.notified_deadlines
            self.context.ui_settings.notified_deadlines = keys + [deadline_key(i) for i in items]
        return items
