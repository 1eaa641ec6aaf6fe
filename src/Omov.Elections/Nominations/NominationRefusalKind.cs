namespace Omov.Elections.Nominations;

/// <summary>Why a nomination was refused; each is written to the audit log as <c>nomination.refused</c> with its reason.</summary>
public enum NominationRefusalKind
{
    /// <summary>The contest has no nomination period.</summary>
    NoPeriod,

    /// <summary>Nominations have not opened yet.</summary>
    NotOpenYet,

    /// <summary>Nominations have closed.</summary>
    Closed,

    /// <summary>No such nominating body.</summary>
    UnknownBody,

    /// <summary>No such candidate in the contest.</summary>
    UnknownCandidate,

    /// <summary>This body already nominated this candidate in this contest.</summary>
    AlreadyNominated,

    /// <summary>This body has already made as many nominations in this contest as it may.</summary>
    BodyLimitReached,

    /// <summary>A local officer tried to record a nomination for another local party.</summary>
    OtherLocalParty,

    /// <summary>The account may not record nominations of this kind of body.</summary>
    NotPermitted,

    /// <summary>The candidate is not eligible to stand (e.g. under 12 months' membership by the close).</summary>
    CandidateNotEligible,

    /// <summary>The details are malformed (an empty decision).</summary>
    Invalid,
}
