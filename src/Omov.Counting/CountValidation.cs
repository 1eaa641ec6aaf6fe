using Omov.Counting.Ballots;
using Omov.Counting.Methods;

namespace Omov.Counting;

/// <summary>Checks a count's options against its ballots before counting, in words a user can act on.</summary>
public static class CountValidation
{
    /// <summary>Every problem with counting <paramref name="ballots"/> by <paramref name="method"/> with <paramref name="options"/>; empty when all is well.</summary>
    public static IReadOnlyList<string> Check(BallotBox ballots, CountOptions options, ICountingMethod method)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(method);
        var problems = new List<string>();
        var n = ballots.Candidates.Count;
        var seats = options.Seats ?? ballots.Seats;
        if (seats < 1)
        {
            problems.Add($"seats must be at least 1 (got {seats})");
        }

        if (ballots.HasEqualRankings && !method.SupportsEqualRankings)
        {
            problems.Add($"some ballots rank candidates equal ('='), which method '{method.Name}' does not allow");
        }

        void CheckIndices(IEnumerable<int> indices, string what)
        {
            foreach (var c in indices)
            {
                if (c < 0 || c >= n)
                {
                    problems.Add($"{what}: candidate number {c + 1} is not between 1 and {n}");
                }
            }
        }

        CheckIndices(options.Withdraw, "withdraw");
        CheckIndices(options.KeepElected, "keep-elected");
        foreach (var (name, members) in options.Groups)
        {
            CheckIndices(members, $"group '{name}'");
        }

        var withdrawn = options.Withdraw.Concat(ballots.Withdrawn).ToHashSet();
        foreach (var c in options.KeepElected.Where(withdrawn.Contains))
        {
            problems.Add($"keep-elected: candidate {c + 1} is also withdrawn");
        }

        if (options.KeepElected.Distinct().Count() >= seats && options.KeepElected.Count > 0)
        {
            problems.Add($"keep-elected names {options.KeepElected.Distinct().Count()} candidates but there are only {seats} seats: nothing would be left to fill");
        }

        foreach (var limit in options.Limits)
        {
            if (!options.Groups.TryGetValue(limit.Group, out var members))
            {
                problems.Add($"limit on unknown group '{limit.Group}' (define it with --group {limit.Group}=NAME,NAME,...)");
                continue;
            }

            if (limit.Count < 0)
            {
                problems.Add($"limit on group '{limit.Group}' must not be negative");
            }

            if (limit.Kind == GroupLimitKind.Minimum && limit.Count > seats)
            {
                problems.Add($"at least {limit.Count} of group '{limit.Group}' cannot be met with {seats} seats");
            }

            if (limit.Kind == GroupLimitKind.Minimum && limit.Count > members.Count(c => !withdrawn.Contains(c)))
            {
                problems.Add($"at least {limit.Count} of group '{limit.Group}' cannot be met: the group has only {members.Count(c => !withdrawn.Contains(c))} candidate(s) standing");
            }
        }

        return problems;
    }
}
