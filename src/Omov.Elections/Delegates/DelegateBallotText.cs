using System.Globalization;
using Omov.Counting.Ballots;

namespace Omov.Elections.Delegates;

/// <summary>
/// Paper ballots typed in, one line per paper (or per pile of identical papers): candidate numbers
/// in order of preference, e.g. <c>3 1 2</c>, optionally after a count and a colon, e.g.
/// <c>12: 3 1 2</c> for twelve identical papers. For a block vote the order does not matter.
/// Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class DelegateBallotText
{
    /// <summary>Reads the lines for <paramref name="candidates"/> candidates (numbered from 1) into a ballot box.</summary>
    public static DelegateBallotsResult Read(string text, IReadOnlyList<DelegateCandidate> candidates, int seats, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return DelegateBallotsResult.Failed("there are no candidates");
        }

        var builder = new BallotBoxBuilder(candidates.Count);
        long papers = 0;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            long weight = 1;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                if (!long.TryParse(line[..colon].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out weight) || weight < 1 || weight > 10_000_000)
                {
                    return DelegateBallotsResult.Failed($"line {i + 1}: the number of papers before ':' must be a whole number from 1 to 10,000,000");
                }

                line = line[(colon + 1)..];
            }

            var ranking = new List<int>();
            foreach (string word in line.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > candidates.Count)
                {
                    return DelegateBallotsResult.Failed($"line {i + 1}: '{Short(word)}' is not a candidate number from 1 to {candidates.Count}");
                }

                if (ranking.Contains(number - 1))
                {
                    return DelegateBallotsResult.Failed($"line {i + 1}: candidate {number} appears twice");
                }

                ranking.Add(number - 1);
            }

            if (ranking.Count == 0)
            {
                builder.AddEmpty(weight);
            }
            else
            {
                builder.Add(ranking.ToArray(), weight);
            }

            papers += weight;
        }

        if (papers == 0)
        {
            return DelegateBallotsResult.Failed("no ballot papers were entered");
        }

        return DelegateBallotsResult.Ok(builder.Build(title, seats, [.. candidates.Select(c => c.Name)]), papers);
    }

    private static string Short(string word) => word.Length <= 12 ? word : word[..12] + "…";
}
