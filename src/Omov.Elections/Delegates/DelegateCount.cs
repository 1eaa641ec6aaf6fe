using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Methods;

namespace Omov.Elections.Delegates;

/// <summary>
/// Counts a delegate election with the gender and youth places enforced inside the count: the
/// places become group minimums (women, young, and women-or-young, see <see cref="DelegatePlaces"/>),
/// which the STV methods keep stage by stage and the block vote meets by substitution.
/// </summary>
public static class DelegateCount
{
    /// <summary>The group names the count reports.</summary>
    public const string WomenGroup = "women", YoungGroup = "young", EitherGroup = "women or young";

    /// <summary>Counts <paramref name="ballots"/> by <paramref name="methodName"/> (e.g. <c>block</c>, <c>ers97</c>, <c>av</c>).</summary>
    public static DelegateCountOutcome Run(IReadOnlyList<DelegateCandidate> candidates, BallotBox ballots, DelegatePlaces places, string methodName)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(methodName);
        if (CountingMethods.Find(methodName) is not { } method)
        {
            return DelegateCountOutcome.Failed([$"unknown counting method '{methodName}' (known: {string.Join(", ", CountingMethods.All.Select(m => m.Name))})"]);
        }

        if (method.Name == "av" || method.Name == "fptp")
        {
            if (places.Seats != 1)
            {
                return DelegateCountOutcome.Failed([$"'{method.Name}' elects one delegate; use block or an STV method for {places.Seats}"]);
            }
        }

        var groups = new Dictionary<string, IReadOnlyList<int>>
        {
            [WomenGroup] = Indices(candidates, c => c.IsWoman),
            [YoungGroup] = Indices(candidates, c => c.IsYoung),
            [EitherGroup] = Indices(candidates, c => c.IsWoman || c.IsYoung),
        };
        var limits = new List<GroupLimit>();
        if (places.Women > 0)
        {
            limits.Add(new GroupLimit(WomenGroup, GroupLimitKind.Minimum, places.Women));
        }

        if (places.Young > 0)
        {
            limits.Add(new GroupLimit(YoungGroup, GroupLimitKind.Minimum, places.Young));
        }

        if (places.Women > 0 && places.Young > 0)
        {
            limits.Add(new GroupLimit(EitherGroup, GroupLimitKind.Minimum, places.Women + places.Young));
        }

        var options = new CountOptions { Seats = places.Seats, Groups = groups, Limits = limits };
        var problems = CountValidation.Check(ballots, options, method);
        if (problems.Count > 0)
        {
            return DelegateCountOutcome.Failed(problems);
        }

        var result = method.Count(ballots, options);
        var elected = result.Elected.Select(i => candidates[i]).ToList();
        if (elected.Count < places.Seats)
        {
            return DelegateCountOutcome.Failed([$"only {elected.Count} of {places.Seats} delegate(s) could be elected"], result);
        }

        if (!places.AreMetBy(elected))
        {
            return DelegateCountOutcome.Failed([$"the delegates elected do not fill the places: {places.Text}"], result);
        }

        return DelegateCountOutcome.Ok(result, Assign(result.Elected, candidates, places));
    }

    /// <summary>
    /// Gives each elected candidate a place: the youth places to young members (men first, keeping
    /// young women for the women's places), the women's extra places to women, the rest ordinary.
    /// </summary>
    private static List<DelegateCredential> Assign(IReadOnlyList<int> order, IReadOnlyList<DelegateCandidate> candidates, DelegatePlaces places)
    {
        var place = new string?[order.Count];
        int youth = places.YouthExtra;
        foreach (bool woman in new[] { false, true })
        {
            for (int i = 0; i < order.Count && youth > 0; i++)
            {
                var c = candidates[order[i]];
                if (place[i] is null && c.IsYoung && c.IsWoman == woman)
                {
                    place[i] = "youth";
                    youth--;
                }
            }
        }

        int women = places.WomenExtra;
        for (int i = order.Count - 1; i >= 0 && women > 0; i--)
        {
            if (place[i] is null && candidates[order[i]].IsWoman)
            {
                place[i] = "women";
                women--;
            }
        }

        return [.. order.Select((c, i) => new DelegateCredential(i + 1, candidates[c], place[i] ?? "ordinary"))];
    }

    private static int[] Indices(IReadOnlyList<DelegateCandidate> candidates, Func<DelegateCandidate, bool> inGroup) =>
        [.. Enumerable.Range(0, candidates.Count).Where(i => inGroup(candidates[i]))];
}
