using Omov.Counting.Ties;

namespace Omov.Counting;

/// <summary>Everything about a count other than the ballots and the method.</summary>
public sealed record CountOptions
{
    /// <summary>Seats to fill; overrides the ballot file when set.</summary>
    public int? Seats { get; init; }

    /// <summary>Named groups of candidates (0-based indices), e.g. "women".</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>Minimums and maximums on the groups, enforced inside the count.</summary>
    public IReadOnlyList<GroupLimit> Limits { get; init; } = [];

    /// <summary>Candidates to withdraw (in addition to any the file withdraws), e.g. a departed member in a casual-vacancy recount.</summary>
    public IReadOnlyList<int> Withdraw { get; init; } = [];

    /// <summary>Candidates who must stay elected in a casual-vacancy recount: they are never excluded.</summary>
    public IReadOnlyList<int> KeepElected { get; init; } = [];

    /// <summary>How ties are settled by lot.</summary>
    public TieBreakOptions TieBreak { get; init; } = new();
}
