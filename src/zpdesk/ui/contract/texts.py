"""Translated texts of the psychological contract: suggestion statements, contract types,
targets, measured values, breach reasons and trends.

Module-level strings are marked with QT_TRANSLATE_NOOP and translated at display time.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate

from zpdesk.domain.contract import (
    BreachReason,
    BreachRule,
    ContractType,
    MatchBalance,
    MutualMatch,
    PaceWindow,
    Target,
    Trend,
)
from zpdesk.domain.enums import TargetPeriod, TargetUnit
from zpdesk.locale_format import fill
from zpdesk.translation_marks import QT_TRANSLATE_NOOP
from zpdesk.ui import formatting


def _translated(text: str) -> str:
    """``text`` (marked elsewhere with QT_TRANSLATE_NOOP) translated in this context."""
    return QCoreApplication.translate("contract", text)


# The statements of domain.contract.SUGGESTIONS, by key.
SUGGESTION_TEXTS: dict[str, str] = {
    "keep_agreements": QT_TRANSLATE_NOOP(
        "suggestions", "Keep the agreements I make with the others and with shared clients"
    ),
    "attend_breakfasts": QT_TRANSLATE_NOOP(
        "suggestions", "Attend the breakfast sessions and theme days"
    ),
    "attend_meetings": QT_TRANSLATE_NOOP("suggestions", "Attend the members' meetings"),
    "project_delivery": QT_TRANSLATE_NOOP(
        "suggestions", "Deliver my part of the project on time and within the agreed hours"
    ),
    "knowledge_group_hours": QT_TRANSLATE_NOOP("suggestions", "Put time into a knowledge group"),
    "share_expertise": QT_TRANSLATE_NOOP(
        "suggestions", "Share my expertise: host a session or write a piece once a year"
    ),
    "pass_on_work": QT_TRANSLATE_NOOP(
        "suggestions", "Pass on work I cannot take on myself to members"
    ),
    "own_acquisition": QT_TRANSLATE_NOOP(
        "suggestions",
        "Keep doing my own acquisition: the network adds to it, it does not replace it",
    ),
    "quality_standard": QT_TRANSLATE_NOOP(
        "suggestions", "Work to the shared quality standard and code of conduct"
    ),
    "pay_commission": QT_TRANSLATE_NOOP(
        "suggestions", "Pay the agreed commission (afdracht) on work through the network"
    ),
    "keep_profile": QT_TRANSLATE_NOOP(
        "suggestions", "Keep my profile and expertise up to date on the network's website"
    ),
    "stand_in": QT_TRANSLATE_NOOP(
        "suggestions", "Stand in for a colleague who is ill or on holiday"
    ),
    "join_social": QT_TRANSLATE_NOOP(
        "suggestions", "Join the informal moments: drinks, Christmas dinner, the yearly event"
    ),
    "reliable_colleagues": QT_TRANSLATE_NOOP(
        "suggestions", "Colleagues who keep their agreements and are loyal to shared clients"
    ),
    "receive_referrals": QT_TRANSLATE_NOOP(
        "suggestions", "Referrals for work that fits my expertise"
    ),
    "sourced_revenue": QT_TRANSLATE_NOOP(
        "suggestions", "Revenue from assignments that come through the network"
    ),
    "bigger_assignments": QT_TRANSLATE_NOOP(
        "suggestions", "Access to assignments too big to take on alone"
    ),
    "learn_per_session": QT_TRANSLATE_NOOP(
        "suggestions", "Learn something I can use with clients at most sessions"
    ),
    "sparring": QT_TRANSLATE_NOOP(
        "suggestions", "Colleagues to spar with about cases and dilemmas (intervision)"
    ),
    "innovate_together": QT_TRANSLATE_NOOP(
        "suggestions", "Develop new services together with other members"
    ),
    "shared_brand": QT_TRANSLATE_NOOP(
        "suggestions", "Visibility with clients through the shared brand and website"
    ),
    "clear_project_terms": QT_TRANSLATE_NOOP(
        "suggestions", "Clear agreements on roles, hours and how the fee is split"
    ),
    "collective_arrangements": QT_TRANSLATE_NOOP(
        "suggestions",
        "Collective arrangements that save me time or money (insurance, complaints procedure)",
    ),
    "say_in_direction": QT_TRANSLATE_NOOP(
        "suggestions", "A say in the direction and the choices of the network"
    ),
    "backup_colleague": QT_TRANSLATE_NOOP(
        "suggestions", "A trusted colleague who takes over when I am ill or on holiday"
    ),
    "enjoy_contact": QT_TRANSLATE_NOOP("suggestions", "Colleagues I enjoy meeting"),
}


def suggestion_text(key: str) -> str:
    return QCoreApplication.translate("suggestions", SUGGESTION_TEXTS[key])


_TYPES = {
    ContractType.TRANSACTIONAL: QT_TRANSLATE_NOOP("contract", "Transactional"),
    ContractType.TRANSITIONAL: QT_TRANSLATE_NOOP("contract", "Transitional"),
    ContractType.BALANCED: QT_TRANSLATE_NOOP("contract", "Balanced"),
    ContractType.RELATIONAL: QT_TRANSLATE_NOOP("contract", "Relational"),
}
_TYPE_HINTS = {
    ContractType.TRANSACTIONAL: QT_TRANSLATE_NOOP(
        "contract", "Short-term and specific: a deal for this job, little loyalty asked."
    ),
    ContractType.TRANSITIONAL: QT_TRANSLATE_NOOP(
        "contract", "Short-term and vague: no real agreement, often a phase of doubt or change."
    ),
    ContractType.BALANCED: QT_TRANSLATE_NOOP(
        "contract", "Open-ended and specific: a lasting tie with clear mutual terms."
    ),
    ContractType.RELATIONAL: QT_TRANSLATE_NOOP(
        "contract", "Open-ended and broad: trust and loyalty carry it, terms are unspoken."
    ),
}


def contract_type_label(value: ContractType) -> str:
    return _translated(_TYPES[value])


def contract_type_hint(value: ContractType) -> str:
    return _translated(_TYPE_HINTS[value])


_UNIT_AMOUNT_ONE = {
    TargetUnit.MEETINGS: QT_TRANSLATE_NOOP("contract", "%1 meeting"),
    TargetUnit.HOURS: QT_TRANSLATE_NOOP("contract", "%1 hour"),
    TargetUnit.REFERRALS_RECEIVED: QT_TRANSLATE_NOOP("contract", "%1 referral received"),
    TargetUnit.REFERRALS_GIVEN: QT_TRANSLATE_NOOP("contract", "%1 referral given"),
    TargetUnit.REVENUE: QT_TRANSLATE_NOOP("contract", "%1 revenue"),
    TargetUnit.OTHER: QT_TRANSLATE_NOOP("contract", "%1"),
}
_UNIT_AMOUNTS = {
    TargetUnit.MEETINGS: QT_TRANSLATE_NOOP("contract", "%1 meetings"),
    TargetUnit.HOURS: QT_TRANSLATE_NOOP("contract", "%1 hours"),
    TargetUnit.REFERRALS_RECEIVED: QT_TRANSLATE_NOOP("contract", "%1 referrals received"),
    TargetUnit.REFERRALS_GIVEN: QT_TRANSLATE_NOOP("contract", "%1 referrals given"),
    TargetUnit.REVENUE: QT_TRANSLATE_NOOP("contract", "%1 revenue"),
    TargetUnit.OTHER: QT_TRANSLATE_NOOP("contract", "%1"),
}
_PER_PERIOD = {
    TargetPeriod.WEEK: QT_TRANSLATE_NOOP("contract", "%1 a week"),
    TargetPeriod.MONTH: QT_TRANSLATE_NOOP("contract", "%1 a month"),
    TargetPeriod.QUARTER: QT_TRANSLATE_NOOP("contract", "%1 a quarter"),
    TargetPeriod.YEAR: QT_TRANSLATE_NOOP("contract", "%1 a year"),
}


def whole_euros(euros: Decimal) -> str:
    """Euros rounded to whole ones, for compact target texts: ``€ 13.438``."""
    cents = (euros.quantize(Decimal(1), rounding=ROUND_HALF_UP)) * 100
    text = formatting.money(cents)
    decimals = f"{formatting.locale().decimalPoint()}00"
    return text.replace(decimals, "", 1)


def plain(value: Decimal) -> str:
    """A number with no more decimals than it has (up to two): ``20``, ``4,5``, ``2,25``."""
    for decimals in (0, 1):
        if value == value.quantize(Decimal(1).scaleb(-decimals)):
            return formatting.number(value, decimals)
    return formatting.number(value, 2)


def quantity(unit: TargetUnit, value: Decimal) -> str:
    """A measured number in its unit's way: hours with one decimal, euros, else plain."""
    if unit is TargetUnit.REVENUE:
        return whole_euros(value)
    if unit is TargetUnit.HOURS:
        return formatting.number(value, 1)
    return plain(value)


