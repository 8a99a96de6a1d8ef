"""renewal terms of a network: how it renews, the notice period, an announced fee change,
the day notice was given

Revision ID: 0005_network_renewal
Revises: 0004_row_versions
"""

from __future__ import annotations

from alembic import op

revision = "0005_network_renewal"
down_revision = "0004_row_versions"
branch_labels = None
depends_on = None

# Plain ADD COLUMNs (SQLite and PostgreSQL): a batch rebuild of ``network`` would drop and
# recreate it, and with foreign keys on that cascades into everything that belongs to it.
# Enum values are plain text without a CHECK (as ``store.types.text_enum``).
# Existing networks get "not entered" renewal terms: no deadline until the user fills them.
COLUMNS = (
    "renewal_kind VARCHAR(32) DEFAULT 'none' NOT NULL",
    "renewal_on DATE",
    "renewal_term_months INTEGER CONSTRAINT ck_network_renewal_term "
    "CHECK (renewal_term_months IS NULL OR renewal_term_months BETWEEN 1 AND 120)",
    "notice_amount INTEGER DEFAULT 0 NOT NULL CONSTRAINT ck_network_notice_range "
    "CHECK (notice_amount BETWEEN 0 AND 366)",
    "notice_unit VARCHAR(32) DEFAULT 'months' NOT NULL",
    "renews_automatically BOOLEAN DEFAULT 1 NOT NULL",
    "fee_change_cents INTEGER CONSTRAINT ck_network_fee_change_non_negative "
    "CHECK (fee_change_cents IS NULL OR fee_change_cents >= 0)",
    "fee_change_from DATE",
    "notice_given_on DATE",
)


def upgrade() -> None:
    for column in COLUMNS:
        sql = column
        if op.get_bind().dialect.name == "postgresql":
            sql = sql.replace("DEFAULT 1 NOT NULL", "DEFAULT true NOT NULL")
        op.execute(f"ALTER TABLE network ADD COLUMN {sql}")
