using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Methods.Plurality;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Methods.Plurality;

public sealed class PluralityMethodTests
{
    private static readonly string[] s_names = ["Ann", "Bob", "Cat", "Dan", "Eve", "Fay"];

    // First preferences: Ann 10, Bob 9, Cat 7, Dan 6, Eve 4, Fay 2 (38 ballots).
    private static BallotBox Box(int seats)
    {
        var builder = new BallotBoxBuilder(6);
        builder.Add([0, 1, 2], 10);
        builder.Add([1, 3, 4], 9);
        builder.Add([2, 4], 7);
        builder.Add([3], 6);
        builder.Add([4, 5, 0], 4);
        builder.Add([5, 4, 2], 2);
        return builder.Build("t", seats, s_names);
    }

    private static long Whole(Votes v) => v.Units / Votes.UnitsPerVote;

    private static CountOptions Women(GroupLimitKind kind, int count) => new()
    {
        Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = [0, 2, 4, 5] },
        Limits = [new GroupLimit("women", kind, count)],
    };

    [Fact]
    public void Fptp_ThreeSeats_HighestFirstPreferencesWin()
    {
        var result = new FptpMethod().Count(Box(3), new CountOptions());

        Assert.Equal([0, 1, 2], result.Elected);
        Assert.Equal([10L, 9, 7, 6, 4, 2], result.Stages[0].Votes.Select(Whole));
        Assert.Equal(Votes.Zero, result.Stages[0].NonTransferable);
        Assert.Single(result.Stages);
        Assert.Null(result.Quota);
    }

    [Fact]
    public void Block_TwoSeats_EachBallotVotesForItsFirstTwo()
    {
        var result = new BlockMethod().Count(Box(2), new CountOptions());

        // Ann 10, Bob 10+9, Cat 7, Dan 9+6, Eve 7+4+2, Fay 4+2.
        Assert.Equal([10L, 19, 7, 15, 13, 6], result.Stages[0].Votes.Select(Whole));
        Assert.Equal([1, 3], result.Elected);

        // Dan's 6 ballots listed only one candidate: 6 votes unused of 2 × 38.
        Assert.Equal(6, Whole(result.Stages[0].NonTransferable));
        Assert.Equal(2 * result.ValidBallots, result.Stages[0].Votes.Sum(Whole) + Whole(result.Stages[0].NonTransferable));
    }

    [Fact]
    public void Fptp_WomenMinimumBinds_LowestManReplacedByHighestWoman()
    {
        // Elected Ann, Bob, Cat, Dan; at least 3 women: Dan (lowest man) gives way to Eve.
        var result = new FptpMethod().Count(Box(4), Women(GroupLimitKind.Minimum, 3));

        Assert.Equal([0, 1, 2, 4], result.Elected.Order());
        Assert.Equal(2, result.Stages.Count);
        var swap = result.Stages[1];
        Assert.Equal(StageAction.Substitution, swap.Action);
        Assert.Equal([4], swap.Elected);
        Assert.Equal([3], swap.Excluded);
        Assert.Contains("Eve replaces Dan", swap.Notes[0], StringComparison.Ordinal);
        Assert.Equal(CandidateStatus.Excluded, swap.Statuses[3]);
    }

    [Fact]
    public void Fptp_WomenMinimumAlreadyMet_NoSubstitution()
    {
        var result = new FptpMethod().Count(Box(4), Women(GroupLimitKind.Minimum, 2));

        Assert.Single(result.Stages);
        Assert.Equal([0, 1, 2, 3], result.Elected.Order());
    }

    [Fact]
    public void Block_MenMaximumBinds_LowestManReplacedByHighestOther()
    {
        // Block 2 seats elects Bob 19 and Dan 15; at most 1 man: Dan gives way to Eve 13.
        var options = new CountOptions
        {
            Groups = new Dictionary<string, IReadOnlyList<int>> { ["men"] = [1, 3] },
            Limits = [new GroupLimit("men", GroupLimitKind.Maximum, 1)],
        };
        var result = new BlockMethod().Count(Box(2), options);

        Assert.Equal([1, 4], result.Elected.Order());
        Assert.Equal(StageAction.Substitution, result.Stages[^1].Action);
        Assert.Equal([3], result.Excluded);
    }

    [Fact]
    public void Fptp_TieForLastSeat_SettledByRecordedLot()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 5);
        builder.Add([1], 3);
        builder.Add([2], 3);
        var box = builder.Build("t", 2, ["A", "B", "C"]);

        var first = new FptpMethod().Count(box, new CountOptions());
        var again = new FptpMethod().Count(box, new CountOptions());

        var tie = Assert.Single(first.TieBreaks);
        Assert.Equal(TieResolution.Lot, tie.Resolution);
        Assert.Equal(TiePurpose.Elect, tie.Purpose);
        Assert.Equal([1, 2], tie.Tied);
        Assert.Contains(tie.Chosen, first.Elected);
        Assert.Equal(first.Elected, again.Elected);
    }

    [Fact]
    public void Fptp_LotOrderGiven_FavouredCandidateWinsTie()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 5);
        builder.Add([1], 3);
        builder.Add([2], 3);
        var box = builder.Build("t", 2, ["A", "B", "C"]);

        var result = new FptpMethod().Count(box, new CountOptions { TieBreak = new TieBreakOptions { LotOrder = [2, 1, 0] } });

        Assert.Equal([0, 2], result.Elected);
    }

    [Fact]
    public void Fptp_WithdrawnFirstPreference_NextPreferenceCounts()
    {
        var result = new FptpMethod().Count(Box(1), new CountOptions { Withdraw = [0] });

        // Ann's 10 ballots go to Bob: Bob 19.
        Assert.Equal(19, Whole(result.Stages[0].Votes[1]));
        Assert.Equal(0, Whole(result.Stages[0].Votes[0]));
        Assert.Equal([1], result.Elected);
    }
}
