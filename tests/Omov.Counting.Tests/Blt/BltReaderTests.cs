using System.Text;
using CsCheck;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;

namespace Omov.Counting.Tests.Blt;

public sealed class BltReaderTests
{
    private const string Names = "\"Ann\"\n\"Bob\"\n\"Cat\"\n\"Dan\"\n\"Title\"\n";

    [Fact]
    public void Parse_ByteOrderMark_IsIgnoredAndNotAColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("4 2\n1 1 2 0\n0\n" + Names)).ToArray();
        Assert.True(BltReader.Parse(bytes, "bom.blt").Success);

        var bad = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("x 2\n")).ToArray();
        Assert.Equal(1, BltReader.Parse(bad, "bom.blt").Error!.Column);
    }

    [Fact]
    public void Parse_Crlf_ReadsLikeLf()
    {
        var lf = Parse("4 2\n3 1 2 0\n2 4 3 0\n0\n" + Names).Ballots!;
        var crlf = Parse(("4 2\n3 1 2 0\n2 4 3 0\n0\n" + Names).Replace("\n", "\r\n", StringComparison.Ordinal)).Ballots!;
        BltWriterTests.AssertSameBox(lf, crlf);
        Assert.Equal("Ann", crlf.Candidates[0]);
        Assert.Equal("Title", crlf.Title);
    }

    [Fact]
    public void Parse_CommentLinesAnywhere_AreIgnored()
    {
        var box = Parse("# made by hand\n4 2\n  # ballots follow\n3 1 2 0\n# between\n2 4 3 0\n0\n# names\n\"Ann\"\n\"Bob\"\n# middle\n\"Cat\"\n\"Dan\"\n\"Title\"\n# end\n").Ballots!;
        Assert.Equal(5, box.TotalWeight);
        Assert.Equal(["Ann", "Bob", "Cat", "Dan"], box.Candidates);
    }

    [Fact]
    public void Parse_EqualRanking_PacksEqualFlagAndReportsIt()
    {
        var box = Parse("4 2\n1 1 2=3 4 0\n0\n" + Names).Ballots!;
        Assert.True(box.HasEqualRankings);
        Assert.Equal(
            [Preference.Pack(0), Preference.Pack(1), Preference.Pack(2, equalToPrevious: true), Preference.Pack(3)],
            box.Ranking(0).ToArray());
    }

    [Fact]
    public void Parse_NoEqualRanking_ReportsNone() =>
        Assert.False(Parse("4 2\n1 1 2 3 4 0\n0\n" + Names).Ballots!.HasEqualRankings);

    [Theory]
    [InlineData("4 2\n1 1 = 2 0\n", 2, 5)]
    [InlineData("4 2\n1 1= 2 0\n", 2, 4)]
    [InlineData("4 2\n1 1=0\n", 2, 4)]
    [InlineData("4 2\n1 =1 0\n", 2, 3)]
    public void Parse_StrayEquals_ReportsMalformedAtIt(string text, int line, int column) =>
        AssertError(text, BltErrorKind.Malformed, line, column);

    [Fact]
    public void Parse_WithdrawnLine_WithdrawsCandidates()
    {
        var box = Parse("4 2\n-2 -4\n3 1 2 0\n0\n" + Names).Ballots!;
        Assert.Equal([1, 3], box.Withdrawn);
    }

    [Fact]
    public void Parse_WithdrawnOption_WithdrawsCandidates()
    {
        var box = Parse("4 2\n[withdrawn 3 1]\n-4\n3 1 2 0\n0\n" + Names).Ballots!;
        Assert.Equal([0, 2, 3], box.Withdrawn);
    }

    [Theory]
    [InlineData("4 2\n-5\n1 1 0\n0\n", BltErrorKind.CandidateOutOfRange, 2, 1)]
    [InlineData("4 2\n[withdrawn 2 9]\n1 1 0\n0\n", BltErrorKind.CandidateOutOfRange, 2, 14)]
    [InlineData("4 2\n[seats 3]\n1 1 0\n0\n", BltErrorKind.Malformed, 2, 1)]
    [InlineData("4 2\n[withdrawn 2\n1 1 0\n0\n", BltErrorKind.Malformed, 2, 1)]
    [InlineData("4 2\n1 1 0\n[withdrawn 2]\n0\n", BltErrorKind.Malformed, 3, 1)]
    [InlineData("4 2\n-1 -x\n1 1 0\n0\n", BltErrorKind.Malformed, 2, 4)]
    [InlineData("4 2\n-2 3 0\n0\n", BltErrorKind.NegativeWeight, 2, 1)]
    public void Parse_BadWithdrawal_Rejected(string text, BltErrorKind kind, int line, int column) =>
        AssertError(text + Names, kind, line, column);

    [Fact]
    public void Parse_ZeroWeightWithPreferences_IsRejectedAsNegativeWeight()
    {
        var error = AssertError("4 2\n1 1 0\n0 1 2 0\n0\n" + Names, BltErrorKind.NegativeWeight, 3, 1);
        Assert.Contains("weight is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WeightWithNoPreferences_CountsAsEmptyBallots()
    {
        var box = Parse("4 2\n3 1 0\n7 0\n0\n" + Names).Ballots!;
        Assert.Equal(3, box.TotalWeight);
        Assert.Equal(7, box.EmptyBallots);
    }

    [Fact]
    public void Parse_BallotId_IsSkipped()
    {
        var box = Parse("4 2\n(a-17) 1 2 1 0\n(18) 1 3 0\n0\n" + Names).Ballots!;
        Assert.Equal(2, box.TotalWeight);
        Assert.Equal([Preference.Pack(1), Preference.Pack(0)], box.Ranking(0).ToArray());
    }

    [Fact]
    public void Parse_RepeatedCandidate_CutsTheRankingThere()
    {
        var box = Parse("4 2\n1 2 3 2 4 0\n0\n" + Names).Ballots!;
        Assert.Equal([Preference.Pack(1), Preference.Pack(2)], box.Ranking(0).ToArray());
    }

    [Fact]
    public void Parse_RankingLongerThanCandidates_CutsAtFirstRepeat()
    {
        var line = "1 2 3 " + string.Concat(Enumerable.Repeat("1 4 ", 10_000)) + "0";
        var box = Parse("4 2\n" + line + "\n0\n" + Names).Ballots!;
        Assert.Equal([Preference.Pack(1), Preference.Pack(2), Preference.Pack(0), Preference.Pack(3)], box.Ranking(0).ToArray());
    }

    [Fact]
    public void Parse_InvalidUtf8InName_ReportsInvalidBytesAtCharacterColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("4 2\n1 1 0\n0\n\"Ann\"\nÉé \"")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"\n\"Cat\"\n\"Dan\"\n\"T\"\n")).ToArray();

        var error = BltReader.Parse(bytes, "utf8.blt").Error!;

        Assert.Equal((BltErrorKind.InvalidBytes, 5, 5), (error.Kind, error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NulInName_ReportsInvalidBytes() =>
        AssertError("4 2\n1 1 0\n0\nAn\0n\n\"Bob\"\n\"Cat\"\n\"Dan\"\n", BltErrorKind.InvalidBytes, 4, 3);

    [Fact]
    public void Parse_EncodedReplacementCharacter_IsKept() =>
        Assert.Equal("A\uFFFDn", Parse("4 2\n1 1 0\n0\nA\uFFFDn\n\"Bob\"\n\"Cat\"\n\"Dan\"\n").Ballots!.Candidates[0]);

    [Fact]
    public void Parse_MaxCandidates_Accepted()
    {
        var text = new StringBuilder($"{BltReader.MaxCandidates} 1\n1 {BltReader.MaxCandidates} 1 0\n0\n");
        for (var c = 1; c <= BltReader.MaxCandidates; c++)
        {
            text.Append('C').Append(c).Append('\n');
        }

        var box = Parse(text.ToString()).Ballots!;

        Assert.Equal(BltReader.MaxCandidates, box.Candidates.Count);
        Assert.Equal([Preference.Pack(BltReader.MaxCandidates - 1), Preference.Pack(0)], box.Ranking(0).ToArray());
    }

    [Theory]
    [InlineData("32768 1\n", 1, 1)]
    [InlineData("99999999999999999999999999999999999 1\n", 1, 1)]
    [InlineData("4 2\n1000000001 1 0\n", 2, 1)]
    [InlineData("4 2\n600000000 1 0\n  400000001 2 0\n", 3, 3)]
    public void Parse_BeyondLimits_ReportsNumberTooLarge(string text, int line, int column) =>
        AssertError(text + "0\n" + Names, BltErrorKind.NumberTooLarge, line, column);

    [Fact]
    public void Parse_AtWeightLimits_Accepted() =>
        Assert.Equal(BltReader.MaxTotalWeight, Parse("4 2\n999999999 1 0\n1 2 0\n0\n" + Names).Ballots!.TotalWeight);

    [Theory]
    [InlineData("", BltErrorKind.EmptyFile, 1, null)]
    [InlineData("\n\n# only a comment\n", BltErrorKind.EmptyFile, 4, null)]
    [InlineData("4\n", BltErrorKind.BadHeader, 1, 2)]
    [InlineData("4 2 1\n", BltErrorKind.BadHeader, 1, 5)]
    [InlineData("0 0\n", BltErrorKind.BadHeader, 1, 1)]
    [InlineData("4 5\n", BltErrorKind.BadHeader, 1, 3)]
    [InlineData("4 -1\n", BltErrorKind.BadHeader, 1, 3)]
    [InlineData("4x 1\n", BltErrorKind.BadHeader, 1, 1)]
    [InlineData("4 2\n", BltErrorKind.UnexpectedEndOfFile, 2, null)]
    [InlineData("4 2\n1 1 0\n0\n", BltErrorKind.UnexpectedEndOfFile, 4, null)]
    [InlineData("4 2\n1 1 2\n0\n", BltErrorKind.MissingEndOfBallots, 2, 6)]
    [InlineData("4 2\n1 1 2 0 3\n0\n", BltErrorKind.Malformed, 2, 9)]
    [InlineData("4 2\n1 1 x 0\n0\n", BltErrorKind.Malformed, 2, 5)]
    [InlineData("4 2\n1.5 1 0\n0\n", BltErrorKind.Malformed, 2, 2)]
    [InlineData("4 2\n1 1, 2 0\n0\n", BltErrorKind.Malformed, 2, 4)]
    [InlineData("4 2\n1 -2 0\n0\n", BltErrorKind.CandidateOutOfRange, 2, 3)]
    [InlineData("4 2\n1 99999999999999999999999 0\n0\n", BltErrorKind.CandidateOutOfRange, 2, 3)]
    [InlineData("4 2\n(17 1 2 0\n0\n", BltErrorKind.Malformed, 2, 1)]
    [InlineData("4 2\n1 1\r2 0\n0\n", BltErrorKind.InvalidBytes, 2, 4)]
    [InlineData("4 2\n1 1 0\n0\nAnn\nBob\nCat\nDan\nTitle\nMore\n", BltErrorKind.Malformed, 9, null)]
    [InlineData("4 2\n1 1 0\n0\nAnn\n\"Bob\nCat\nDan\nTitle\n", BltErrorKind.Malformed, 5, 1)]
    [InlineData("4 2\n1 1 0\n0\nAnn\n\"\"\nCat\nDan\nTitle\n", BltErrorKind.Malformed, 5, null)]
    [InlineData("4 2\n1 1 0\n0\nAnn\nBob\n", BltErrorKind.MissingCandidateNames, 5, null)]
    [InlineData("4 2\n1 1 0\n0\n# ALTERNATIVE NAME 5: Eve\nT\n", BltErrorKind.CandidateOutOfRange, 4, 20)]
    [InlineData("4 2\n1 1 0\n0\n# ALTERNATIVE NAME two: Eve\nT\n", BltErrorKind.Malformed, 4, 20)]
    public void Parse_BadInput_ReportsKindLineAndColumn(string text, BltErrorKind kind, int line, int? column) =>
        AssertError(text, kind, line, column);

    [Fact]
    public void Parse_AlternativeNamesForSome_FillTheRestFromNameLines()
    {
        var box = Parse("4 2\n1 1 0\n0\n# ALTERNATIVE NAME 2: Bob\n# alternative name 4: Dan\nAnn\nCat\nTitle").Ballots!;
        Assert.Equal(["Ann", "Bob", "Cat", "Dan"], box.Candidates);
        Assert.Equal("Title", box.Title);
    }

    [Fact]
    public void Parse_NoTitle_GivesEmptyTitle() =>
        Assert.Equal(string.Empty, Parse("4 2\n1 1 0\n0\nAnn\nBob\nCat\nDan\n").Ballots!.Title);

    [Fact]
    public void Parse_CommaHeader_CommasSeparateEverywhere()
    {
        var box = Parse("4,2,\n3,1,2,0,\n0,\nAnn,\n\"Bob, Jr\",\nCat,Smith\n Dan ,\nT,\n").Ballots!;
        Assert.Equal(["Ann", "Bob, Jr", "Cat Smith", "Dan"], box.Candidates);
        Assert.Equal("T", box.Title);
        Assert.Equal(3, box.TotalWeight);
    }

    [Fact]
    public void Parse_Tabs_SeparateLikeSpaces() =>
        Assert.Equal(5, Parse("4\t2\n5\t1\t2\t0\n0\n" + Names).Ballots!.TotalWeight);

    [Fact]
    public void Parse_NoFinalNewline_Accepted() =>
        Assert.Equal("Title", Parse("4 2\n5 1 2 0\n0\n" + Names.TrimEnd('\n')).Ballots!.Title);

    [Fact]
    public void Read_MissingFile_ReportsUnreadableWithoutThrowing()
    {
        var result = BltReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".blt"));
        Assert.Equal(BltErrorKind.Unreadable, result.Error!.Kind);
        Assert.Equal(0, result.Error.Line);
    }

    [Fact]
    public async Task Read_Stream_SameAsBytes()
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("ers97", "ers97.blt"));
        var fromBytes = BltReader.Parse(bytes, "ers97.blt").Ballots!;
        using var stream = new MemoryStream(bytes);
        BltWriterTests.AssertSameBox(fromBytes, BltReader.Read(stream, "ers97.blt").Ballots!);
        using var again = new MemoryStream(bytes);
        BltWriterTests.AssertSameBox(fromBytes, (await BltReader.ReadAsync(again, "ers97.blt")).Ballots!);
        BltWriterTests.AssertSameBox(fromBytes, (await BltReader.ReadAsync(SharedData.PathOf("ers97", "ers97.blt"))).Ballots!);
    }

    [Fact]
    public void Parse_DamagedFile_NeverThrows()
    {
        var original = File.ReadAllBytes(SharedData.PathOf("blt-quirks", "comma-separated.blt"));
        var damage =
            from cut in Gen.Int[0, original.Length]
            from edits in Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Array[0, 6]
            select (cut, edits);
        damage.Sample(d =>
        {
            var bytes = original[..d.cut];
            foreach (var (at, value) in d.edits)
            {
                if (at < bytes.Length)
                {
                    bytes[at] = value;
                }
            }

            var result = BltReader.Parse(bytes, "damaged.blt");
            Assert.True(result.Success || result.Error.Line >= 1);
        }, iter: 5000);
    }

    [Fact]
    public void Parse_RandomText_NeverThrows() =>
        Gen.Char["0123456789 -=,#\"()[]\n\r\tabc\u00e9\0"].Array[0, 200].Sample(chars =>
        {
            var result = BltReader.Parse(Encoding.UTF8.GetBytes(chars), "random.blt");
            Assert.True(result.Success || result.Error.Message.Length > 0);
        }, iter: 20000);

    [Fact]
    public void Parse_PlausibleLines_NeverThrows()
    {
        // Tokens that reach deep into the parser: a valid header, then lines made of ballot-like pieces.
        var token = Gen.OneOf<string>("0", "1", "2", "3", "4", "-1", "-2", "=", "=2", " ", "  ", "\t", ",", "#", "\"", "\"\"", "x",
            "\r", "(", ")", "(7)", "[", "]", "[withdrawn", "99999999999", "1000000000", "# ALTERNATIVE NAME ", ":", "\uFFFD", "\0");
        var line = token.Array[0, 8].Select(string.Concat);
        Gen.Select(Gen.Int[1, 4], line.Array[0, 14]).Sample(file =>
        {
            var text = $"{file.Item1} 1\n" + string.Join('\n', file.Item2);
            var result = BltReader.Parse(Encoding.UTF8.GetBytes(text), "plausible.blt");
            Assert.True(result.Success || result.Error.Line >= 1);
        }, iter: 20000);
    }

    [Fact]
    public void Parse_HeaderOfCommasOnly_ReportsBadHeader() =>
        AssertError(",\n", BltErrorKind.BadHeader, 1, 1);

    private static BltReadResult Parse(string text) => BltReader.Parse(Encoding.UTF8.GetBytes(text), "test.blt");

    private static BltError AssertError(string text, BltErrorKind kind, int line, int? column)
    {
        var result = Parse(text);
        Assert.False(result.Success);
        Assert.Equal((kind, line, column), (result.Error.Kind, result.Error.Line, result.Error.Column));
        return result.Error;
    }
}
