namespace Omov.Delivery.Post.Input;

/// <summary>A problem in a recipients CSV file, with where it is. Never quotes the cell (it may be personal data).</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The line (1-based; the header is line 1).</param>
/// <param name="Column">The column's name, if the problem is in one cell.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RecipientCsvError(string Path, int Line, string? Column, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Column is null ? $"{Path}:{Line}: {Message}" : $"{Path}:{Line}: column '{Column}': {Message}";
}
