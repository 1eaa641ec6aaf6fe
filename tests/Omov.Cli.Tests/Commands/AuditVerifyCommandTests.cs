using Omov.Elections.Audit;

namespace Omov.Cli.Tests.Commands;

public sealed class AuditVerifyCommandTests
{
    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 20, 17, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now = _now.AddSeconds(7);
    }

    private static List<AuditEntry> Chain(int count)
    {
        var chain = new AuditChain(new SteppingClock());
        return [.. Enumerable.Range(1, count).Select(i => chain.Append("admin", AuditActions.MemberViewed, $"L{i:D7}"))];
    }

    private static string Export(IEnumerable<AuditEntry> entries)
    {
        using var text = new StringWriter();
        AuditLogFile.Write(entries, text);
        return text.ToString();
    }

    [Fact]
    public void AuditVerify_UntouchedExport_PrintsOkWithCountAndLastHash()
    {
        using var folder = new TempFolder();
        var entries = Chain(12);
        var path = folder.Write("audit.jsonl", Export(entries));

        var run = CliRun.Of("audit", "verify", path).AssertSuccess();

        Assert.Equal($"OK: 12 entries, last hash {entries[^1].Hash}\n", run.Out);
    }

    [Fact]
    public void AuditVerify_EmptyExport_IsOkWithTheGenesisHash()
    {
        using var folder = new TempFolder();
        var path = folder.Write("audit.jsonl", string.Empty);

        var run = CliRun.Of("audit", "verify", path).AssertSuccess();

        Assert.Equal($"OK: 0 entries, last hash {new string('0', 64)}\n", run.Out);
    }

    [Fact]
    public void AuditVerify_EditedEntry_NamesItAndTheReasonAndExitsOne()
    {
        using var folder = new TempFolder();
        var lines = Export(Chain(8)).Split('\n');
        lines[4] = lines[4].Replace("L0000005", "L0000099", StringComparison.Ordinal);
        var path = folder.Write("audit.jsonl", string.Join('\n', lines));

        var run = CliRun.Of("audit", "verify", path);

        Assert.Equal(ExitCodes.NotVerified, run.ExitCode);
        Assert.StartsWith("FAILED: entry 5 (line 5, sequence number 5): hash mismatch:", run.Out, StringComparison.Ordinal);
        Assert.Contains("The 4 entries before it verify; the last of their hashes is ", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void AuditVerify_FirstEntryEdited_PrintsOnlyTheFailure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("audit.jsonl", Export(Chain(3)).Replace("L0000001", "L0000009", StringComparison.Ordinal));

        var run = CliRun.Of("audit", "verify", path);

        Assert.Equal(ExitCodes.NotVerified, run.ExitCode);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("FAILED: entry 1 (line 1, sequence number 1): hash mismatch:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_DeletedLine_ReportsTheGap()
    {
        using var folder = new TempFolder();
        var lines = Export(Chain(8)).Split('\n').ToList();
        lines.RemoveAt(2);
        var path = folder.Write("audit.jsonl", string.Join('\n', lines));

        var run = CliRun.Of("audit", "verify", path);

        Assert.Equal(ExitCodes.NotVerified, run.ExitCode);
        Assert.StartsWith("FAILED: entry 3 (line 3, sequence number 4): gap in sequence numbers:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_ExpectedLastHashMatches_IsOk()
    {
        using var folder = new TempFolder();
        var entries = Chain(5);
        var path = folder.Write("audit.jsonl", Export(entries));

        CliRun.Of("audit", "verify", path, "--last-hash", entries[^1].Hash).AssertSuccess();
    }

    [Fact]
    public void AuditVerify_LastEntriesCutOff_FailsAgainstThePublishedLastHash()
    {
        using var folder = new TempFolder();
        var entries = Chain(5);
        var path = folder.Write("audit.jsonl", Export(entries.Take(3)));

        var run = CliRun.Of("audit", "verify", path, "--last-hash", entries[^1].Hash);

        Assert.Equal(ExitCodes.NotVerified, run.ExitCode);
        Assert.Contains("cut off the end", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_BadJsonOnALine_NamesFileAndLineAndExitsTwo()
    {
        using var folder = new TempFolder();
        var lines = Export(Chain(4)).Split('\n');
        lines[1] = lines[1][..30];
        var path = folder.Write("audit.jsonl", string.Join('\n', lines));

        var run = CliRun.Of("audit", "verify", path).AssertBadInput();

        Assert.StartsWith($"omov: {path}:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_MissingMember_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("audit.jsonl", Export(Chain(1)).Replace("\"subject\":\"L0000001\",", string.Empty, StringComparison.Ordinal));

        var run = CliRun.Of("audit", "verify", path).AssertBadInput();

        Assert.Contains($"{path}:1: missing member 'subject'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_BytesThatAreNotUtf8_NameTheLine()
    {
        using var folder = new TempFolder();
        var bytes = System.Text.Encoding.UTF8.GetBytes(Export(Chain(3))).ToList();
        var secondLine = bytes.IndexOf((byte)'\n') + 1;
        bytes.Insert(secondLine + 20, 0xFF);
        var path = folder.File("audit.jsonl");
        File.WriteAllBytes(path, [.. bytes]);

        var run = CliRun.Of("audit", "verify", path).AssertBadInput();

        Assert.Contains($"{path}:2: not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_MissingFile_SaysSo() =>
        Assert.Contains("nowhere.jsonl: file not found", CliRun.Of("audit", "verify", "nowhere.jsonl").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void AuditVerify_Folder_SaysSo()
    {
        using var folder = new TempFolder();
        Assert.Contains("is a folder", CliRun.Of("audit", "verify", folder.Path).AssertBadInput().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_MalformedLastHashOption_IsBadInput() =>
        Assert.Contains("--last-hash must be 64", CliRun.Of("audit", "verify", "x.jsonl", "--last-hash", "ABC").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void AuditVerify_NoFile_IsBadInput() => CliRun.Of("audit", "verify").AssertBadInput();
}
