using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Methods.Av;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Methods.Av;

public sealed class AvMethodTests
{
    // A B C D E. Round 1: A 12, B 9, C 6, D 5, E 3. E goes: 1 to D, 2 exhaust.
    // Round 2: C and D tie on 6; round 1 had D lower, so D goes: 5 to C, 1 exhausts.
    // Round 3: A 12, B 9, C 11. B goes; B's ballots name nobody else and exhaust.
    // Round 4: A 12 of 23 continuing (not half of the 35 valid): elected.
    private static BallotBox HandMade(int seats = 1)
    {
        var builder = new BallotBoxBuilder(5);
        builder.Add([0], 12);
        builder.Add([1], 9);
        builder.Add([2, 1], 6);
        builder.Add([3, 2], 5);
        builder.Add([4, 3], 1);
        builder.Add([4], 2);
        return builder.Build("hand-made", seats, ["A", "B", "C", "D", "E"]);
    }

    private static long[] Whole(Stage stage) => stage.Votes.Select(v => v.Units / Votes.UnitsPerVote).ToArray();

    [Fact]
    public void Count_HandMadeElection_ReportsEveryRound()
    {
        var result = new AvMethod().Count(HandMade(), new CountOptions());

        Assert.Equal(4, result.Stages.Count);
        Assert.Equal([12L, 9, 6, 5, 3], Whole(result.Stages[0]));
        Assert.Equal([12L, 9, 6, 6, 0], Whole(result.Stages[1]));
        Assert.Equal([12L, 9, 11, 0, 0], Whole(result.Stages[2]));
        Assert.Equal([12L, 0, 11, 0, 0], Whole(result.Stages[3]));
        Assert.Equal([0L, 2, 3, 12], result.Stages.Select(s => s.NonTransferable.Units / Votes.UnitsPerVote));
        Assert.Equal([4, 3, 1], result.Excluded);
        Assert.Equal([0], result.Elected);
        Assert.Equal([0], result.Stages[3].Elected);
        Assert.Equal(StageAction.FirstPreferences, result.Stages[0].Action);
        Assert.All(result.Stages.Skip(1), s => Assert.Equal(StageAction.Exclusion, s.Action));
    }

    [Fact]
    public void Count_MajorityOfContinuingBallots_WinsThoughNotOfAllBallots()
    {
        var result = new AvMethod().Count(HandMade(), new CountOptions());
        var last = result.Stages[^1];

        // 12 of 23 continuing ballots: more than half of those, far from half of the 35 valid.
        Assert.Equal(35, result.ValidBallots);
        Assert.Equal(Votes.FromWhole(12), last.Quota);
        Assert.Equal(Votes.FromWhole(18), result.Quota);
        Assert.Equal(CandidateStatus.Hopeful, last.Statuses[2]);
    }

    [Fact]
    public void Count_TieForLowest_SettledByLookingBack()
    {
        var result = new AvMethod().Count(HandMade(), new CountOptions());

        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal(TieResolution.LookBack, tie.Resolution);
        Assert.Equal(1, tie.LookBackStage);
        Assert.Equal([2, 3], tie.Tied);
        Assert.Equal(3, tie.Chosen);
        Assert.Equal(3, tie.Stage);
    }

    [Fact]
    public void Count_TotalsPlusExhaustedEqualValid_AtEveryRound()
    {
        var result = new AvMethod().Count(HandMade(), new CountOptions());
        foreach (var stage in result.Stages)
        {
            Assert.Equal(Votes.FromWhole(result.ValidBallots), stage.Votes.Aggregate(Votes.Zero, (a, b) => a + b) + stage.NonTransferable);
        }
    }

    [Fact]
    public void Count_SeveralSeatsAsked_FillsOneWithNote()
    {
        var result = new AvMethod().Count(HandMade(seats: 3), new CountOptions());

        Assert.Equal(1, result.Seats);
        Assert.Single(result.Elected);
        Assert.Contains(result.Notes, n => n.Contains("one seat", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_FirstRoundMajority_ElectedAtOnce()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 6);
        builder.Add([1, 0], 3);
        builder.Add([2], 2);
        var result = new AvMethod().Count(builder.Build("t", 1, ["A", "B", "C"]), new CountOptions());

        Assert.Single(result.Stages);
        Assert.Equal([0], result.Elected);
    }

    [Fact]
    public void Count_WithdrawnCandidate_SkippedOnBallots()
    {
        var result = new AvMethod().Count(HandMade(), new CountOptions { Withdraw = [4] });

        // E's three ballots: one moves to D, two name nobody else and are invalid.
        Assert.Equal(33, result.ValidBallots);
        Assert.Equal(2, result.InvalidBallots);
        Assert.Equal([12L, 9, 6, 6, 0], Whole(result.Stages[0]));
        Assert.Equal(CandidateStatus.Withdrawn, result.Stages[0].Statuses[4]);
    }

    [Fact]
    public void Count_GroupMinimumOfOne_ExcludesOutsidersFirst()
    {
        var options = new CountOptions
        {
            Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = [2] },
            Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 1)],
        };
        var result = new AvMethod().Count(HandMade(), options);

        Assert.Equal([2], result.Elected);
    }
}
