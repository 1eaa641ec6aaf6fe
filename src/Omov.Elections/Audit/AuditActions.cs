namespace Omov.Elections.Audit;

/// <summary>
/// The names of audited actions, in one place so that the log reads the same everywhere. An
/// action is <c>noun.past-participle</c>, lowercase; new ones may be added freely (the chain does
/// not depend on this list).
/// </summary>
public static class AuditActions
{
    public const string MemberViewed = "member.viewed";
    public const string MembersSearched = "members.searched";
    public const string MembersImported = "members.imported";
    public const string MembersExported = "members.exported";
    public const string MessageCreated = "message.created";
    public const string MessageScheduled = "message.scheduled";
    public const string MessageQueued = "message.queued";
    public const string MessageCancelled = "message.cancelled";
    public const string MemberUnsubscribed = "member.unsubscribed";
    public const string MemberResubscribed = "member.resubscribed";
    public const string UnitsImported = "units.imported";
    public const string UnitsChanged = "units.changed";
    public const string RulebookEdited = "rulebook.edited";
    public const string RollFrozen = "roll.frozen";
    public const string RollApproved = "roll.approved";
    public const string EventCreated = "event.created";
    public const string EventChanged = "event.changed";
    public const string EventStatusChanged = "event.status-changed";
    public const string EventCredentialsIssued = "event.credentials-issued";
    public const string RollsCompared = "roll.compared";
    public const string ContestCreated = "contest.created";
    public const string EligibilityCounted = "eligibility.counted";
    public const string StaffPasswordAccepted = "staff.password-accepted";
    public const string StaffSignedIn = "staff.signed-in";
    public const string StaffSignInFailed = "staff.sign-in-failed";
    public const string StaffLockedOut = "staff.locked-out";
    public const string StaffSignedOut = "staff.signed-out";
    public const string StaffCreated = "staff.created";
    public const string StaffChanged = "staff.changed";
    public const string StaffSecondFactorEnrolled = "staff.second-factor-enrolled";
    public const string StaffSecondFactorReset = "staff.second-factor-reset";
    public const string RecoveryCodeUsed = "staff.recovery-code-used";
    public const string AccessRefused = "access.refused";
    public const string MailSent = "mail.sent";
    public const string DemoCreated = "demo.created";
    public const string NominationRecorded = "nomination.recorded";
    public const string NominationWithdrawn = "nomination.withdrawn";
    public const string NominationRefused = "nomination.refused";
    public const string NominationPeriodSet = "nomination.period-set";
    public const string NominationCandidateAdded = "nomination.candidate-added";
    public const string NominatingBodyChanged = "nomination.body-changed";
    public const string NominationsSentToEvent = "nomination.sent-to-event";
    public const string DelegatesEntitlementCalculated = "delegates.entitlement.calculated";
    public const string DelegatesElected = "delegates.elected";
    public const string MeetingCreated = "meeting.created";
    public const string MemberCheckedIn = "member.checked-in";
    public const string CheckInRefused = "checkin.refused";
    public const string MeetingRoundRecorded = "meeting.round.recorded";
    public const string MeetingResult = "meeting.result";
    public const string CeremonyHeld = "ceremony.held";
    public const string ShareCollected = "share.collected";
    public const string BoxOpened = "box.opened";
    public const string BoxOpeningFailed = "box.opening-failed";
    public const string ResultCounted = "result.counted";
    public const string ResultDeclared = "result.declared";

    /// <summary>Staff reissued a member's voting code (subject: membership number; details: event, channel, reason).</summary>
    public const string BallotReissued = "ballot.reissued";

    /// <summary>
    /// Someone used the self-service reissue page (subject: event code; no membership number and
    /// no outcome, which would tell the requester whether the member has voted: docs/reissue.md).
    /// </summary>
    public const string ReissueRequested = "ballot.reissue-requested";

    /// <summary>A reminder round was queued (subject: event code; details: round and count).</summary>
    public const string RemindersQueued = "ballot.reminders-queued";

    /// <summary>A reminder round was scheduled (subject: event code; details: round and due time).</summary>
    public const string RemindersScheduled = "ballot.reminders-scheduled";
}
