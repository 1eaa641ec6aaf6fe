using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Counting.Methods.Exhaustive;
using Omov.Data;
using Omov.Data.Meetings;
using Omov.Data.Services;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Meetings;

/// <summary>A local officer sets up a meeting of their own party (the party is the account's; there is nothing to choose).</summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class NewMeetingModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    public const int ContestSlots = 2;

    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public string Party { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await PartyAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PartyAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Pad();
        if (!DateOnly.TryParseExact(Form.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError("Form.Date", "Give the meeting's date.");
        }

        if (!TimeOnly.TryParseExact(Form.Start?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            ModelState.AddModelError("Form.Start", "Give the start time on the 24-hour clock, e.g. 20:00.");
        }

        if (!DateOnly.TryParseExact(Form.MemberSince, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
        {
            ModelState.AddModelError("Form.MemberSince", "Give the member-since cut-off date.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await staff.RequireAsync(cancellationToken);
        var setup = new MeetingSetup
        {
            LocalPartyCode = Party,
            Title = Form.Title ?? "",
            StartsLocal = date.ToDateTime(start),
            DoorsCloseAfterMinutes = Form.DoorsMinutes,
            Venue = Form.Venue,
            OnlineLink = Form.Link,
            MemberSince = since,
            PayAtDoor = Form.PayAtDoor,
            LateArrivals = Form.Late,
            Contests = [.. Form.Contests.Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Candidates)).Select(Contest)],
        };
        var result = await new MeetingService(database).CreateAsync(account, setup, cancellationToken);
        if (!result.Success)
        {
            if (result.Failure == ServiceFailure.Refused)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            ModelState.AddModelError(string.Empty, char.ToUpperInvariant(result.Error[0]) + result.Error[1..] + ".");
            return Page();
        }

        return RedirectToPage("/Meetings/Meeting", new { id = result.Value.Id });
    }

    private static MeetingContest Contest(ContestForm form) => new(
        form.Name ?? "",
        [.. (form.Candidates ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0)],
        form.Method == "av" ? MeetingVotingMethod.Alternative : MeetingVotingMethod.Exhaustive,
        form.Method == "exhaustive-lookback" ? ExhaustiveTieRule.LookBackThenLot : ExhaustiveTieRule.Lot);

    private void Pad()
    {
        while (Form.Contests.Count < ContestSlots)
        {
            Form.Contests.Add(new ContestForm());
        }
    }

    private async Task<IActionResult?> PartyAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (StaffPermissions.Check(account, StaffPermission.RunLocalMeetings).LocalPartyScope is not { } party)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Party = party;
        return null;
    }
}
