using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Elections.Staff;
using Omov.Web.Events;

namespace Omov.Web.Pages.Events;

/// <summary>A credential issue's progress, refreshed by the browser every two seconds while it runs (no JavaScript), then its summary.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageBallotEvents))]
internal sealed class IssueModel(IssueJobs jobs, TimeProvider time) : PageModel
{
    public IssueJob Job { get; private set; } = null!;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Whether the page reloads itself while the run goes (an operator may stop it: WCAG 2.2.1, 2.2.2).</summary>
    public bool AutoRefresh { get; private set; } = true;

    public IActionResult OnGet(Guid id, string? refresh)
    {
        AutoRefresh = !string.Equals(refresh, "off", StringComparison.Ordinal);
        if (jobs.Get(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        Elapsed = (job.FinishedAt ?? time.GetUtcNow()) - job.StartedAt;
        return Page();
    }
}
