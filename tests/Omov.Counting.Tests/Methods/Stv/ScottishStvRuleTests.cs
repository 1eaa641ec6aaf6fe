using Omov.Counting.Ballots;
using Omov.Counting.Methods.Stv;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>Single rules of SSI 2007/42 Schedule 1 on small hand-made elections.</summary>
public sealed class ScottishStvRuleTests
{
    private static readonly string[] s_names = ["W", "X", "Y", "Z", "Q"];

    private static BallotBox Box(int seats, params (int Weight, int[] Ranking)[] ballots)
    {
        var builder = new BallotBoxBuilder(s_names.Length);
        foreach (var (weight, ranking) in ballots)
        {
            builder.Add(ranking, weight);
        }

        return builder.Build("test", seats, s_names);
    }

    [Fact]
    public void Count_TieForLowest_LooksBackToMostRecentStageWhereTheyDiffered()
    {
        // Stage 1: X 5 < Y 6. Stage 2 (Q out): X 7 > Y 6. Stage 3 (Z out): X 7 = Y 7, both lowest.
        // Rule 51(2)(a) looks at the most recent preceding stage with unequal votes (stage 2), where
        // Y was lower; looking at the earliest (stage 1) would exclude X instead.
        var box = Box(
            1,
            (15, [0]),
            (5, [1]),
            (6, [2]),
            (2, [4, 1]),
            (1, [3, 2]),
            (2, [3]));

        var result = new ScottishStv().Count(box, new CountOptions());

        Assert.Equal([4, 3, 2, 1], result.Excluded);
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal(TieResolution.LookBack, tie.Resolution);
        Assert.Equal(2, tie.LookBackStage);
        Assert.Equal(2, tie.Chosen);
        Assert.Contains(result.Stages[3].Notes, n => n.Contains("by their votes at stage 2", StringComparison.Ordinal));
        Assert.Equal([0], result.Elected);
    }

    [Fact]
    public void Count_OnlyWithdrawnRanked_BallotIsInvalid()
    {
        var box = Box(
            2,
            (10, [0, 1]),
            (4, [3]),
            (7, [2, 3]));

        var result = new ScottishStv().Count(box, new CountOptions { Withdraw = [3] });

        Assert.Equal(17, result.ValidBallots);
        Assert.Equal(4, result.InvalidBallots);
        Assert.Equal([3], result.Withdrawn);
        Assert.Equal(CandidateStatus.Withdrawn, result.Stages[0].Statuses[3]);
        StvAssert.EveryStageAddsUp(result);
    }

    [Fact]
    public void Count_FirstStageSurplus_TransferValueIsSurplusOverPapersTruncated()
    {
        // 7 papers for W, quota floor(10 / 3) + 1 = 4: surplus 3, transfer value 3/7 = 0.42857142…
        var box = Box(
            2,
            (7, [0, 1]),
            (2, [1]),
            (1, [2]));

        var result = new ScottishStv().Count(box, new CountOptions());

        Assert.Equal("4.00000", result.Quota!.Value.ToString(5));
        var transfer = result.Stages[1];
        Assert.Equal(StageAction.Surplus, transfer.Action);
        Assert.Equal("0.42857", transfer.TransferValue!.Value.ToString(5));
        Assert.Equal("4.99999", transfer.Votes[1].ToString(5));
        Assert.Equal("0.00001", transfer.NonTransferable.ToString(5));
    }

    [Fact]
    public void Count_AsManyCandidatesAsSeats_AllElectedAtFirstStage()
    {
        var box = Box(
            5,
            (3, [0]),
            (1, [1]));

        var result = new ScottishStv().Count(box, new CountOptions());

        Assert.Single(result.Stages);
        Assert.Equal([0, 1, 2, 3, 4], result.Elected.Order());
    }
}
