namespace Omov.Delivery.Reissue;

/// <summary>What a self-service request did behind the same answer.</summary>
public enum SelfServiceOutcome
{
    /// <summary>No window open: nothing recorded or sent.</summary>
    Closed,

    /// <summary>A new code is on its way by email.</summary>
    SentByEmail,

    /// <summary>A new postal pack is queued.</summary>
    SentByPost,

    /// <summary>
    /// Nothing sent: details did not match, not a voter, already voted, no contact for an open
    /// window, or over the per-number limit. Deliberately not told apart.
    /// </summary>
    NothingSent,
}
