using Omov.Counting.Ballots;

namespace Omov.Counting.Tests.Ballots;

public sealed class BallotBoxBuilderTests
{
    [Fact]
    public void Add_IdenticalRankings_AggregatesWeights()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([0, 1], 2);
        builder.Add([0, 1], 5);
        builder.Add([1, 0], 1);

        var box = builder.Build("t", 1, ["A", "B", "C"]);

        Assert.Equal(2, box.RankingCount);
        Assert.Equal(7, box.Weight(0));
        Assert.Equal(8, box.TotalWeight);
    }

    [Fact]
    public void Add_RepeatedCandidate_CutsRankingAtTheRepeat()
    {
        var builder = new BallotBoxBuilder(3);
        builder.Add([2, 0, 2, 1], 1);

        var box = builder.Build("t", 1, ["A", "B", "C"]);

        Assert.Equal([2, 0], box.Ranking(0).ToArray().Select(p => Preference.Candidate(p)));
        Assert.Equal(1, builder.TruncatedBallots);
    }

    [Fact]
    public void Add_EmptyRanking_CountsAsEmptyBallot()
    {
        var builder = new BallotBoxBuilder(2);
        builder.Add(ReadOnlySpan<int>.Empty, 4);

        var box = builder.Build("t", 1, ["A", "B"]);

        Assert.Equal(0, box.RankingCount);
        Assert.Equal(4, box.EmptyBallots);
    }

    [Fact]
    public void Add_ManyDistinctRankings_KeepsEveryOneOnce()
    {
        // Enough rankings that some hash codes are negative and the table grows several
        // times; a checked cast of a negative hash once overflowed here.
        var builder = new BallotBoxBuilder(30);
        var expected = 0;
        for (var a = 0; a < 30; a++)
        {
            for (var b = 0; b < 30; b++)
            {
                for (var c = 0; c < 30; c++)
                {
                    if (a != b && b != c && a != c)
                    {
                        builder.Add([a, b, c], 1);
                        builder.Add([a, b, c], 1);
                        expected++;
                    }
                }
            }
        }

        var box = builder.Build("t", 3, Enumerable.Range(1, 30).Select(i => $"C{i}").ToArray());

        Assert.Equal(expected, box.RankingCount);
        Assert.All(Enumerable.Range(0, box.RankingCount), i => Assert.Equal(2, box.Weight(i)));
    }
}
