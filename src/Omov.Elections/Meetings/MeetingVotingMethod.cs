namespace Omov.Elections.Meetings;

/// <summary>How the room votes for one nomination.</summary>
public enum MeetingVotingMethod
{
    /// <summary>Rounds by show of hands or paper, the lowest excluded each round, until one has more than half (labour-rules §6.1).</summary>
    Exhaustive,

    /// <summary>One preferential paper ballot, counted as the alternative vote (Omov.Counting <c>av</c>).</summary>
    Alternative,
}
