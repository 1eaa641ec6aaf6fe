namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov post render</c> end to end: real PDF files and manifest on disk.</summary>
public sealed class PostCommandTests
{
    private const string Header = "membership_number,name,address_1,postcode,language,voting_code,voting_url";

    [Fact]
    public void Render_Sample_WritesFilesAndManifestAndSaysSo()
    {
        using var folder = new TempFolder();
        var output = folder.File("packs");

        var run = CliRun.Of("post", "render", "--sample", "12", "--packs-per-file", "5", "--out", output).AssertSuccess();

        Assert.Matches(@"^Wrote 12 packs \(\d+ pages\) into 3 PDF files in .*, sorted by postcode; manifest .*postal-manifest\.csv\. \d+\.\d s\.\n$", run.Out.ReplaceLineEndings("\n"));
        Assert.Equal(["postal-0001.pdf", "postal-0002.pdf", "postal-0003.pdf", "postal-manifest.csv"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(13, File.ReadAllLines(Path.Combine(output, "postal-manifest.csv")).Length);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(output, "postal-0001.pdf"))[..8], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Recipients_OnePackPerRow()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("r.csv", Header + "\nL9,Jo Bloggs,1 High St,N1 1AA,en,AAAA-BBBB,https://vote.example.org/v/AAAABBBB\nL8,Ann Other,2 Low St,B1 1AA,cy,CCCC-DDDD,https://vote.example.org/v/CCCCDDDD\n");

        CliRun.Of("post", "render", "--recipients", csv, "--out", folder.File("out")).AssertSuccess();

        var manifest = File.ReadAllLines(folder.File("out/postal-manifest.csv"));
        Assert.Equal(3, manifest.Length);
        Assert.EndsWith(",L8,B1 1AA", manifest[1], StringComparison.Ordinal);
        Assert.EndsWith(",L9,N1 1AA", manifest[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("give exactly one of --sample N or --recipients FILE")]
    [InlineData("give exactly one of --sample N or --recipients FILE", "--sample", "3", "--recipients", "x.csv")]
    [InlineData("--sample must be 1 or more", "--sample", "0")]
    [InlineData("--packs-per-file must be 1 or more", "--sample", "3", "--packs-per-file", "0")]
    [InlineData("--language must be en or cy", "--sample", "3", "--language", "fr")]
    [InlineData("nope.csv: no such file", "--recipients", "nope.csv")]
    public void Render_BadOptions_ExitTwoWithOneLine(string message, params string[] options)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of(["post", "render", "--out", folder.File("out"), .. options]).AssertBadInput();

        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Render_BadRowInRecipients_ExitTwoNamingLineAndColumnAndWritesNothing()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("r.csv", Header + "\nL9,Jo Bloggs,1 High St,N1 1AA,en,AAAA-BBBB,https://vote.example.org/v/AAAABBBB\nL8,Ann Other,2 Low St,,en,CCCC-DDDD,https://vote.example.org/v/CCCCDDDD\n");

        var run = CliRun.Of("post", "render", "--recipients", csv, "--out", folder.File("out")).AssertBadInput();

        Assert.Equal($"omov: {csv}:3: column 'postcode': is empty", run.Error.TrimEnd());
        Assert.DoesNotContain("Ann Other", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Render_MissingOut_ExitTwo() => CliRun.Of("post", "render", "--sample", "2").AssertBadInput();
}
