using Omov.Counting.Ballots;

namespace Omov.Counting.Tests.Methods.Ers97;

/// <summary>
/// Deterministic, NEC-like synthetic elections: candidates on slates, voters who mostly follow
/// one slate's order with some swaps, a few who stray, and rankings cut short at random.
/// </summary>
internal static class SyntheticElection
{
    /// <summary>
    /// <paramref name="ballots"/> ballots over <paramref name="candidates"/> candidates split
    /// into <paramref name="slates"/> slates, for <paramref name="seats"/> seats.
    /// </summary>
    public static BallotBox Build(int seed, int ballots, int candidates, int seats, int slates = 3)
    {
        var random = new Random(seed);
        var builder = new BallotBoxBuilder(candidates);

        // Slate s holds candidates s, s + slates, s + 2·slates, ...; a slate's strength and each
        // member's pull vary so that the count has surpluses, exclusions and close calls.
        var slateOf = Enumerable.Range(0, candidates).Select(c => c % slates).ToArray();
        var members = Enumerable.Range(0, slates).Select(s => Enumerable.Range(0, candidates).Where(c => slateOf[c] == s).ToArray()).ToArray();
        var slateShare = Enumerable.Range(0, slates).Select(s => 1.0 + random.NextDouble() * 2).ToArray();
        var pull = Enumerable.Range(0, candidates).Select(_ => 0.2 + random.NextDouble()).ToArray();
        var ranking = new int[candidates];
        var keys = new double[candidates];
        for (var b = 0; b < ballots; b++)
        {
            var slate = Pick(random, slateShare);
            var loyal = random.NextDouble() < 0.8;
            for (var c = 0; c < candidates; c++)
            {
                ranking[c] = c;
                var bonus = loyal && slateOf[c] == slate ? 10 : 0;
                keys[c] = -(bonus + pull[c] * (0.5 + random.NextDouble()) * 3);
            }

            Array.Sort(keys, ranking);
            var length = random.NextDouble() < 0.3 ? 1 + random.Next(candidates) : Math.Min(candidates, members[slate].Length + random.Next(4));
            builder.Add(ranking.AsSpan(0, length));
        }

        var names = Enumerable.Range(1, candidates).Select(i => $"Candidate {i:00}").ToArray();
        return builder.Build("Synthetic", seats, names);
    }

    private static int Pick(Random random, double[] shares)
    {
        var x = random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Length; i++)
        {
            x -= shares[i];
            if (x < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }
}
