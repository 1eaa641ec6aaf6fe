using Omov.Elections.Staff;

namespace Omov.Web.Pages.Nominations;

/// <summary>Who works on the nomination pages: a local party's officers (their own party only) and the staff who set up ballot events.</summary>
internal static class NominationStaff
{
    public static bool MayRecord(StaffAccount account) =>
        StaffPermissions.Check(account, StaffPermission.ManageBallotEvents).Allowed
        || StaffPermissions.Check(account, StaffPermission.RunLocalMeetings).Allowed;

    public static bool MaySend(StaffAccount account) => StaffPermissions.Check(account, StaffPermission.ManageBallotEvents).Allowed;
}
