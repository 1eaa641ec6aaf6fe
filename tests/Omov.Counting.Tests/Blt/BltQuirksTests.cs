using System.Text.Json;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;

namespace Omov.Counting.Tests.Blt;

/// <summary>Every file of <c>blt-quirks/</c> reads, or fails, exactly as its <c>expected.json</c> says.</summary>
public sealed class BltQuirksTests
{
    private static readonly Lazy<JsonDocument> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("blt-quirks", "expected.json"))));

    public static TheoryData<string> VariantFiles() => FilesWhere(accept: true);

    public static TheoryData<string> BadFiles() => FilesWhere(accept: false);

    [Fact]
    public void Expected_CoversEveryQuirkFile()
    {
        var listed = s_expected.Value.RootElement.GetProperty("files").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        var present = SharedData.Files("blt-quirks", "*.blt").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(present, listed);
    }

    [Theory]
    [MemberData(nameof(VariantFiles))]
    public void Read_VariantFile_ReadsAsExpected(string file)
    {
        var expected = Expected(file);
        var result = BltReader.Read(SharedData.PathOf("blt-quirks", file));

        Assert.True(result.Success, result.Error?.ToString());
        var box = result.Ballots;
        Assert.Equal(expected.GetProperty("seats").GetInt32(), box.Seats);
        var names = expected.GetProperty("candidates").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Equal(names.Select(CandidateNames.Normalise), box.Candidates.Select(CandidateNames.Normalise));
        Assert.Equal(names[0], box.Candidates[0]);
        Assert.Equal(expected.GetProperty("title").GetString(), box.Title);
        Assert.Equal(expected.GetProperty("total_weight").GetInt64(), box.TotalWeight + box.EmptyBallots);
        // The cut files hold six ballot lines, all with distinct rankings.
        Assert.Equal(expected.GetProperty("ballot_lines").GetInt32(), box.RankingCount);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_ReportsKindLineAndColumn(string file)
    {
        var expected = Expected(file);
        var result = BltReader.Read(SharedData.PathOf("blt-quirks", file));

        Assert.False(result.Success);
        var error = result.Error;
        Assert.Equal(KindOf(expected.GetProperty("error").GetString()!), error.Kind);
        Assert.Equal(expected.GetProperty("line").GetInt32(), error.Line);
        int? column = expected.TryGetProperty("column", out var c) ? c.GetInt32() : null;
        Assert.Equal(column, error.Column);
        Assert.Equal(file, error.File);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.StartsWith($"{file}:{error.Line}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaSeparated_JoinsCommaSplitName()
    {
        var box = BltReader.Read(SharedData.PathOf("blt-quirks", "comma-separated.blt")).Ballots!;
        Assert.Equal("Wilma LUMSDEN", box.Candidates[3]);
    }

    [Fact]
    public void Read_ReplacementCharacterInFile_KeepsIt()
    {
        var box = BltReader.Read(SharedData.PathOf("blt-quirks", "replacement-character.blt")).Ballots!;
        Assert.Equal("E\uFFFDghann MACCOLL (SNP)", box.Candidates[3]);
    }

    [Fact]
    public void Read_BadHeader_ReportsLine1Column1()
    {
        var error = BltReader.Read(SharedData.PathOf("blt-quirks", "bad-header.blt")).Error!;
        Assert.Equal((BltErrorKind.BadHeader, 1, 1), (error.Kind, error.Line, error.Column));
    }

    [Fact]
    public void Read_CandidateOutOfRange_SaysWhichAndHowMany()
    {
        var error = BltReader.Read(SharedData.PathOf("blt-quirks", "bad-candidate-out-of-range.blt")).Error!;
        Assert.Equal("candidate 4 is out of range: this election has 3 candidates", error.Message);
    }

    private static JsonElement Expected(string file) =>
        s_expected.Value.RootElement.GetProperty("files").GetProperty(file);

    /// <summary>The README's labels (<c>number-too-large</c>) are the enum's names in kebab case.</summary>
    private static BltErrorKind KindOf(string label) =>
        Enum.Parse<BltErrorKind>(string.Concat(label.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));

    private static TheoryData<string> FilesWhere(bool accept)
    {
        var data = new TheoryData<string>();
        foreach (var file in s_expected.Value.RootElement.GetProperty("files").EnumerateObject())
        {
            if (file.Value.GetProperty("accept").GetBoolean() == accept)
            {
                data.Add(file.Name);
            }
        }

        return data;
    }
}
