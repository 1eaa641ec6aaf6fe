using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Results;
using Omov.Data.Voting;
using Omov.Elections.Events;
using Omov.Web.Outcomes;

namespace Omov.Web.Pages.Results;

/// <summary>A declared event's results: each contest's winners and turnout, with links to the full counts.</summary>
internal sealed class EventModel(DeclaredResults declared, OmovDatabase database) : PageModel
{
    public BallotEvent Event { get; private set; } = null!;

    public IReadOnlyList<StoredContestResult> Results { get; private set; } = [];

    public TurnoutFigures Turnout { get; private set; } = null!;

    public ResultWords Words { get; private set; } = ResultWords.English;

    public string? Lang { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? lang, CancellationToken cancellationToken)
    {
        if (await declared.EventAsync(code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Event, Results) = found;
        Turnout = await database.Votes.ReadTurnoutAsync(Event.Id, cancellationToken);
        Words = ResultWords.For(lang == "cy");
        Lang = lang == "cy" ? "cy" : null;
        return Page();
    }
}
