using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Contests;
using Omov.Elections.Nominations;

namespace Omov.Web.Pages.Tracker;

/// <summary>The public list of contests taking nominations: no sign-in, no personal data.</summary>
[AllowAnonymous]
internal sealed class TrackerIndexModel(OmovDatabase database) : PageModel
{
    public IReadOnlyList<(NominationPeriod Period, Contest? Contest)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(NominationPeriod, Contest?)>();
        foreach (var period in await database.Nominations.ListPeriodsAsync(cancellationToken))
        {
            rows.Add((period, await database.Contests.GetAsync(period.ContestCode, cancellationToken)));
        }

        Rows = rows;
    }
}
