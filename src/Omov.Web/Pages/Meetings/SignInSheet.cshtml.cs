using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Meetings;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Meetings;

/// <summary>The fallback when the door has no screen: every eligible member with a signature column, styled for print.</summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class SignInSheetModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    public NominationMeeting? Meeting { get; private set; }

    public IReadOnlyList<DoorCandidate> Sheet { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var service = new MeetingService(database);
        var sheet = await service.SignInSheetAsync(account, id, cancellationToken);
        if (!sheet.Success)
        {
            return MeetingPage.Refusal(this, sheet);
        }

        Sheet = sheet.Value;
        Meeting = (await service.GetAsync(account, id, cancellationToken)).Value;
        return Page();
    }
}
