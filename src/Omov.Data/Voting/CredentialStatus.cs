namespace Omov.Data.Voting;

/// <summary>Where a voting code stands.</summary>
public enum CredentialStatus
{
    /// <summary>Current: the member may vote with it (unless they already have).</summary>
    Current,

    /// <summary>Replaced by a reissued code.</summary>
    Reissued,

    /// <summary>Cancelled because the member's postal vote was entered.</summary>
    VotedByPost,

    /// <summary>Withdrawn by staff (e.g. the member left the roll).</summary>
    Withdrawn,
}
