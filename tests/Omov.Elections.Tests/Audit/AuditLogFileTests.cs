using Omov.Elections.Audit;

namespace Omov.Elections.Tests.Audit;

public sealed class AuditLogFileTests
{
    private static string Export(IEnumerable<AuditEntry> entries)
    {
        using var text = new StringWriter();
        AuditLogFile.Write(entries, text);
        return text.ToString();
    }

    private static AuditLogReadResult Read(string text) => AuditLogFile.Read(new StringReader(text));

    [Fact]
    public void Read_Export_GivesBackTheSameEntriesAndVerifies()
    {
        var entries = SampleChains.Random(30, seed: 20);

        var read = Read(Export(entries));

        Assert.True(read.Success, read.Error?.ToString());
        Assert.Equal(entries.Count, read.Entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(AuditCanonicalForm.ExportLine(entries[i]), AuditCanonicalForm.ExportLine(read.Entries[i]));
            Assert.Equal(entries[i].Timestamp, read.Entries[i].Timestamp);
        }

        Assert.True(AuditChain.Verify(read.Entries).IsValid);
    }

    [Fact]
    public void Write_Export_IsOneLinePerEntryEndingInNewline()
    {
        var text = Export(SampleChains.Random(4, seed: 21));

        Assert.Equal(4, text.Count(c => c == '\n'));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Read_MembersInAnotherOrderWithSpaces_IsAccepted()
    {
        var entry = SampleChains.Random(1, seed: 22)[0];
        var line = $"{{ \"hash\": \"{entry.Hash}\", \"sequence\": 1, \"timestamp\": \"{AuditCanonicalForm.FormatTimestamp(entry.Timestamp)}\", \"actor\": \"{entry.Actor}\", "
            + $"\"action\": \"{entry.Action}\", \"subject\": \"{entry.Subject}\", \"previousHash\": \"{entry.PreviousHash}\", \"details\": {{}} }}";
        var read = Read(line.Replace("\"details\": {}", "\"details\": " + System.Text.Json.JsonSerializer.Serialize(entry.Details), StringComparison.Ordinal) + "\r\n");

        Assert.True(read.Success, read.Error?.ToString());
        Assert.True(AuditChain.Verify(read.Entries).IsValid);
    }

    [Fact]
    public void Read_BadJsonOnLineThree_NamesLineAndColumn()
    {
        var lines = Export(SampleChains.Random(4, seed: 23)).Split('\n');
        lines[2] = lines[2][..40];

        var read = Read(string.Join('\n', lines));

        Assert.False(read.Success);
        Assert.Equal(3, read.Error.Line);
        Assert.NotNull(read.Error.Column);
        Assert.StartsWith("log.jsonl:3:", read.Error.ToString("log.jsonl"), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", read.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "expected a JSON object, found an array")]
    [InlineData("{\"sequence\":1}", "unknown member")]
    [InlineData("{\"sequence\":1,\"extra\":2}", "unknown member 'extra'")]
    [InlineData("", "empty line")]
    public void Read_MalformedLine_SaysWhat(string line, string expected)
    {
        var read = Read(line.Length == 0 ? "\n\n" : line + "\n");

        Assert.False(read.Success);
        Assert.Equal(1, read.Error.Line);
        Assert.Contains(expected.Replace("unknown member", line.Contains("extra", StringComparison.Ordinal) ? "unknown member" : "missing member", StringComparison.Ordinal), read.Error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> FieldProblems() => new()
    {
        { "\"sequence\":1,", "\"sequence\":1.5,", "'sequence' must be a whole number" },
        { "\"sequence\":1,", "\"sequence\":\"1\",", "'sequence' must be a whole number" },
        { "\"sequence\":1,", "\"sequence\":0,", "'sequence' must be a whole number" },
        { "\"subject\":\"", "\"subject\":7,\"x\":\"", "unknown member 'x'" },
        { "\"actor\":\"", "\"actor\":null,\"y\":\"", "unknown member 'y'" },
        { ".0000000Z\"", "Z\"", "'timestamp' must look like" },
        { "\"details\":{", "\"details\":{\"n\":1,", "detail 'n' must be a string, found a number" },
        { "\"details\":{", "\"details\":[],\"z\":{", "unknown member 'z'" },
        { "\"action\":", "\"action\":\"dup\",\"action\":", "not valid JSON" },
        { "\"subject\":\"", "\"subject\":\"\\ud800", "not valid Unicode" },
    };

    [Theory]
    [MemberData(nameof(FieldProblems))]
    public void Read_BadField_SaysWhichAndWhere(string find, string replace, string expected)
    {
        var entry = SampleChains.Random(1, seed: 24)[0] with { Timestamp = SampleChains.Start };
        var line = AuditCanonicalForm.ExportLine(entry);
        Assert.Contains(find, line, StringComparison.Ordinal);

        var read = Read(line + "\n" + line.Replace(find, replace, StringComparison.Ordinal) + "\n");

        Assert.False(read.Success);
        Assert.Equal(2, read.Error.Line);
        Assert.Contains(expected, read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypeForKnownMember_SaysWhichMember()
    {
        var line = AuditCanonicalForm.ExportLine(SampleChains.Random(1, seed: 25)[0]);
        var at = line.IndexOf("\"actor\":\"", StringComparison.Ordinal) + "\"actor\":".Length;
        var end = line.IndexOf('"', at + 1);

        var read = Read(line[..at] + "42" + line[(end + 1)..]);

        Assert.False(read.Success);
        Assert.Contains("'actor' must be a string, found a number", read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Streamed_GivesTheSameResultAsReadThenVerify()
    {
        var entries = SampleChains.Random(40, seed: 26);
        entries[17] = entries[17] with { Actor = "changed" };

        var (streamed, error) = AuditLogFile.Verify(new StringReader(Export(entries)));
        var read = Read(Export(entries));

        Assert.Null(error);
        Assert.Equal(AuditChain.Verify(read.Entries!), streamed);
        Assert.Equal(18, streamed!.FailedPosition);
    }

    [Fact]
    public void Verify_Streamed_MalformedLineAfterABreakIsStillReportedAsMalformed()
    {
        var entries = SampleChains.Random(10, seed: 27);
        entries[2] = entries[2] with { Actor = "changed" };
        var text = Export(entries) + "{not json\n";

        var (verification, error) = AuditLogFile.Verify(new StringReader(text));

        Assert.Null(verification);
        Assert.Equal(11, error!.Line);
    }

    [Fact]
    public void Verify_Streamed_UntouchedLogIsValid()
    {
        var entries = SampleChains.Random(25, seed: 28);

        var (verification, error) = AuditLogFile.Verify(new StringReader(Export(entries)));

        Assert.Null(error);
        Assert.True(verification!.IsValid);
        Assert.Equal(entries[^1].Hash, verification.LastHash);
    }

    [Fact]
    public void VerifyPath_ByteOrderMarkAndCrLfLineEnds_AreAccepted()
    {
        var entries = SampleChains.Random(6, seed: 29);
        var path = Path.Combine(Path.GetTempPath(), "omov-audit-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Export(entries).Replace("\n", "\r\n", StringComparison.Ordinal))]);

            var (verification, error) = AuditLogFile.Verify(path);
            var read = AuditLogFile.Read(path);

            Assert.Null(error);
            Assert.True(verification!.IsValid);
            Assert.Equal(entries[^1].Hash, verification.LastHash);
            Assert.Equal(6, read.Entries!.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadPath_InvalidUtf8OnLineFour_NamesLineFour()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Export(SampleChains.Random(6, seed: 30))).ToList();
        var lineFour = bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\n').ElementAt(2).i + 1;
        bytes.Insert(lineFour + 5, 0xC3);
        var path = Path.Combine(Path.GetTempPath(), "omov-audit-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllBytes(path, [.. bytes]);

            var read = AuditLogFile.Read(path);

            Assert.False(read.Success);
            Assert.Equal(4, read.Error.Line);
            Assert.Equal("not valid UTF-8 text", read.Error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
