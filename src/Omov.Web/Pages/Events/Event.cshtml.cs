using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Delivery.Issuing;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Events;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Events;

/// <summary>
/// One ballot event: its contests with their rolls' approval, live figures (never votes), the next
/// status move (with every reason when refused), issuing credentials in the background, and a
/// preview of the ballot a given member would get (audited as <c>member.viewed</c>).
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ManageBallotEvents))]
internal sealed class EventModel(OmovDatabase database, CurrentStaff staff, WebAudit audit, IssueJobs jobs, IEventSecrecyFacts facts) : PageModel
{
    public BallotEvent Event { get; private set; } = null!;

    /// <summary>Each roll contest of the event with its latest roll (null when none was frozen).</summary>
    public IReadOnlyList<(string RollContest, StoredRoll? Latest)> Rolls { get; private set; } = [];

    public EventFigures Figures { get; private set; } = null!;

    /// <summary>Why the last move was refused, when it was.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    /// <summary>The membership number previewed, if any.</summary>
    public string? Member { get; private set; }

    /// <summary>The contests on the previewed member's ballot; null when the number matched no member.</summary>
    public IReadOnlyList<EventContest>? Preview { get; private set; }

    /// <summary>The credential issue going now, if any.</summary>
    public IssueJob? Running => jobs.Running;

    /// <summary>The status the event can move to next, or null once declared.</summary>
    public BallotEventStatus? Next => Event.Status == BallotEventStatus.Declared ? null : Event.Status + 1;

    public bool CanIssue => Event.Status is BallotEventStatus.Scheduled or BallotEventStatus.Open;

    public async Task<IActionResult> OnGetAsync(string code, string? member, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(member))
        {
            Member = member.Trim();
            var account = await staff.RequireAsync(cancellationToken);
            if (await database.Members.GetAsync(Member, cancellationToken) is null)
            {
                ModelState.AddModelError("member", $"No member has the number {Member}.");
            }
            else
            {
                var rolls = await database.Rolls.ApprovedContestsOfAsync(Member, cancellationToken);
                Preview = Event.BallotFor(rolls.Select(r => r.ContestCode).ToHashSet(StringComparer.Ordinal));
                await audit.RecordAsync(account, AuditActions.MemberViewed, Member, new Dictionary<string, string> { ["page"] = "event ballot preview", ["event"] = Event.Code }, cancellationToken);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string code, string target, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!Enum.TryParse<BallotEventStatus>(target, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return BadRequest();
        }

        var change = await new EventStatusService(database, facts).MoveAsync(code, status, WebAudit.Actor(account), cancellationToken);
        if (change.Moved)
        {
            return Redirect("/Events/Event?code=" + Uri.EscapeDataString(code));
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Refusals = change.Refusals;
        ModelState.AddModelError("move", $"The event was not moved to {BallotEventLifecycle.Name(status)}: " + string.Join(" ", change.Refusals));
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(string code, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (jobs.TryStart(Event.Code, account) is { } job)
        {
            return Redirect("/Events/Issue/" + job.Id.ToString("D"));
        }

        ModelState.AddModelError("issue", "Credentials are being issued already; wait for that run to finish.");
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await database.BallotEvents.GetAsync(code ?? "", cancellationToken) is not { } found)
        {
            return false;
        }

        Event = found;
        var rolls = new List<(string, StoredRoll?)>();
        foreach (var rollContest in found.Contests.Select(c => c.RollContest).Distinct(StringComparer.Ordinal))
        {
            var contest = await database.Contests.GetAsync(rollContest, cancellationToken);
            rolls.Add((rollContest, contest is null ? null : await database.Rolls.GetLatestAsync(contest.Id, cancellationToken)));
        }

        Rolls = rolls;
        Figures = await EventFigures.ReadAsync(database, found.Id, cancellationToken);
        return true;
    }
}
