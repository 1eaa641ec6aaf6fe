using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>Where a member types their voting code (/vote). Public; tries are limited per address (<see cref="VoteCodeAttempts"/>).</summary>
internal sealed class VoteIndexModel(VoterGate gate, VoteSession session) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    public VoteText Text { get; private set; } = VoteText.English;

    public string? Problem { get; private set; }

    public void OnGet(bool expired = false)
    {
        Text = VoteSession.TextFor(Request);
        Problem = expired ? Text.SessionExpired : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Text = VoteSession.TextFor(Request);
        var access = await gate.CheckTypedAsync(Code, null, cancellationToken);
        if (access.Outcome == VoterAccessOutcome.Ready)
        {
            session.SetTicket(Response, new VoteTicket(access.Event!.Id, access.Code!.ToLinkToken()));
            return Redirect("/vote/ballot");
        }

        Problem = access.Message(Text);
        if (access.Outcome is not (VoterAccessOutcome.Mistyped or VoterAccessOutcome.Unknown))
        {
            // The code is someone's and cannot be used: no need to keep it on the screen.
            Code = "";
        }

        return Page();
    }
}
