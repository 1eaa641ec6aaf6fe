using System.Globalization;

namespace Omov.Elections.Meetings;

/// <summary>
/// Reads the preferential papers of a meeting as the tellers type them, one pile per line:
/// <c>COUNT: RANKING</c>, where RANKING is the candidates' numbers in statement order (1 for the
/// first statement read), first preference first, separated by spaces or commas — <c>12: 3 1 2</c>
/// is twelve papers ranking the third, then the first, then the second. A line without
/// <c>COUNT:</c> is one paper; <c>4:</c> alone is four blank papers.
/// </summary>
public static class PaperBallots
{
    /// <summary>The papers, or the first problem naming its line; never throws for bad text.</summary>
    public static (IReadOnlyList<PaperBallot> Papers, string? Problem) Parse(string text, int candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var papers = new List<PaperBallot>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            long count = 1;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                if (!long.TryParse(line[..colon].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count <= 0)
                {
                    return ([], Text($"line {number}: '{line[..colon].Trim()}' is not a number of papers (a whole number of at least 1 before the ':')"));
                }

                line = line[(colon + 1)..];
            }

            var ranking = new List<int>();
            foreach (var part in line.Split([' ', ',', '\t', '>'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var candidate) || candidate < 1 || candidate > candidates)
                {
                    return ([], Text($"line {number}: '{part}' is not a candidate number (1 to {candidates}, in statement order)"));
                }

                if (ranking.Contains(candidate - 1))
                {
                    return ([], Text($"line {number}: candidate {candidate} is ranked twice"));
                }

                ranking.Add(candidate - 1);
            }

            papers.Add(new PaperBallot(count, ranking));
        }

        return papers.Count == 0 ? ([], "no papers were entered") : (papers, null);
    }

    /// <summary>The papers written back in the form <see cref="Parse"/> reads.</summary>
    public static string Format(IEnumerable<PaperBallot> papers) =>
        string.Join('\n', papers.Select(p => p.Count.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(' ', p.Ranking.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)))));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