def approximate(unit: TargetUnit, value: Decimal) -> str:
    """A pro-rata expectation: one decimal at most (``17,9``), euros for revenue."""
    if unit is TargetUnit.REVENUE:
        return whole_euros(value)
    rounded = value.quantize(Decimal("0.1"))
    if rounded == rounded.to_integral_value():
        return formatting.number(rounded, 0)
    return formatting.number(rounded, 1)


def amount(unit: TargetUnit, value: Decimal) -> str:
    """A target amount: ``12 meetings``, ``4,5 hours``, ``€ 10.000,00 revenue``."""
    # English and Dutch both have one form for exactly one and another for the rest.
    forms = _UNIT_AMOUNT_ONE if value == 1 else _UNIT_AMOUNTS
    number = whole_euros(value) if unit is TargetUnit.REVENUE else plain(value)
    return fill(_translated(forms[unit]), number)


def target_text(target: Target | None) -> str:
    """``20 meetings a year``; "" without a target."""
    if target is None:
        return ""
    return fill(_translated(_PER_PERIOD[target.period]), amount(target.unit, target.quantity))


def period_name(period: TargetPeriod, start: date) -> str:
    """The period starting on ``start``: ``2026``, ``Q2 2026``, ``March 2026``, ``2026-W48``."""
    if period is TargetPeriod.YEAR:
        return str(start.year)
    if period is TargetPeriod.QUARTER:
        return fill(
            QCoreApplication.translate("contract", "Q%1 %2"), (start.month - 1) // 3 + 1, start.year
        )
    if period is TargetPeriod.MONTH:
        return formatting.locale().toString(QDate(start.year, start.month, 1), "MMMM yyyy")
    return formatting.week_label(start)


