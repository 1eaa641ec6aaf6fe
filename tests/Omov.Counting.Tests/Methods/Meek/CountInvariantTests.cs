using CsCheck;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Methods;

namespace Omov.Counting.Tests.Methods.Meek;

/// <summary>Properties every one of fptp, block, av and meek must keep on any ballots.</summary>
public sealed class CountInvariantTests
{
    public static TheoryData<string> Methods => new() { "fptp", "block", "av", "meek" };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_RandomElections_TotalsPlusNonTransferableEqualValidVote(string name)
    {
        var method = CountingMethods.Find(name)!;
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var box = RandomBox(random);
                var n = box.Candidates.Count;
                var options = n > 1 && random.Next(3) == 0 ? new CountOptions { Withdraw = [random.Next(n)] } : new CountOptions();
                Assert.Empty(CountValidation.Check(box, options, method));
                var result = method.Count(box, options);

                // A block voter holds one vote per seat; every other method, one per ballot.
                var perBallot = name == "block" ? result.Seats : 1;
                var valid = Votes.FromWhole(result.ValidBallots * perBallot);
                foreach (var stage in result.Stages)
                {
                    Assert.Equal(valid, stage.Votes.Aggregate(Votes.Zero, (a, b) => a + b) + stage.NonTransferable);
                    Assert.Equal(box.Candidates.Count, stage.Statuses.Count);
                }

                Assert.Equal(box.TotalWeight + box.EmptyBallots, result.ValidBallots + result.InvalidBallots);
                Assert.Equal(Math.Min(result.Seats, n - options.Withdraw.Count), result.Elected.Count);
                Assert.DoesNotContain(result.Elected, options.Withdraw.Contains);
                Assert.Equal(result.Elected.Count, result.Elected.Distinct().Count());
            },
            iter: 150);
    }

    private static BallotBox RandomBox(Random random)
    {
        var n = random.Next(1, 8);
        var builder = new BallotBoxBuilder(n);
        for (var b = random.Next(1, 40); b > 0; b--)
        {
            var ranking = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, n + 1)).ToArray();
            builder.Add(ranking, random.Next(1, 4));
        }

        if (random.Next(4) == 0)
        {
            builder.AddEmpty(random.Next(1, 3));
        }

        return builder.Build("t", random.Next(1, n + 1), Enumerable.Range(0, n).Select(i => $"C{i}").ToArray());
    }
}
