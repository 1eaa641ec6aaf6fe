namespace Omov.Data.Voting;

/// <summary>
/// An event's turnout, the only voting figures shown before the close: how many members hold a
/// ballot, how many voted by each channel, and how many sealed ballots the box holds (which must
/// equal the votes).
/// </summary>
public sealed record TurnoutFigures(long Voters, long VotedOnWeb, long VotedByPost, long BallotsInBox, long CodesReissued)
{
    /// <summary>Members who have voted by either channel.</summary>
    public long Voted => VotedOnWeb + VotedByPost;
}
