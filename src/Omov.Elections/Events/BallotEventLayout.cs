using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Events;

/// <summary>
/// The sealed-ballot layout of a ballot event: contest number i (1-based) is the event's i-th
/// contest in ballot order; ranked contests take up to every candidate, marked ones up to the
/// seats. The web ballot, postal entry and the opening must all number contests this way.
/// </summary>
public static class BallotEventLayout
{
    /// <summary>The layout every ballot of <paramref name="ballotEvent"/> is encoded and padded to.</summary>
    public static BallotLayout For(BallotEvent ballotEvent)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        return new BallotLayout(ballotEvent.Contests.Select((contest, i) => contest.IsRanked
            ? ContestLayout.Ranked(i + 1, contest.Candidates.Count)
            : ContestLayout.Marked(i + 1, contest.Candidates.Count, Math.Min(contest.Seats, contest.Candidates.Count))));
    }

    /// <summary>The number of the contest with <paramref name="code"/> on the event's ballot, or 0 when it is not there.</summary>
    public static int NumberOf(BallotEvent ballotEvent, string code)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        for (var i = 0; i < ballotEvent.Contests.Count; i++)
        {
            if (string.Equals(ballotEvent.Contests[i].Code, code, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
