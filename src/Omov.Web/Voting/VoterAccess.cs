using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Web.Voting;

/// <summary>
/// The result of checking a voting code: the outcome, and for a code that is someone's, the event
/// and their ballot's contests. <see cref="Code"/>, <see cref="CodeHash"/> and <see cref="PublicKey"/>
/// are set when the member may vote.
/// </summary>
internal sealed record VoterAccess(VoterAccessOutcome Outcome)
{
    public VotingCodeProblem Problem { get; init; }

    /// <summary>For <see cref="VotingCodeProblem.WrongLength"/>: characters typed; for InvalidCharacter: the position.</summary>
    public int ProblemDetail { get; init; }

    public BallotEvent? Event { get; init; }

    public EventVoter? Voter { get; init; }

    public VotingCode? Code { get; init; }

    public byte[]? CodeHash { get; init; }

    public ElectionPublicKey? PublicKey { get; init; }

    /// <summary>The voter's contests in the event's ballot order, with their numbers in the sealed layout.</summary>
    public IReadOnlyList<(int Number, EventContest Contest)> Contests =>
        Event is null || Voter is null ? [] :
        [.. Event.Contests.Select((c, i) => (i + 1, c)).Where(x => Voter.Contests.Contains(x.c.Code, StringComparer.Ordinal))];

    /// <summary>The message for the voter when they may not vote; null when they may.</summary>
    public string? Message(VoteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = Event?.Title ?? "";
        return Outcome switch
        {
            VoterAccessOutcome.Ready => null,
            VoterAccessOutcome.Mistyped => Problem switch
            {
                VotingCodeProblem.Empty => text.CodeEmpty,
                VotingCodeProblem.WrongLength => text.CodeWrongLength(ProblemDetail),
                VotingCodeProblem.InvalidCharacter => text.CodeInvalidCharacter(ProblemDetail),
                _ => text.CodeMistyped,
            },
            VoterAccessOutcome.Unknown => text.CodeUnknown,
            VoterAccessOutcome.Revoked => text.CodeRevoked,
            VoterAccessOutcome.VotedByPost => text.CodeVotedByPost,
            VoterAccessOutcome.Withdrawn => text.CodeWithdrawn,
            VoterAccessOutcome.AlreadyVoted => text.AlreadyVoted,
            VoterAccessOutcome.Closed => text.Closed(title),
            VoterAccessOutcome.NotOpenYet => text.NotOpenYet(title),
            _ => text.NotReady(title),
        };
    }

    /// <summary>The heading for a page that says the voter cannot vote.</summary>
    public string Heading(VoteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Outcome == VoterAccessOutcome.AlreadyVoted ? text.AlreadyVotedTitle : text.CannotVoteTitle;
    }
}
