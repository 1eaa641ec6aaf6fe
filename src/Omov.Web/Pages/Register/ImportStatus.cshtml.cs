using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data.Register;
using Omov.Elections.Staff;
using Omov.Web.Register;

namespace Omov.Web.Pages.Register;

/// <summary>
/// An import's progress, refreshed by the browser itself every two seconds while it runs (no
/// JavaScript), then its summary and problem report, with the problems as a CSV download.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ManageRegister))]
internal sealed class ImportStatusModel(ImportJobs jobs, TimeProvider time) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>
    /// Whether the page reloads itself while the import runs. An operator may turn it off
    /// (WCAG 2.2.1 and 2.2.2: a way to stop content that updates by itself).
    /// </summary>
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

    /// <summary>The problems as CSV: line, column, reason (never the values).</summary>
    public IActionResult OnGetProblems(Guid id)
    {
        if (jobs.Get(id)?.Outcome is not { } report)
        {
            return NotFound();
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        RegisterImports.WriteProblemsCsv(text, report.Problems);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "import-problems.csv");
    }

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
