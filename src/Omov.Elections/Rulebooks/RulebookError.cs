namespace Omov.Elections.Rulebooks;

/// <summary>One problem in a rulebook, located by its JSON path (e.g. <c>$.rules[2].by</c>).</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Message">What is wrong, in plain English.</param>
/// <param name="Line">The 1-based line in the JSON text, when known.</param>
public sealed record RulebookError(string Path, string Message, long? Line = null)
{
    /// <summary>One line: path, line, message.</summary>
    public override string ToString() => Line is { } line ? $"{Path} (line {line}): {Message}" : $"{Path}: {Message}";
}