def window_text(window: PaceWindow) -> str:
    """Which stretch was measured: ``2025`` or ``2026 so far``."""
    name = period_name(window.period, window.period_start)
    if window.complete:
        return name
    return fill(QCoreApplication.translate("contract", "%1 so far"), name)


def measured_text(
    target: Target | None, window: PaceWindow | None, measured: Decimal | None
) -> str:
    """``12 of 15`` (measured of the target pro rata), "" when not measured."""
    if target is None or window is None or measured is None:
        return ""
    return fill(
        QCoreApplication.translate("contract", "%1 of %2"),
        quantity(target.unit, measured),
        approximate(target.unit, window.expected),
    )


def reason_text(reason: BreachReason, unit: TargetUnit | None = None) -> str:
    """Why an expectation is flagged, in a sentence."""
    if reason.rule is BreachRule.LOW_SCORES:
        first, second = (reason.scores + (0, 0))[:2]
        return fill(
            QCoreApplication.translate(
                "contract", "Important, and the last two check-ins scored %1 and %2"
            ),
            first,
            second,
        )
    assert reason.window is not None and reason.measured is not None
    unit = unit or TargetUnit.OTHER
    expected = reason.expected if reason.expected is not None else Decimal(0)
    text = QCoreApplication.translate("contract", "Behind pace: %1 of the %2 expected in %3")
    return fill(
        text,
        quantity(unit, reason.measured),
        approximate(unit, expected),
        window_text(reason.window),
    )


_TRENDS = {
    Trend.UP: ("↑", QT_TRANSLATE_NOOP("contract", "Better than the check-in before")),
    Trend.DOWN: ("↓", QT_TRANSLATE_NOOP("contract", "Worse than the check-in before")),
    Trend.SAME: ("→", QT_TRANSLATE_NOOP("contract", "Same as the check-in before")),
    Trend.NONE: ("", QT_TRANSLATE_NOOP("contract", "Fewer than two check-ins")),
}


def trend_symbol(value: Trend) -> str:
    return _TRENDS[value][0]


def trend_hint(value: Trend) -> str:
    return _translated(_TRENDS[value][1])


def match_text(match: MutualMatch) -> str:
    """The mutual match in a sentence."""
    balance = match.balance
    if balance is MatchBalance.UNKNOWN:
        return QCoreApplication.translate(
            "contract", "Check in on both sides to see how they match."
        )
    points = formatting.number(abs(match.gap or Decimal(0)) * 100, 0)
    if balance is MatchBalance.BALANCED:
        return fill(
            QCoreApplication.translate(
                "contract",
                "Balanced: the two sides are less than one score step apart (%1 points).",
            ),
            points,
        )
    if balance is MatchBalance.GIVING_MORE:
        return fill(
            QCoreApplication.translate(
                "contract",
                "You keep your side better than the network keeps its side (%1 points apart).",
            ),
            points,
        )
    return fill(
        QCoreApplication.translate(
            "contract", "The network delivers more than you put in (%1 points apart)."
        ),
        points,
    )


def score_hint(score: int) -> str:
    hints = {
        1: QT_TRANSLATE_NOOP("contract", "1 – not at all"),
        2: QT_TRANSLATE_NOOP("contract", "2 – poorly"),
        3: QT_TRANSLATE_NOOP("contract", "3 – partly"),
        4: QT_TRANSLATE_NOOP("contract", "4 – largely"),
        5: QT_TRANSLATE_NOOP("contract", "5 – fully"),
    }
    return _translated(hints[score])
