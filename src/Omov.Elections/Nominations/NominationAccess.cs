using Omov.Elections.Staff;

namespace Omov.Elections.Nominations;

/// <summary>
/// Who may record (or withdraw) a body's nomination. A local party's nomination is submitted by its
/// own officers (labour-rules.md §2.2.4, §6.4: the CLP Secretary or Chair), so a local officer may
/// record only their own party's; the national staff who set up ballot events may record any body's,
/// including affiliates' and MPs'/MEPs' returns.
/// </summary>
public static class NominationAccess
{
    /// <summary>Null when <paramref name="account"/> may record <paramref name="bodyCode"/>'s nomination; otherwise the refusal.</summary>
    public static NominationRefusal? Check(StaffAccount account, NominatingBodyKind kind, string bodyCode)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (StaffPermissions.Check(account, StaffPermission.ManageBallotEvents).Allowed)
        {
            return null;
        }

        if (kind == NominatingBodyKind.LocalParty && account.Has(StaffRole.LocalOfficer))
        {
            var local = StaffPermissions.Check(account, StaffPermission.RunLocalMeetings, bodyCode);
            return local.Allowed
                ? null
                : new NominationRefusal(NominationRefusalKind.OtherLocalParty, $"A local officer for {account.LocalPartyCode} may record the nominations of {account.LocalPartyCode} only, not of {bodyCode}.");
        }

        return new NominationRefusal(NominationRefusalKind.NotPermitted, kind == NominatingBodyKind.LocalParty
            ? "Only the local party's own officers or the staff who set up ballot events may record a local party's nomination."
            : "Only the staff who set up ballot events may record the nomination of an affiliate or an MP/MEP.");
    }
}
