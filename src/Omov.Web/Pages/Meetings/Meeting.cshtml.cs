using Microsoft.AspNetCore.Authorization;
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

/// <summary>A meeting: its details, and the voting of each nomination (rounds, lots, papers) until the nominee is known.</summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class MeetingModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    public NominationMeeting? Meeting { get; private set; }

    public MeetingMinutes? Minutes { get; private set; }

    public string? Papers { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRoundAsync(Guid id, int contest, Dictionary<int, long> votes, long blank, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var count = Meeting!.Contests.ElementAtOrDefault(contest)?.Candidates.Count ?? 0;
        var figures = Enumerable.Range(0, count).Select(c => votes.GetValueOrDefault(c)).ToArray();
        var account = await staff.RequireAsync(cancellationToken);
        return await AfterAsync(id, await new MeetingService(database).RecordRoundAsync(account, id, contest, new ExhaustiveRound(figures, blank), cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostLotAsync(Guid id, int contest, int excluded, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var account = await staff.RequireAsync(cancellationToken);
        return await AfterAsync(id, await new MeetingService(database).RecordLotAsync(account, id, contest, excluded, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostPapersAsync(Guid id, int contest, string? papers, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Papers = papers;
        var account = await staff.RequireAsync(cancellationToken);
        return await AfterAsync(id, await new MeetingService(database).RecordPapersAsync(account, id, contest, papers ?? "", cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, ServiceResult<MinutesContest> result, CancellationToken cancellationToken)
    {
        if (!result.Success)
        {
            ModelState.AddModelError(string.Empty, result.Error);
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        var contest = result.Value;
        TempData["Message"] = contest.Nominee is { } nominee
            ? $"{contest.Name}: the meeting nominates {nominee}."
            : contest.State == "awaiting-lot"
                ? $"{contest.Name}: round {contest.Rounds.Count} recorded; the lowest tie, so draw lots."
                : $"{contest.Name}: round {contest.Rounds.Count} recorded; {contest.Rounds[^1].Excluded} is excluded.";
        return RedirectToPage("/Meetings/Meeting", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var minutes = await new MeetingService(database).MinutesAsync(account, id, cancellationToken);
        if (!minutes.Success)
        {
            return MeetingPage.Refusal(this, minutes);
        }

        Minutes = minutes.Value;
        Meeting = await database.Meetings.GetAsync(id, cancellationToken);
        return null;
    }
}
