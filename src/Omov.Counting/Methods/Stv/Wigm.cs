using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Stv;

/// <summary>
/// The weighted inclusive Gregory method (WIGM): Scottish STV's mechanics at the engine's full
/// precision of nine decimal places.
/// </summary>
/// <remarks>
/// <para>
/// WIGM names a family rather than one statute, so Omov fixes one member of it, and picks the one
/// that differs from <see cref="ScottishStv"/> only where a generic method should:
/// </para>
/// <list type="bullet">
/// <item>Quota: the Droop quota floor(valid papers ÷ (seats + 1)) + 1, in whole votes, fixed for
/// the count. A whole-vote quota keeps "elected" a plain comparison anyone can check, and with
/// the "+1" no more candidates than seats can ever reach it.</item>
/// <item>Surpluses: the largest first, never deferred; all the candidate's papers are examined and
/// each carries on at surplus × its value ÷ the candidate's total, truncated to 9 decimal places
/// (so the fractions lost to truncation are 10,000 times smaller than in Scottish STV).</item>
/// <item>Exclusion: the lowest candidate, all their papers in one stage at their current values.</item>
/// <item>Ties: the most recent earlier stage at which the tied candidates differed, then lot.</item>
/// <item>When the continuing candidates are as many as the vacancies, they are all elected.</item>
/// </list>
/// <para>
/// Nine places rather than exact fractions: every figure stays a <see cref="Arithmetic.Votes"/>,
/// the stage totals still add up exactly to the valid vote (losses go to non-transferable), and
/// the result is reproducible by hand with a long enough calculator.
/// </para>
/// </remarks>
public sealed class Wigm : ICountingMethod
{
    private static readonly GregoryRules s_rules = new("wigm", 9, LatestStageFirst: true);

    /// <inheritdoc />
    public string Name => s_rules.Method;

    /// <inheritdoc />
    public string Description => "Weighted inclusive Gregory method: Scottish STV mechanics at 9 dp truncation, whole-vote Droop quota";

    /// <inheritdoc />
    public int Decimals => s_rules.Decimals;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options) => GregoryCount.Run(ballots, options, s_rules);
}
