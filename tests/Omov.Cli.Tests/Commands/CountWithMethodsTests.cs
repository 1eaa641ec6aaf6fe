using System.Globalization;
using System.Text.Json;
using Omov.Counting.Ballots;

namespace Omov.Cli.Tests.Commands;

/// <summary>
/// Whole <c>omov count</c> runs. These need the counting methods <c>fptp</c>,
/// <c>scottish-stv</c> and <c>ers97</c> registered in <c>CountingMethods.All</c>; they fail
/// (with "unknown method") until those branches are merged.
/// </summary>
public sealed class CountWithMethodsTests
{
    private static readonly string s_ers97 = Paths.SharedData("ers97", "ers97.blt");
    private static readonly string s_nec = Paths.Sample("nec-2026-example.blt");
    private static readonly string s_necGroups = Paths.Sample("nec-2026-example.groups.csv");

    [Fact]
    public void Count_Ers97ModelElection_ElectsThePublishedWinners()
    {
        var json = Json(CliRun.Of("count", s_ers97, "--method", "ers97", "--format", "json").AssertSuccess());
        var elected = json.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(["Carpenter", "Duke", "Freeman", "Prince", "Smith", "Vicar"], elected);
        Assert.Equal("ers97", json.RootElement.GetProperty("method").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("decimals").GetInt32());
    }

    [Fact]
    public void Count_NoMethodGiven_UsesErs97()
    {
        var json = Json(CliRun.Of("count", s_ers97, "--format", "json").AssertSuccess());
        Assert.Equal("ers97", json.RootElement.GetProperty("method").GetString());
    }

