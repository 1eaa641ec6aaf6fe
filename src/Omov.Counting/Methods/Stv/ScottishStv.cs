using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Stv;

/// <summary>
/// Scottish STV: the count of the Scottish Local Government Elections Order 2007 (SSI 2007/42),
/// Schedule 1, rules 45–52, as used for every Scottish council ward since 2007.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Quota (rule 46): valid papers ÷ (seats + 1), decimals ignored, plus one — a whole number of votes, fixed for the count.</item>
/// <item>A candidate with at least the quota is elected (rule 47).</item>
/// <item>Surpluses (rules 48, 49): the largest first, never deferred; every paper the candidate
/// holds is examined, and each carries on at surplus × its value ÷ the candidate's total,
/// to five decimal places with any remainder ignored (the weighted inclusive Gregory method).</item>
/// <item>Exclusion (rules 50, 51): the lowest candidate, all of their papers moved in one stage at
/// the values they carry.</item>
/// <item>Ties (rules 49(2), 51(2)): the most recent earlier stage at which the tied candidates'
/// votes differed, then lot.</item>
/// <item>When the continuing candidates are as many as the vacancies they are all elected and no
/// further transfer is made (rule 52).</item>
/// </list>
/// The non-transferable total at each stage includes the fractions lost to truncation, as the
/// councils' stage reports print it. Group limits and casual-vacancy recounts are enforced through
/// <see cref="Constraints.ConstraintGuard"/>, which the Order itself does not know.
/// </remarks>
public sealed class ScottishStv : ICountingMethod
{
    private static readonly GregoryRules s_rules = new("scottish-stv", 5, LatestStageFirst: true);

    /// <inheritdoc />
    public string Name => s_rules.Method;

    /// <inheritdoc />
    public string Description => "Scottish STV (SSI 2007/42 rules 45-52): whole-vote Droop quota, weighted inclusive Gregory surpluses, 5 dp truncation";

    /// <inheritdoc />
    public int Decimals => s_rules.Decimals;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options) => GregoryCount.Run(ballots, options, s_rules);
}
