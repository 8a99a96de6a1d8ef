"""services.settings: one row, created on first read, validated on update."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from zpdesk.services import settings as svc
from zpdesk.services.errors import ValidationError
from zpdesk.store.models import UserSettings

pytestmark = [pytest.mark.store, pytest.mark.both_stores]


def test_first_read_creates_the_row_with_defaults(db) -> None:
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(UserSettings)) == 0
        values = svc.get_settings(s)
    # the model's defaults: € 95 per hour, 8 hours a week, a check-in every 3 months
    assert values == svc.SettingsValues("", 9500, 480, 3)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(UserSettings)) == 1


def test_update_round_trips_and_keeps_language(db) -> None:
    with db.session() as s:
        svc.get_settings(s)
        s.get(UserSettings, 1).language = "nl"
    new = svc.SettingsValues("Marieke", 11_000, 6 * 60 + 30, 6)
    with db.session() as s:
        svc.update_settings(s, new)
    with db.session() as s:
        assert svc.get_settings(s) == new
        assert s.get(UserSettings, 1).language == "nl"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (svc.SettingsValues("", -1, 480, 3), "target_rate_cents"),
        (svc.SettingsValues("", 0, 168 * 60 + 1, 3), "weekly_capacity_minutes"),
        (svc.SettingsValues("", 0, 480, 0), "checkin_interval_months"),
        (svc.SettingsValues("", 0, 480, 25), "checkin_interval_months"),
    ],
)
def test_invalid_settings_are_refused(db, values, field) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as s:
        svc.update_settings(s, values)
    assert caught.value.field == field
    with db.session() as s:
        assert svc.get_settings(s).target_rate_cents == 9500
