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
    public void Count_Deputy2020Transfers_ReproducePublishedRounds()
    {
        // labour-rules §11 T5: ballots built to carry exactly the published transfers. Butler's
        // 50,255 split 17,800 / 10,698 / 8,611 / 3,381 (to Murray) / 9,765 exhausted; Murray's
        // pile splits 18,976 / 25,809 / 3,979 and the rest (15,796) exhausts.
        const int rayner = 0, allinKhan = 1, burgon = 2, murray = 3, butler = 4;
        var builder = new BallotBoxBuilder(5);
        builder.Add([rayner], 192_168);
        builder.Add([allinKhan], 77_351);
        builder.Add([burgon], 80_053);
        builder.Add([murray, rayner], 18_976);
        builder.Add([murray, allinKhan], 25_809);
        builder.Add([murray, burgon], 3_979);
        builder.Add([murray], 12_415);
        builder.Add([butler, rayner], 17_800);
        builder.Add([butler, allinKhan], 10_698);
        builder.Add([butler, burgon], 8_611);
        builder.Add([butler, murray], 3_381);
        builder.Add([butler], 9_765);
        var box = builder.Build("Deputy Leader 2020", 1, ["Rayner", "Allin-Khan", "Burgon", "Murray", "Butler"]);

        var result = new AvMethod().Count(box, new CountOptions());

        Assert.Equal(3, result.Stages.Count);
        Assert.Equal([192_168L, 77_351, 80_053, 61_179, 50_255], Whole(result.Stages[0]));
        Assert.Equal([209_968L, 88_049, 88_664, 64_560, 0], Whole(result.Stages[1]));
        Assert.Equal([228_944L, 113_858, 92_643, 0, 0], Whole(result.Stages[2]));
        Assert.Equal([461_006L, 451_241, 435_445], result.Stages.Select(s => Whole(s).Sum()));
        Assert.Equal([butler, murray], result.Excluded);
        Assert.Equal([rayner], result.Stages[2].Elected);
        Assert.Empty(result.Stages[1].Elected);

        // 52.58% of continuing ballots; the quota is the smallest majority of 435,445.
        Assert.Equal(Votes.FromWhole(217_723), result.Stages[2].Quota);
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
