"""estimated value of a referral received; the history of a network's annual fee

Revision ID: 0003_engagement_estimated_value
Revises: 0002_exclusivity
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_engagement_estimated_value"
down_revision = "0002_exclusivity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing engagements keep "not entered" (NULL): the review counts their revenue.
    # A plain ADD COLUMN (SQLite and PostgreSQL): a batch rebuild of the table would drop
    # it, and with foreign keys on that cascades into revenue_entry.
    op.execute(
        "ALTER TABLE engagement ADD COLUMN estimated_value_cents INTEGER "
        "CONSTRAINT ck_engagement_estimated_value_non_negative "
        "CHECK (estimated_value_cents IS NULL OR estimated_value_cents >= 0)"
    )
    # No rows yet: each network's current fee holds for every year until it changes.
    op.create_table(
        "network_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("from_year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_network_fee_amount_non_negative")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_network_fee_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_fee")),
        sa.UniqueConstraint("network_id", "from_year", name=op.f("uq_network_fee_network_id")),
    )
    with op.batch_alter_table("network_fee") as batch:
        batch.create_index(batch.f("ix_network_fee_network_id"), ["network_id"], unique=False)
