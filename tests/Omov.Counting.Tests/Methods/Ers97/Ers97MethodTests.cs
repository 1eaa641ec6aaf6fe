using CsCheck;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Methods.Ers97;

namespace Omov.Counting.Tests.Methods.Ers97;

public sealed class Ers97MethodTests
{
    private static readonly Ers97Method s_method = new();

    internal static BallotBox ReadModelElection()
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success, read.Error?.ToString());
        return read.Ballots;
    }

    private static Votes V(string text) => Votes.Parse(text);

    [Fact]
    public void Registry_FindErs97_ReturnsTheMethod()
    {
        var method = CountingMethods.Find("ERS97");
        Assert.IsType<Ers97Method>(method);
        Assert.Equal(2, method.Decimals);
    }

    [Fact]
    public void Count_ModelElection_ElectsSmithCarpenterDukePrinceVicarFreeman()
    {
        var box = ReadModelElection();
        var result = s_method.Count(box, new CountOptions());

        var winners = result.Elected.Order().Select(c => box.Candidates[c]);
        Assert.Equal(["Smith", "Carpenter", "Duke", "Prince", "Vicar", "Freeman"], winners);
        Assert.Equal(753, result.ValidBallots);
        Ers97Assert.WellFormed(result);
    }

    [Fact]
    public void Count_ModelElection_FirstTwoStagesMatchTheManual()
    {
        // ERS manual §8.1-8.2: 753 valid votes, quota 753/7 = 107.57142 → 107.58; Smith (134)
        // elected; his surplus 26.42 exceeds the difference between the last two (24 - 23), so it
        // is transferred: 123 of his 134 papers are transferable, 26.42/123 = 0.21 each, and
        // 26.42 - 123 × 0.21 = 0.59 is non-transferable.
        var box = ReadModelElection();
        var result = s_method.Count(box, new CountOptions());
        var smith = box.IndexOfCandidate("Smith");

        Assert.Equal(V("107.58"), result.Quota);
        var first = result.Stages[0];
        Assert.Equal(StageAction.FirstPreferences, first.Action);
        string[] firstPreferences = ["134", "81", "27", "24", "105", "91", "64", "59", "55", "23", "90"];
        Assert.Equal(firstPreferences.Select(V), first.Votes);
        Assert.Equal([smith], first.Elected);

        var second = result.Stages[1];
        Assert.Equal(StageAction.Surplus, second.Action);
        Assert.Equal([smith], second.Subjects);
        Assert.Equal(V("0.21"), second.TransferValue);
        Assert.Equal(V("0.59"), second.NonTransferable);
        Assert.Equal(V("107.58"), second.Votes[smith]);
        var credited = second.Votes.Zip(first.Votes, (after, before) => after - before).Where(d => d > Votes.Zero).Aggregate(Votes.Zero, (a, b) => a + b);
        Assert.Equal(V("25.83"), credited);
    }

    [Fact]
    public void Count_ModelElection_TotalsBalanceAtEveryStage() =>
        Ers97Assert.TotalsBalance(s_method.Count(ReadModelElection(), new CountOptions()));

    [Fact]
    public void Count_ModelElection_SameBallotsGiveIdenticalStages()
    {
        var a = s_method.Count(ReadModelElection(), new CountOptions());
        var b = s_method.Count(ReadModelElection(), new CountOptions());
        Assert.Equal(Ers97Assert.Describe(a), Ers97Assert.Describe(b));
    }

    [Fact]
    public void Count_NecClpSizedElection_QuotaIs12954_90()
    {
        // labour-rules §2.4.1: NEC 2020, 9 seats, 129,549 valid votes; 129,549 / 10 = 12,954.9
        // exactly, so no 0.01 is added (ERS97 5.1.6).
        var box = SyntheticElection.Build(seed: 2020, ballots: 129_549, candidates: 20, seats: 9);
        var result = s_method.Count(box, new CountOptions());

        Assert.Equal(129_549, result.ValidBallots);
        Assert.Equal(V("12954.90"), result.Quota);
        Assert.Equal(9, result.Elected.Count);
        Ers97Assert.TotalsBalance(result);
        Ers97Assert.WellFormed(result);
    }

    [Theory]
    [InlineData(10, 1, "5.00")]
    [InlineData(11, 2, "3.67")]
    [InlineData(700, 6, "100.00")]
    [InlineData(701, 6, "100.15")]
    public void Quota_ValidVotesOverPlacesPlusOne_RoundedUpToHundredth(int ballots, int seats, string quota)
    {
        var builder = new BallotBoxBuilder(seats + 2);
        for (var i = 0; i < ballots; i++)
        {
            builder.Add([i % (seats + 2)]);
        }

        var result = s_method.Count(builder.Build("q", seats, Enumerable.Range(0, seats + 2).Select(i => $"C{i}").ToArray()), new CountOptions());
        Assert.Equal(V(quota), result.Quota);
    }

    [Fact]
    public void Count_SmallSurplusBelowGapOfLowestTwo_IsDeferredAndLowestExcluded()
    {
        // 80 votes, 2 seats: quota 26.67. A's surplus 3.33 is less than the gap between the
        // lowest two (D 5, C 20), so it could not save D: it is deferred and D excluded (5.2.2(a)).
        var builder = new BallotBoxBuilder(4);
        builder.Add([0, 1], 30);
        builder.Add([1], 25);
        builder.Add([2], 20);
        builder.Add([3, 2], 5);
        var box = builder.Build("defer", 2, ["A", "B", "C", "D"]);
        var result = s_method.Count(box, new CountOptions());

        Assert.Equal(V("26.67"), result.Quota);
        Assert.Equal(StageAction.Exclusion, result.Stages[1].Action);
        Assert.Equal([3], result.Stages[1].Excluded);
        Assert.Contains(result.Stages[1].Notes, n => n.Contains("deferred", StringComparison.Ordinal));
        Assert.Equal(V("30.00"), result.Stages[1].Votes[0]);
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_LowestGroupBelowNextCandidate_ExcludedTogether()
    {
        // After A's surplus: E 2 + F 3 + G 4 = 9 ≤ D 10, so E, F and G go together (5.2.5);
        // adding D (19 > C 11) or C (30 > B 29) would not be safe.
        var builder = new BallotBoxBuilder(7);
        builder.Add([0], 40);
        builder.Add([1], 29);
        builder.Add([2], 11);
        builder.Add([3], 10);
        builder.Add([4, 3], 2);
        builder.Add([5, 3], 3);
        builder.Add([6, 2], 4);
        var box = builder.Build("bulk", 2, ["A", "B", "C", "D", "E", "F", "G"]);
        var result = s_method.Count(box, new CountOptions());

        Assert.Equal(V("33.00"), result.Quota);
        var exclusion = result.Stages.First(s => s.Action == StageAction.Exclusion);
        Assert.Equal([4, 5, 6], exclusion.Excluded.Order());
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_PapersExhaustBeforeAnyElection_QuotaRecalculated()
    {
        // Nobody reaches 25.01 at first; D's 10 papers have no next preference, so the quota is
        // recalculated on 90 votes: 90 / 4 = 22.50 (5.4.8), which A's 24 now reaches.
        var builder = new BallotBoxBuilder(5);
        builder.Add([0], 24);
        builder.Add([1], 23);
        builder.Add([2], 22);
        builder.Add([4], 21);
        builder.Add([3], 10);
        var box = builder.Build("recalc", 3, ["A", "B", "C", "D", "E"]);
        var result = s_method.Count(box, new CountOptions());

        Assert.Equal(V("25.00"), result.Quota);
        var afterExclusion = result.Stages[1];
        Assert.Equal([3], afterExclusion.Excluded);
        Assert.Equal(V("22.50"), afterExclusion.Quota);
        Assert.Contains(0, afterExclusion.Elected);
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_EqualLowestCandidates_ExcludesTheOneLowerAtAnEarlierStage()
    {
        // E's exclusion brings D level with C on 10; at the first stage D had fewer (8 < 10),
        // so D is excluded next (5.2.5), settled by looking back, not by lot.
        var builder = new BallotBoxBuilder(5);
        builder.Add([0], 20);
        builder.Add([1], 18);
        builder.Add([2], 10);
        builder.Add([3], 8);
        builder.Add([4, 3], 2);
        var box = builder.Build("tie", 2, ["A", "B", "C", "D", "E"]);
        var result = s_method.Count(box, new CountOptions());

        var exclusionOfD = result.Stages.Single(s => s.Excluded.Contains(3));
        var before = result.Stages[exclusionOfD.Number - 2];
        Assert.Equal(V("10.00"), before.Votes[2]);
        Assert.Equal(V("10.00"), before.Votes[3]);
        Assert.Equal([3], exclusionOfD.Excluded);
        Assert.Contains(result.TieBreaks, t => t.Resolution == Ties.TieResolution.LookBack && t.Chosen == 3 && t.LookBackStage == 1);
    }

    [Fact]
    public void Count_MoreEqualCandidatesAtQuotaThanPlaces_NoneDeemedElectedThenLot()
    {
        // 30 votes, 2 seats: quota exactly 10.00, which all three reach with equal votes and no
        // earlier stage to separate them: none is deemed elected (5.6.2); one is excluded by lot
        // and the other two fill the places (5.5.1).
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 10);
        builder.Add([1], 10);
        builder.Add([2], 10);
        var box = builder.Build("equal", 2, ["A", "B", "C"]);
        var result = s_method.Count(box, new CountOptions());

        Assert.Equal(V("10.00"), result.Quota);
        Assert.Empty(result.Stages[0].Elected);
        Assert.Contains(result.Stages[0].Notes, n => n.Contains("5.6.2", StringComparison.Ordinal));
        Assert.Equal(2, result.Elected.Count);
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal(Ties.TieResolution.Lot, tie.Resolution);
        Assert.Equal([tie.Chosen], result.Excluded);
    }

    [Fact]
    public void Count_LotOrderGiven_ExcludesTheLeastFavoured()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 10);
        builder.Add([1], 10);
        builder.Add([2], 10);
        var box = builder.Build("equal", 2, ["A", "B", "C"]);
        var result = s_method.Count(box, new CountOptions { TieBreak = new Ties.TieBreakOptions { LotOrder = [2, 0, 1] } });

        Assert.Equal([1], result.Excluded);
        Assert.Equal([0, 2], result.Elected.Order());
    }

    [Fact]
    public void Count_WithdrawnCandidate_SkippedAndOnlyWithdrawnBallotsInvalid()
    {
        var builder = new BallotBoxBuilder(4);
        builder.Add([0, 1], 10);
        builder.Add([1], 8);
        builder.Add([2, 3], 6);
        builder.Add([3], 5);
        builder.AddEmpty(2);
        var box = builder.Build("withdraw", 2, ["A", "B", "C", "D"]);
        var result = s_method.Count(box, new CountOptions { Withdraw = [1] });

        Assert.Equal(21, result.ValidBallots);
        Assert.Equal(10, result.InvalidBallots);
        Assert.Equal(CandidateStatus.Withdrawn, result.Stages[^1].Statuses[1]);
        Assert.DoesNotContain(1, result.Elected);
        Assert.Equal(Votes.Zero, result.Stages[0].Votes[1]);
        Ers97Assert.TotalsBalance(result);
    }

    [Fact]
    public void Count_RandomElections_BalanceFillSeatsAndRepeat()
    {
        var gen =
            from candidates in Gen.Int[2, 9]
            from seats in Gen.Int[1, candidates]
            from ballots in Gen.Int[0, candidates - 1].Array[0, candidates].Array[1, 80]
            from weights in Gen.Int[1, 5].Array[80]
            select (candidates, seats, ballots, weights);
        gen.Sample(t =>
        {
            var builder = new BallotBoxBuilder(t.candidates);
            for (var i = 0; i < t.ballots.Length; i++)
            {
                builder.Add(t.ballots[i], t.weights[i]);
            }

            var box = builder.Build("random", t.seats, Enumerable.Range(0, t.candidates).Select(c => $"C{c}").ToArray());
            var result = s_method.Count(box, new CountOptions());
            Ers97Assert.TotalsBalance(result);
            Ers97Assert.WellFormed(result);
            if (result.ValidBallots > 0)
            {
                Assert.Equal(Math.Min(t.seats, t.candidates), result.Elected.Count);
            }

            Assert.Equal(Ers97Assert.Describe(result), Ers97Assert.Describe(s_method.Count(box, new CountOptions())));
        }, iter: 500);
    }
}
