"""The user's settings that change figures: name, target rate, capacity, check-in rhythm.

They live in the database (one row), not in QSettings: a backup or export carries them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from zpdesk.services.errors import ValidationError
from zpdesk.store.models import UserSettings

MAX_WEEKLY_MINUTES = 7 * 24 * 60
MAX_NAME_LENGTH = 200
MAX_PROFESSION_LENGTH = 100


@dataclass(frozen=True)
class SettingsValues:
    name: str
    target_rate_cents: int  # per hour, excluding VAT
    weekly_capacity_minutes: int  # time I want to spend on networks per week
    checkin_interval_months: int  # default rhythm of expectation check-ins
    profession: str = ""  # for networks that allow one member per profession


def _row(session: Session) -> UserSettings:
    row = session.get(UserSettings, 1)
    if row is None:
        row = UserSettings(id=1)
        session.add(row)
        session.flush()  # applies the column defaults
    return row


def get_settings(session: Session) -> SettingsValues:
    """The settings, creating the single row with defaults on first read."""
    row = _row(session)
    return SettingsValues(
        name=row.name,
        target_rate_cents=row.target_rate_cents,
        weekly_capacity_minutes=row.weekly_capacity_minutes,
        checkin_interval_months=row.checkin_interval_months,
        profession=row.profession,
    )


def validate_settings(values: SettingsValues) -> None:
    if len(values.name.strip()) > MAX_NAME_LENGTH:
        raise ValidationError(
            QCoreApplication.translate("services", "The name is too long."), "name"
        )
    if len(values.profession.strip()) > MAX_PROFESSION_LENGTH:
        raise ValidationError(
            QCoreApplication.translate("services", "The profession is too long."), "profession"
        )
    if values.target_rate_cents < 0:
        raise ValidationError(
            QCoreApplication.translate("services", "The target hourly rate cannot be negative."),
            "target_rate_cents",
        )
    if not 0 <= values.weekly_capacity_minutes <= MAX_WEEKLY_MINUTES:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The weekly capacity must be between 0 and 168 hours."
            ),
            "weekly_capacity_minutes",
        )
    if not 1 <= values.checkin_interval_months <= 24:
        raise ValidationError(
            QCoreApplication.translate(
                "services", "The check-in interval must be between 1 and 24 months."
            ),
            "checkin_interval_months",
        )


def update_settings(session: Session, values: SettingsValues) -> None:
    """Store the settings (the language stays as it is)."""
    validate_settings(values)
    row = _row(session)
    row.name = values.name.strip()
    row.target_rate_cents = values.target_rate_cents
    row.weekly_capacity_minutes = values.weekly_capacity_minutes
    row.checkin_interval_months = values.checkin_interval_months
    row.profession = values.profession.strip()
    session.flush()
