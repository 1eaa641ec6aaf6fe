using CsCheck;
using Omov.Counting.Arithmetic;
using Omov.Counting.Methods;
using Omov.Counting.Reports;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Properties;

/// <summary>Invariants every method must keep on any election (CsCheck, a few hundred random elections each).</summary>
public sealed class CountPropertyTests
{
    public static TheoryData<string> Methods => new() { "fptp", "block", "av", "ers97", "scottish-stv", "wigm", "meek" };

    public static TheoryData<string> TransferMethods => new() { "av", "ers97", "scottish-stv", "wigm", "meek" };

    private static ICountingMethod Method(string name) =>
        CountingMethods.Find(name) ?? throw new Xunit.Sdk.XunitException($"method '{name}' is not registered");

    private static int SeatsFor(string method, RandomElection election) => method == "av" ? 1 : election.Seats;

    [Theory]
    [MemberData(nameof(TransferMethods))]
    public void Count_EveryStage_TotalsPlusNonTransferableEqualValidVote(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var result = method.Count(election.Build(SeatsFor(name, election)), new CountOptions());
            var valid = Votes.FromWhole(result.ValidBallots);
            foreach (var stage in result.Stages)
            {
                var sum = stage.Votes.Aggregate(Votes.Zero, (total, v) => total + v) + stage.NonTransferable;
                Assert.True(sum == valid, $"stage {stage.Number}: {sum} ≠ {valid}");
            }
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_AnyElection_FillsEverySeatItCan(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var ballots = election.Build(SeatsFor(name, election));
            var result = method.Count(ballots, new CountOptions());
            Assert.Equal(Math.Min(ballots.Seats, ballots.Candidates.Count), result.Elected.Count);
            Assert.Equal(result.Elected.Count, result.Elected.Distinct().Count());
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_Twice_GivesTheSameResult(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var ballots = election.Build(SeatsFor(name, election));
            var first = method.Count(ballots, new CountOptions());
            var second = method.Count(ballots, new CountOptions());
            Assert.Equal(first.Elected, second.Elected);
            Assert.Equal(first.Stages.Count, second.Stages.Count);
            for (var s = 0; s < first.Stages.Count; s++)
            {
                Assert.Equal(first.Stages[s].Votes, second.Stages[s].Votes);
                Assert.Equal(first.Stages[s].NonTransferable, second.Stages[s].NonTransferable);
            }
        }, iter: 100);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_Twice_WritesByteIdenticalReports(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var ballots = election.Build(SeatsFor(name, election));
            var options = new CountOptions
            {
                Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = election.Group },
                Limits = [new GroupLimit("women", GroupLimitKind.Minimum, election.FeasibleMinimum(SeatsFor(name, election)))],
            };

            Assert.Equal(Reports(method.Count(ballots, options)), Reports(method.Count(ballots, options)));
        }, iter: 50);
    }

    private static string Reports(CountResult result)
    {
        using var text = new StringWriter();
        TextReport.Write(result, text);
        CsvReport.Write(result, text);
        HtmlReport.Write(result, text);
        return text + JsonReport.ToJson(result);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_CandidatesRenumbered_ElectsTheSamePeopleUnlessALotWasDrawn(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var seats = SeatsFor(name, election);
            var relabel = Enumerable.Range(0, election.Candidates).Reverse().ToArray();
            var original = method.Count(election.Build(seats), new CountOptions());
            var renumbered = method.Count(election.Build(seats, relabel), new CountOptions());
            if (original.TieBreaks.Concat(renumbered.TieBreaks).Any(t => t.Resolution == TieResolution.Lot))
            {
                return;
            }

            Assert.Equal(original.Elected.Select(c => relabel[c]).Order(), renumbered.Elected.Order());
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_WithGroupMinimum_ElectsAtLeastTheMinimum(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var seats = SeatsFor(name, election);
            var minimum = election.FeasibleMinimum(seats);
            var options = new CountOptions
            {
                Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = election.Group },
                Limits = [new GroupLimit("women", GroupLimitKind.Minimum, minimum)],
            };
            var ballots = election.Build(seats);
            Assert.Empty(CountValidation.Check(ballots, options, method));

            var result = method.Count(ballots, options);

            Assert.True(result.Elected.Count(election.Group.Contains) >= minimum, $"elected {string.Join(",", result.Elected)}; group {string.Join(",", election.Group)}; minimum {minimum}");
            Assert.Equal(Math.Min(seats, election.Candidates), result.Elected.Count);
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_WithGroupMaximum_NeverPassesItAndStillFillsTheSeats(string name)
    {
        var method = Method(name);
        RandomElection.Gen.Sample(election =>
        {
            var seats = SeatsFor(name, election);
            var maximum = Math.Min(election.Minimum, seats);
            if (election.Candidates - election.Group.Count < seats - maximum)
            {
                return; // too few outsiders: the seats could not all be filled under this maximum
            }

            var options = new CountOptions
            {
                Groups = new Dictionary<string, IReadOnlyList<int>> { ["men"] = election.Group },
                Limits = [new GroupLimit("men", GroupLimitKind.Maximum, maximum)],
            };

            var result = method.Count(election.Build(seats), options);

            Assert.True(result.Elected.Count(election.Group.Contains) <= maximum, $"elected {string.Join(",", result.Elected)}; group {string.Join(",", election.Group)}; maximum {maximum}");
            Assert.Equal(seats, result.Elected.Count);
        }, iter: 300);
    }
}
