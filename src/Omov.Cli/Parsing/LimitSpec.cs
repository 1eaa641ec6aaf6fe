using System.Globalization;
using Omov.Counting;

namespace Omov.Cli.Parsing;

/// <summary>Reads <c>--min GROUP=N</c> and <c>--max GROUP=N</c>.</summary>
internal static class LimitSpec
{
    public static Parsed<GroupLimit> Parse(string text, GroupLimitKind kind)
    {
        var option = kind == GroupLimitKind.Minimum ? "--min" : "--max";
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0
            && text[..equals].Trim() is { Length: > 0 } group
            && int.TryParse(text[(equals + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return Parsed<GroupLimit>.Ok(new GroupLimit(group, kind, count));
        }

        return Parsed<GroupLimit>.Fail($"{option}: expected GROUP=N with N a whole number, such as women=4 (got '{text}')");
    }
}
