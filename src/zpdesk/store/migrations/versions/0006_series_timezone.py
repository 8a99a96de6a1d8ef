"""series keep their own time zone; an occurrence may carry its own title and location

Revision ID: 0006_series_timezone
Revises: 0005_network_renewal

Every existing series repeats in Europe/Amsterdam, as before. New columns only (no table
is copied): ``commitment.timezone`` and the nullable ``occurrence.title``/``location``
(None: the series' own).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_series_timezone"
down_revision = "0005_network_renewal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("commitment", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "timezone",
                sa.String(length=64),
                nullable=False,
                server_default="Europe/Amsterdam",
            )
        )
    with op.batch_alter_table("occurrence", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("location", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.drop_column("location")
        batch_op.drop_column("title")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_column("timezone")
