"""Display labels of the domain vocabularies, translatable.

Marked with QT_TRANSLATE_NOOP so lupdate finds them; ``label(value)`` translates at
display time in the "labels" context.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from zpdesk.domain import enums

# Keyed by (type, value): StrEnum members of different types with the same value are equal.
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (enums.Arrangement, enums.Arrangement.COLLECTIVE.value): QT_TRANSLATE_NOOP(
        "labels", "Collective"
    ),
    (enums.Arrangement, enums.Arrangement.INDIVIDUAL.value): QT_TRANSLATE_NOOP(
        "labels", "Individual"
    ),
    (enums.Attendance, enums.Attendance.PLANNED.value): QT_TRANSLATE_NOOP("labels", "Planned"),
    (enums.Attendance, enums.Attendance.ATTENDED.value): QT_TRANSLATE_NOOP("labels", "Attended"),
    (enums.Attendance, enums.Attendance.ABSENT.value): QT_TRANSLATE_NOOP("labels", "Absent"),
    (enums.Attendance, enums.Attendance.LATE.value): QT_TRANSLATE_NOOP("labels", "Late"),
    (enums.Attendance, enums.Attendance.SUBSTITUTE.value): QT_TRANSLATE_NOOP(
        "labels", "Sent a substitute"
    ),
    (enums.Attendance, enums.Attendance.CANCELLED.value): QT_TRANSLATE_NOOP(
        "labels", "Cancelled by the network"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.BREAKFAST.value): QT_TRANSLATE_NOOP(
        "labels", "Breakfast session"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.MONTHLY_MEETING.value): QT_TRANSLATE_NOOP(
        "labels", "Monthly meeting"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.KNOWLEDGE_GROUP.value): QT_TRANSLATE_NOOP(
        "labels", "Knowledge group"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.THEME_DAY.value): QT_TRANSLATE_NOOP(
        "labels", "Theme day"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.SOCIAL_EVENT.value): QT_TRANSLATE_NOOP(
        "labels", "Social event"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.INTERVISION.value): QT_TRANSLATE_NOOP(
        "labels", "Intervision"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.PROJECT_MEETING.value): QT_TRANSLATE_NOOP(
        "labels", "Project meeting"
    ),
    (enums.CommitmentKind, enums.CommitmentKind.BOARD.value): QT_TRANSLATE_NOOP("labels", "Board"),
    (enums.CommitmentKind, enums.CommitmentKind.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
    (enums.ContractPhase, enums.ContractPhase.FORMING.value): QT_TRANSLATE_NOOP(
        "labels", "Forming"
    ),
    (enums.ContractPhase, enums.ContractPhase.MAINTAINING.value): QT_TRANSLATE_NOOP(
        "labels", "Maintaining"
    ),
    (enums.ContractPhase, enums.ContractPhase.RENEGOTIATING.value): QT_TRANSLATE_NOOP(
        "labels", "Renegotiating"
    ),
    (enums.ContractPhase, enums.ContractPhase.REPAIRING.value): QT_TRANSLATE_NOOP(
        "labels", "Repairing"
    ),
    (enums.ContractSpecificity, enums.ContractSpecificity.SPECIFIC.value): QT_TRANSLATE_NOOP(
        "labels", "Specific"
    ),
    (enums.ContractSpecificity, enums.ContractSpecificity.UNSPECIFIC.value): QT_TRANSLATE_NOOP(
        "labels", "Not specific"
    ),
    (enums.ContractTimeFrame, enums.ContractTimeFrame.SHORT_TERM.value): QT_TRANSLATE_NOOP(
        "labels", "Short-term"
    ),
    (enums.ContractTimeFrame, enums.ContractTimeFrame.OPEN_ENDED.value): QT_TRANSLATE_NOOP(
        "labels", "Open-ended"
    ),
    (enums.Decision, enums.Decision.CONTINUE.value): QT_TRANSLATE_NOOP("labels", "Continue"),
    (enums.Decision, enums.Decision.RENEGOTIATE.value): QT_TRANSLATE_NOOP("labels", "Renegotiate"),
    (enums.Decision, enums.Decision.REDUCE.value): QT_TRANSLATE_NOOP("labels", "Reduce"),
    (enums.Decision, enums.Decision.LEAVE.value): QT_TRANSLATE_NOOP("labels", "Leave"),
    (enums.RenewalKind, enums.RenewalKind.NONE.value): QT_TRANSLATE_NOOP("labels", "Not entered"),
    (enums.RenewalKind, enums.RenewalKind.YEARLY.value): QT_TRANSLATE_NOOP(
        "labels", "Yearly on a date"
    ),
    (enums.RenewalKind, enums.RenewalKind.TERM.value): QT_TRANSLATE_NOOP(
        "labels", "Per term of months"
    ),
    (enums.RenewalKind, enums.RenewalKind.CONTRACT_END.value): QT_TRANSLATE_NOOP(
        "labels", "Ends on a contract date"
    ),
    (enums.NoticeUnit, enums.NoticeUnit.DAYS.value): QT_TRANSLATE_NOOP("labels", "days"),
    (enums.NoticeUnit, enums.NoticeUnit.WEEKS.value): QT_TRANSLATE_NOOP("labels", "weeks"),
    (enums.NoticeUnit, enums.NoticeUnit.MONTHS.value): QT_TRANSLATE_NOOP("labels", "months"),
    (enums.Direction, enums.Direction.GIVE.value): QT_TRANSLATE_NOOP("labels", "What I give"),
    (enums.Direction, enums.Direction.GET.value): QT_TRANSLATE_NOOP(
        "labels", "What I expect to get"
    ),
    (enums.EngagementStatus, enums.EngagementStatus.LEAD.value): QT_TRANSLATE_NOOP(
        "labels", "Lead"
    ),
    (enums.EngagementStatus, enums.EngagementStatus.PROPOSAL.value): QT_TRANSLATE_NOOP(
        "labels", "Proposal"
    ),
    (enums.EngagementStatus, enums.EngagementStatus.WON.value): QT_TRANSLATE_NOOP("labels", "Won"),
    (enums.EngagementStatus, enums.EngagementStatus.LOST.value): QT_TRANSLATE_NOOP(
        "labels", "Lost"
    ),
    (enums.EngagementStatus, enums.EngagementStatus.DONE.value): QT_TRANSLATE_NOOP(
        "labels", "Done"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.WORK_REFERRALS.value): QT_TRANSLATE_NOOP(
        "labels", "Work & referrals"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.KNOWLEDGE.value): QT_TRANSLATE_NOOP(
        "labels", "Knowledge & learning"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.VISIBILITY.value): QT_TRANSLATE_NOOP(
        "labels", "Visibility & brand"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.SOCIAL.value): QT_TRANSLATE_NOOP(
        "labels", "Social & fun"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.BACKUP.value): QT_TRANSLATE_NOOP(
        "labels", "Backup & continuity"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.MONEY.value): QT_TRANSLATE_NOOP(
        "labels", "Money"
    ),
    (enums.ExpectationArea, enums.ExpectationArea.TIME.value): QT_TRANSLATE_NOOP("labels", "Time"),
    (enums.ExpectationArea, enums.ExpectationArea.INFLUENCE.value): QT_TRANSLATE_NOOP(
        "labels", "Influence"
    ),
    (enums.ExpenseCategory, enums.ExpenseCategory.MEMBERSHIP_FEE.value): QT_TRANSLATE_NOOP(
        "labels", "Membership fee"
    ),
    (enums.ExpenseCategory, enums.ExpenseCategory.EVENT.value): QT_TRANSLATE_NOOP(
        "labels", "Events"
    ),
    (enums.ExpenseCategory, enums.ExpenseCategory.TRAVEL.value): QT_TRANSLATE_NOOP(
        "labels", "Travel"
    ),
    (enums.ExpenseCategory, enums.ExpenseCategory.OTHER.value): QT_TRANSLATE_NOOP(
        "labels", "Other"
    ),
    (enums.HealthFactor, enums.HealthFactor.SHARED_PURPOSE.value): QT_TRANSLATE_NOOP(
        "labels", "Shared purpose and values"
    ),
    (enums.HealthFactor, enums.HealthFactor.COMMON_GOALS.value): QT_TRANSLATE_NOOP(
        "labels", "Concrete common goals"
    ),
    (enums.HealthFactor, enums.HealthFactor.KNOWN_STRENGTHS.value): QT_TRANSLATE_NOOP(
        "labels", "Known strengths per partner"
    ),
    (enums.HealthFactor, enums.HealthFactor.COORDINATOR.value): QT_TRANSLATE_NOOP(
        "labels", "A coordinator"
    ),
    (enums.HealthFactor, enums.HealthFactor.EXTERNAL_ORIENTATION.value): QT_TRANSLATE_NOOP(
        "labels", "External orientation"
    ),
    (enums.HealthFactor, enums.HealthFactor.TEAM_SPIRIT.value): QT_TRANSLATE_NOOP(
        "labels", "Team spirit"
    ),
    (enums.HealthFactor, enums.HealthFactor.WILLINGNESS_TO_LEARN.value): QT_TRANSLATE_NOOP(
        "labels", "Willingness to learn"
    ),
    (enums.HealthFactor, enums.HealthFactor.TRUST_LOYALTY.value): QT_TRANSLATE_NOOP(
        "labels", "Trust and loyalty"
    ),
    (enums.HealthFactor, enums.HealthFactor.FUN_SOCIAL.value): QT_TRANSLATE_NOOP(
        "labels", "Fun and the social side"
    ),
    (enums.HealthFactor, enums.HealthFactor.PLATFORM.value): QT_TRANSLATE_NOOP(
        "labels", "Supporting platform"
    ),
    (enums.LegalForm, enums.LegalForm.INFORMAL.value): QT_TRANSLATE_NOOP("labels", "Informal"),
    (enums.LegalForm, enums.LegalForm.ASSOCIATION.value): QT_TRANSLATE_NOOP(
        "labels", "Association (vereniging)"
    ),
    (enums.LegalForm, enums.LegalForm.FOUNDATION.value): QT_TRANSLATE_NOOP(
        "labels", "Foundation (stichting)"
    ),
    (enums.LegalForm, enums.LegalForm.MAATSCHAP.value): QT_TRANSLATE_NOOP("labels", "Maatschap"),
    (enums.LegalForm, enums.LegalForm.VOF.value): QT_TRANSLATE_NOOP("labels", "VOF"),
    (enums.LegalForm, enums.LegalForm.BV.value): QT_TRANSLATE_NOOP("labels", "BV"),
    (enums.LegalForm, enums.LegalForm.NV.value): QT_TRANSLATE_NOOP("labels", "NV"),
    (enums.LegalForm, enums.LegalForm.COOPERATIVE.value): QT_TRANSLATE_NOOP(
        "labels", "Cooperative (coöperatie)"
    ),
    (enums.LegalForm, enums.LegalForm.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
    (enums.MemberRole, enums.MemberRole.MEMBER.value): QT_TRANSLATE_NOOP("labels", "Member"),
    (enums.MemberRole, enums.MemberRole.COORDINATOR.value): QT_TRANSLATE_NOOP(
        "labels", "Coordinator"
    ),
    (enums.MemberRole, enums.MemberRole.CLIENT_LEAD.value): QT_TRANSLATE_NOOP(
        "labels", "Client lead"
    ),
    (enums.MemberRole, enums.MemberRole.FOUNDER.value): QT_TRANSLATE_NOOP("labels", "Founder"),
    (enums.MemberRole, enums.MemberRole.BOARD.value): QT_TRANSLATE_NOOP("labels", "Board"),
    (enums.MemberRole, enums.MemberRole.GUEST.value): QT_TRANSLATE_NOOP("labels", "Guest"),
    (enums.Motive, enums.Motive.KNOWLEDGE.value): QT_TRANSLATE_NOOP("labels", "Knowledge sharing"),
    (enums.Motive, enums.Motive.INNOVATION.value): QT_TRANSLATE_NOOP("labels", "Innovation"),
    (enums.Motive, enums.Motive.JOINT_ACQUISITION.value): QT_TRANSLATE_NOOP(
        "labels", "Joint acquisition"
    ),
    (enums.Motive, enums.Motive.JOINT_DELIVERY.value): QT_TRANSLATE_NOOP(
        "labels", "Joint delivery"
    ),
    (enums.Motive, enums.Motive.REFERRALS.value): QT_TRANSLATE_NOOP("labels", "Referrals"),
    (enums.Motive, enums.Motive.VISIBILITY.value): QT_TRANSLATE_NOOP("labels", "Visibility"),
    (enums.Motive, enums.Motive.SOCIAL.value): QT_TRANSLATE_NOOP("labels", "Social"),
    (enums.Motive, enums.Motive.BACKUP.value): QT_TRANSLATE_NOOP("labels", "Backup"),
    (enums.MyRole, enums.MyRole.MEMBER.value): QT_TRANSLATE_NOOP("labels", "Member"),
    (enums.MyRole, enums.MyRole.COORDINATOR.value): QT_TRANSLATE_NOOP("labels", "Coordinator"),
    (enums.MyRole, enums.MyRole.CLIENT_LEAD.value): QT_TRANSLATE_NOOP("labels", "Client lead"),
    (enums.MyRole, enums.MyRole.FOUNDER.value): QT_TRANSLATE_NOOP("labels", "Founder"),
    (enums.MyRole, enums.MyRole.BOARD.value): QT_TRANSLATE_NOOP("labels", "Board"),
    (enums.Exclusivity, enums.Exclusivity.NONE.value): QT_TRANSLATE_NOOP("labels", "None"),
    (enums.Exclusivity, enums.Exclusivity.ONE_PER_PROFESSION.value): QT_TRANSLATE_NOOP(
        "labels", "One member per profession"
    ),
    (enums.Exclusivity, enums.Exclusivity.NO_SAME_KIND.value): QT_TRANSLATE_NOOP(
        "labels", "No other network of the same kind"
    ),
    (enums.NetworkKind, enums.NetworkKind.NETWORK_ORGANISATION.value): QT_TRANSLATE_NOOP(
        "labels", "Network organisation"
    ),
    (enums.NetworkKind, enums.NetworkKind.KNOWLEDGE_NETWORK.value): QT_TRANSLATE_NOOP(
        "labels", "Knowledge network"
    ),
    (enums.NetworkKind, enums.NetworkKind.PROJECT_COLLABORATION.value): QT_TRANSLATE_NOOP(
        "labels", "Project collaboration"
    ),
    (enums.NetworkKind, enums.NetworkKind.COOPERATIVE.value): QT_TRANSLATE_NOOP(
        "labels", "Cooperative"
    ),
    (enums.NetworkKind, enums.NetworkKind.REFERRAL_GROUP.value): QT_TRANSLATE_NOOP(
        "labels", "Referral group"
    ),
    (enums.NetworkKind, enums.NetworkKind.PROFESSIONAL_ASSOCIATION.value): QT_TRANSLATE_NOOP(
        "labels", "Professional association"
    ),
    (enums.NetworkKind, enums.NetworkKind.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
    (enums.NetworkStatus, enums.NetworkStatus.EXPLORING.value): QT_TRANSLATE_NOOP(
        "labels", "Exploring"
    ),
    (enums.NetworkStatus, enums.NetworkStatus.ACTIVE.value): QT_TRANSLATE_NOOP("labels", "Active"),
    (enums.NetworkStatus, enums.NetworkStatus.DORMANT.value): QT_TRANSLATE_NOOP(
        "labels", "Dormant"
    ),
    (enums.NetworkStatus, enums.NetworkStatus.LEAVING.value): QT_TRANSLATE_NOOP(
        "labels", "Leaving"
    ),
    (enums.NetworkStatus, enums.NetworkStatus.ENDED.value): QT_TRANSLATE_NOOP("labels", "Ended"),
    (enums.ObligationKind, enums.ObligationKind.INSURANCE.value): QT_TRANSLATE_NOOP(
        "labels", "Professional liability insurance"
    ),
    (enums.ObligationKind, enums.ObligationKind.COMPLAINTS.value): QT_TRANSLATE_NOOP(
        "labels", "Complaints procedure"
    ),
    (enums.ObligationKind, enums.ObligationKind.PRIVACY.value): QT_TRANSLATE_NOOP(
        "labels", "Privacy"
    ),
    (enums.ObligationKind, enums.ObligationKind.FILE_KEEPING.value): QT_TRANSLATE_NOOP(
        "labels", "File keeping"
    ),
    (enums.ObligationKind, enums.ObligationKind.CODE_OF_CONDUCT.value): QT_TRANSLATE_NOOP(
        "labels", "Code of conduct"
    ),
    (enums.ObligationKind, enums.ObligationKind.QUALITY_MARK.value): QT_TRANSLATE_NOOP(
        "labels", "Quality mark"
    ),
    (enums.ObligationKind, enums.ObligationKind.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
    (enums.Route, enums.Route.REFERRAL_RECEIVED.value): QT_TRANSLATE_NOOP(
        "labels", "Referral received"
    ),
    (enums.Route, enums.Route.JOINT_ASSIGNMENT.value): QT_TRANSLATE_NOOP(
        "labels", "Joint assignment through the network"
    ),
    (enums.Route, enums.Route.NETWORK_CLIENT.value): QT_TRANSLATE_NOOP(
        "labels", "The network's own client"
    ),
    (enums.Route, enums.Route.OWN_ACQUISITION.value): QT_TRANSLATE_NOOP(
        "labels", "Own acquisition"
    ),
    (enums.TargetPeriod, enums.TargetPeriod.WEEK.value): QT_TRANSLATE_NOOP("labels", "Week"),
    (enums.TargetPeriod, enums.TargetPeriod.MONTH.value): QT_TRANSLATE_NOOP("labels", "Month"),
    (enums.TargetPeriod, enums.TargetPeriod.QUARTER.value): QT_TRANSLATE_NOOP("labels", "Quarter"),
    (enums.TargetPeriod, enums.TargetPeriod.YEAR.value): QT_TRANSLATE_NOOP("labels", "Year"),
    (enums.TargetUnit, enums.TargetUnit.MEETINGS.value): QT_TRANSLATE_NOOP("labels", "Meetings"),
    (enums.TargetUnit, enums.TargetUnit.HOURS.value): QT_TRANSLATE_NOOP("labels", "Hours"),
    (enums.TargetUnit, enums.TargetUnit.REFERRALS_RECEIVED.value): QT_TRANSLATE_NOOP(
        "labels", "Referrals received"
    ),
    (enums.TargetUnit, enums.TargetUnit.REFERRALS_GIVEN.value): QT_TRANSLATE_NOOP(
        "labels", "Referrals given"
    ),
    (enums.TargetUnit, enums.TargetUnit.REVENUE.value): QT_TRANSLATE_NOOP("labels", "Revenue (€)"),
    (enums.TargetUnit, enums.TargetUnit.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
    (enums.TimeActivity, enums.TimeActivity.ACQUISITION.value): QT_TRANSLATE_NOOP(
        "labels", "Acquisition"
    ),
    (enums.TimeActivity, enums.TimeActivity.COORDINATION.value): QT_TRANSLATE_NOOP(
        "labels", "Coordination"
    ),
    (enums.TimeActivity, enums.TimeActivity.PREPARATION.value): QT_TRANSLATE_NOOP(
        "labels", "Preparation"
    ),
    (enums.TimeActivity, enums.TimeActivity.KNOWLEDGE_GROUP.value): QT_TRANSLATE_NOOP(
        "labels", "Knowledge-group work"
    ),
    (enums.TimeActivity, enums.TimeActivity.TRAVEL.value): QT_TRANSLATE_NOOP("labels", "Travel"),
    (enums.TimeActivity, enums.TimeActivity.ADMIN.value): QT_TRANSLATE_NOOP("labels", "Admin"),
    (enums.TimeActivity, enums.TimeActivity.OTHER.value): QT_TRANSLATE_NOOP("labels", "Other"),
}


def label(value: StrEnum | None) -> str:
    """The translated label of an enum value ("" for None)."""
    if value is None:
        return ""
    return QCoreApplication.translate("labels", _LABELS[(type(value), value.value)])


def choices(enum_type: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in declaration order, for combo boxes."""
    return [(label(member), member) for member in enum_type]
