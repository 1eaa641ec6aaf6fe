using Omov.Data;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Events;

namespace Omov.Web.Voting;

/// <summary>
/// Decides what a voting code lets its holder do. A typed code is tried against every event that
/// has left draft (there are few): its hash binds the event, so at most one matches. Every step of
/// the ballot checks again, so a code revoked or an event closed mid-ballot is caught.
/// </summary>
internal sealed class VoterGate(OmovDatabase database, IEventPublicKeys keys, TimeProvider time)
{
    /// <summary>Checks a code as the member typed it or as it came in a link.</summary>
    public async Task<VoterAccess> CheckTypedAsync(string? typed, Guid? eventId, CancellationToken cancellationToken)
    {
        var parsed = VotingCode.Parse(typed);
        if (!parsed.Success)
        {
            return new VoterAccess(VoterAccessOutcome.Mistyped) { Problem = parsed.Problem, ProblemDetail = Detail(parsed.Problem, typed ?? "") };
        }

        var events = eventId is { } id
            ? (await database.BallotEvents.GetAsync(id, cancellationToken) is { } one ? [one] : [])
            : await database.BallotEvents.ListAsync(cancellationToken);
        foreach (var ballotEvent in events.Where(e => e.Status != BallotEventStatus.Draft))
        {
            var hash = VotingCodeHash.Compute(ballotEvent.Id.ToString("D"), parsed.Code);
            var found = await database.Votes.FindCredentialAsync(hash, cancellationToken);
            if (found is not null && found.Voter.EventId == ballotEvent.Id)
            {
                return await ClassifyAsync(ballotEvent, found, parsed.Code, hash, cancellationToken);
            }
        }

        return new VoterAccess(VoterAccessOutcome.Unknown);
    }

    private async Task<VoterAccess> ClassifyAsync(BallotEvent ballotEvent, FoundCredential found, VotingCode code, byte[] hash, CancellationToken cancellationToken)
    {
        var known = new VoterAccess(VoterAccessOutcome.Ready) { Event = ballotEvent, Voter = found.Voter };
        var now = time.GetUtcNow();
        if (ballotEvent.Status is BallotEventStatus.Draft or BallotEventStatus.Scheduled)
        {
            return known with { Outcome = VoterAccessOutcome.NotOpenYet };
        }

        if (ballotEvent.Status != BallotEventStatus.Open || now >= ballotEvent.Timetable.Close)
        {
            return known with { Outcome = VoterAccessOutcome.Closed };
        }

        if (found.Voter.HasVoted)
        {
            return known with { Outcome = found.Voter.Voted == VoteChannel.Post && found.Status == CredentialStatus.VotedByPost ? VoterAccessOutcome.VotedByPost : VoterAccessOutcome.AlreadyVoted };
        }

        switch (found.Status)
        {
            case CredentialStatus.Reissued:
                return known with { Outcome = VoterAccessOutcome.Revoked };
            case CredentialStatus.VotedByPost:
                return known with { Outcome = VoterAccessOutcome.VotedByPost };
            case CredentialStatus.Withdrawn:
                return known with { Outcome = VoterAccessOutcome.Withdrawn };
        }

        var key = await keys.GetPublicKeyAsync(ballotEvent.Id, cancellationToken);
        return key is null
            ? known with { Outcome = VoterAccessOutcome.NotReady }
            : known with { Code = code, CodeHash = hash, PublicKey = key };
    }

    // The parser's message is English; the voter's page may be Welsh, so the figure it names is found again here.
    private static int Detail(VotingCodeProblem problem, string typed)
    {
        var position = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ' or '\t' or '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                continue;
            }

            position++;
            if (problem == VotingCodeProblem.InvalidCharacter && !(char.IsAsciiLetterOrDigit(c) && c is not ('U' or 'u')))
            {
                return position;
            }
        }

        return position;
    }
}
