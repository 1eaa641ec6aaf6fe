namespace Omov.Counting.Ties;

/// <summary>
/// How ties that looking back cannot settle are decided: by lot, from a seed, or from an
/// order drawn by hand beforehand. Recording either in the report makes a recount identical.
/// </summary>
public sealed record TieBreakOptions
{
    /// <summary>
    /// The seed of the lot. When absent the count derives one from the ballots themselves
    /// (see <see cref="TieBreaker"/>), so the same ballots always draw the same lots and
    /// nobody can choose a seed after seeing them.
    /// </summary>
    public string? Seed { get; init; }

    /// <summary>
    /// A lot order drawn in advance (0-based candidate indices, most favoured first): in a tie
    /// to exclude, the candidate latest in this order goes; in a tie to elect or transfer
    /// first, the earliest is chosen. Takes precedence over <see cref="Seed"/>.
    /// </summary>
    public IReadOnlyList<int>? LotOrder { get; init; }
}
