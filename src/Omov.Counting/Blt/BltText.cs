using System.Text;
using System.Text.Unicode;

namespace Omov.Counting.Blt;

/// <summary>
/// The text side of BLT: checking that a line is clean UTF-8, turning byte offsets into the
/// columns an editor shows, and reading a name or title line (<c>blt-quirks/README.md</c> rules 7–9).
/// </summary>
internal static class BltText
{
    /// <summary>
    /// The byte offset of the first byte in <paramref name="line"/> that is not clean text
    /// (invalid UTF-8, or a control character other than tab), or -1 if there is none.
    /// </summary>
    /// <remarks>
    /// A replacement character U+FFFD that is really encoded (EF BF BD) is valid text and is
    /// kept: some councils' files carry one from an earlier bad conversion and must still be read.
    /// </remarks>
    public static int FirstInvalid(ReadOnlySpan<byte> line)
    {
        var asciiClean = true;
        foreach (var b in line)
        {
            if (b >= 0x80 || (b < 0x20 && b != (byte)'\t') || b == 0x7F)
            {
                asciiClean = false;
                break;
            }
        }

        if (asciiClean)
        {
            return -1;
        }

        var offset = 0;
        while (offset < line.Length)
        {
            if (Rune.DecodeFromUtf8(line[offset..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || IsControl(rune.Value))
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Whether a character may not appear in a BLT file (C0 controls but tab, and DEL).</summary>
    public static bool IsControl(int rune) => (rune < 0x20 && rune != '\t') || rune == 0x7F;

    /// <summary>
    /// The 1-based column of byte <paramref name="offset"/>: one column per Unicode character
    /// before it (an invalid byte counts as one), so that a name with accents does not shift it.
    /// </summary>
    public static int ColumnOf(ReadOnlySpan<byte> line, int offset)
    {
        var column = 1;
        var i = 0;
        while (i < offset && i < line.Length)
        {
            if (line[i] < 0x80)
            {
                i++;
            }
            else
            {
                Rune.DecodeFromUtf8(line[i..], out _, out var consumed);
                i += Math.Max(consumed, 1);
            }

            column++;
        }

        return column;
    }

    /// <summary>The error kind and message for an unexpected byte at <paramref name="offset"/>.</summary>
    public static (BltErrorKind Kind, string Message) Unexpected(ReadOnlySpan<byte> line, int offset, BltErrorKind kindIfText, Func<string, string> message)
    {
        var status = Rune.DecodeFromUtf8(line[offset..], out var rune, out _);
        if (status != System.Buffers.OperationStatus.Done)
        {
            return (BltErrorKind.InvalidBytes, BltMessages.InvalidUtf8(line[offset]));
        }

        if (IsControl(rune.Value))
        {
            return (BltErrorKind.InvalidBytes, BltMessages.ControlCharacter(line[offset]));
        }

        return (kindIfText, message(BltMessages.Describe(rune.Value)));
    }

    /// <summary>Decodes a line already checked with <see cref="FirstInvalid"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line);

    /// <summary>
    /// Reads a name or title line (rule 7): unquoted, the whole line trimmed; quoted, the
    /// string read the CSV way (<c>""</c> is one <c>"</c>) and trimmed, then any text after
    /// the closing quote, trimmed, after one space. In a comma-separated file (rule 8) commas
    /// outside quotes separate words like spaces, so <c>Wilma,LUMSDEN,</c> reads
    /// <c>Wilma LUMSDEN</c>.
    /// </summary>
    /// <returns>The text, or null with <paramref name="errorIndex"/> at the unclosed quote (a char index into <paramref name="line"/>).</returns>
    public static string? ReadName(string line, bool commaSeparated, out int errorIndex)
    {
        errorIndex = -1;
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (start == line.Length || line[start] != '"')
        {
            return Unquoted(line.AsSpan(start), commaSeparated);
        }

        var builder = new StringBuilder(line.Length);
        var i = start + 1;
        var closed = false;
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
                closed = true;
                break;
            }

            builder.Append(line[i++]);
        }

        if (!closed)
        {
            // A CSV field may span lines, but here that would silently shift every later
            // name by one, so an unclosed quote is an error rather than a guess.
            errorIndex = start;
            return null;
        }

        var quoted = builder.ToString().Trim();
        var rest = Unquoted(line.AsSpan(i), commaSeparated);
        return rest.Length == 0 ? quoted : quoted.Length == 0 ? rest : quoted + " " + rest;
    }

    private static string Unquoted(ReadOnlySpan<char> text, bool commaSeparated)
    {
        if (!commaSeparated || !text.Contains(','))
        {
            return text.Trim().ToString();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var range in text.Split(','))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
