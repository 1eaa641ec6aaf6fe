using System.Text;
using Omov.Data.Outbox;

namespace Omov.Delivery.Email.Templates;

/// <summary>
/// Text with <c>{{field}}</c> merge fields (lowercase letters, digits and underscores). A line
/// that holds a list field is repeated once per item (and left out for an empty list), so
/// <c>- {{contests}}</c> becomes one bullet per contest. Merging is one pass over the template:
/// a value is never itself searched for fields.
/// </summary>
internal sealed class MergeTemplate
{
    private readonly string _file;
    private readonly List<List<Part>> _lines;

    private MergeTemplate(string file, List<List<Part>> lines)
    {
        _file = file;
        _lines = lines;
    }

    /// <summary>Every field the template uses.</summary>
    public IEnumerable<string> Fields => _lines.SelectMany(l => l).Where(p => p.Field is not null).Select(p => p.Field!).Distinct(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static (MergeTemplate? Template, TemplateError? Error) Parse(string file, string text, int firstLine)
    {
        var lines = new List<List<Part>>();
        var lineNumber = firstLine;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var parts = new List<Part>();
            var at = 0;
            while (at < line.Length)
            {
                var open = line.IndexOf("{{", at, StringComparison.Ordinal);
                if (open < 0)
                {
                    parts.Add(new Part(line[at..], null, 0, 0));
                    break;
                }

                if (open > at)
                {
                    parts.Add(new Part(line[at..open], null, 0, 0));
                }

                var close = line.IndexOf("}}", open + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return (null, new TemplateError(file, lineNumber, open + 1, "'{{' is not closed by '}}' on the same line"));
                }

                var name = line[(open + 2)..close].Trim();
                if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
                {
                    return (null, new TemplateError(file, lineNumber, open + 1, $"'{line[open..(close + 2)]}' is not a merge field: a field name is lowercase letters, digits and underscores, like {{{{first_name}}}}"));
                }

                parts.Add(new Part(null, name, lineNumber, open + 1));
                at = close + 2;
            }

            lines.Add(parts);
            lineNumber++;
        }

        return (new MergeTemplate(file, lines), null);
    }

    /// <summary>
    /// Merges <paramref name="values"/>, each passed through <paramref name="encode"/>. Fails on
    /// the first field without a value, and on a list where lists are not allowed (a subject).
    /// </summary>
    public (string? Text, TemplateError? Error) Render(IReadOnlyDictionary<string, MergeValue> values, Func<string, string> encode, bool allowLists)
    {
        var output = new StringBuilder();
        for (var l = 0; l < _lines.Count; l++)
        {
            var line = _lines[l];
            Part? listPart = null;
            foreach (var part in line)
            {
                if (part.Field is null)
                {
                    continue;
                }

                if (!values.TryGetValue(part.Field, out var value))
                {
                    var given = values.Count == 0 ? "none" : string.Join(", ", values.Keys.Order(StringComparer.Ordinal));
                    return (null, new TemplateError(_file, part.Line, part.Column, $"merge field {{{{{part.Field}}}}} has no value (values given: {given})"));
                }

                if (value.IsList)
                {
                    if (!allowLists)
                    {
                        return (null, new TemplateError(_file, part.Line, part.Column, $"merge field {{{{{part.Field}}}}} is a list, which cannot go here"));
                    }

                    if (listPart is { } other && other.Field != part.Field)
                    {
                        return (null, new TemplateError(_file, part.Line, part.Column, $"merge field {{{{{part.Field}}}}} is a second list on a line that already repeats for {{{{{other.Field}}}}}"));
                    }

                    listPart = part;
                }
            }

            var copies = listPart is { } list ? values[list.Field!].Items! : [null!];
            foreach (var item in copies)
            {
                foreach (var part in line)
                {
                    output.Append(part.Field is null ? part.Text : encode(values[part.Field].IsList ? item : values[part.Field].Text!));
                }

                output.Append('\n');
            }
        }

        // The split gave one line more than the newlines; drop the extra newline.
        if (output.Length > 0)
        {
            output.Length--;
        }

        return (output.ToString(), null);
    }

    private readonly record struct Part(string? Text, string? Field, int Line, int Column);
}
