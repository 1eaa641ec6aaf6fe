using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Ers97;

/// <summary>
/// The single transferable vote as the Electoral Reform Society's <i>How to conduct an election
/// by the Single Transferable Vote</i> (3rd edition, 1997) sets it out: every figure to two
/// decimal places, the quota rounded up from valid votes ÷ (places + 1), Gregory transfers of
/// only the last batch received, surpluses deferred and candidates excluded in bulk where that
/// cannot change the outcome, and excluded candidates' papers transferred batch by batch in
/// descending order of value. The default for Labour NEC-style elections.
/// </summary>
/// <remarks>
/// Each batch of an exclusion (ERS97 5.4.11) is recorded as a <see cref="Stage"/> of its own with
/// a note, because the rules look back to "the earliest point in the count, after the transfer
/// of a batch of papers" to settle ties (5.2.3, 5.2.5, 5.6.2) and candidates are deemed elected
/// after each batch (5.4.9). The manual's result sheet shows the batches of one exclusion as one
/// column; the totals after the last batch are that column.
/// </remarks>
public sealed class Ers97Method : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "ers97";

    /// <inheritdoc />
    public string Description => "STV by the ERS 1997 rules (2 dp, last-batch Gregory surpluses, bulk exclusion); Labour's default";

    /// <inheritdoc />
    public int Decimals => 2;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        return new Ers97Count(ballots, options).Run();
    }
}
