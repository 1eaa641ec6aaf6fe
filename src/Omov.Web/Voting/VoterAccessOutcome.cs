namespace Omov.Web.Voting;

/// <summary>What a voting code lets its holder do now.</summary>
internal enum VoterAccessOutcome
{
    /// <summary>The member may vote: the event is open, the code current, no vote yet, a sealing key in place.</summary>
    Ready,

    /// <summary>What was typed is not a voting code (see the problem).</summary>
    Mistyped,

    /// <summary>A well-formed code that is nobody's in any event.</summary>
    Unknown,

    /// <summary>Replaced by a reissued code.</summary>
    Revoked,

    /// <summary>Cancelled because the member's postal vote arrived.</summary>
    VotedByPost,

    /// <summary>Withdrawn by staff.</summary>
    Withdrawn,

    /// <summary>The member has voted.</summary>
    AlreadyVoted,

    /// <summary>The event's voting has closed.</summary>
    Closed,

    /// <summary>The event's voting has not opened.</summary>
    NotOpenYet,

    /// <summary>Open, but no proven sealing key: no ballot may be cast.</summary>
    NotReady,
}
