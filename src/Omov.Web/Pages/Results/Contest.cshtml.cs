using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data.Results;
using Omov.Elections.Events;
using Omov.Web.Outcomes;

namespace Omov.Web.Pages.Results;

/// <summary>One declared contest: the winners, the chart, the stage table, and the downloads.</summary>
internal sealed class ContestModel(DeclaredResults declared) : PageModel
{
    public BallotEvent Event { get; private set; } = null!;

    public EventContest Contest { get; private set; } = null!;

    public StoredContestResult Result { get; private set; } = null!;

    public CountReport Report { get; private set; } = null!;

    public ResultWords Words { get; private set; } = ResultWords.English;

    public string? Lang { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string contest, string? lang, CancellationToken cancellationToken)
    {
        if (await declared.ContestAsync(code, contest, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Event, Contest, Result) = found;
        Report = CountReport.Read(Result.ReportJson);
        Words = ResultWords.For(lang == "cy");
        Lang = lang == "cy" ? "cy" : null;
        return Page();
    }
}
