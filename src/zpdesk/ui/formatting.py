"""Showing and reading money, hours, dates and percentages in the user's locale.

The functions live in ``zpdesk.locale_format`` (QtCore only) so that the reports use the
very same formatting; the window imports them from here.
"""

from __future__ import annotations

from zpdesk.locale_format import (
    clock,
    day,
    day_short,
    fill,
    hours,
    integer,
    iso_week,
    locale,
    moment,
    money,
    month_name,
    number,
    parse_day,
    parse_decimal,
    parse_minutes,
    parse_money_cents,
    percent,
    week_label,
    week_number,
    weekday_name,
)

__all__ = [
    "clock",
    "day",
    "day_short",
    "fill",
    "hours",
    "integer",
    "iso_week",
    "locale",
    "moment",
    "money",
    "month_name",
    "number",
    "parse_day",
    "parse_decimal",
    "parse_minutes",
    "parse_money_cents",
    "percent",
    "week_label",
    "week_number",
    "weekday_name",
]
