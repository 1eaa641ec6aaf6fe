using Omov.Counting.Blt;
using Omov.Counting.Methods.Stv;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>Scottish STV on every ward of the 2012 Scottish council elections, against two independent programs' winners.</summary>
public sealed class ScottishStvScotland2012Tests
{
    private const string Folder = "scotland-2012";

    public static TheoryData<string, string> Wards()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf(Folder, "expected-winners.csv")).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            // file,seats,elected,elected_numbers: names may hold commas, but neither end field does.
            data.Add(line[..line.IndexOf(',', StringComparison.Ordinal)], line[(line.LastIndexOf(',') + 1)..]);
        }

        return data;
    }

    [Fact]
    public void Wards_All353Listed() => Assert.Equal(353, Wards().Count);

    [Theory]
    [MemberData(nameof(Wards))]
    public void Count_Ward2012_ElectsThePublishedWinners(string file, string electedNumbers)
    {
        var read = BltReader.Read(SharedData.PathOf(Folder, file));
        Assert.True(read.Success);

        var result = new ScottishStv().Count(read.Ballots, new CountOptions());

        var expected = electedNumbers.Split('|').Select(int.Parse).Order();
        Assert.Equal(expected, result.Elected.Select(c => c + 1).Order());
        StvAssert.EveryStageAddsUp(result);
    }
}
