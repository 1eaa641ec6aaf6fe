using System.Globalization;
using System.Text;
using Omov.Counting.Ballots;

namespace Omov.Counting.Blt;

/// <summary>
/// Reads BLT ballot files (the format of OpenSTV, Droop and the Scottish councils) as
/// <c>blt-quirks/README.md</c> sets out.
/// </summary>
public static class BltReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static BltReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads BLT from raw bytes; <paramref name="fileName"/> is used in error messages.</summary>
    public static BltReadResult Parse(ReadOnlySpan<byte> bytes, string fileName)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var names = new Dictionary<int, string>();
        var index = 0;
        string NextLine() => lines[index++];
        bool IsComment(string line) => line.TrimStart().StartsWith('#');

        while (index < lines.Length && (IsComment(lines[index]) || lines[index].Trim().Length == 0))
        {
            index++;
        }

        if (index >= lines.Length)
        {
            return BltReadResult.Fail(new BltError(fileName, 1, null, BltErrorKind.EmptyFile, "the file is empty: expected a header '<candidates> <seats>'"));
        }

        var header = Fields(NextLine());
        var candidates = int.Parse(header[0], CultureInfo.InvariantCulture);
        var seats = int.Parse(header[1], CultureInfo.InvariantCulture);
        var withdrawn = new List<int>();
        var builder = new BallotBoxBuilder(candidates);
        var ranking = new List<ushort>();
        while (true)
        {
            var line = NextLine();
            if (IsComment(line) || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Fields(line);
            if (fields.Length == 1 && fields[0] == "0")
            {
                break;
            }

            if (fields[0].StartsWith('-'))
            {
                withdrawn.AddRange(fields.Select(f => -int.Parse(f, CultureInfo.InvariantCulture) - 1));
                continue;
            }

            ranking.Clear();
            var weight = long.Parse(fields[0], CultureInfo.InvariantCulture);
            for (var i = 1; i < fields.Length - 1; i++)
            {
                var equal = fields[i].Contains('=', StringComparison.Ordinal);
                var parts = fields[i].Split('=');
                for (var p = 0; p < parts.Length; p++)
                {
                    ranking.Add(Preference.Pack(int.Parse(parts[p], CultureInfo.InvariantCulture) - 1, equal && p > 0));
                }
            }

            if (ranking.Count == 0)
            {
                builder.AddEmpty(weight);
            }
            else
            {
                builder.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ranking), weight);
            }
        }

        var texts = new List<string>();
        while (index < lines.Length)
        {
            var line = NextLine();
            var trimmed = line.Trim();
            if (trimmed.StartsWith("# ALTERNATIVE NAME ", StringComparison.OrdinalIgnoreCase))
            {
                var rest = trimmed["# ALTERNATIVE NAME ".Length..];
                var colon = rest.IndexOf(':', StringComparison.Ordinal);
                names[int.Parse(rest[..colon], CultureInfo.InvariantCulture)] = rest[(colon + 1)..].Trim();
                continue;
            }

            if (trimmed.Length == 0 || IsComment(trimmed))
            {
                continue;
            }

            texts.Add(NameText(trimmed));
        }

        var candidateNames = new string[candidates];
        var next = 0;
        for (var c = 0; c < candidates; c++)
        {
            candidateNames[c] = names.TryGetValue(c + 1, out var alternative) ? alternative : texts[next++];
        }

        var title = next < texts.Count ? texts[next] : string.Empty;
        return BltReadResult.Ok(builder.Build(title, seats, candidateNames, withdrawn));
    }

    private static string[] Fields(string line) =>
        line.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);

    private static string NameText(string line)
    {
        if (!line.StartsWith('"'))
        {
            return line.TrimEnd(',').Trim();
        }

        var builder = new StringBuilder();
        var i = 1;
        while (i < line.Length)
        {
            if (line[i] == '"')
            {
                if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    builder.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            builder.Append(line[i++]);
        }

        var rest = line[i..].TrimEnd(',').Trim();
        var name = builder.ToString().Trim();
        return rest.Length == 0 ? name : name + " " + rest;
    }
}
