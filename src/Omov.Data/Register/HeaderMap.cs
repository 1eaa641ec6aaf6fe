namespace Omov.Data.Register;

/// <summary>Which column of a file holds which field, worked out from its header line and a mapping.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    private HeaderMap()
    {
    }

    public int ColumnCount { get; private set; }

    /// <summary>The column index of <paramref name="field"/>, or -1.</summary>
    public int IndexOf(string field) => _indexes.TryGetValue(field, out var index) ? index : -1;

    /// <summary>The column's name as the file spells it (for problem reports).</summary>
    public string NameOf(string field) => _indexes.TryGetValue(field, out var index) ? _names[index] : field;

    public static HeaderMap Build(string[] header, IReadOnlyList<string> fields, IReadOnlyList<string> required, ImportOptions options, ProblemList problems)
    {
        var map = new HeaderMap { ColumnCount = header.Length };
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            map._names.Add(name);
            string? field = options.Mapping.TryGetValue(name, out var mapped) ? mapped
                : fields.Contains(name.ToLowerInvariant()) ? name.ToLowerInvariant()
                : null;
            if (field is null)
            {
                if (!options.IgnoreUnknownColumns)
                {
                    problems.Add(1, name.Length == 0 ? $"#{i + 1}" : name, "unknown column (map it with --map COLUMN=field, or pass --ignore-unknown)");
                }

                continue;
            }

            if (!map._indexes.TryAdd(field, i))
            {
                problems.Add(1, name, $"a second column for field {field}");
            }
        }

        foreach (var field in required)
        {
            if (!map._indexes.ContainsKey(field))
            {
                problems.Add(1, field, "required column missing");
            }
        }

        return map;
    }
}
