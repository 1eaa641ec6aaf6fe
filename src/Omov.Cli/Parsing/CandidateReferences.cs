using System.Globalization;
using Omov.Counting.Ballots;

namespace Omov.Cli.Parsing;

/// <summary>
/// Candidates named on the command line: by name, compared the loose way
/// (<see cref="CandidateNames.Normalise"/>: case, quotes and runs of spaces ignored), or by
/// their number in the BLT file (1-based, ballot-paper order).
/// </summary>
internal static class CandidateReferences
{
    /// <summary>Splits <c>NAME,NAME,...</c> into trimmed, non-empty references.</summary>
    public static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The 0-based index of the candidate <paramref name="reference"/> names, or an error naming <paramref name="where"/>.</summary>
    public static Parsed<int> Resolve(IReadOnlyList<string> candidates, string reference, string where)
    {
        // A name wins over a number, in case a candidate really is called "3".
        var byName = CandidateNames.IndexOf(candidates, reference);
        if (byName >= 0)
        {
            return Parsed<int>.Ok(byName);
        }

        if (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= candidates.Count
                ? Parsed<int>.Ok(number - 1)
                : Parsed<int>.Fail($"{where}: there is no candidate number {number} (the candidates are numbered 1 to {candidates.Count})");
        }

        return Parsed<int>.Fail($"{where}: no candidate is called '{reference}' (give the name as in the ballot file, or its number from 1 to {candidates.Count})");
    }

    /// <summary>Resolves every reference, stopping at the first that fails; repeats are dropped.</summary>
    public static Parsed<IReadOnlyList<int>> ResolveAll(IReadOnlyList<string> candidates, IEnumerable<string> references, string where)
    {
        var indices = new List<int>();
        foreach (var reference in references)
        {
            var resolved = Resolve(candidates, reference, where);
            if (!resolved.Success)
            {
                return Parsed<IReadOnlyList<int>>.Fail(resolved.Error);
            }

            if (!indices.Contains(resolved.Value))
            {
                indices.Add(resolved.Value);
            }
        }

        return Parsed<IReadOnlyList<int>>.Ok(indices);
    }
}
