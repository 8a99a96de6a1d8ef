"""Column types that keep money and percentages exact on SQLite."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of 1/10**scale.

    SQLite has no decimal type; storing e.g. a commission of 12.5 % as 1250 keeps it exact
    and lets CHECK constraints and SUM() work on integers.
    """

    impl = Integer
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)


def text_enum(enum_type: type[StrEnum]) -> Enum:
    """Store a StrEnum as its value in a plain VARCHAR.

    No CHECK constraint: adding a value later must not need a table rebuild; SQLAlchemy
    still refuses unknown values on the way in.
    """
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
