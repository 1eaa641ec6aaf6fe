using Omov.Counting.Blt;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov count</c> runs that need no counting method (help, and BLT out).</summary>
public sealed class CountCommandTests
{
    private static readonly string s_ers97 = Paths.SharedData("ers97", "ers97.blt");

    [Fact]
    public void Count_Help_DescribesEveryOptionAndTheDefaultMethod()
    {
        var run = CliRun.Of("count", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in new[] { "--method", "--seats", "--format", "--out", "--group", "--groups", "--min", "--max", "--withdraw", "--keep-elected", "--tie-break" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Default: ers97", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_FormatBlt_WritesBallotsThatReadBackTheSame()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("count", s_ers97, "--format", "blt").AssertSuccess();
        var copy = folder.Write("copy.blt", run.Out);

        var original = BltReader.Read(s_ers97);
        var reread = BltReader.Read(copy);

        Assert.True(reread.Success, reread.Error?.ToString());
        Assert.Equal(original.Ballots!.Candidates, reread.Ballots.Candidates);
        Assert.Equal(original.Ballots.Seats, reread.Ballots.Seats);
        Assert.Equal(original.Ballots.Title, reread.Ballots.Title);
        Assert.Equal(original.Ballots.TotalWeight, reread.Ballots.TotalWeight);
        Assert.Equal(original.Ballots.RankingCount, reread.Ballots.RankingCount);
    }

    [Fact]
    public void Count_OutWithSeveralFiles_WritesOneReportEach()
    {
        using var folder = new TempFolder();
        var output = folder.File("reports");
        var files = new[] { s_ers97, Paths.SharedData("scotland-official-stages", "dundee_2022_ward1.blt"), Paths.Sample("nec-2026-example.blt") };

        CliRun.Of(["count", .. files, "--format", "blt", "--out", output]).AssertSuccess();

        var written = Directory.EnumerateFiles(output).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["dundee_2022_ward1.blt", "ers97.blt", "nec-2026-example.blt"], written);
        Assert.All(written, name => Assert.True(BltReader.Read(Path.Combine(output, name)).Success));
    }
}
