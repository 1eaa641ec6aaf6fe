using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Results;

/// <summary>
/// The plaintext layout of a ballot event's ballots: contest number i is the event's i-th contest
/// (1-based, in ballot order), ranked for AV and STV methods, marked up to the seats for FPTP and
/// block. Sealing and opening must use the same layout, so both take it from here.
/// </summary>
public static class EventBallotLayout
{
    /// <summary>The layout of <paramref name="ballotEvent"/>'s ballots.</summary>
    public static BallotLayout For(BallotEvent ballotEvent)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        return new BallotLayout(ballotEvent.Contests.Select((contest, i) => contest.IsRanked
            ? ContestLayout.Ranked(i + 1, contest.Candidates.Count)
            : ContestLayout.Marked(i + 1, contest.Candidates.Count, contest.Seats)));
    }

    /// <summary>The number <paramref name="contestCode"/> has on the event's ballot, or 0 when it is not there.</summary>
    public static int NumberOf(BallotEvent ballotEvent, string contestCode)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        for (var i = 0; i < ballotEvent.Contests.Count; i++)
        {
            if (string.Equals(ballotEvent.Contests[i].Code, contestCode, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
