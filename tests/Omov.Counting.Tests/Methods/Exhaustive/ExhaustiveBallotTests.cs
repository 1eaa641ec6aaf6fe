using Omov.Counting.Methods.Exhaustive;

namespace Omov.Counting.Tests.Methods.Exhaustive;

public sealed class ExhaustiveBallotTests
{
    private static readonly string[] s_three = ["Long-Bailey", "Nandy", "Starmer"];

    private static ExhaustiveRound Round(params long[] votes) => new(votes);

    [Fact]
    public void Count_MajorityInFirstRound_DecidesAtOnce()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(30, 10, 61)]);

        Assert.Equal(ExhaustiveState.Decided, count.State);
        Assert.Equal(2, count.Winner);
        Assert.Equal(ExhaustiveDecision.Majority, count.Decision);
        Assert.Equal(101, count.Rounds[0].Cast);
        Assert.Equal(51, count.Rounds[0].MajorityNeeded);
    }

    [Fact]
    public void Count_ExactlyHalf_IsNoMajority()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(40, 10, 50)]);

        Assert.Equal(ExhaustiveState.AwaitingRound, count.State);
        Assert.Equal(1, count.Rounds[0].Excluded);
        Assert.Equal(ExhaustiveExclusion.Lowest, count.Rounds[0].Exclusion);
        Assert.Equal([0, 2], count.Continuing);
    }

    [Fact]
    public void Count_SecondRound_MajorityOfThatRoundsVotes()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(40, 20, 45), Round(48, 0, 50) with { Blank = 7 }]);

        Assert.Equal(ExhaustiveState.Decided, count.State);
        Assert.Equal(2, count.Winner);
        Assert.Equal(98, count.Rounds[1].Cast);
        Assert.Equal(7, count.Rounds[1].Blank);
        Assert.Equal(50, count.Rounds[1].MajorityNeeded);
    }

    [Fact]
    public void Count_TieForLowestWithoutLot_AwaitsTheLot()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(10, 10, 15)]);

        Assert.Equal(ExhaustiveState.AwaitingLot, count.State);
        Assert.Equal([0, 1], count.TiedForLot);
    }

    [Fact]
    public void Count_TieForLowestWithLot_ExcludesTheDrawnCandidate()
    {
        var count = ExhaustiveBallot.Count(s_three, [new ExhaustiveRound([10, 10, 15], LotExcluded: 1)]);

        Assert.Equal(ExhaustiveState.AwaitingRound, count.State);
        Assert.Equal(1, count.Rounds[0].Excluded);
        Assert.Equal(ExhaustiveExclusion.Lot, count.Rounds[0].Exclusion);
        Assert.Equal([0, 1], count.Rounds[0].TiedLowest);
    }

    [Fact]
    public void Count_LotOnACandidateNotTied_IsInvalid()
    {
        var count = ExhaustiveBallot.Count(s_three, [new ExhaustiveRound([10, 10, 15], LotExcluded: 2)]);

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Equal(1, count.ProblemRound);
        Assert.Contains("not one of the tied lowest (Long-Bailey, Nandy)", count.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_LotWhereNoTie_IsInvalid()
    {
        var count = ExhaustiveBallot.Count(s_three, [new ExhaustiveRound([10, 11, 15], LotExcluded: 0)]);

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Contains("alone has the fewest", count.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_LookBack_ExcludesTheOneLowerInTheLatestRoundTheyDiffered()
    {
        string[] four = ["A", "B", "C", "D"];
        var options = new ExhaustiveOptions(ExhaustiveTieRule.LookBackThenLot);
        // Round 1: D lowest. Round 2: A and B tie at 10; in round 1 B had fewer (11 < 12).
        var count = ExhaustiveBallot.Count(four, [Round(12, 11, 20, 3), Round(10, 10, 19, 0)], options);

        Assert.Equal(1, count.Rounds[1].Excluded);
        Assert.Equal(ExhaustiveExclusion.LookBack, count.Rounds[1].Exclusion);
        Assert.Equal(1, count.Rounds[1].LookBackRound);
    }

    [Fact]
    public void Count_LookBackInFirstRound_FallsBackToLot()
    {
        var options = new ExhaustiveOptions(ExhaustiveTieRule.LookBackThenLot);

        Assert.Equal(ExhaustiveState.AwaitingLot, ExhaustiveBallot.Count(s_three, [Round(5, 5, 8)], options).State);
    }

    [Fact]
    public void Count_LastTwoTie_LotLeavesTheOtherAsNominee()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(20, 5, 20) with { LotExcluded = null }, new ExhaustiveRound([25, 0, 25], LotExcluded: 0)]);

        Assert.Equal(ExhaustiveState.Decided, count.State);
        Assert.Equal(2, count.Winner);
        Assert.Equal(ExhaustiveDecision.LastRemaining, count.Decision);
        Assert.Equal(0, count.Rounds[1].Excluded);
    }

    [Fact]
    public void Count_VotesForAnExcludedCandidate_IsInvalidNamingThem()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(40, 20, 45), Round(48, 3, 50)]);

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Equal(2, count.ProblemRound);
        Assert.Equal("round 2 gives 3 votes to Nandy, who was excluded in an earlier round", count.Problem);
        Assert.Single(count.Rounds);
    }

    [Fact]
    public void Count_MoreVotesThanVotersAdmitted_IsInvalid()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(40, 20, 45) with { Blank = 1 }], new ExhaustiveOptions(MaxVotesPerRound: 105));

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Equal("round 1 has 106 votes and blanks, more than the 105 voters admitted", count.Problem);
    }

    [Fact]
    public void Count_AsManyVotesAsVotersAdmitted_IsFine()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(40, 20, 45)], new ExhaustiveOptions(MaxVotesPerRound: 105));

        Assert.Equal(ExhaustiveState.AwaitingRound, count.State);
    }

    [Fact]
    public void Count_RoundAfterDecision_IsInvalid()
    {
        var count = ExhaustiveBallot.Count(s_three, [Round(10, 10, 61), Round(10, 10, 61)]);

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Equal(2, count.ProblemRound);
        Assert.Equal(2, count.Rounds[0].Winner);
    }

    [Theory]
    [InlineData(new long[] { 0, 0, 0 }, "round 1 has no votes for any candidate")]
    [InlineData(new long[] { 1, -1, 5 }, "round 1 gives Nandy a negative number of votes (-1)")]
    [InlineData(new long[] { 1, 5 }, "round 1 gives figures for 2 candidates; there are 3")]
    public void Count_BadFigures_IsInvalidWithAMessage(long[] votes, string problem)
    {
        var count = ExhaustiveBallot.Count(s_three, [new ExhaustiveRound(votes)]);

        Assert.Equal(ExhaustiveState.Invalid, count.State);
        Assert.Equal(problem, count.Problem);
    }

    [Fact]
    public void Count_NoRoundsYet_AwaitsTheFirstWithEveryone()
    {
        var count = ExhaustiveBallot.Count(s_three, []);

        Assert.Equal(ExhaustiveState.AwaitingRound, count.State);
        Assert.Equal([0, 1, 2], count.Continuing);
    }
}
