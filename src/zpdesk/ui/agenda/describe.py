"""Recurrence rules in words ("Every 2 weeks on Tuesday, until 31-12-2026")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

from zpdesk.domain.recurrence import Frequency, MonthlyMode, RecurrenceError, parse_rule
from zpdesk.ui import formatting

ORDINALS = {
    1: QT_TRANSLATE_NOOP("Recurrence", "1st"),
    2: QT_TRANSLATE_NOOP("Recurrence", "2nd"),
    3: QT_TRANSLATE_NOOP("Recurrence", "3rd"),
    4: QT_TRANSLATE_NOOP("Recurrence", "4th"),
    -1: QT_TRANSLATE_NOOP("Recurrence", "last"),
}


class RecurrenceCounts(QObject):
    """Texts with a count: lupdate reads plural forms only from ``self.tr(text, "", n)``."""

    def times(self, n: int) -> str:
        return self.tr(", %n time(s)", "", n)


def ordinal_text(ordinal: int) -> str:
    return QCoreApplication.translate("Recurrence", ORDINALS[ordinal])


def weekday_name(weekday: int) -> str:
    """0 = Monday, in the locale."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def describe_rule(rule: str, starts_at: datetime) -> str:
    """The rule in words, for lists and the builder's summary."""
    try:
        spec = parse_rule(rule, starts_at)
    except RecurrenceError:
        spec = None
    if spec is None:
        return QCoreApplication.translate("Recurrence", "Custom rule: %1").replace("%1", rule)
    n = spec.interval
    if spec.frequency is Frequency.NONE:
        return QCoreApplication.translate("Recurrence", "Once")
    if spec.frequency is Frequency.DAILY:
        text = (
            QCoreApplication.translate("Recurrence", "Every day")
            if n == 1
            else QCoreApplication.translate("Recurrence", "Every %1 days").replace("%1", str(n))
        )
    elif spec.frequency is Frequency.WEEKLY:
        days = ", ".join(weekday_name(d) for d in (spec.weekdays or (starts_at.weekday(),)))
        text = (
            QCoreApplication.translate("Recurrence", "Every week on %1").replace("%1", days)
            if n == 1
            else QCoreApplication.translate("Recurrence", "Every %1 weeks on %2")
            .replace("%1", str(n))
            .replace("%2", days)
        )
    elif spec.frequency is Frequency.MONTHLY:
        if spec.monthly_mode is MonthlyMode.WEEKDAY:
            which = f"{ordinal_text(spec.ordinal)} {weekday_name(starts_at.weekday())}"
            text = (
                QCoreApplication.translate("Recurrence", "Every month on the %1").replace(
                    "%1", which
                )
                if n == 1
                else QCoreApplication.translate("Recurrence", "Every %1 months on the %2")
                .replace("%1", str(n))
                .replace("%2", which)
            )
        else:
            text = (
                QCoreApplication.translate("Recurrence", "Every month on day %1").replace(
                    "%1", str(starts_at.day)
                )
                if n == 1
                else QCoreApplication.translate("Recurrence", "Every %1 months on day %2")
                .replace("%1", str(n))
                .replace("%2", str(starts_at.day))
            )
    else:
        day = QLocale().toString(QDate(starts_at.year, starts_at.month, starts_at.day), "d MMMM")
        text = (
            QCoreApplication.translate("Recurrence", "Every year on %1").replace("%1", day)
            if n == 1
            else QCoreApplication.translate("Recurrence", "Every %1 years on %2")
            .replace("%1", str(n))
            .replace("%2", day)
        )
    if spec.until is not None:
        text += QCoreApplication.translate("Recurrence", ", until %1").replace(
            "%1", formatting.day(spec.until)
        )
    if spec.count is not None:
        text += RecurrenceCounts().times(spec.count)
    return text
