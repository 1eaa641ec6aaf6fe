using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Methods.Meek;

namespace Omov.Counting.Tests.Methods.Meek;

public sealed class MeekMethodTests
{
    private static readonly string[] s_keptNames = ["Smith", "Carpenter", "Duke", "Prince", "Vicar"];
    private static readonly string[] s_groupNames = ["Smith", "Carpenter", "Duke"];
    private static readonly string[] s_loserNames = ["Wright", "Glazier", "Baron", "Abbot", "Monk"];

    private static BallotBox Ers97()
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success, read.Error?.ToString());
        return read.Ballots;
    }

    [Fact]
    public void Count_CasualVacancy_KeepsTheOthersAndFillsTheSeat()
    {
        var box = Ers97();
        var freeman = box.IndexOfCandidate("Freeman");
        var kept = s_keptNames.Select(box.IndexOfCandidate).ToArray();

        var result = new MeekMethod().Count(box, new CountOptions { Withdraw = [freeman], KeepElected = kept });

        Assert.Equal(6, result.Elected.Count);
        Assert.Subset(result.Elected.ToHashSet(), kept.ToHashSet());
        Assert.DoesNotContain(freeman, result.Elected);
        Assert.All(result.Stages, s => Assert.Equal(CandidateStatus.Withdrawn, s.Statuses[freeman]));
        Assert.All(result.Stages, s => Assert.Equal(Votes.Zero, s.Votes[freeman]));
        Assert.All(kept, c => Assert.DoesNotContain(c, result.Excluded));
    }

    [Fact]
    public void Count_GroupMaximum_NeverElectsMoreThanAllowed()
    {
        var box = Ers97();

        // Smith, Carpenter and Duke are all elected unconstrained; allow only one of them.
        var group = s_groupNames.Select(box.IndexOfCandidate).ToArray();
        var options = new CountOptions
        {
            Groups = new Dictionary<string, IReadOnlyList<int>> { ["g"] = group },
            Limits = [new GroupLimit("g", GroupLimitKind.Maximum, 1)],
        };

        var result = new MeekMethod().Count(box, options);

        Assert.Equal(6, result.Elected.Count);
        Assert.Equal(1, result.Elected.Count(group.Contains));
    }

    [Fact]
    public void Count_GroupMinimum_MetInsideTheCount()
    {
        var box = Ers97();

        // None of these five is elected unconstrained; require two of them.
        var group = s_loserNames.Select(box.IndexOfCandidate).ToArray();
        var options = new CountOptions
        {
            Groups = new Dictionary<string, IReadOnlyList<int>> { ["g"] = group },
            Limits = [new GroupLimit("g", GroupLimitKind.Minimum, 2)],
        };

        var result = new MeekMethod().Count(box, options);

        Assert.Equal(6, result.Elected.Count);
        Assert.Equal(2, result.Elected.Count(group.Contains));
        Assert.Contains(result.Stages, s => s.Notes.Any(n => n.Contains("needed for group 'g'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Count_FewerHopefulsThanSeats_ElectsThemAll()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0, 1], 5);
        builder.Add([1], 3);
        builder.Add([2], 1);
        var result = new MeekMethod().Count(builder.Build("t", 3, ["A", "B", "C"]), new CountOptions());

        Assert.Equal([0, 1, 2], result.Elected.Order());
    }

    [Fact]
    public void Count_SurplusThatCanReachNobody_MovesOnToExclusion()
    {
        // A's ballots name nobody else: lowering A's keep value only exhausts value and lowers
        // the quota with it, for ever. The count must stop iterating and exclude.
        var builder = new BallotBoxBuilder(3);
        builder.Add([0], 3);
        var result = new MeekMethod().Count(builder.Build("t", 2, ["A", "B", "C"]), new CountOptions());

        Assert.Equal(2, result.Elected.Count);
        Assert.Contains(0, result.Elected);
        Assert.Contains(result.Stages, s => s.Notes.Any(n => n.Contains("no continuing candidate", StringComparison.Ordinal)));
        Assert.True(result.Stages.Count < 10);
    }

    [Fact]
    public void Count_TieForExclusion_SettledByLookingBack()
    {
        // Stage 1: A 5, B 4, C 3, D 2, E 1. E goes and passes 1 to D: C and D tie on 3 at
        // stage 2, but D was lower at stage 1, so D goes next.
        var builder = new BallotBoxBuilder(5);
        builder.Add([0], 5);
        builder.Add([1], 4);
        builder.Add([2], 3);
        builder.Add([3], 2);
        builder.Add([4, 3], 1);
        var result = new MeekMethod().Count(builder.Build("t", 1, ["A", "B", "C", "D", "E"]), new CountOptions());

        Assert.Equal([4, 3], result.Excluded.Take(2));
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal(Ties.TieResolution.LookBack, tie.Resolution);
        Assert.Equal(1, tie.LookBackStage);
        Assert.Equal(3, tie.Chosen);
        Assert.Equal([0], result.Elected);
    }

    [Fact]
    public void Count_EqualRankings_ValueSharedAmongEquals()
    {
        // Three ballots "A=B C", one "C": A and B get 1.5 each at the first stage.
        var builder = new BallotBoxBuilder(3);
        builder.Add([Preference.Pack(0), Preference.Pack(1, equalToPrevious: true), Preference.Pack(2)], 3);
        builder.Add([2], 1);
        var box = builder.Build("t", 1, ["A", "B", "C"]);
        var method = new MeekMethod();
        Assert.Empty(CountValidation.Check(box, new CountOptions(), method));

        var result = method.Count(box, new CountOptions());

        Assert.Equal(Votes.Parse("1.5"), result.Stages[0].Votes[0]);
        Assert.Equal(Votes.Parse("1.5"), result.Stages[0].Votes[1]);
        Assert.Equal(Votes.One, result.Stages[0].Votes[2]);

        // C is lowest and goes; then B and A tie all the way back and a lot decides; the one
        // left has all three ballots that named A or B.
        Assert.Single(result.Elected);
        Assert.Equal(Votes.FromWhole(3), result.Stages[^1].Votes[result.Elected[0]]);
    }

    [Fact]
    public void Count_SameBallotsTwice_IdenticalStages()
    {
        var box = Ers97();
        var first = new MeekMethod().Count(box, new CountOptions());
        var second = new MeekMethod().Count(box, new CountOptions());

        Assert.Equal(first.Stages.Count, second.Stages.Count);
        for (var i = 0; i < first.Stages.Count; i++)
        {
            Assert.Equal(first.Stages[i].Votes, second.Stages[i].Votes);
            Assert.Equal(first.Stages[i].NonTransferable, second.Stages[i].NonTransferable);
        }
    }
}
