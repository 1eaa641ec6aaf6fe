using System.Globalization;
using System.Text.Json;
using Omov.Counting.Arithmetic;
using Omov.Counting.Blt;
using Omov.Counting.Methods.Meek;

namespace Omov.Counting.Tests.Methods.Meek;

public sealed class MeekReferenceTests
{
    private static readonly Votes s_tolerance = Votes.Parse("0.005");

    private static CountResult CountErs97(CountOptions? options = null)
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success, read.Error?.ToString());
        return new MeekMethod().Count(read.Ballots, options ?? new CountOptions());
    }

    [Fact]
    public void Count_Ers97_ElectsThePublishedSix()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("ers97", "expected.json")));
        var result = CountErs97();
        var winners = expected.RootElement.GetProperty("winners").GetProperty("meek").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var nzWinners = expected.RootElement.GetProperty("winners").GetProperty("nz-meek").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var elected = result.Elected.Select(c => result.Candidates[c]).ToHashSet();
        Assert.Equal(winners, elected);
        Assert.Equal(nzWinners, elected);
        Assert.Equal(6, result.Elected.Count);
    }

    [Fact]
    public void Count_Ers97_MatchesNzReferenceStages()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("ers97", "expected.json")));
        var reference = expected.RootElement.GetProperty("nz_meek_reference");
        var result = CountErs97();
        var failures = new List<string>();
        foreach (var stage in reference.GetProperty("stages").EnumerateArray())
        {
            var number = stage.GetProperty("number").GetInt32();
            if (number > result.Stages.Count)
            {
                failures.Add($"stage {number} missing (count has {result.Stages.Count})");
                continue;
            }

            var actual = result.Stages[number - 1];
            foreach (var vote in stage.GetProperty("votes").EnumerateObject())
            {
                var c = result.Candidates.ToList().IndexOf(vote.Name);
                Check(failures, $"stage {number} {vote.Name}", actual.Votes[c], vote.Value);
            }

            Check(failures, $"stage {number} non-transferable", actual.NonTransferable, stage.GetProperty("non_transferable"));
            Check(failures, $"stage {number} quota", actual.Quota!.Value, stage.GetProperty("quota"));
            foreach (var status in stage.GetProperty("status").EnumerateObject())
            {
                var c = result.Candidates.ToList().IndexOf(status.Name);
                var want = status.Value.GetString();
                var got = actual.Statuses[c].ToString().ToLowerInvariant();
                if (want != got)
                {
                    failures.Add($"stage {number} {status.Name}: status {got}, expected {want}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Count_Ers97_TotalsPlusNonTransferableEqualValidVoteAtEveryStage()
    {
        var result = CountErs97();
        var valid = Votes.FromWhole(result.ValidBallots);
        foreach (var stage in result.Stages)
        {
            var sum = stage.Votes.Aggregate(Votes.Zero, (a, b) => a + b) + stage.NonTransferable;
            Assert.Equal(valid, sum);
        }
    }

    private static void Check(List<string> failures, string what, Votes actual, JsonElement expected)
    {
        var want = Votes.Parse(expected.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture));
        var diff = actual - want;
        if (diff > s_tolerance || -diff > s_tolerance)
        {
            failures.Add($"{what}: {actual.ToString(4)}, expected {want.ToString(2)}");
        }
    }
}
