using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>
/// The link in a ballot email or behind a postal QR code: /vote/{code}. A usable code moves into the
/// browser's sealed ticket and the browser goes on to the ballot, so the code leaves the address bar.
/// </summary>
internal sealed class VoteLinkModel(VoterGate gate, VoteSession session) : PageModel
{
    public VoteText Text { get; private set; } = VoteText.English;

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Text = VoteSession.TextFor(Request);
        var access = await gate.CheckTypedAsync(token, null, cancellationToken);
        if (access.Outcome == VoterAccessOutcome.Ready)
        {
            session.SetTicket(Response, new VoteTicket(access.Event!.Id, access.Code!.ToLinkToken()));
            return Redirect("/vote/ballot");
        }

        Heading = access.Heading(Text);
        Message = access.Message(Text)!;
        return Page();
    }
}
