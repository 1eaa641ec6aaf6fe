using System.Globalization;
using Omov.Counting.Blt;
using Omov.Counting.Methods.Ers97;
using Xunit.Abstractions;

namespace Omov.Counting.Tests.Methods.Ers97;

public sealed class Ers97ScotlandTests(ITestOutputHelper output)
{
    [Fact]
    public void Count_Scotland2012Wards_AgreesWithScottishStvWinnersInAtLeast95Percent()
    {
        // The expected winners are Scottish STV counts (5 dp, whole-vote quota, all papers
        // transferred at a fraction), not ERS97, so a few wards may differ; ERS97 must agree
        // with the great majority of them.
        var method = new Ers97Method();
        var lines = File.ReadAllLines(SharedData.PathOf("scotland-2012", "expected-winners.csv")).Skip(1).ToList();
        var agree = 0;
        var differ = new List<string>();
        foreach (var line in lines)
        {
            var file = line[..line.IndexOf(',', StringComparison.Ordinal)];
            var expected = line[(line.LastIndexOf(',') + 1)..].Split('|').Select(n => int.Parse(n, CultureInfo.InvariantCulture) - 1).Order().ToArray();
            var read = BltReader.Read(SharedData.PathOf("scotland-2012", file));
            Assert.True(read.Success, file);
            var result = method.Count(read.Ballots, new CountOptions());
            Ers97Assert.TotalsBalance(result);
            if (result.Elected.Order().SequenceEqual(expected))
            {
                agree++;
            }
            else
            {
                differ.Add(file);
            }
        }

        output.WriteLine($"{agree} of {lines.Count} wards agree; differ: {string.Join(", ", differ)}");
        Assert.Equal(353, lines.Count);
        Assert.True(agree >= lines.Count * 95 / 100, $"only {agree} of {lines.Count} agree");
    }
}
