"""a version per row, so that one device never silently overwrites the other's change

Revision ID: 0002_row_versions
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_row_versions"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Every table of revision 0001 (Alembic's own excepted).
TABLES = (
    "checkin",
    "commitment",
    "commitment_exdate",
    "contract_assessment",
    "engagement",
    "expectation",
    "expense",
    "health_check",
    "health_score",
    "membership",
    "network",
    "network_motive",
    "obligation",
    "occurrence",
    "person",
    "referral_given",
    "revenue_entry",
    "time_entry",
    "user_settings",
    "year_decision",
)


def upgrade() -> None:
    for table in TABLES:
        # ADD COLUMN with a constant default: no table rebuild on SQLite either.
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
