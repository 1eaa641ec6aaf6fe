using CsCheck;
using Omov.Counting.Ballots;
using Omov.Counting.Methods.Ers97;

namespace Omov.Counting.Tests.Methods.Ers97;

public sealed class Ers97ConstraintTests
{
    private static readonly Ers97Method s_method = new();
    private static readonly Lazy<BallotBox> s_box = new(() => SyntheticElection.Build(seed: 97, ballots: 20_000, candidates: 20, seats: 9));
    private static readonly Lazy<CountResult> s_free = new(() => s_method.Count(s_box.Value, new CountOptions()));

    private static CountOptions Limit(IReadOnlyList<int> women, GroupLimitKind kind, int count) => new()
    {
        Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = women },
        Limits = [new GroupLimit("women", kind, count)],
    };

    private static int[] Losers(CountResult result) =>
        Enumerable.Range(0, result.Candidates.Count).Except(result.Elected).ToArray();

    [Fact]
    public void Count_AtLeastFourWomenWhenFreeCountElectsOne_ElectsFour()
    {
        var free = s_free.Value;
        Assert.Equal(9, free.Elected.Count);

        // Women: the last candidate the free count elected and every loser, so the free count
        // elects one woman and the minimum of 4 must bind.
        int[] women = [free.Elected[^1], .. Losers(free)];
        var result = s_method.Count(s_box.Value, Limit(women, GroupLimitKind.Minimum, 4));

        Assert.Equal(9, result.Elected.Count);
        Assert.Equal(4, result.Elected.Count(women.Contains));
        Assert.NotEqual(free.Elected.Order(), result.Elected.Order());
        Assert.Contains(result.Stages.SelectMany(s => s.Notes), n => n.Contains("group 'women'", StringComparison.Ordinal));
        Ers97Assert.TotalsBalance(result);
        Ers97Assert.WellFormed(result);
    }

    [Fact]
    public void Count_AtLeastFourWomenWhenFreeCountElectsFive_SameCountAsWithoutLimit()
    {
        var free = s_free.Value;
        int[] women = [.. free.Elected.Take(5), .. Losers(free).Take(3)];
        var result = s_method.Count(s_box.Value, Limit(women, GroupLimitKind.Minimum, 4));

        Assert.Equal(Ers97Assert.Describe(free), Ers97Assert.Describe(result));
    }

    [Fact]
    public void Count_AtMostThreeWomenWhenFreeCountElectsSix_ElectsThree()
    {
        var free = s_free.Value;
        int[] women = [.. free.Elected.Take(6), .. Losers(free).Take(2)];
        var result = s_method.Count(s_box.Value, Limit(women, GroupLimitKind.Maximum, 3));

        Assert.Equal(9, result.Elected.Count);
        Assert.Equal(3, result.Elected.Count(women.Contains));
        Ers97Assert.TotalsBalance(result);
        Ers97Assert.WellFormed(result);
    }

    [Fact]
    public void Count_CasualVacancyRecount_KeepsTheOtherEightAndFillsOneSeat()
    {
        // ERS97 7.1: recount all the papers passing over the departed member; no other elected
        // member may be excluded.
        var free = s_free.Value;
        var departed = free.Elected[0];
        var staying = free.Elected.Skip(1).ToArray();
        var result = s_method.Count(s_box.Value, new CountOptions { Withdraw = [departed], KeepElected = staying });

        Assert.Equal(9, result.Elected.Count);
        Assert.Subset(result.Elected.ToHashSet(), staying.ToHashSet());
        var newcomer = Assert.Single(result.Elected.Except(staying));
        Assert.NotEqual(departed, newcomer);
        Assert.Equal(CandidateStatus.Withdrawn, result.Stages[^1].Statuses[departed]);
        Ers97Assert.TotalsBalance(result);
        Ers97Assert.WellFormed(result);
    }

    [Fact]
    public void Count_CasualVacancyInModelElection_KeepsFiveAndFillsOne()
    {
        var box = Ers97MethodTests.ReadModelElection();
        var free = s_method.Count(box, new CountOptions());
        var departed = box.IndexOfCandidate("Smith");
        var staying = free.Elected.Where(c => c != departed).ToArray();
        var result = s_method.Count(box, new CountOptions { Withdraw = [departed], KeepElected = staying });

        Assert.Equal(6, result.Elected.Count);
        Assert.Subset(result.Elected.ToHashSet(), staying.ToHashSet());
        Assert.DoesNotContain(departed, result.Elected);
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_OnlyWomanIsLowest_NextLowestExcludedInstead()
    {
        // 3 seats, at least 1 woman; W is lowest but the only woman, so she may not be excluded
        // and D, the next lowest, goes instead (A's deferred surplus 0.25 cannot lift D past C).
        var builder = new BallotBoxBuilder(5);
        builder.Add([0], 20);
        builder.Add([1], 19);
        builder.Add([2], 18);
        builder.Add([3], 17);
        builder.Add([4], 5);
        var box = builder.Build("protect", 3, ["A", "B", "C", "D", "W"]);
        var free = s_method.Count(box, new CountOptions());
        var result = s_method.Count(box, Limit([4], GroupLimitKind.Minimum, 1));

        Assert.Equal(4, free.Excluded[0]);
        Assert.Equal(3, result.Excluded[0]);
        Assert.Equal([0, 1, 4], result.Elected.Order());
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_RandomElectionsWithGroupMinimum_MinimumMetAndTotalsBalance()
    {
        var gen =
            from candidates in Gen.Int[3, 9]
            from seats in Gen.Int[1, candidates - 1]
            from ballots in Gen.Int[0, candidates - 1].Array[1, candidates].Array[1, 60]
            from weights in Gen.Int[1, 5].Array[60]
            from women in Gen.Bool.Array[candidates]
            from minimum in Gen.Int[0, seats]
            select (candidates, seats, ballots, weights, women, minimum);
        gen.Sample(t =>
        {
            var builder = new BallotBoxBuilder(t.candidates);
            for (var i = 0; i < t.ballots.Length; i++)
            {
                builder.Add(t.ballots[i], t.weights[i]);
            }

            var box = builder.Build("random", t.seats, Enumerable.Range(0, t.candidates).Select(c => $"C{c}").ToArray());
            var group = Enumerable.Range(0, t.candidates).Where(c => t.women[c]).ToArray();
            var options = Limit(group, GroupLimitKind.Minimum, t.minimum);
            if (CountValidation.Check(box, options, s_method).Count > 0)
            {
                return;
            }

            var result = s_method.Count(box, options);
            Ers97Assert.TotalsBalance(result);
            Ers97Assert.WellFormed(result);
            Assert.Equal(t.seats, result.Elected.Count);
            Assert.True(result.Elected.Count(group.Contains) >= t.minimum);
        }, iter: 500);
    }
}
