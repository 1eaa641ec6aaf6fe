using System.Globalization;
using System.Text;
using Omov.Counting.Ballots;

namespace Omov.Cli.Output;

/// <summary>
/// Standard BLT, plainly: header, withdrawn line, <c>weight prefs... 0</c> per distinct ranking
/// (<c>=</c> between equal preferences), <c>0</c>, then names and title quoted the CSV way.
/// A stand-in until <c>Omov.Counting.Blt.BltWriter</c> is merged.
/// </summary>
internal sealed class MinimalBltWriter : IBallotFileWriter
{
    public void Write(BallotBox ballots, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder();
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{ballots.Candidates.Count} {ballots.Seats}\n"));
        if (ballots.Withdrawn.Count > 0)
        {
            output.Write(string.Join(' ', ballots.Withdrawn.Select(c => (-(c + 1)).ToString(CultureInfo.InvariantCulture))) + "\n");
        }

        for (var i = 0; i < ballots.RankingCount; i++)
        {
            line.Clear();
            line.Append(ballots.Weight(i).ToString(CultureInfo.InvariantCulture));
            foreach (var packed in ballots.Ranking(i))
            {
                line.Append(Preference.IsEqualToPrevious(packed) ? '=' : ' ');
                line.Append((Preference.Candidate(packed) + 1).ToString(CultureInfo.InvariantCulture));
            }

            output.Write(line.Append(" 0\n").ToString());
        }

        if (ballots.EmptyBallots > 0)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{ballots.EmptyBallots} 0\n"));
        }

        output.Write("0\n");
        foreach (var name in ballots.Candidates)
        {
            output.Write(Quote(name) + "\n");
        }

        output.Write(Quote(ballots.Title) + "\n");
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
