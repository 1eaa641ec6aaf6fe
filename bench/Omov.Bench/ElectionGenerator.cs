using System.Globalization;
using System.Text;

namespace Omov.Bench;

/// <summary>
/// Writes large, realistic ranked-ballot elections as BLT: candidates on slates, voters who
/// follow their slate's recommended order with some shuffling, truncated rankings, a few
/// cross-slate preferences — so identical rankings recur as they do in real internal elections.
/// One line per ballot (weight 1), like a raw cast-vote record. Deterministic for a seed.
/// </summary>
public sealed class ElectionGenerator
{
    private readonly int _candidates;
    private readonly int _seats;
    private readonly int _seed;

    public ElectionGenerator(int candidates = 30, int seats = 9, int seed = 2026)
    {
        _candidates = candidates;
        _seats = seats;
        _seed = seed;
    }

    /// <summary>Candidates with an even index are women (half of the field).</summary>
    public IReadOnlyList<int> Women => Enumerable.Range(0, _candidates).Where(c => c % 2 == 0).ToArray();

    public string CandidateName(int c) => string.Create(CultureInfo.InvariantCulture, $"Candidate {c + 1:00} ({(c % 2 == 0 ? "F" : "M")})");

    /// <summary>Writes <paramref name="ballots"/> ballots as BLT to <paramref name="path"/>.</summary>
    public void WriteBlt(string path, int ballots)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        WriteBlt(writer, ballots);
    }

    public void WriteBlt(TextWriter writer, int ballots)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{_candidates} {_seats}\n"));
        var random = new Random(_seed);
        var slates = Slates();
        var shares = new[] { 0.38, 0.34, 0.18, 0.10 };
        var ranking = new List<int>(_candidates);
        var line = new StringBuilder(128);
        for (var b = 0; b < ballots; b++)
        {
            ranking.Clear();
            var slate = slates[Pick(random, shares)];
            // Slate voters mostly follow the published order; some swap neighbours.
            ranking.AddRange(slate);
            if (random.NextDouble() < 0.35)
            {
                var i = random.Next(ranking.Count - 1);
                (ranking[i], ranking[i + 1]) = (ranking[i + 1], ranking[i]);
            }

            if (random.NextDouble() < 0.25)
            {
                var i = random.Next(ranking.Count);
                var j = random.Next(ranking.Count);
                (ranking[i], ranking[j]) = (ranking[j], ranking[i]);
            }

            // Many stop after a few preferences; some carry on into other slates.
            var length = random.NextDouble() < 0.30 ? 1 + random.Next(4) : ranking.Count;
            ranking.RemoveRange(length, ranking.Count - length);
            if (random.NextDouble() < 0.25)
            {
                var extra = 1 + random.Next(6);
                for (var k = 0; k < extra; k++)
                {
                    var c = random.Next(_candidates);
                    if (!ranking.Contains(c))
                    {
                        ranking.Add(c);
                    }
                }
            }

            line.Clear().Append("1 ");
            foreach (var c in ranking)
            {
                line.Append(c + 1).Append(' ');
            }

            line.Append("0\n");
            writer.Write(line);
        }

        writer.Write("0\n");
        for (var c = 0; c < _candidates; c++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\"{CandidateName(c)}\"\n"));
        }

        writer.Write("\"Synthetic NEC-style election\"\n");
    }

    private List<int>[] Slates()
    {
        // Four slates: three of nine (the seats) and one of the rest, in a fixed shuffled order.
        var order = Enumerable.Range(0, _candidates).ToList();
        var random = new Random(_seed ^ 0x5EED);
        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var size = Math.Max(1, Math.Min(_seats, _candidates / 4));
        var slates = new List<int>[4];
        for (var s = 0; s < 4; s++)
        {
            var start = s * size;
            slates[s] = s < 3 ? order.Skip(start).Take(size).ToList() : order.Skip(3 * size).ToList();
            if (slates[s].Count == 0)
            {
                slates[s] = [order[s % order.Count]];
            }
        }

        return slates;
    }

    private static int Pick(Random random, double[] shares)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < shares.Length; i++)
        {
            roll -= shares[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }
}
