"""exclusivity: a network's exclusivity rule, my profession and each person's profession

Revision ID: 0002_exclusivity
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_exclusivity"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows get "none" and "": no network was exclusive before this revision.
    with op.batch_alter_table("network") as batch:
        batch.add_column(
            sa.Column(
                "exclusivity",
                sa.Enum(
                    "none",
                    "one_per_profession",
                    "no_same_kind",
                    name="exclusivity",
                    native_enum=False,
                    create_constraint=False,
                    length=32,
                ),
                nullable=False,
                server_default="none",
            )
        )
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("profession", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("user_settings") as batch:
        batch.add_column(
            sa.Column("profession", sa.String(length=100), nullable=False, server_default="")
        )
