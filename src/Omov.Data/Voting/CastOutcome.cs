namespace Omov.Data.Voting;

/// <summary>What happened to a ballot offered to the box.</summary>
public enum CastOutcome
{
    /// <summary>In the box, and the member is marked as having voted.</summary>
    Cast,

    /// <summary>The member had already voted (by either channel): nothing was stored.</summary>
    AlreadyVoted,

    /// <summary>The code was revoked (reissued, or cancelled by a postal vote) before the ballot arrived: nothing was stored.</summary>
    CodeRevoked,

    /// <summary>No such voter (or code) in this event: nothing was stored.</summary>
    NotAVoter,
}
