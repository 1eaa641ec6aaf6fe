using System.Globalization;
using System.Text;

namespace Omov.Cli.Parsing;

/// <summary>
/// Reads a groups side file (<c>--groups FILE</c>): CSV with two columns,
/// <c>candidate,group</c>, one candidate per line; an optional header line
/// <c>candidate,group</c>; blank lines and lines starting with <c>#</c> ignored. A candidate is a
/// name (quoted the CSV way if it holds a comma) or a BLT candidate number. A candidate may be
/// in several groups (one line each).
/// </summary>
internal static class GroupsFile
{
    public static Parsed<IReadOnlyList<GroupSpec>> Read(string path)
    {
        if (!File.Exists(path))
        {
            return Parsed<IReadOnlyList<GroupSpec>>.Fail($"{path}: groups file not found");
        }

        var name = Path.GetFileName(path);
        var lines = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var specs = new List<GroupSpec>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}:{i + 1}");
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = SplitCsv(line);
            if (fields is null || fields.Count != 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                return Parsed<IReadOnlyList<GroupSpec>>.Fail($"{where}: expected two columns, candidate,group (a name holding a comma must be in double quotes)");
            }

            if (specs.Count == 0 && string.Equals(fields[0], "candidate", StringComparison.OrdinalIgnoreCase) && string.Equals(fields[1], "group", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            specs.Add(new GroupSpec(fields[1], [fields[0]], where));
        }

        return Parsed<IReadOnlyList<GroupSpec>>.Ok(specs);
    }

    /// <summary>The fields of one CSV line (RFC 4180 quoting), trimmed; null if a quote is left open.</summary>
    internal static List<string>? SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
