using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Sealing;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Board;

/// <summary>
/// The public bulletin board of an event: every tracking code in the box, sorted, a page at a
/// time, and a search that tells a voter whether their ballot is there. Shown once voting has opened.
/// </summary>
internal sealed class BoardModel(OmovDatabase database) : PageModel
{
    public const int PageSize = 1000;

    public VoteText Text { get; private set; } = VoteText.English;

    public BallotEvent Event { get; private set; } = null!;

    public List<string> Codes { get; } = [];

    public long Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string? Searched { get; private set; }

    public bool? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(string eventCode, string? code, int page = 1, CancellationToken cancellationToken = default)
    {
        Text = VoteSession.TextFor(Request);
        ViewData["LanguageReturn"] = "/board/" + Uri.EscapeDataString(eventCode);
        var ballotEvent = await database.BallotEvents.GetAsync(eventCode, cancellationToken);
        if (ballotEvent is null || ballotEvent.Status is BallotEventStatus.Draft or BallotEventStatus.Scheduled)
        {
            return NotFound();
        }

        Event = ballotEvent;
        PageNumber = Math.Max(1, page);
        if (!string.IsNullOrWhiteSpace(code))
        {
            Searched = code.Trim();
            var normal = TrackingCode.Normalise(Searched);
            if (normal is not null)
            {
                Searched = normal;
                Found = await database.Votes.HasTrackingCodeAsync(ballotEvent.Id, normal, cancellationToken);
            }
        }

        var skip = (long)(PageNumber - 1) * PageSize;
        await foreach (var tracking in database.Votes.ReadTrackingCodesAsync(ballotEvent.Id, cancellationToken))
        {
            if (Total >= skip && Codes.Count < PageSize)
            {
                Codes.Add(tracking);
            }

            Total++;
        }

        return Page();
    }
}
