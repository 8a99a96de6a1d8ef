"""a version per row, so that one device never silently overwrites the other's change

Revision ID: 0004_row_versions
Revises: 0003_engagement_estimated_value
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_row_versions"
down_revision = "0003_engagement_estimated_value"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every table there is at this revision (Alembic's own excepted).
    tables = sorted(sa.inspect(op.get_bind()).get_table_names())
    for table in (name for name in tables if name != "alembic_version"):
        # ADD COLUMN with a constant default: no table rebuild on SQLite either.
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
