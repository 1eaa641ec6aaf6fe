using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Nominations;
using Omov.Data.Services;

namespace Omov.Web.Pages.Tracker;

/// <summary>
/// The live public tracker of one contest: each candidate's nominations by kind of body, whether they
/// have qualified, and the threshold in words. Public: candidates' names and counts only.
/// </summary>
[AllowAnonymous]
internal sealed class TrackerContestModel(OmovDatabase database, TimeProvider time) : PageModel
{
    public NominationTracker Tracker { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string AsOf { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public static string Share(long count, long total) =>
        total <= 0 ? "–" : (100m * count / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        var result = await new NominationService(database).TrackerAsync(code ?? "", cancellationToken);
        if (!result.Success)
        {
            return NotFound();
        }

        Tracker = result.Value;
        Title = (await database.Contests.GetAsync(Tracker.Period.ContestCode, cancellationToken))?.Title ?? Tracker.Period.ContestCode;
        var now = time.GetUtcNow();
        IsOpen = Tracker.Period.IsOpenAt(now);
        AsOf = Omov.Elections.Nominations.NominationChecks.Local(now, Tracker.Period.TimeZone);
        return Page();
    }
}
