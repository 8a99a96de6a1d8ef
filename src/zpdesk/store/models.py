"""The whole zpdesk data model (DOMAIN.md), as SQLAlchemy 2 typed models.

Conventions:
- money is integer cents (``*_cents``), percentages and targets are exact ``ScaledDecimal``;
- durations are integer minutes (``*_minutes``);
- commitment times are naive local wall-clock times in Europe/Amsterdam (``LOCAL_TZ``);
  they become aware datetimes only at the .ics boundary;
- history is kept: ending a membership sets ``left_on``/status, it deletes nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from zpdesk.domain.enums import (
    Arrangement,
    Attendance,
    CommitmentKind,
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Decision,
    Direction,
    EngagementStatus,
    Exclusivity,
    ExpectationArea,
    ExpenseCategory,
    HealthFactor,
    LegalForm,
    MemberRole,
    Motive,
    MyRole,
    NetworkKind,
    NetworkStatus,
    NoticeUnit,
    ObligationKind,
    RenewalKind,
    Route,
    TargetPeriod,
    TargetUnit,
    TimeActivity,
)
from zpdesk.store.types import ScaledDecimal, text_enum

LOCAL_TZ = "Europe/Amsterdam"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Every row's version: the ORM bumps it with every UPDATE and refuses to write a row
# whose version changed since it was read (another device wrote it meanwhile).
VERSION_COLUMN = "version"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=1, server_default="1", sort_order=1000
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def _pct() -> ScaledDecimal:
    return ScaledDecimal(2)


class UserSettings(Base):
    """The single row of settings that matter for figures (not UI state)."""

    __tablename__ = "user_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("target_rate_cents >= 0", name="rate_non_negative"),
        CheckConstraint("weekly_capacity_minutes >= 0", name="capacity_non_negative"),
        CheckConstraint("checkin_interval_months BETWEEN 1 AND 24", name="checkin_interval"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    target_rate_cents: Mapped[int] = mapped_column(Integer, default=9500)
    weekly_capacity_minutes: Mapped[int] = mapped_column(Integer, default=8 * 60)
    checkin_interval_months: Mapped[int] = mapped_column(Integer, default=3)
    language: Mapped[str] = mapped_column(String(8), default="")  # "" follows the system
    # my profession, for the networks that allow one member per profession
    profession: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Network(Base):
    __tablename__ = "network"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("annual_fee_cents >= 0", name="fee_non_negative"),
        CheckConstraint("commission_pct BETWEEN 0 AND 10000", name="commission_range"),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="left_after_joined"
        ),
        CheckConstraint("parent_id IS NULL OR parent_id != id", name="not_own_parent"),
        CheckConstraint(
            "checkin_interval_months IS NULL OR checkin_interval_months BETWEEN 1 AND 24",
            name="checkin_interval",
        ),
        CheckConstraint(
            "renewal_term_months IS NULL OR renewal_term_months BETWEEN 1 AND 120",
            name="renewal_term",
        ),
        CheckConstraint("notice_amount BETWEEN 0 AND 366", name="notice_range"),
        CheckConstraint(
            "fee_change_cents IS NULL OR fee_change_cents >= 0", name="fee_change_non_negative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[NetworkKind] = mapped_column(text_enum(NetworkKind))
    legal_form: Mapped[LegalForm] = mapped_column(text_enum(LegalForm), default=LegalForm.INFORMAL)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("network.id", ondelete="SET NULL"), index=True
    )
    my_role: Mapped[MyRole] = mapped_column(text_enum(MyRole), default=MyRole.MEMBER)
    status: Mapped[NetworkStatus] = mapped_column(
        text_enum(NetworkStatus), default=NetworkStatus.ACTIVE
    )
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    annual_fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    commission_pct: Mapped[Decimal] = mapped_column(_pct(), default=Decimal(0))
    colour: Mapped[str] = mapped_column(String(9), default="#4e79a7")
    website: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # None: the user's default rhythm (UserSettings.checkin_interval_months)
    checkin_interval_months: Mapped[int | None] = mapped_column(Integer)
    exclusivity: Mapped[Exclusivity] = mapped_column(
        text_enum(Exclusivity), default=Exclusivity.NONE, server_default=Exclusivity.NONE.value
    )
    # Renewal terms (domain.renewal.RenewalTerms); "none": not entered, no deadlines.
    renewal_kind: Mapped[RenewalKind] = mapped_column(
        text_enum(RenewalKind), default=RenewalKind.NONE
    )
    renewal_on: Mapped[date | None] = mapped_column(Date)
    renewal_term_months: Mapped[int | None] = mapped_column(Integer)
    notice_amount: Mapped[int] = mapped_column(Integer, default=0)
    notice_unit: Mapped[NoticeUnit] = mapped_column(
        text_enum(NoticeUnit), default=NoticeUnit.MONTHS
    )
    renews_automatically: Mapped[bool] = mapped_column(Boolean, default=True)
    fee_change_cents: Mapped[int | None] = mapped_column(Integer)  # announced new fee …
    fee_change_from: Mapped[date | None] = mapped_column(Date)  # … from this date
    notice_given_on: Mapped[date | None] = mapped_column(Date)  # the day I gave notice

    parent: Mapped[Network | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Network]] = relationship(back_populates="parent")
    motives: Mapped[list[NetworkMotive]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    obligations: Mapped[list[Obligation]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )


class NetworkFee(Base):
    """A network's annual fee from a year on (the history behind ``Network.annual_fee_cents``).

    Written when the fee changes, so a change counts from the year it was entered and
    not for earlier membership years. Without rows the network's fee holds for every year.
    """

    __tablename__ = "network_fee"
    __table_args__ = (
        UniqueConstraint("network_id", "from_year"),
        CheckConstraint("amount_cents >= 0", name="amount_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    from_year: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(Integer)


class NetworkMotive(Base):
    __tablename__ = "network_motive"

    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), primary_key=True
    )
    motive: Mapped[Motive] = mapped_column(text_enum(Motive), primary_key=True)

    network: Mapped[Network] = relationship(back_populates="motives")


class Obligation(Base):
    """An arrangement such as insurance or a complaints procedure, collective or individual."""

    __tablename__ = "obligation"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ObligationKind] = mapped_column(
        text_enum(ObligationKind), default=ObligationKind.OTHER
    )
    title: Mapped[str] = mapped_column(String(200))
    arrangement: Mapped[Arrangement] = mapped_column(
        text_enum(Arrangement), default=Arrangement.INDIVIDUAL
    )
    note: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[Network] = relationship(back_populates="obligations")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    profession: Mapped[str] = mapped_column(String(100), default="", server_default="")
    background: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Membership(Base):
    """Another person's membership of a network (mine is on Network itself)."""

    __tablename__ = "membership"
    __table_args__ = (
        CheckConstraint(
            "until IS NULL OR since IS NULL OR until >= since", name="until_after_since"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[MemberRole] = mapped_column(text_enum(MemberRole), default=MemberRole.MEMBER)
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="memberships")
    network: Mapped[Network] = relationship()


class Expectation(Base):
    """One term of the psychological contract with a network."""

    __tablename__ = "expectation"
    __table_args__ = (
        CheckConstraint("length(trim(statement)) > 0", name="statement_not_empty"),
        CheckConstraint("importance BETWEEN 1 AND 5", name="importance_range"),
        CheckConstraint(
            "target_quantity IS NULL OR target_quantity >= 0", name="target_non_negative"
        ),
        CheckConstraint(
            "retired_on IS NULL OR retired_on >= opened_on", name="retired_after_opened"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[Direction] = mapped_column(text_enum(Direction))
    area: Mapped[ExpectationArea] = mapped_column(text_enum(ExpectationArea))
    statement: Mapped[str] = mapped_column(Text)
    importance: Mapped[int] = mapped_column(Integer, default=3)
    target_quantity: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    target_unit: Mapped[TargetUnit | None] = mapped_column(text_enum(TargetUnit))
    target_period: Mapped[TargetPeriod | None] = mapped_column(text_enum(TargetPeriod))
    explicit: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_on: Mapped[date] = mapped_column(Date)
    retired_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    checkins: Mapped[list[CheckIn]] = relationship(
        back_populates="expectation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CheckIn.on",
    )


class CheckIn(Base):
    """A dated fulfilment score (toetsmoment) of one expectation."""

    __tablename__ = "checkin"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expectation_id: Mapped[int] = mapped_column(
        ForeignKey("expectation.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date, index=True)
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    expectation: Mapped[Expectation] = relationship(back_populates="checkins")


class HealthCheck(Base):
    """A dated check of a network on the success factors."""

    __tablename__ = "health_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    scores: Mapped[list[HealthScore]] = relationship(
        back_populates="health_check", cascade="all, delete-orphan", passive_deletes=True
    )


class HealthScore(Base):
    __tablename__ = "health_score"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    health_check_id: Mapped[int] = mapped_column(
        ForeignKey("health_check.id", ondelete="CASCADE"), primary_key=True
    )
    factor: Mapped[HealthFactor] = mapped_column(text_enum(HealthFactor), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    health_check: Mapped[HealthCheck] = relationship(back_populates="scores")


class ContractAssessment(Base):
    """Per network and year: the type of psychological contract (Rousseau) and its phase."""

    __tablename__ = "contract_assessment"
    __table_args__ = (UniqueConstraint("network_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    time_frame: Mapped[ContractTimeFrame] = mapped_column(text_enum(ContractTimeFrame))
    specificity: Mapped[ContractSpecificity] = mapped_column(text_enum(ContractSpecificity))
    phase: Mapped[ContractPhase] = mapped_column(
        text_enum(ContractPhase), default=ContractPhase.MAINTAINING
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Commitment(Base):
    """A meeting series (or a single meeting) of a network.

    ``rrule`` is an RFC 5545 RRULE value without the ``RRULE:`` prefix; empty means a single
    occurrence. Times are local wall-clock times in Europe/Amsterdam; ``timezone`` is
    where the rule repeats (an IANA name; see domain/recurrence.py).
    """

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CommitmentKind] = mapped_column(
        text_enum(CommitmentKind), default=CommitmentKind.OTHER
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(300), default="")
    is_external: Mapped[bool] = mapped_column(Boolean, default=False)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    rrule: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(
        String(64), default="Europe/Amsterdam", server_default="Europe/Amsterdam"
    )

    exdates: Mapped[list[CommitmentExdate]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    occurrences: Mapped[list[Occurrence]] = relationship(
        back_populates="commitment", cascade="all, delete-orphan", passive_deletes=True
    )


class CommitmentExdate(Base):
    """An occurrence removed from a series (RFC 5545 EXDATE), by its original start."""

    __tablename__ = "commitment_exdate"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True
    )
    original_start: Mapped[datetime] = mapped_column(DateTime, primary_key=True)


class Occurrence(Base):
    """What happened to, or changed about, one occurrence of a series.

    Only exceptions are stored: an occurrence without a row is planned (future) or
    attended (past), at its scheduled time.
    """

    __tablename__ = "occurrence"
    __table_args__ = (
        UniqueConstraint("commitment_id", "original_start"),
        CheckConstraint(
            "actual_minutes IS NULL OR actual_minutes >= 0", name="actual_non_negative"
        ),
        CheckConstraint(
            "moved_duration_minutes IS NULL OR moved_duration_minutes > 0", name="moved_positive"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    original_start: Mapped[datetime] = mapped_column(DateTime)
    moved_start: Mapped[datetime | None] = mapped_column(DateTime)
    moved_duration_minutes: Mapped[int | None] = mapped_column(Integer)
    attendance: Mapped[Attendance] = mapped_column(
        text_enum(Attendance), default=Attendance.PLANNED
    )
    actual_minutes: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # An occurrence edited in a calendar program may have its own title and location.
    title: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))

    commitment: Mapped[Commitment] = relationship(back_populates="occurrences")


class TimeEntry(Base):
    """Network work outside meetings: acquisition, preparation, travel…"""

    __tablename__ = "time_entry"
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[TimeActivity] = mapped_column(
        text_enum(TimeActivity), default=TimeActivity.OTHER
    )
    is_external: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Engagement(Base):
    """An assignment (opdracht) and the route it came to me by."""

    __tablename__ = "engagement"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="end_after_start"),
        CheckConstraint(
            "commission_pct_override IS NULL OR commission_pct_override BETWEEN 0 AND 10000",
            name="commission_range",
        ),
        CheckConstraint("minutes_spent >= 0", name="minutes_non_negative"),
        CheckConstraint(
            "estimated_value_cents IS NULL OR estimated_value_cents >= 0",
            name="estimated_value_non_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200))
    start_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[EngagementStatus] = mapped_column(
        text_enum(EngagementStatus), default=EngagementStatus.WON
    )
    # RESTRICT: deleting a network must not silently turn its work into own acquisition.
    network_id: Mapped[int | None] = mapped_column(
        ForeignKey("network.id", ondelete="RESTRICT"), index=True
    )
    via_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    route: Mapped[Route] = mapped_column(text_enum(Route), default=Route.OWN_ACQUISITION)
    commission_pct_override: Mapped[Decimal | None] = mapped_column(_pct())
    minutes_spent: Mapped[int] = mapped_column(Integer, default=0)
    # What a referral received was estimated to be worth at intake; None: not entered
    # (the review then counts its revenue up to the end of the year it started in).
    estimated_value_cents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    revenue: Mapped[list[RevenueEntry]] = relationship(
        back_populates="engagement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RevenueEntry.on",
    )


class RevenueEntry(Base):
    __tablename__ = "revenue_entry"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date, index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)  # excluding VAT
    invoice_ref: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    engagement: Mapped[Engagement] = relationship(back_populates="revenue")


class ReferralGiven(Base):
    """Work I passed to someone else (doorverwijzing)."""

    __tablename__ = "referral_given"
    __table_args__ = (CheckConstraint("estimated_value_cents >= 0", name="value_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    to_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    network_id: Mapped[int | None] = mapped_column(
        ForeignKey("network.id", ondelete="RESTRICT"), index=True
    )
    client: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    estimated_value_cents: Mapped[int] = mapped_column(Integer, default=0)
    became_work: Mapped[bool] = mapped_column(Boolean, default=False)


class Expense(Base):
    __tablename__ = "expense"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_non_negative"),
        # one fee per network and membership year, so repeating the fee is idempotent
        UniqueConstraint("network_id", "fee_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date, index=True)
    category: Mapped[ExpenseCategory] = mapped_column(
        text_enum(ExpenseCategory), default=ExpenseCategory.OTHER
    )
    amount_cents: Mapped[int] = mapped_column(Integer)
    fee_year: Mapped[int | None] = mapped_column(Integer)  # set only for membership fees
    note: Mapped[str] = mapped_column(Text, default="")


class YearDecision(Base):
    """My decision about a network for the year after a review."""

    __tablename__ = "year_decision"
    __table_args__ = (UniqueConstraint("network_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)  # the reviewed year
    decision: Mapped[Decision] = mapped_column(text_enum(Decision))
    note: Mapped[str] = mapped_column(Text, default="")
