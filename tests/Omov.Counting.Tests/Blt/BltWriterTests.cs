using System.Text;
using CsCheck;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;

namespace Omov.Counting.Tests.Blt;

public sealed class BltWriterTests
{
    private static readonly Gen<string> s_name =
        Gen.Char["abcXYZ \"',#=()-0123456789\u00e9\u2010\uFFFD"].Array[1, 12]
            .Select(chars => new string(chars).Trim())
            .Where(name => name.Length > 0);

    private static readonly Gen<BallotBox> s_box =
        from candidates in Gen.Int[1, 20]
        from seats in Gen.Int[1, candidates]
        from names in s_name.Array[candidates]
        from title in s_name
        from withdrawn in Gen.Int[0, candidates - 1].Array[0, Math.Min(3, candidates)]
        from rankings in Gen.Select(
            Gen.Shuffle(Enumerable.Range(0, candidates).ToArray(), 1, candidates),
            Gen.Bool.Array[candidates],
            Gen.Long[1, 2_000]).Array[0, 40]
        from empty in Gen.Long[0, 3]
        select Build(candidates, seats, names, title, withdrawn, rankings, empty);

    public static TheoryData<string, string> AllDataFiles() => BltDataFilesTests.AllDataFiles();

    [Theory]
    [MemberData(nameof(AllDataFiles))]
    public void Write_ThenRead_DataFile_RoundTrips(string folder, string file)
    {
        var original = BltReader.Read(SharedData.PathOf(folder, file)).Ballots!;

        var again = BltReader.Parse(BltWriter.ToBytes(original), file);

        Assert.True(again.Success, again.Error?.ToString());
        AssertSameBox(original, again.Ballots);
    }

    [Fact]
    public void Write_RandomBallotBox_RoundTrips() =>
        s_box.Sample(box =>
        {
            var again = BltReader.Parse(BltWriter.ToBytes(box), "random.blt");
            Assert.True(again.Success, again.Error?.ToString());
            AssertSameBox(box, again.Ballots);
        }, iter: 500);

    [Fact]
    public void Write_SmallBox_WritesStandardBlt()
    {
        var builder = new BallotBoxBuilder(4);
        builder.Add([Preference.Pack(0), Preference.Pack(1), Preference.Pack(2, equalToPrevious: true), Preference.Pack(3)], 3);
        builder.Add([2], 2);
        builder.AddEmpty(1);
        var box = builder.Build("Ward \"1\"", 2, ["Ann", "Bob \"B\" Smith", "Cat", "Dan"], [3]);

        var text = Encoding.UTF8.GetString(BltWriter.ToBytes(box));

        Assert.Equal(
            "4 2\n-4\n3 1 2=3 4 0\n2 3 0\n1 0\n0\n\"Ann\"\n\"Bob \"\"B\"\" Smith\"\n\"Cat\"\n\"Dan\"\n\"Ward \"\"1\"\"\"\n",
            text);
    }

    [Fact]
    public void Write_WeightAboveLineLimit_SplitsOverLines()
    {
        var builder = new BallotBoxBuilder(2);
        builder.Add([0], BltReader.MaxWeightPerLine + 5);
        var box = builder.Build("T", 1, ["A", "B"]);

        var text = Encoding.UTF8.GetString(BltWriter.ToBytes(box));

        Assert.StartsWith("2 1\n1000000000 1 0\n5 1 0\n0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LineBreakInName_WritesSpaceSoLinesStayAligned()
    {
        var builder = new BallotBoxBuilder(2);
        builder.Add([0], 1);
        var box = builder.Build("T", 1, ["A\nB", "C"]);

        var again = BltReader.Parse(BltWriter.ToBytes(box), "x.blt").Ballots!;

        Assert.Equal(["A B", "C"], again.Candidates);
    }

    [Fact]
    public async Task WriteAsync_SameBytesAsWrite()
    {
        var box = BltReader.Read(SharedData.PathOf("scotland-official-stages", "dundee_2022_ward8.blt")).Ballots!;
        using var stream = new MemoryStream();

        await BltWriter.WriteAsync(box, stream);

        Assert.Equal(BltWriter.ToBytes(box), stream.ToArray());
    }

    [Fact]
    public void Write_Path_WritesFile()
    {
        var box = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt")).Ballots!;
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".blt");
        try
        {
            BltWriter.Write(box, path);
            AssertSameBox(box, BltReader.Read(path).Ballots!);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static void AssertSameBox(BallotBox expected, BallotBox actual)
    {
        Assert.Equal(expected.Candidates, actual.Candidates);
        Assert.Equal(expected.Seats, actual.Seats);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Withdrawn, actual.Withdrawn);
        Assert.Equal(expected.EmptyBallots, actual.EmptyBallots);
        Assert.Equal(expected.TotalWeight, actual.TotalWeight);
        Assert.Equal(expected.HasEqualRankings, actual.HasEqualRankings);
        Assert.Equal(expected.RankingCount, actual.RankingCount);
        for (var i = 0; i < expected.RankingCount; i++)
        {
            Assert.Equal(expected.Ranking(i).ToArray(), actual.Ranking(i).ToArray());
            Assert.Equal(expected.Weight(i), actual.Weight(i));
        }
    }

    private static BallotBox Build(int candidates, int seats, string[] names, string title, int[] withdrawn, (int[] Order, bool[] Equal, long Weight)[] rankings, long empty)
    {
        var builder = new BallotBoxBuilder(candidates);
        foreach (var (order, equal, weight) in rankings)
        {
            var packed = order.Select((c, i) => Preference.Pack(c, i > 0 && equal[i])).ToArray();
            builder.Add(packed, weight);
        }

        if (empty > 0)
        {
            builder.AddEmpty(empty);
        }

        return builder.Build(title, seats, names, withdrawn);
    }
}
