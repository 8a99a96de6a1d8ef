"""Fulfilment of a psychological contract (DOMAIN.md, the yearly review)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def score_fraction(score: int) -> Decimal:
    """A check-in score 1–5 as a fraction 0–1: (s − 1) / 4."""
    if not 1 <= score <= 5:
        raise ValueError(f"a score is 1 to 5, not {score}")
    return Decimal(score - 1) / 4


def fulfilment(latest: Iterable[tuple[int, int | None]]) -> Decimal | None:
    """Importance-weighted mean of the latest scores, as a fraction 0–1.

    ``latest`` holds (importance, latest score or None) for each open expectation;
    expectations never checked do not count. None when nothing was checked.
    """
    weighted = Decimal(0)
    weights = 0
    for importance, score in latest:
        if score is None:
            continue
        weighted += importance * score_fraction(score)
        weights += importance
    if weights == 0:
        return None
    return weighted / weights
