using System.Text;

namespace Omov.Counting.Ballots;

/// <summary>
/// Name matching as the data README prescribes: ignore case, quotes and runs of whitespace,
/// so that <c>Lab "Barney CROCKETT"</c> and <c>lab barney  crockett</c> are the same person.
/// </summary>
public static class CandidateNames
{
    /// <summary>The comparable form of a name.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c == '"')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The 0-based index of <paramref name="name"/> in <paramref name="candidates"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> candidates, string name)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = Normalise(name);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (Normalise(candidates[i]) == wanted)
            {
                return i;
            }
        }

        return -1;
    }
}
