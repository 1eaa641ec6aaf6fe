using Omov.Elections.Register;

namespace Omov.Elections.Staff;

/// <summary>
/// What each role may do, and the checks every staff action goes through. Duties are kept apart
/// where the design sets one role to check another: administrators freeze rolls, returning
/// officers approve them; no administrator holds a key share or opens the ballot box. A local
/// officer works only with the members of their own local party.
/// </summary>
public static class StaffPermissions
{
    private static readonly Dictionary<StaffRole, HashSet<StaffPermission>> s_grants = new()
    {
        [StaffRole.Administrator] =
        [
            StaffPermission.ManageRegister, StaffPermission.ViewMember, StaffPermission.ExportMembers, StaffPermission.MessageMembers,
            StaffPermission.EditRulebooks, StaffPermission.ManageBallotEvents, StaffPermission.FreezeRoll, StaffPermission.ViewAuditLog,
            StaffPermission.ManageStaff, StaffPermission.ReissueCredentials,
        ],
        [StaffRole.ReturningOfficer] =
        [
            StaffPermission.ViewMember, StaffPermission.ApproveRoll, StaffPermission.HoldKeyShare, StaffPermission.OpenBallotBox,
            StaffPermission.CertifyResults, StaffPermission.ViewAuditLog, StaffPermission.ReissueCredentials,
        ],
        [StaffRole.Scrutineer] =
        [
            StaffPermission.HoldKeyShare, StaffPermission.OpenBallotBox, StaffPermission.ViewAuditLog,
        ],
        [StaffRole.LocalOfficer] =
        [
            StaffPermission.ViewMember, StaffPermission.MessageMembers, StaffPermission.RunLocalMeetings, StaffPermission.ReissueCredentials,
        ],
    };

    /// <summary>What <paramref name="role"/> may do (for a local officer, within their own local party).</summary>
    public static IReadOnlySet<StaffPermission> Of(StaffRole role) => s_grants[role];

    /// <summary>
    /// Whether <paramref name="account"/> may do <paramref name="permission"/>, to members of
    /// <paramref name="localPartyCode"/> when the action reaches members of one local party
    /// (null when it reaches no particular party, such as a search: the decision's
    /// <see cref="AccessDecision.LocalPartyScope"/> then says how far it may go).
    /// </summary>
    public static AccessDecision Check(StaffAccount account, StaffPermission permission, string? localPartyCode = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!account.Enabled)
        {
            return AccessDecision.Refuse("This account is disabled.");
        }

        if (account.Roles.Any(role => role != StaffRole.LocalOfficer && s_grants[role].Contains(permission)))
        {
            return AccessDecision.Allow();
        }

        if (account.Has(StaffRole.LocalOfficer) && s_grants[StaffRole.LocalOfficer].Contains(permission))
        {
            if (string.IsNullOrWhiteSpace(account.LocalPartyCode))
            {
                return AccessDecision.Refuse("This local officer account has no local party, so it cannot reach any members.");
            }

            if (localPartyCode is null)
            {
                return AccessDecision.Allow(account.LocalPartyCode);
            }

            // The other party is not named: which party a member belongs to is theirs to keep.
            return string.Equals(localPartyCode, account.LocalPartyCode, StringComparison.OrdinalIgnoreCase)
                ? AccessDecision.Allow(account.LocalPartyCode)
                : AccessDecision.Refuse($"A local officer for {account.LocalPartyCode} may {Describe(permission)} of {account.LocalPartyCode} only; this member belongs to another local party.");
        }

        var roles = account.Roles.Count == 0 ? "no role" : "the role" + (account.Roles.Count == 1 ? " " : "s ") + string.Join(" and ", account.Roles.Select(Name));
        return AccessDecision.Refuse($"An account with {roles} may not {Describe(permission)}.");
    }

    /// <summary>Whether <paramref name="account"/> may do <paramref name="permission"/> to <paramref name="member"/>.</summary>
    public static AccessDecision Check(StaffAccount account, StaffPermission permission, Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Check(account, permission, member.LocalPartyCode);
    }

    /// <summary>A role's name in a sentence.</summary>
    public static string Name(StaffRole role) => role switch
    {
        StaffRole.Administrator => "administrator",
        StaffRole.ReturningOfficer => "returning officer",
        StaffRole.Scrutineer => "scrutineer",
        StaffRole.LocalOfficer => "local officer",
        _ => role.ToString(),
    };

    /// <summary>A permission as words that follow "may".</summary>
    public static string Describe(StaffPermission permission) => permission switch
    {
        StaffPermission.ManageRegister => "import or edit the register",
        StaffPermission.ViewMember => "view members",
        StaffPermission.ExportMembers => "export members' details",
        StaffPermission.MessageMembers => "message members",
        StaffPermission.EditRulebooks => "edit rulebooks",
        StaffPermission.ManageBallotEvents => "set up ballot events",
        StaffPermission.FreezeRoll => "freeze a roll",
        StaffPermission.ApproveRoll => "approve a roll",
        StaffPermission.RunLocalMeetings => "run the meetings",
        StaffPermission.HoldKeyShare => "hold a key share",
        StaffPermission.OpenBallotBox => "open the ballot box",
        StaffPermission.CertifyResults => "certify results",
        StaffPermission.ViewAuditLog => "read the audit log",
        StaffPermission.ManageStaff => "manage staff accounts",
        StaffPermission.ReissueCredentials => "reissue voting codes and send reminders",
        _ => permission.ToString(),
    };
}
