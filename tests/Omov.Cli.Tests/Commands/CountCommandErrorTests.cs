using System.Text.Json;

namespace Omov.Cli.Tests.Commands;

/// <summary>Bad input to <c>omov count</c>: one line on stderr naming what and where, exit 2.</summary>
public sealed class CountCommandErrorTests
{
    private static readonly string s_ers97 = Paths.SharedData("ers97", "ers97.blt");

    [Fact]
    public void Count_MissingFile_NamesTheFile()
    {
        var run = CliRun.Of("count", "no-such-file.blt").AssertBadInput();
        Assert.Contains("no-such-file.blt: file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_FolderInsteadOfFile_SaysSo()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("count", folder.Path).AssertBadInput();
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_NoFile_IsAnError() =>
        CliRun.Of("count", "--method", "ers97").AssertBadInput();

    public static TheoryData<string> BadBltFiles() =>
        [.. Directory.EnumerateFiles(Paths.SharedData("blt-quirks"), "bad-*.blt").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>Needs the full BLT reader (feature/blt): the skeleton reader gives no line numbers.</summary>
    [Theory]
    [MemberData(nameof(BadBltFiles))]
    public void Count_MalformedBltFile_PointsAtTheLineAndColumn(string file)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Paths.SharedData("blt-quirks", "expected.json")));
        var entry = expected.RootElement.GetProperty("files").GetProperty(file);
        var line = entry.GetProperty("line").GetInt32();
        var where = entry.TryGetProperty("column", out var column) && column.ValueKind == JsonValueKind.Number
            ? $"{file}:{line}:{column.GetInt32()}: "
            : $"{file}:{line}:";

        var run = CliRun.Of("count", Paths.SharedData("blt-quirks", file), "--method", "ers97").AssertBadInput();

        Assert.Contains(where, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownMethod_SaysWhichAndPointsAtTheList()
    {
        var run = CliRun.Of("count", s_ers97, "--method", "borda").AssertBadInput();
        Assert.Contains("unknown method 'borda'", run.Error, StringComparison.Ordinal);
        Assert.Contains("omov methods", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownCandidateInWithdraw_NamesTheOptionAndTheFile()
    {
        var run = CliRun.Of("count", s_ers97, "--withdraw", "Nobody Known").AssertBadInput();
        Assert.Contains("ers97.blt: --withdraw: no candidate is called 'Nobody Known'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_CandidateNumberOutOfRange_GivesTheRange()
    {
        var run = CliRun.Of("count", s_ers97, "--keep-elected", "12").AssertBadInput();
        Assert.Contains("--keep-elected: there is no candidate number 12 (the candidates are numbered 1 to 11)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownCandidateInGroup_NamesTheGroup()
    {
        var run = CliRun.Of("count", s_ers97, "--group", "women=Smith,Nobody").AssertBadInput();
        Assert.Contains("--group women: no candidate is called 'Nobody'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min", "women")]
    [InlineData("--min", "women=four")]
    [InlineData("--min", "=4")]
    [InlineData("--max", "women=-1")]
    public void Count_BadLimitSyntax_ShowsTheExpectedForm(string option, string value)
    {
        var run = CliRun.Of("count", s_ers97, option, value).AssertBadInput();
        Assert.Contains($"{option}: expected GROUP=N", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("women")]
    [InlineData("women=")]
    [InlineData("=1,2")]
    public void Count_BadGroupSyntax_ShowsTheExpectedForm(string value)
    {
        var run = CliRun.Of("count", s_ers97, "--group", value).AssertBadInput();
        Assert.Contains("--group: expected GROUP=NAME,NAME,...", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coin")]
    [InlineData("seed=")]
    [InlineData("order=")]
    public void Count_BadTieBreak_ShowsTheExpectedForms(string value)
    {
        var run = CliRun.Of("count", s_ers97, "--tie-break", value).AssertBadInput();
        Assert.Contains("--tie-break: expected seed=S or order=NAME,NAME,...", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownFormat_ListsTheFormatsOnOneLine()
    {
        var run = CliRun.Of("count", s_ers97, "--format", "pdf").AssertBadInput();
        Assert.Contains("'pdf'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'html'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_ZeroSeats_IsRejected() =>
        CliRun.Of("count", s_ers97, "--seats", "0").AssertBadInput();

    [Fact]
    public void Count_SeatsNotANumber_IsRejected() =>
        CliRun.Of("count", s_ers97, "--seats", "nine").AssertBadInput();

    [Fact]
    public void Count_MissingGroupsFile_NamesIt()
    {
        var run = CliRun.Of("count", s_ers97, "--groups", "no-such-groups.csv").AssertBadInput();
        Assert.Contains("no-such-groups.csv: groups file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_GroupsFileWithUnknownCandidate_PointsAtItsLine()
    {
        using var folder = new TempFolder();
        var groups = folder.Write("groups.csv", "candidate,group\nSmith,women\n\"Nobody, Really\",women\n");
        var run = CliRun.Of("count", s_ers97, "--groups", groups).AssertBadInput();
        Assert.Contains("groups.csv:3: no candidate is called 'Nobody, Really'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_GroupsFileWithOneColumn_PointsAtItsLine()
    {
        using var folder = new TempFolder();
        var groups = folder.Write("groups.csv", "Smith,women\nCarpenter\n");
        var run = CliRun.Of("count", s_ers97, "--groups", groups).AssertBadInput();
        Assert.Contains("groups.csv:2: expected two columns", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_OutputWouldOverwriteTheBallotFile_IsRefused()
    {
        using var folder = new TempFolder();
        var ballots = folder.File("ers97.blt");
        File.Copy(s_ers97, ballots);
        var run = CliRun.Of("count", ballots, "--format", "blt", "--out", folder.Path).AssertBadInput();
        Assert.Contains("would overwrite its own ballot file", run.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(s_ers97), File.ReadAllBytes(ballots));
    }

    [Fact]
    public void Count_TwoFilesWithTheSameName_WouldCollideInOut_IsRefused()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("a"));
        Directory.CreateDirectory(folder.File("b"));
        File.Copy(s_ers97, folder.File("a/x.blt"));
        File.Copy(s_ers97, folder.File("b/x.blt"));
        var run = CliRun.Of("count", folder.File("a/x.blt"), folder.File("b/x.blt"), "--format", "blt", "--out", folder.File("out")).AssertBadInput();
        Assert.Contains("two ballot files would both write", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_SecondFileBad_WritesNothing()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("count", s_ers97, "missing.blt", "--format", "blt", "--out", folder.File("out")).AssertBadInput();
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFiles(folder.File("out")).Any());
        Assert.Contains("missing.blt", run.Error, StringComparison.Ordinal);
    }
}
