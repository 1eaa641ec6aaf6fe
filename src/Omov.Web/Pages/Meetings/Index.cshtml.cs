using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Meetings;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Meetings;

/// <summary>The local officer's meetings: their own party's only.</summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class MeetingsModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    public IReadOnlyList<NominationMeeting> Meetings { get; private set; } = [];

    public string? Scope { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        Scope = StaffPermissions.Check(account, StaffPermission.RunLocalMeetings).LocalPartyScope;
        Meetings = await new MeetingService(database).ListAsync(account, cancellationToken);
    }
}
