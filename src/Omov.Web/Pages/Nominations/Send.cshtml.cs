using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Nominations;

/// <summary>Sends a contest's qualified candidates (with statements and groups) into a contest of a DRAFT ballot event.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageBallotEvents))]
internal sealed class SendModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public NominationTracker Tracker { get; private set; } = null!;

    public IReadOnlyList<(BallotEvent Event, EventContest Contest)> Targets { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Contest { get; set; } = "";

    /// <summary>The target as "event code|contest code".</summary>
    [BindProperty]
    public string Target { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var bar = Target?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar <= 0)
        {
            ModelState.AddModelError(nameof(Target), "Choose the ballot event contest to fill.");
            return Page();
        }

        var sent = await new NominationService(database).SendQualifiedAsync(Contest, Target![..bar], Target[(bar + 1)..], WebAudit.Actor(account), cancellationToken);
        if (!sent.Success)
        {
            ModelState.AddModelError(nameof(Target), Contests.ContestsModel.Sentence(sent.Error));
            return Page();
        }

        var filled = sent.Value.Contest(Target[(bar + 1)..])!;
        Message = $"{filled.Candidates.Count} qualified candidate{(filled.Candidates.Count == 1 ? "" : "s")} sent to {filled.Title} in {sent.Value.Title}: {string.Join(", ", filled.Candidates.Select(c => c.Name))}.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var tracker = await new NominationService(database).TrackerAsync(Contest ?? "", cancellationToken);
        if (!tracker.Success)
        {
            return false;
        }

        Tracker = tracker.Value;
        Targets = [.. (await database.BallotEvents.ListAsync(cancellationToken)).Where(e => e.Status == BallotEventStatus.Draft).SelectMany(e => e.Contests.Select(c => (e, c)))];
        return true;
    }
}
