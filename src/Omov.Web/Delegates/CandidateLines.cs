using Omov.Elections.Delegates;

namespace Omov.Web.Delegates;

/// <summary>
/// Candidates typed one per line in ballot-paper order: <c>name, membership number, woman, young</c>,
/// where the membership number may be left empty and the words <c>woman</c> and <c>young</c> are given only when they apply.
/// </summary>
internal static class CandidateLines
{
    public static (IReadOnlyList<DelegateCandidate> Candidates, string? Error) Read(string? text)
    {
        var candidates = new List<DelegateCandidate>();
        var lines = (text ?? "").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',').Select(f => f.Trim()).ToArray();
            if (fields[0].Length == 0 || fields[0].Length > 200)
            {
                return ([], $"Candidates, line {i + 1}: start with the candidate's name (at most 200 characters).");
            }

            bool woman = false, young = false;
            foreach (var flag in fields.Skip(2).Where(f => f.Length > 0))
            {
                switch (flag.ToLowerInvariant())
                {
                    case "woman": woman = true; break;
                    case "young": young = true; break;
                    default: return ([], $"Candidates, line {i + 1}: after the name and membership number write only 'woman' and/or 'young'.");
                }
            }

            candidates.Add(new DelegateCandidate(fields[0], fields.Length > 1 ? fields[1] : "", woman, young));
        }

        return candidates.Count == 0 ? ([], "List at least one candidate.") : (candidates, null);
    }
}
