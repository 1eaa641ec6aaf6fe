using System.Globalization;

namespace Omov.Elections.Audit;

/// <summary>Where and why an audit export could not be read: a line (1-based), a column (1-based, when known) and a message.</summary>
public sealed record AuditLogError(long Line, long? Column, string Message)
{
    /// <summary><c>FILE:LINE:COLUMN: message</c>, or <c>FILE:LINE: message</c> when the column is not known.</summary>
    public string ToString(string fileName) => Column is { } column
        ? string.Create(CultureInfo.InvariantCulture, $"{fileName}:{Line}:{column}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{fileName}:{Line}: {Message}");

    /// <inheritdoc/>
    public override string ToString() => ToString("audit log");
}
