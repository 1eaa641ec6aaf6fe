using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Voting;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>
/// The review: the votes as they will be read, with plain warnings; then the cast. The choices come
/// back in the form, sealed by Data Protection: nothing unsealed is written to the database, and
/// the ballot is sealed to the election key before it is stored (docs/voting.md).
/// </summary>
internal sealed class VoteReviewModel(VoterGate gate, VoteSession session, OmovDatabase database) : PageModel
{
    public VoteText Text { get; private set; } = VoteText.English;

    public VoterAccess Access { get; private set; } = new(VoterAccessOutcome.Unknown);

    public IReadOnlyList<ContestReading> Readings { get; private set; } = [];

    public string SealedReview { get; private set; } = "";

    /// <summary>Why the vote could not be cast, when it could not.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Text = VoteSession.TextFor(Request);
        ViewData["LanguageReturn"] = "/vote/review";
        var ticket = session.ReadTicket(Request);
        if (ticket is null)
        {
            return Redirect("/vote?expired=true");
        }

        Access = await gate.CheckTypedAsync(ticket.CodeToken, ticket.EventId, cancellationToken);
        if (Access.Outcome != VoterAccessOutcome.Ready)
        {
            session.Forget(Response);
            return Refuse(Access.Message(Text)!);
        }

        var marks = session.ReadMarks(Request, ticket.EventId);
        if (marks is null)
        {
            return Redirect("/vote/ballot");
        }

        Readings = BallotReader.Read(Access.Contests, marks, Text);
        if (Readings.Any(r => r.Errors.Count > 0))
        {
            return Redirect("/vote/ballot");
        }

        SealedReview = session.SealReview(new ReviewedBallot(ticket, marks));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "review")] string? review, CancellationToken cancellationToken)
    {
        Text = VoteSession.TextFor(Request);
        ViewData["LanguageReturn"] = "/vote/ballot";
        var reviewed = session.OpenReview(review);
        if (reviewed is null)
        {
            return Redirect("/vote?expired=true");
        }

        Access = await gate.CheckTypedAsync(reviewed.Ticket.CodeToken, reviewed.Ticket.EventId, cancellationToken);
        if (Access.Outcome != VoterAccessOutcome.Ready)
        {
            session.Forget(Response);
            return Refuse(Access.Message(Text)!);
        }

        var readings = BallotReader.Read(Access.Contests, reviewed.Marks, Text);
        if (readings.Any(r => r.Errors.Count > 0))
        {
            return Redirect("/vote/ballot");
        }

        var ballotEvent = Access.Event!;
        var sealedBallot = BallotSealer.Seal(Access.PublicKey!, ballotEvent.Id.ToString("D"), new BallotPlaintext(readings.Select(r => r.Choice)), BallotEventLayout.For(ballotEvent));
        var outcome = await database.Votes.CastAsync(ballotEvent.Id, Access.CodeHash!, sealedBallot, cancellationToken);
        switch (outcome)
        {
            case CastOutcome.Cast:
                session.Finish(Response, new VoteReceipt(ballotEvent.Code, ballotEvent.Title, sealedBallot.TrackingCode.Text));
                return Redirect("/vote/receipt");
            case CastOutcome.AlreadyVoted:
                Access = Access with { Outcome = VoterAccessOutcome.AlreadyVoted };
                break;
            case CastOutcome.CodeRevoked:
                Access = Access with { Outcome = VoterAccessOutcome.Revoked };
                break;
            default:
                Access = Access with { Outcome = VoterAccessOutcome.Unknown };
                break;
        }

        session.Forget(Response);
        return Refuse(Access.Message(Text)!);
    }

    private PageResult Refuse(string message)
    {
        Refusal = message;
        return Page();
    }
}
