using CsCheck;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Methods.Meek;

namespace Omov.Counting.Tests.Methods.Meek;

public sealed class RankingTreeTests
{
    [Fact]
    public void Distribute_RandomBallotsAndKeepValues_EqualsBallotByBallotArithmetic()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var n = random.Next(2, 9);
                var builder = new BallotBoxBuilder(n);
                for (var b = random.Next(1, 60); b > 0; b--)
                {
                    var ranking = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, n + 1))
                        .Select((c, i) => Preference.Pack(c, i > 0 && random.Next(3) == 0)).ToArray();
                    builder.Add((ReadOnlySpan<ushort>)ranking, random.Next(1, 5));
                }

                var box = builder.Build("t", 2, Enumerable.Range(0, n).Select(i => $"C{i}").ToArray());
                var withdrawn = Enumerable.Range(0, n).Select(_ => random.Next(6) == 0).ToArray();
                var keep = Enumerable.Range(0, n).Select(c => withdrawn[c] ? 0 : random.Next(4) switch
                {
                    0 => Votes.UnitsPerVote,
                    1 => 0,
                    _ => random.NextInt64(1, Votes.UnitsPerVote),
                }).ToArray();

                var fromTree = RankingTree.Build(box, withdrawn).Distribute(keep);
                Assert.Equal(ByBallot(box, withdrawn, keep), fromTree);
            },
            iter: 300);
    }

    // Schedule 1A cl. 10 applied to each ballot on its own, through Votes' own rounding; a
    // level of equals shares the value among its members still in the count.
    private static long[] ByBallot(BallotBox box, bool[] withdrawn, long[] keep)
    {
        var votes = new long[keep.Length];
        for (var r = 0; r < box.RankingCount; r++)
        {
            var levels = new List<List<int>>();
            foreach (var packed in box.Ranking(r))
            {
                if (levels.Count == 0 || !Preference.IsEqualToPrevious(packed))
                {
                    levels.Add([]);
                }

                levels[^1].Add(Preference.Candidate(packed));
            }

            for (var paper = 0; paper < box.Weight(r); paper++)
            {
                var value = Votes.One;
                foreach (var level in levels)
                {
                    var active = level.Where(c => !withdrawn[c] && keep[c] > 0).Order().ToList();
                    if (active.Count == 0)
                    {
                        continue;
                    }

                    var passed = Votes.Zero;
                    for (var i = 0; i < active.Count; i++)
                    {
                        var share = Votes.FromUnits((value.Units / active.Count) + (i < value.Units % active.Count ? 1 : 0));
                        var k = Votes.FromUnits(keep[active[i]]);
                        votes[active[i]] += share.MultiplyRoundUp(k, 9).Units;
                        passed += share.MultiplyRoundUp(Votes.One - k, 9);
                    }

                    value = passed;
                }
            }
        }

        return votes;
    }
}
