namespace Omov.Data.Register;

/// <summary>
/// Reads a column mapping: entries <c>SOURCE=field</c> (from <c>--map</c>) or lines
/// <c>SOURCE,field</c> / <c>SOURCE=field</c> (from a mapping file), SOURCE being a column name in
/// the file and field one of the fields given.
/// </summary>
public static class ColumnMapping
{
    /// <summary>The mapping, or the first error (naming the entry) in <paramref name="error"/>.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(IEnumerable<string> entries, IReadOnlyList<string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(fields);
        var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            var split = entry.LastIndexOfAny(['=', ',']);
            if (split <= 0 || split == entry.Length - 1)
            {
                error = $"mapping '{entry}' is not COLUMN=field";
                return null;
            }

            var source = entry[..split].Trim().Trim('"');
            var field = entry[(split + 1)..].Trim().ToLowerInvariant();
            if (!fields.Contains(field))
            {
                error = $"mapping '{entry}': unknown field '{field}' (fields: {string.Join(", ", fields)})";
                return null;
            }

            if (!mapping.TryAdd(source, field))
            {
                error = $"mapping '{entry}': column '{source}' is mapped twice";
                return null;
            }
        }

        error = null;
        return mapping;
    }

    /// <summary>Reads a mapping file.</summary>
    public static IReadOnlyDictionary<string, string>? ParseFile(string path, IReadOnlyList<string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            error = $"{path}: mapping file not found";
            return null;
        }

        var mapping = Parse(File.ReadLines(path), fields, out error);
        if (error is not null)
        {
            error = $"{path}: {error}";
        }

        return mapping;
    }
}
