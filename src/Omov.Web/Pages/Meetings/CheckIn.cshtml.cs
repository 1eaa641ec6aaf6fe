using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Meetings;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Meetings;

/// <summary>
/// The door, on a phone or a laptop: find a member of the party by name or number, see whether
/// they may come in and why, and check them in (the time is the server's clock). A refusal is
/// recorded in the audit log too.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class CheckInModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public NominationMeeting? Meeting { get; private set; }

    public IReadOnlyList<DoorCandidate>? Found { get; private set; }

    public CheckInResult? Outcome { get; private set; }

    public int Attended { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var service = new MeetingService(database);
        var meeting = await service.GetAsync(account, id, cancellationToken);
        if (!meeting.Success)
        {
            return MeetingPage.Refusal(this, meeting);
        }

        Meeting = meeting.Value;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            if (Query.Length > 100)
            {
                ModelState.AddModelError(nameof(Query), "Search for at most 100 characters: a name or a membership number.");
            }
            else
            {
                Found = (await service.SearchAtDoorAsync(account, id, Query, cancellationToken)).Value;
            }
        }

        Attended = (await database.Meetings.AttendeesAsync(id, cancellationToken)).Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? member, bool paid, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var service = new MeetingService(database);
        var result = await service.CheckInAsync(account, id, member ?? "", paid, cancellationToken);
        if (result.Failure == Omov.Data.Services.ServiceFailure.Refused)
        {
            return MeetingPage.Refusal(this, result);
        }

        if (!result.Success)
        {
            ModelState.AddModelError(string.Empty, char.ToUpperInvariant(result.Error[0]) + result.Error[1..] + ".");
        }
        else
        {
            Outcome = result.Value;
        }

        Meeting = (await service.GetAsync(account, id, cancellationToken)).Value;
        if (!string.IsNullOrWhiteSpace(Query) && Query.Length <= 100)
        {
            Found = (await service.SearchAtDoorAsync(account, id, Query, cancellationToken)).Value;
        }

        Attended = (await database.Meetings.AttendeesAsync(id, cancellationToken)).Count;
        return Page();
    }
}
