"""The date fields of every editor: one kind, held to the years zpdesk works with.

A bare ``QDateEdit`` accepts 14-09-1752 to 31-12-9999, so a slip of the wheel could store
a date the importers, the review and the agenda refuse (``domain.limits``: 1900–2200).
Every editor builds its date fields here, so the range, the calendar pop-up and the
four-digit year are the same everywhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from zpdesk import clock
from zpdesk.domain.limits import FIRST_DAY, LAST_DAY


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def clamp(value: date) -> date:
    """``value`` moved into the range the fields accept."""
    return min(max(value, FIRST_DAY), LAST_DAY)


class DateEdit(QDateEdit):
    """A date with a calendar pop-up, in the locale's short format with a four-digit year,
    limited to 1900–2200 (``domain.limits``)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
        display = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in display:
            display = display.replace("yy", "yyyy")
        self.setDisplayFormat(display)
        self.set_date(value or clock.today())
        self._typing_from_start = False
        self._moved_on = False
        self.lineEdit().installEventFilter(self)

    # A click leaves the text cursor inside a section without selecting it, and Qt then
    # drops the digits typed (the section is full). So after a click, typing starts over at
    # the first section and runs on through the others, and a separator (-, /, . or a
    # space) moves on to the next section: "15082031", "15-08-2031" and "5-8-2031" all work.
    SEPARATORS = "-/. "

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            self._typing_from_start = not self.lineEdit().hasSelectedText()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text and text in self.SEPARATORS:
            index = self.currentSectionIndex()
            if not self._moved_on and index < self.sectionCount() - 1:
                self.setCurrentSectionIndex(index + 1)
                self.setSelectedSection(self.currentSection())
            self._moved_on = False
            event.accept()
            return
        if self._typing_from_start and text.isdigit():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.currentSection())
        self._typing_from_start = False
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        # Qt moves on by itself when a section is full; the separator typed next must not
        # move on a second time.
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before

    def date_value(self) -> date:
        return from_qdate(self.date())

    def set_date(self, value: date) -> None:
        self.setDate(to_qdate(clamp(value)))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, check_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.check.setToolTip(self.tr("Tick to enter a date; leave empty when unknown"))
        self.edit = DateEdit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        return self.edit.date_value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_date(value)
