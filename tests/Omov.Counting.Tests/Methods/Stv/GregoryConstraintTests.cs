using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Methods.Stv;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>Group minimums and maximums and casual-vacancy recounts inside the inclusive Gregory count.</summary>
public sealed class GregoryConstraintTests
{
    // Candidates 0-2 (A, B, C) are men, 3-4 (D, E) women.
    private static readonly string[] s_names = ["A", "B", "C", "D", "E"];

    public static TheoryData<string> Methods() => new() { "scottish-stv", "wigm" };

    private static BallotBox Box(int seats, params (int Weight, int[] Ranking)[] ballots)
    {
        var builder = new BallotBoxBuilder(s_names.Length);
        foreach (var (weight, ranking) in ballots)
        {
            builder.Add(ranking, weight);
        }

        return builder.Build("test", seats, s_names);
    }

    private static CountOptions Limit(string group, int[] members, GroupLimitKind kind, int count) => new()
    {
        Groups = new Dictionary<string, IReadOnlyList<int>> { [group] = members },
        Limits = [new GroupLimit(group, kind, count)],
    };

    private static CountResult Count(string method, BallotBox box, CountOptions options)
    {
        var counter = CountingMethods.Find(method)!;
        Assert.Empty(CountValidation.Check(box, options, counter));
        var result = counter.Count(box, options);
        StvAssert.EveryStageAddsUp(result);
        return result;
    }

    // Three men reach the quota (26 of 100) at the first stage; without a limit no woman is elected.
    private static BallotBox MenWouldWin() => Box(
        3,
        (30, [0, 1, 2]),
        (28, [1, 0, 2]),
        (26, [2, 0, 1]),
        (10, [3, 4]),
        (6, [4, 3]));

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_NoLimit_ElectsThreeMen(string method)
    {
        var result = Count(method, MenWouldWin(), new CountOptions());

        Assert.Equal([0, 1, 2], result.Elected.Order());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_MinimumBinds_ThirdManExcludedAndWomanElected(string method)
    {
        var result = Count(method, MenWouldWin(), Limit("women", [3, 4], GroupLimitKind.Minimum, 1));

        Assert.Equal([0, 1, 3], result.Elected.Order());
        Assert.Contains(2, result.Excluded);
        var first = result.Stages[0];
        Assert.Equal([0, 1], first.Elected);
        Assert.Contains(first.Notes, n => n.StartsWith("C has reached the quota but is not elected", StringComparison.Ordinal));
        var exclusion = result.Stages.Single(s => s.Excluded.Contains(2));
        Assert.Equal(StageAction.Exclusion, exclusion.Action);
        Assert.Equal(2, exclusion.Number);
        Assert.Contains(exclusion.Notes, n => n.StartsWith("C excluded:", StringComparison.Ordinal) && n.Contains("'women'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_MinimumAlreadyMet_SameCountAsWithout(string method)
    {
        var box = Box(
            3,
            (30, [0, 1]),
            (28, [1, 2]),
            (12, [2]),
            (27, [3, 4]),
            (3, [4, 0]));

        var plain = Count(method, box, new CountOptions());
        var limited = Count(method, box, Limit("women", [3, 4], GroupLimitKind.Minimum, 1));

        Assert.Equal([0, 1, 3], plain.Elected.Order());
        Assert.Equal(plain.Elected, limited.Elected);
        Assert.Equal(plain.Stages.Select(s => s.Votes), limited.Stages.Select(s => s.Votes));
        Assert.All(limited.Stages, s => Assert.Empty(s.Notes));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_Maximum_SecondMemberExcludedAndPapersTransferred(string method)
    {
        var box = Box(
            3,
            (30, [0, 1, 2]),
            (28, [1, 3, 2]),
            (20, [2]),
            (12, [3]),
            (10, [4]));

        var plain = Count(method, box, new CountOptions());
        var limited = Count(method, box, Limit("red", [0, 1], GroupLimitKind.Maximum, 1));

        Assert.Equal([0, 1, 2], plain.Elected.Order());
        Assert.Equal([0, 2, 3], limited.Elected.Order());
        var exclusion = limited.Stages[1];
        Assert.Equal([1], exclusion.Excluded);
        Assert.Equal(StageAction.Exclusion, exclusion.Action);
        Assert.Contains(exclusion.Notes, n => n.StartsWith("B excluded: at most 1 of group 'red'", StringComparison.Ordinal));

        // B's 28 first preferences go on to D at full value, electing D.
        Assert.Equal("40.00000", exclusion.Votes[3].ToString(5));
        Assert.Equal([3], exclusion.Elected);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_CasualVacancy_OthersStayElectedAndOneNewMemberFillsTheSeat(string method)
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success);
        var box = read.Ballots;
        var original = Count(method, box, new CountOptions());
        var departed = box.IndexOfCandidate("Prince");
        Assert.Contains(departed, original.Elected);
        var staying = original.Elected.Where(c => c != departed).ToArray();

        var recount = Count(method, box, new CountOptions { Withdraw = [departed], KeepElected = staying });

        Assert.Equal(6, recount.Elected.Count);
        Assert.Subset(recount.Elected.ToHashSet(), staying.ToHashSet());
        var newcomer = Assert.Single(recount.Elected.Except(staying));
        Assert.DoesNotContain(newcomer, original.Elected);
        Assert.Equal(CandidateStatus.Withdrawn, recount.Stages[^1].Statuses[departed]);
        Assert.Equal([departed], recount.Withdrawn);
        Assert.All(recount.Stages, s => Assert.Equal(Votes.Zero, s.Votes[departed]));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_CasualVacancyKeptCandidateLow_NeverExcluded(string method)
    {
        // D is kept elected though far behind: every other hopeful but one is excluded around D.
        var box = Box(
            3,
            (40, [0]),
            (30, [1]),
            (20, [2]),
            (2, [3]),
            (8, [4]));

        var result = Count(method, box, new CountOptions { Withdraw = [1], KeepElected = [0, 3] });

        Assert.Equal([0, 2, 3], result.Elected.Order());
        Assert.DoesNotContain(3, result.Excluded);
    }
}
