"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 10:45:24.337667
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "network",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "network_organisation",
                "knowledge_network",
                "project_collaboration",
                "cooperative",
                "referral_group",
                "professional_association",
                "other",
                name="networkkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "legal_form",
            sa.Enum(
                "informal",
                "association",
                "foundation",
                "maatschap",
                "vof",
                "bv",
                "nv",
                "cooperative",
                "other",
                name="legalform",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column(
            "my_role",
            sa.Enum(
                "member",
                "coordinator",
                "client_lead",
                "founder",
                "board",
                name="myrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "exploring",
                "active",
                "dormant",
                "leaving",
                "ended",
                name="networkstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("annual_fee_cents", sa.Integer(), nullable=False),
        sa.Column("commission_pct", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("checkin_interval_months", sa.Integer(), nullable=True),
        sa.CheckConstraint("annual_fee_cents >= 0", name=op.f("ck_network_fee_non_negative")),
        sa.CheckConstraint(
            "checkin_interval_months IS NULL OR checkin_interval_months BETWEEN 1 AND 24",
            name=op.f("ck_network_checkin_interval"),
        ),
        sa.CheckConstraint(
            "commission_pct BETWEEN 0 AND 10000", name=op.f("ck_network_commission_range")
        ),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_network_left_after_joined"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_network_name_not_empty")),
        sa.CheckConstraint(
            "parent_id IS NULL OR parent_id != id", name=op.f("ck_network_not_own_parent")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["network.id"],
            name=op.f("fk_network_parent_id_network"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network")),
        sa.UniqueConstraint("name", name=op.f("uq_network_name")),
    )
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_person_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)

    op.create_table(
        "user_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target_rate_cents", sa.Integer(), nullable=False),
        sa.Column("weekly_capacity_minutes", sa.Integer(), nullable=False),
        sa.Column("checkin_interval_months", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.CheckConstraint(
            "checkin_interval_months BETWEEN 1 AND 24",
            name=op.f("ck_user_settings_checkin_interval"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_user_settings_single_row")),
        sa.CheckConstraint(
            "target_rate_cents >= 0", name=op.f("ck_user_settings_rate_non_negative")
        ),
        sa.CheckConstraint(
            "weekly_capacity_minutes >= 0", name=op.f("ck_user_settings_capacity_non_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_settings")),
    )
    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "breakfast",
                "monthly_meeting",
                "knowledge_group",
                "theme_day",
                "social_event",
                "intervision",
                "project_meeting",
                "board",
                "other",
                name="commitmentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("is_external", sa.Boolean(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_commitment_duration_positive")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_commitment_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_commitment_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
        sa.UniqueConstraint("uid", name=op.f("uq_commitment_uid")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_network_id"), ["network_id"], unique=False)

    op.create_table(
        "contract_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "time_frame",
            sa.Enum(
                "short_term", "open_ended", name="contracttimeframe", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "specificity",
            sa.Enum(
                "specific", "unspecific", name="contractspecificity", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "phase",
            sa.Enum(
                "forming",
                "maintaining",
                "renegotiating",
                "repairing",
                name="contractphase",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_contract_assessment_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_assessment")),
        sa.UniqueConstraint("network_id", "year", name=op.f("uq_contract_assessment_network_id")),
    )
    with op.batch_alter_table("contract_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_assessment_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "engagement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "lead",
                "proposal",
                "won",
                "lost",
                "done",
                name="engagementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.Column("via_person_id", sa.Integer(), nullable=True),
        sa.Column(
            "route",
            sa.Enum(
                "referral_received",
                "joint_assignment",
                "network_client",
                "own_acquisition",
                name="route",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("commission_pct_override", sa.Integer(), nullable=True),
        sa.Column("minutes_spent", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "commission_pct_override IS NULL OR commission_pct_override BETWEEN 0 AND 10000",
            name=op.f("ck_engagement_commission_range"),
        ),
        sa.CheckConstraint(
            "end_on IS NULL OR end_on >= start_on", name=op.f("ck_engagement_end_after_start")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_engagement_title_not_empty")),
        sa.CheckConstraint("minutes_spent >= 0", name=op.f("ck_engagement_minutes_non_negative")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_engagement_network_id_network"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["via_person_id"],
            ["person.id"],
            name=op.f("fk_engagement_via_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement")),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_start_on"), ["start_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_engagement_via_person_id"), ["via_person_id"], unique=False
        )

    op.create_table(
        "expectation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("give", "get", name="direction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "area",
            sa.Enum(
                "work_referrals",
                "knowledge",
                "visibility",
                "social",
                "backup",
                "money",
                "time",
                "influence",
                name="expectationarea",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("importance", sa.Integer(), nullable=False),
        sa.Column("target_quantity", sa.Integer(), nullable=True),
        sa.Column(
            "target_unit",
            sa.Enum(
                "meetings",
                "hours",
                "referrals_received",
                "referrals_given",
                "revenue",
                "other",
                name="targetunit",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "target_period",
            sa.Enum(
                "week",
                "month",
                "quarter",
                "year",
                name="targetperiod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("explicit", sa.Boolean(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "importance BETWEEN 1 AND 5", name=op.f("ck_expectation_importance_range")
        ),
        sa.CheckConstraint(
            "length(trim(statement)) > 0", name=op.f("ck_expectation_statement_not_empty")
        ),
        sa.CheckConstraint(
            "retired_on IS NULL OR retired_on >= opened_on",
            name=op.f("ck_expectation_retired_after_opened"),
        ),
        sa.CheckConstraint(
            "target_quantity IS NULL OR target_quantity >= 0",
            name=op.f("ck_expectation_target_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_expectation_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expectation")),
    )
    with op.batch_alter_table("expectation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expectation_network_id"), ["network_id"], unique=False)

    op.create_table(
        "expense",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "membership_fee",
                "event",
                "travel",
                "other",
                name="expensecategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("fee_year", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_expense_amount_non_negative")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_expense_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense")),
        sa.UniqueConstraint("network_id", "fee_year", name=op.f("uq_expense_network_id")),
    )
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expense_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expense_on"), ["on"], unique=False)

    op.create_table(
        "health_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_health_check_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_check")),
    )
    with op.batch_alter_table("health_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_check_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "member",
                "coordinator",
                "client_lead",
                "founder",
                "board",
                "guest",
                name="memberrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "until IS NULL OR since IS NULL OR until >= since",
            name=op.f("ck_membership_until_after_since"),
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_membership_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_membership_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)

    op.create_table(
        "network_motive",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column(
            "motive",
            sa.Enum(
                "knowledge",
                "innovation",
                "joint_acquisition",
                "joint_delivery",
                "referrals",
                "visibility",
                "social",
                "backup",
                name="motive",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_network_motive_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", "motive", name=op.f("pk_network_motive")),
    )
    op.create_table(
        "obligation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "insurance",
                "complaints",
                "privacy",
                "file_keeping",
                "code_of_conduct",
                "quality_mark",
                "other",
                name="obligationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "arrangement",
            sa.Enum("collective", "individual", name="arrangement", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_obligation_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_obligation_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation")),
    )
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_network_id"), ["network_id"], unique=False)

    op.create_table(
        "referral_given",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("to_person_id", sa.Integer(), nullable=True),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("estimated_value_cents", sa.Integer(), nullable=False),
        sa.Column("became_work", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "estimated_value_cents >= 0", name=op.f("ck_referral_given_value_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_referral_given_network_id_network"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["person.id"],
            name=op.f("fk_referral_given_to_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_given")),
    )
    with op.batch_alter_table("referral_given", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_given_network_id"), ["network_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_given_on"), ["on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_given_to_person_id"), ["to_person_id"], unique=False
        )

    op.create_table(
        "time_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column(
            "activity",
            sa.Enum(
                "acquisition",
                "coordination",
                "preparation",
                "knowledge_group",
                "travel",
                "admin",
                "other",
                name="timeactivity",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("is_external", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_time_entry_minutes_positive")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_time_entry_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_entry")),
    )
    with op.batch_alter_table("time_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_time_entry_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_time_entry_on"), ["on"], unique=False)

    op.create_table(
        "year_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "continue",
                "renegotiate",
                "reduce",
                "leave",
                name="decision",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_year_decision_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_decision")),
        sa.UniqueConstraint("network_id", "year", name=op.f("uq_year_decision_network_id")),
    )
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_year_decision_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expectation_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_checkin_score_range")),
        sa.ForeignKeyConstraint(
            ["expectation_id"],
            ["expectation.id"],
            name=op.f("fk_checkin_expectation_id_expectation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
    )
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_expectation_id"), ["expectation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_checkin_on"), ["on"], unique=False)

    op.create_table(
        "commitment_exdate",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("original_start", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_exdate_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "commitment_id", "original_start", name=op.f("pk_commitment_exdate")
        ),
    )
    op.create_table(
        "health_score",
        sa.Column("health_check_id", sa.Integer(), nullable=False),
        sa.Column(
            "factor",
            sa.Enum(
                "shared_purpose",
                "common_goals",
                "known_strengths",
                "coordinator",
                "external_orientation",
                "team_spirit",
                "willingness_to_learn",
                "trust_loyalty",
                "fun_social",
                "platform",
                name="healthfactor",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_health_score_score_range")),
        sa.ForeignKeyConstraint(
            ["health_check_id"],
            ["health_check.id"],
            name=op.f("fk_health_score_health_check_id_health_check"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("health_check_id", "factor", name=op.f("pk_health_score")),
    )
    op.create_table(
        "occurrence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("original_start", sa.DateTime(), nullable=False),
        sa.Column("moved_start", sa.DateTime(), nullable=True),
        sa.Column("moved_duration_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "planned",
                "attended",
                "absent",
                "late",
                "substitute",
                "cancelled",
                name="attendance",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("actual_minutes", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "actual_minutes IS NULL OR actual_minutes >= 0",
            name=op.f("ck_occurrence_actual_non_negative"),
        ),
        sa.CheckConstraint(
            "moved_duration_minutes IS NULL OR moved_duration_minutes > 0",
            name=op.f("ck_occurrence_moved_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_occurrence_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occurrence")),
        sa.UniqueConstraint(
            "commitment_id", "original_start", name=op.f("uq_occurrence_commitment_id")
        ),
    )
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_occurrence_commitment_id"), ["commitment_id"], unique=False
        )

    op.create_table(
        "revenue_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("invoice_ref", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_revenue_entry_amount_non_negative")),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_revenue_entry_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_entry")),
    )
    with op.batch_alter_table("revenue_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revenue_entry_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_revenue_entry_on"), ["on"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("revenue_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revenue_entry_on"))
        batch_op.drop_index(batch_op.f("ix_revenue_entry_engagement_id"))

    op.drop_table("revenue_entry")
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occurrence_commitment_id"))

    op.drop_table("occurrence")
    op.drop_table("health_score")
    op.drop_table("commitment_exdate")
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_on"))
        batch_op.drop_index(batch_op.f("ix_checkin_expectation_id"))

    op.drop_table("checkin")
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_decision_network_id"))

    op.drop_table("year_decision")
    with op.batch_alter_table("time_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_time_entry_on"))
        batch_op.drop_index(batch_op.f("ix_time_entry_network_id"))

    op.drop_table("time_entry")
    with op.batch_alter_table("referral_given", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_given_to_person_id"))
        batch_op.drop_index(batch_op.f("ix_referral_given_on"))
        batch_op.drop_index(batch_op.f("ix_referral_given_network_id"))

    op.drop_table("referral_given")
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_network_id"))

    op.drop_table("obligation")
    op.drop_table("network_motive")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_network_id"))

    op.drop_table("membership")
    with op.batch_alter_table("health_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_check_network_id"))

    op.drop_table("health_check")
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_on"))
        batch_op.drop_index(batch_op.f("ix_expense_network_id"))

    op.drop_table("expense")
    with op.batch_alter_table("expectation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expectation_network_id"))

    op.drop_table("expectation")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_via_person_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_start_on"))
        batch_op.drop_index(batch_op.f("ix_engagement_network_id"))

    op.drop_table("engagement")
    with op.batch_alter_table("contract_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_assessment_network_id"))

    op.drop_table("contract_assessment")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_network_id"))

    op.drop_table("commitment")
    op.drop_table("user_settings")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_parent_id"))

    op.drop_table("network")
