using System.Globalization;

namespace Omov.Counting.Blt;

/// <summary>Why a BLT file was rejected, and where: file, 1-based line and, where it makes sense, column.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">1-based line number, or 0 when the file could not be read at all.</param>
/// <param name="Column">1-based column, or null when the whole line (or file) is at fault.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong, in words a returning officer can act on; never ballot contents beyond the offending token.</param>
public sealed record BltError(string File, int Line, int? Column, BltErrorKind Kind, string Message)
{
    /// <summary><c>file:line:column: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        Line <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}: {Message}")
            : Column is { } column
                ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{column}: {Message}")
                : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Message}");
}
