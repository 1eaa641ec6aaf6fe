namespace Omov.Counting;

/// <summary>Where a candidate stands at a point in the count.</summary>
public enum CandidateStatus
{
    /// <summary>Still in the count (a "continuing" candidate).</summary>
    Hopeful,

    /// <summary>Elected.</summary>
    Elected,

    /// <summary>Excluded during the count.</summary>
    Excluded,

    /// <summary>Withdrawn before the count; never receives votes.</summary>
    Withdrawn,
}
