"""The closed vocabularies of the domain (see shared DOMAIN.md).

Values are stored as text in the database; labels for display (and their translations)
live in ``zpdesk.ui.labels`` so this module stays free of Qt.
"""

from __future__ import annotations

from enum import StrEnum


class NetworkKind(StrEnum):
    NETWORK_ORGANISATION = "network_organisation"  # shared brand, commission on work
    KNOWLEDGE_NETWORK = "knowledge_network"  # regional knowledge sharing
    PROJECT_COLLABORATION = "project_collaboration"  # a few people for one client
    COOPERATIVE = "cooperative"
    REFERRAL_GROUP = "referral_group"
    PROFESSIONAL_ASSOCIATION = "professional_association"
    OTHER = "other"


class Exclusivity(StrEnum):
    """A network's exclusivity rule (common in referral groups)."""

    NONE = "none"
    ONE_PER_PROFESSION = "one_per_profession"  # one member per profession
    NO_SAME_KIND = "no_same_kind"  # no membership of another network of the same kind


class LegalForm(StrEnum):
    INFORMAL = "informal"
    ASSOCIATION = "association"  # vereniging
    FOUNDATION = "foundation"  # stichting
    MAATSCHAP = "maatschap"
    VOF = "vof"
    BV = "bv"
    NV = "nv"
    COOPERATIVE = "cooperative"  # coöperatie
    OTHER = "other"


class Motive(StrEnum):
    KNOWLEDGE = "knowledge"
    INNOVATION = "innovation"
    JOINT_ACQUISITION = "joint_acquisition"
    JOINT_DELIVERY = "joint_delivery"
    REFERRALS = "referrals"
    VISIBILITY = "visibility"
    SOCIAL = "social"
    BACKUP = "backup"


class MyRole(StrEnum):
    MEMBER = "member"
    COORDINATOR = "coordinator"
    CLIENT_LEAD = "client_lead"
    FOUNDER = "founder"
    BOARD = "board"


class NetworkStatus(StrEnum):
    EXPLORING = "exploring"
    ACTIVE = "active"
    DORMANT = "dormant"
    LEAVING = "leaving"
    ENDED = "ended"


class Arrangement(StrEnum):
    """Whether an obligation is arranged by the network for all, or by each member."""

    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class ObligationKind(StrEnum):
    INSURANCE = "insurance"
    COMPLAINTS = "complaints"
    PRIVACY = "privacy"
    FILE_KEEPING = "file_keeping"
    CODE_OF_CONDUCT = "code_of_conduct"
    QUALITY_MARK = "quality_mark"
    OTHER = "other"


class MemberRole(StrEnum):
    """A person's role in a network."""

    MEMBER = "member"
    COORDINATOR = "coordinator"
    CLIENT_LEAD = "client_lead"
    FOUNDER = "founder"
    BOARD = "board"
    GUEST = "guest"


class Direction(StrEnum):
    """Which way an expectation points in the psychological contract."""

    GIVE = "give"  # what I put in
    GET = "get"  # what I expect to get out


class ExpectationArea(StrEnum):
    WORK_REFERRALS = "work_referrals"
    KNOWLEDGE = "knowledge"
    VISIBILITY = "visibility"
    SOCIAL = "social"
    BACKUP = "backup"
    MONEY = "money"
    TIME = "time"
    INFLUENCE = "influence"


class TargetUnit(StrEnum):
    """Units a target can be measured in; the first five zpdesk can measure itself."""

    MEETINGS = "meetings"
    HOURS = "hours"
    REFERRALS_RECEIVED = "referrals_received"
    REFERRALS_GIVEN = "referrals_given"
    REVENUE = "revenue"  # euros
    OTHER = "other"


class TargetPeriod(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class HealthFactor(StrEnum):
    """Success factors of a collaboration, from the seeds (002, 004)."""

    SHARED_PURPOSE = "shared_purpose"
    COMMON_GOALS = "common_goals"
    KNOWN_STRENGTHS = "known_strengths"
    COORDINATOR = "coordinator"
    EXTERNAL_ORIENTATION = "external_orientation"
    TEAM_SPIRIT = "team_spirit"
    WILLINGNESS_TO_LEARN = "willingness_to_learn"
    TRUST_LOYALTY = "trust_loyalty"
    FUN_SOCIAL = "fun_social"
    PLATFORM = "platform"


class ContractTimeFrame(StrEnum):
    SHORT_TERM = "short_term"
    OPEN_ENDED = "open_ended"


class ContractSpecificity(StrEnum):
    SPECIFIC = "specific"
    UNSPECIFIC = "unspecific"


class ContractPhase(StrEnum):
    FORMING = "forming"
    MAINTAINING = "maintaining"
    RENEGOTIATING = "renegotiating"
    REPAIRING = "repairing"


class CommitmentKind(StrEnum):
    BREAKFAST = "breakfast"
    MONTHLY_MEETING = "monthly_meeting"
    KNOWLEDGE_GROUP = "knowledge_group"
    THEME_DAY = "theme_day"
    SOCIAL_EVENT = "social_event"
    INTERVISION = "intervision"
    PROJECT_MEETING = "project_meeting"
    BOARD = "board"
    OTHER = "other"


class Attendance(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    ABSENT = "absent"
    LATE = "late"
    SUBSTITUTE = "substitute"  # sent a substitute
    CANCELLED = "cancelled"  # cancelled by the network


class TimeActivity(StrEnum):
    ACQUISITION = "acquisition"
    COORDINATION = "coordination"
    PREPARATION = "preparation"
    KNOWLEDGE_GROUP = "knowledge_group"
    TRAVEL = "travel"
    ADMIN = "admin"
    OTHER = "other"


class EngagementStatus(StrEnum):
    LEAD = "lead"
    PROPOSAL = "proposal"
    WON = "won"
    LOST = "lost"
    DONE = "done"


class Route(StrEnum):
    """How an engagement came to me."""

    REFERRAL_RECEIVED = "referral_received"
    JOINT_ASSIGNMENT = "joint_assignment"
    NETWORK_CLIENT = "network_client"
    OWN_ACQUISITION = "own_acquisition"


class ExpenseCategory(StrEnum):
    MEMBERSHIP_FEE = "membership_fee"
    EVENT = "event"
    TRAVEL = "travel"
    OTHER = "other"


class Decision(StrEnum):
    CONTINUE = "continue"
    RENEGOTIATE = "renegotiate"
    REDUCE = "reduce"
    LEAVE = "leave"


class RenewalKind(StrEnum):
    NONE = "none"  # not entered: no renewal, no notice deadline
    YEARLY = "yearly"  # every year on the date's day and month
    TERM = "term"  # every N months from the date
    CONTRACT_END = "contract_end"  # a project collaboration that ends on the date


class NoticeUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
