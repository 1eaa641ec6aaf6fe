namespace Omov.Counting.Ties;

/// <summary>A tie met during a count and how it was settled; reports list every one.</summary>
/// <param name="Stage">The stage at which the decision was made.</param>
/// <param name="Purpose">What the tie was about.</param>
/// <param name="Tied">The tied candidates (0-based indices).</param>
/// <param name="Chosen">The candidate picked (excluded, or elected / transferred first).</param>
/// <param name="Resolution">How it was settled.</param>
/// <param name="LookBackStage">The earlier stage that settled it, for <see cref="TieResolution.LookBack"/>.</param>
public sealed record TieBreak(int Stage, TiePurpose Purpose, IReadOnlyList<int> Tied, int Chosen, TieResolution Resolution, int? LookBackStage);

/// <summary>What a tie was about.</summary>
public enum TiePurpose
{
    /// <summary>Lowest candidates, one to exclude.</summary>
    Exclude,

    /// <summary>Equal surpluses: which to transfer first.</summary>
    TransferFirst,

    /// <summary>Equal totals for the last place(s): whom to elect.</summary>
    Elect,
}

/// <summary>How a tie was settled.</summary>
public enum TieResolution
{
    /// <summary>By the earliest stage at which the tied candidates' totals differed.</summary>
    LookBack,

    /// <summary>By lot (seeded, or the drawn order).</summary>
    Lot,
}
