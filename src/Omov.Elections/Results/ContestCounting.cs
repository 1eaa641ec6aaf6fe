using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Methods;
using Omov.Elections.Events;

namespace Omov.Elections.Results;

/// <summary>
/// Counts one contest's opened ballots by the contest's own rules: its method, its seats, its
/// groups (from the candidates' groups) and group limits. Ties that looking back cannot settle
/// are drawn by lot from a seed the count derives from the ballots themselves, so nobody can pick
/// a seed after seeing them, and the report records it so a recount from the published BLT draws
/// the same lots.
/// </summary>
public static class ContestCounting
{
    /// <summary>The options the contest's rules give for counting <paramref name="contest"/>.</summary>
    public static CountOptions OptionsFor(EventContest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        var groups = contest.Candidates
            .SelectMany((candidate, index) => candidate.Groups.Select(group => (group, index)))
            .GroupBy(g => g.group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(x => x.index)], StringComparer.Ordinal);
        foreach (var limit in contest.Limits.Where(l => !groups.ContainsKey(l.Group)))
        {
            groups[limit.Group] = [];
        }

        return new CountOptions { Seats = contest.Seats, Groups = groups, Limits = contest.Limits };
    }

    /// <summary>Counts <paramref name="ballots"/> for <paramref name="contest"/>, or says why it cannot be counted.</summary>
    public static ContestCountOutcome Count(EventContest contest, BallotBox ballots)
    {
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(ballots);
        if (CountingMethods.Find(contest.Method) is not { } method)
        {
            return ContestCountOutcome.Fail($"{contest.Title}: the counting method '{contest.Method}' is not known.");
        }

        var options = OptionsFor(contest);
        var problems = CountValidation.Check(ballots, options, method);
        return problems.Count > 0
            ? ContestCountOutcome.Fail($"{contest.Title}: {string.Join("; ", problems)}.")
            : ContestCountOutcome.Ok(method.Count(ballots, options));
    }
}
