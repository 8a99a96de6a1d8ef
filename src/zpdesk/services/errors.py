"""Errors services raise for the user to read."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that cannot be saved; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LookupError):
    """The record the action refers to no longer exists."""