    [Fact]
    public void Count_ScottishStvOfficialWard_MatchesTheCouncilsStagesInTheJsonReport()
    {
        var ward = Paths.SharedData("scotland-official-stages", "dundee_2022_ward3.blt");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(ward, ".expected.json")));
        var ours = Json(CliRun.Of("count", ward, "--method", "scottish-stv", "--format", "json").AssertSuccess());

        Assert.Equal(expected.RootElement.GetProperty("quota").GetDecimal(), ours.RootElement.GetProperty("quota").GetDecimal());
        Assert.Equal(
            expected.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal),
            ours.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        var ourStages = ours.RootElement.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("number").GetInt32());
        foreach (var stage in expected.RootElement.GetProperty("stages").EnumerateArray())
        {
            var ourStage = ourStages[stage.GetProperty("number").GetInt32()];
            Assert.Equal(stage.GetProperty("non_transferable").GetDecimal(), ourStage.GetProperty("non_transferable").GetDecimal());
            foreach (var candidate in stage.GetProperty("votes").EnumerateObject())
            {
                // Written with exactly 5 decimals, as the council's report prints them.
                Assert.Equal(candidate.Value.GetDecimal().ToString("F5", CultureInfo.InvariantCulture), ourStage.GetProperty("votes").GetProperty(candidate.Name).GetRawText());
            }
        }
    }

    [Fact]
    public void Count_Fptp_WritesATextSheet()
    {
        var run = CliRun.Of("count", s_ers97, "--method", "fptp", "--seats", "1").AssertSuccess();
        Assert.Contains("Method: fptp", run.Out, StringComparison.Ordinal);
        Assert.Contains("Seats: 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Elected, in order of election:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_NecSampleWithAtLeast4Women_ElectsAtLeast4Women()
    {
        var json = Json(CliRun.Of("count", s_nec, "--method", "ers97", "--groups", s_necGroups, "--min", "women=4", "--format", "json").AssertSuccess());
        var women = File.ReadAllLines(s_necGroups).Skip(1).Select(line => CandidateNames.Normalise(line[..line.LastIndexOf(',')])).ToHashSet(StringComparer.Ordinal);
        var elected = json.RootElement.GetProperty("elected").EnumerateArray().Select(e => CandidateNames.Normalise(e.GetString()!)).ToList();
        Assert.Equal(9, elected.Count);
        Assert.True(elected.Count(women.Contains) >= 4, string.Join(", ", elected));
        Assert.Equal(1993, json.RootElement.GetProperty("valid_ballots").GetInt64());
        Assert.Equal(7, json.RootElement.GetProperty("invalid_ballots").GetInt64());
    }

    [Fact]
    public void Count_NecSampleWithoutConstraint_ElectsOnly2Women()
    {
        // samples/README.md says so: the sample is built for the constraint to matter.
        var json = Json(CliRun.Of("count", s_nec, "--method", "ers97", "--format", "json").AssertSuccess());
        var women = File.ReadAllLines(s_necGroups).Skip(1).Select(line => line[..line.LastIndexOf(',')]).ToHashSet(StringComparer.Ordinal);
        var electedWomen = json.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()!).Where(women.Contains).Order(StringComparer.Ordinal);
        Assert.Equal(["Grace CHEN (Labour to Win)", "Siobhan GALLAGHER (Independent)"], electedWomen);
    }

    [Fact]
    public void Count_GroupNamedInAnotherCase_IsTheSameGroup()
    {
        var json = Json(CliRun.Of("count", s_nec, "--group", "Women=1,3,5,7,9", "--min", "WOMEN=4", "--format", "json").AssertSuccess());
        var limit = json.RootElement.GetProperty("limits")[0];
        Assert.Equal("Women", limit.GetProperty("group").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("groups").GetProperty("Women").GetArrayLength());
    }

    [Fact]
    public void Count_SameCountTwice_GivesByteIdenticalReports()
    {
        foreach (var format in new[] { "json", "text", "csv", "html" })
        {
            var first = CliRun.Of("count", s_nec, "--groups", s_necGroups, "--min", "women=4", "--format", format).AssertSuccess();
            var second = CliRun.Of("count", s_nec, "--groups", s_necGroups, "--min", "women=4", "--format", format).AssertSuccess();
            Assert.Equal(first.Out, second.Out);
        }
    }

    [Fact]
    public void Count_RecountWithThePrintedSeed_GivesTheSameReport()
    {
        var first = CliRun.Of("count", s_nec, "--format", "json").AssertSuccess();
        var seed = Json(first).RootElement.GetProperty("tie_break_seed").GetString();
        var again = CliRun.Of("count", s_nec, "--format", "json", "--tie-break", "seed=" + seed).AssertSuccess();
        Assert.Equal(first.Out, again.Out);
    }

    [Fact]
    public void Count_OutWithSeveralFilesAsJson_WritesOneReportEach()
    {
        using var folder = new TempFolder();
        var output = folder.File("reports");
        CliRun.Of("count", s_ers97, s_nec, "--format", "json", "--out", output).AssertSuccess();
        Assert.Equal(["ers97.json", "nec-2026-example.json"], Directory.EnumerateFiles(output).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "nec-2026-example.json")));
        Assert.Equal("nec-2026-example.blt", report.RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Count_SeveralFilesToStdout_WritesEveryReport()
    {
        var run = CliRun.Of("count", s_ers97, s_nec).AssertSuccess();
        Assert.Contains("File: ers97.blt", run.Out, StringComparison.Ordinal);
        Assert.Contains("File: nec-2026-example.blt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_WithdrawByNameAndKeepElectedByNumber_IsAccepted()
    {
        var json = Json(CliRun.Of("count", s_nec, "--withdraw", "tom barker (labour to win)", "--keep-elected", "4,8", "--format", "json").AssertSuccess());
        Assert.Equal(["Tom BARKER (Labour to Win)"], json.RootElement.GetProperty("withdrawn").EnumerateArray().Select(e => e.GetString()!));
        var elected = json.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Daniel DAVIES (Grassroots)", elected);
        Assert.Contains("Hassan HUSSAIN (Grassroots)", elected);
    }

    [Fact]
    public void Count_ImpossibleMinimum_ExplainsWhy()
    {
        var run = CliRun.Of("count", s_nec, "--groups", s_necGroups, "--min", "women=6").AssertBadInput();
        Assert.Contains("nec-2026-example.blt: at least 6 of group 'women' cannot be met", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_LimitOnUndefinedGroup_SaysHowToDefineIt()
    {
        var run = CliRun.Of("count", s_nec, "--min", "women=4").AssertBadInput();
        Assert.Contains("unknown group 'women'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_KeepElectedAlsoWithdrawn_IsRejected()
    {
        var run = CliRun.Of("count", s_nec, "--withdraw", "2", "--keep-elected", "2").AssertBadInput();
        Assert.Contains("keep-elected: candidate 2 is also withdrawn", run.Error, StringComparison.Ordinal);
    }

    private static JsonDocument Json(CliRun run) => JsonDocument.Parse(run.Out);
}
