using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>
/// The ballot: every contest the member votes in, with candidates' statements and the contest's
/// guidance; number boxes for ranked contests, ticks for the others. Plain HTML form, no script.
/// </summary>
internal sealed class VoteBallotModel(VoterGate gate, VoteSession session) : PageModel
{
    public VoteText Text { get; private set; } = VoteText.English;

    public VoterAccess Access { get; private set; } = new(VoterAccessOutcome.Unknown);

    public IReadOnlyDictionary<string, string> Marks { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string Mark(int contest, int candidate) => Marks.GetValueOrDefault(BallotReader.Key(contest, candidate)) ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is { } ticket)
        {
            Marks = Access.Outcome == VoterAccessOutcome.Ready ? session.ReadMarks(Request, ticket.EventId) ?? [] : [];
            return Page();
        }

        return Redirect("/vote?expired=true");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is not { } ticket)
        {
            return Redirect("/vote?expired=true");
        }

        if (Access.Outcome != VoterAccessOutcome.Ready)
        {
            return Page();
        }

        var marks = BallotReader.FromForm(Request.Form, Access.Contests);
        Marks = marks;
        Errors = [.. BallotReader.Read(Access.Contests, marks, Text).SelectMany(r => r.Errors)];
        if (Errors.Count > 0)
        {
            return Page();
        }

        session.SetMarks(Response, new ReviewedBallot(ticket, marks));
        return Redirect("/vote/review");
    }

    private async Task<VoteTicket?> CheckAsync(CancellationToken cancellationToken)
    {
        Text = VoteSession.TextFor(Request);
        ViewData["LanguageReturn"] = "/vote/ballot";
        var ticket = session.ReadTicket(Request);
        if (ticket is null)
        {
            return null;
        }

        Access = await gate.CheckTypedAsync(ticket.CodeToken, ticket.EventId, cancellationToken);
        if (Access.Outcome != VoterAccessOutcome.Ready)
        {
            session.Forget(Response);
        }

        return ticket;
    }
}
