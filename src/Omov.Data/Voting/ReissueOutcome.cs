namespace Omov.Data.Voting;

/// <summary>What happened to a request for a new voting code.</summary>
public enum ReissueOutcome
{
    /// <summary>The old codes are revoked and the new one is current.</summary>
    Reissued,

    /// <summary>Refused: the member has voted.</summary>
    AlreadyVoted,

    /// <summary>Refused: the member has no ballot in this event.</summary>
    NotAVoter,
}
