using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Plurality;

/// <summary>
/// Block vote ("k of n", as in the NEC CLP elections before 2020, labour-rules §11 T6, T8): each
/// ballot gives one vote to each of its first <c>seats</c> listed candidates (withdrawn ones
/// skipped; their order does not matter) and the candidates with the most votes fill the seats.
/// </summary>
/// <remarks>
/// Each voter holds as many votes as there are seats, so the stage's valid vote is
/// seats × valid ballots: the non-transferable figure is the votes voters left unused by
/// listing fewer candidates than seats, and totals plus it add up to that. Group limits are met
/// by substitution after the count (§2.4.5 C), see <see cref="PluralityCount"/>.
/// </remarks>
public sealed class BlockMethod : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "block";

    /// <inheritdoc />
    public string Description => "Block vote (k of n): one vote for each of a ballot's first k candidates; the k highest win";

    /// <inheritdoc />
    public int Decimals => 0;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options)
    {
        var setup = CountSetup.Create(ballots, options);
        return PluralityCount.Run(setup, Name, votesPerBallot: setup.Seats);
    }
}
