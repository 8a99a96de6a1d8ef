"""The Overview: what needs attention today, as a vertical list of sections.

Sections come from ``OVERVIEW_SECTIONS``, in order. To add one (e.g. "year to date
money"), write an ``OverviewSection`` subclass in your feature's package and add an
``OverviewSectionSpec`` here whose factory imports it lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from zpdesk import clock
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.base import View

T = TypeVar("T")


class RefreshMemo:
    """Results the sections share during one Overview refresh; nothing is kept outside one.

    Several sections show parts of the same calculation (the contract sections all read
    ``contract_overview``): within a refresh it runs once, and every refresh starts anew.
    """

    def __init__(self) -> None:
        self._values: dict[Hashable, Any] | None = None

    @contextmanager
    def refreshing(self) -> Iterator[None]:
        self._values = {}
        try:
            yield
        finally:
            self._values = None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, or its result from earlier in the same refresh."""
        if self._values is None:
            return compute()
        if key not in self._values:
            self._values[key] = compute()
        result: T = self._values[key]
        return result


class OverviewSection(QFrame):
    """One block of the Overview: a heading and a body; ``refresh(on)`` reloads it."""

    # Emitted with a network id when the user opens a network from the section.
    network_activated = Signal(int)

    def __init__(self, context: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = title
        self.memo = RefreshMemo()  # the Overview hands every section its shared one
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)

    def set_count(self, count: int | None) -> None:
        """Show ``count`` after the title (None: the title alone)."""
        self.heading.setText(self.title if count is None else f"{self.title} ({count})")

    def refresh(self, on: date) -> None:
        """Reload for the day ``on``."""


SectionFactory = Callable[[ViewContext, str], OverviewSection]


@dataclass(frozen=True)
class OverviewSectionSpec:
    key: str
    title: str  # untranslated, in the "overview" context
    factory: SectionFactory


def _contract(class_name: str) -> SectionFactory:
    def build(context: ViewContext, title: str) -> OverviewSection:
        from zpdesk.ui.contract import overview_sections

        section: OverviewSection = getattr(overview_sections, class_name)(context, title)
        return section

    return build


def _year_to_date(context: ViewContext, title: str) -> OverviewSection:
    from zpdesk.ui.views.overview_money import YearToDateWidget

    class YearToDateSection(OverviewSection):
        """Revenue, hours and effective rate per network this year, as in the Review."""

        def __init__(self) -> None:
            super().__init__(context, title)
            self.figures = YearToDateWidget(context)
            self.body.addWidget(self.figures)

        def refresh(self, on: date) -> None:
            self.figures.refresh(on)
            # the widget's own title names the period; the section heading stays short
            self.set_count(None)

    return YearToDateSection()


def _coming_up(context: ViewContext, title: str) -> OverviewSection:
    from zpdesk.ui.views.overview_coming import ComingUpSection

    return ComingUpSection(context, title)


def _exclusivity(context: ViewContext, title: str) -> OverviewSection:
    from zpdesk.ui.atlas.overview_section import build

    return build(context, title)


# The extension point: sections shown top to bottom.
OVERVIEW_SECTIONS: list[OverviewSectionSpec] = [
    OverviewSectionSpec(
        "coming_up",
        QT_TRANSLATE_NOOP("overview", "Coming up"),
        _coming_up,
    ),
    OverviewSectionSpec(
        "exclusivity", QT_TRANSLATE_NOOP("overview", "Exclusivity conflicts"), _exclusivity
    ),
    OverviewSectionSpec(
        "breaches",
        QT_TRANSLATE_NOOP("overview", "Breaches in the psychological contract"),
        _contract("BreachesSection"),
    ),
    OverviewSectionSpec(
        "at_risk",
        QT_TRANSLATE_NOOP("overview", "Expectations at risk"),
        _contract("AtRiskSection"),
    ),
    OverviewSectionSpec(
        "due",
        QT_TRANSLATE_NOOP("overview", "Check-ins and health checks overdue"),
        _contract("DueSection"),
    ),
    OverviewSectionSpec(
        "networks",
        QT_TRANSLATE_NOOP("overview", "Your active networks"),
        _contract("NetworksSection"),
    ),
    OverviewSectionSpec(
        "year_to_date",
        QT_TRANSLATE_NOOP("overview", "Money and time this year"),
        _year_to_date,
    ),
]


class OverviewView(View):
    """Sections of what needs attention, built from ``OVERVIEW_SECTIONS``."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.date_label = QLabel()
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.date_label.setFont(font)
        self.sections: dict[str, OverviewSection] = {}
        self.memo = RefreshMemo()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.date_label)
        for spec in OVERVIEW_SECTIONS:
            section = spec.factory(context, QCoreApplication.translate("overview", spec.title))
            section.setObjectName(f"overview_{spec.key}")
            section.memo = self.memo
            section.network_activated.connect(
                lambda network_id: self.open_requested.emit("network", network_id)
            )
            self.sections[spec.key] = section
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def today(self) -> date:
        return clock.today()

    def _open_network(self, network_id: int) -> None:
        self.open_requested.emit("network", network_id)

    def refresh(self) -> None:
        on = self.today()
        self.date_label.setText(formatting.day(on, long=True))
        with self.memo.refreshing():
            for section in self.sections.values():
                section.refresh(on)
