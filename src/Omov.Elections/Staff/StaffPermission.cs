using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Staff;

/// <summary>Something a member of staff may be allowed to do. <see cref="StaffPermissions"/> says who may.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A staff permission, not a code-access-security permission type; the word is the plain one.")]
public enum StaffPermission
{
    /// <summary>Import and edit the register and the organisation structure.</summary>
    ManageRegister,

    /// <summary>Search for and view members' details (personal data: every view is audited).</summary>
    ViewMember,

    /// <summary>Export members' details to a file (personal data in bulk: audited).</summary>
    ExportMembers,

    /// <summary>Message members (notices, meeting calls).</summary>
    MessageMembers,

    /// <summary>Create and edit rulebooks and contests' eligibility rules.</summary>
    EditRulebooks,

    /// <summary>Set up ballot events, contests and timetables.</summary>
    ManageBallotEvents,

    /// <summary>Freeze a contest's roll.</summary>
    FreezeRoll,

    /// <summary>Approve a frozen roll (the returning officer's check on the administrator's work).</summary>
    ApproveRoll,

    /// <summary>Run local nomination meetings: enter meeting votes, submit nominations.</summary>
    RunLocalMeetings,

    /// <summary>Hold a share of the election key.</summary>
    HoldKeyShare,

    /// <summary>Take part in opening the ballot box (which needs k of n key shares).</summary>
    OpenBallotBox,

    /// <summary>Certify and declare results.</summary>
    CertifyResults,

    /// <summary>Read the audit log.</summary>
    ViewAuditLog,

    /// <summary>Create, change and disable staff accounts, and reset second factors.</summary>
    ManageStaff,

    /// <summary>Reissue a member's voting code (a member on the phone, a bounced ballot email) and send reminder rounds.</summary>
    ReissueCredentials,
}
