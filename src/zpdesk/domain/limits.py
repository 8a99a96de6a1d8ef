"""Bounds on what zpdesk accepts, from the editors and from outside (calendar, CSV and
JSON files, the command line): one definition (``services.bounds`` checks them).

Python's dates run from year 1 to 9999, but nothing a freelancer records lies there: a
date in year 1 or 9999 in an imported file is a typo or an attack, and arithmetic near
the ends (a meeting on 31-12-9999 that lasts an hour, a time zone shift on 01-01-0001)
overflows. Everything zpdesk takes in is held to the years 1900–2200, the range the year
decisions already use.
"""

from __future__ import annotations

from datetime import date

MAX_CENTS = 10**12  # an amount: ten billion euros
MAX_TEXT = 1_000_000  # characters in one unbounded text (a description, notes)
MAX_MINUTES = 10**9  # a bound against overflow only, for minutes without their own
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what SQLite stores in an INTEGER

FIRST_YEAR = 1900
LAST_YEAR = 2200
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)


def in_range(day: date) -> bool:
    """True when ``day`` (a date or datetime) lies in the years zpdesk works with."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def range_text() -> str:
    """The range for messages: ``1900–2200``."""
    return f"{FIRST_YEAR}–{LAST_YEAR}"
