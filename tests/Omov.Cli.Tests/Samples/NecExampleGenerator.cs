using System.Globalization;
using System.Text;

namespace Omov.Cli.Tests.Samples;

/// <summary>
/// Makes <c>samples/nec-2026-example.blt</c>: a fictional NEC-style election of 12 candidates for
/// 9 seats, 2,000 ballots cast along two slates and an independent. The ballots come from a
/// fixed-seed SplitMix64 generator (not <see cref="Random"/>, whose sequence .NET may change),
/// so the file is the same on every machine; <see cref="NecExampleTests"/> checks the
/// committed file against it.
/// </summary>
/// <remarks>
/// The slates list their men first, as slates sometimes do, so that women tend to trail on
/// first preferences and the "at least 4 women" rule has work to do at the end of the count.
/// </remarks>
internal static class NecExampleGenerator
{
    public const int Seats = 9;
    public const int Ballots = 2000;
    public const int EmptyBallots = 7;

    public static readonly (string Name, bool Woman)[] Candidates =
    [
        ("Amina AHMED (Grassroots)", true),
        ("Tom BARKER (Labour to Win)", false),
        ("Grace CHEN (Labour to Win)", true),
        ("Daniel DAVIES (Grassroots)", false),
        ("Priya EDWARDS (Grassroots)", true),
        ("Mark FLETCHER (Labour to Win)", false),
        ("Siobhan GALLAGHER (Independent)", true),
        ("Hassan HUSSAIN (Grassroots)", false),
        ("Rachel IRVING (Labour to Win)", true),
        ("Owen JENKINSON (Grassroots)", false),
        ("Peter KHAN (Labour to Win)", false),
        ("Luke MORGAN (Grassroots)", false),
    ];

    // Slate cards, in the order each slate recommends (0-based candidate numbers).
    private static readonly int[] s_grassroots = [3, 7, 9, 11, 0, 4];
    private static readonly int[] s_labourToWin = [1, 5, 10, 2, 8];
    private const int Independent = 6;

    public static string Blt()
    {
        var random = new SplitMix64(20260101);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ballot = 0; ballot < Ballots - EmptyBallots; ballot++)
        {
            var ranking = Ranking(ref random);
            var key = string.Join(' ', ranking.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Candidates.Length} {Seats}\n");
        foreach (var (key, weight) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{weight} {key} 0\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{EmptyBallots} 0\n");
        text.Append("0\n");
        foreach (var (name, _) in Candidates)
        {
            text.Append('"').Append(name).Append("\"\n");
        }

        text.Append("\"NEC 2026 example: CLP section (fictional)\"\n");
        return text.ToString();
    }

    public static string GroupsCsv()
    {
        var text = new StringBuilder("candidate,group\n");
        foreach (var (name, woman) in Candidates)
        {
            if (woman)
            {
                text.Append(name).Append(",women\n");
            }
        }

        return text.ToString();
    }

    private static List<int> Ranking(ref SplitMix64 random)
    {
        var roll = random.Next(100);
        var ranking = new List<int>();
        if (roll < 88)
        {
            // A slate voter: mostly the slate's card, with a few places swapped, sometimes
            // stopping early, sometimes adding the independent and then the other slate's women.
            var own = roll < 47 ? s_grassroots : s_labourToWin;
            var other = roll < 47 ? s_labourToWin : s_grassroots;
            ranking.AddRange(own);
            for (var swaps = random.Next(4); swaps > 0; swaps--)
            {
                var i = random.Next(ranking.Count - 1);
                (ranking[i], ranking[i + 1]) = (ranking[i + 1], ranking[i]);
            }

            var keep = random.Next(10) < 3 ? 1 + random.Next(ranking.Count) : ranking.Count;
            ranking.RemoveRange(keep, ranking.Count - keep);
            if (keep == own.Length && random.Next(10) < 4)
            {
                ranking.Add(Independent);
                ranking.AddRange(other.Where(c => Candidates[c].Woman).Take(random.Next(3)));
            }
        }
        else
        {
            // An independent-minded voter: the independent first, then a random handful.
            ranking.Add(Independent);
            var rest = Enumerable.Range(0, Candidates.Length).Where(c => c != Independent).ToList();
            for (var n = random.Next(6); n > 0; n--)
            {
                var pick = random.Next(rest.Count);
                ranking.Add(rest[pick]);
                rest.RemoveAt(pick);
            }
        }

        return ranking;
    }

    /// <summary>SplitMix64: a tiny generator whose sequence is fixed by its definition.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
