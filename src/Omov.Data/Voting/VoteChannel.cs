namespace Omov.Data.Voting;

/// <summary>How a member's vote arrived: the only thing the voter row records about it (no time).</summary>
public enum VoteChannel
{
    /// <summary>Cast on the web ballot with a voting code.</summary>
    Web,

    /// <summary>A postal paper entered by scrutineers.</summary>
    Post,
}
