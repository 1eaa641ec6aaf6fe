using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Plurality;

/// <summary>
/// First past the post: each ballot's first preference (skipping withdrawn candidates) is one
/// vote, and the candidates with the most votes fill the seats. With more than one seat this is
/// a single non-transferable vote: candidates are simply ranked by first preferences.
/// </summary>
/// <remarks>
/// Group limits are met by substitution after the count (labour-rules §2.4.5 C): see
/// <see cref="PluralityCount"/>. Ties for the last seat are settled by lot through the
/// tie-breaker (there is no earlier stage to look back to).
/// </remarks>
public sealed class FptpMethod : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "fptp";

    /// <inheritdoc />
    public string Description => "First past the post: one vote per ballot for its first preference; the most votes win";

    /// <inheritdoc />
    public int Decimals => 0;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options) =>
        PluralityCount.Run(CountSetup.Create(ballots, options), Name, votesPerBallot: 1);
}
