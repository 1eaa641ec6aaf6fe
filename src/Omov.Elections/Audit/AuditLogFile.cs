using System.Globalization;
using System.Text.Json;

namespace Omov.Elections.Audit;

/// <summary>
/// The published export of the audit log: JSON Lines, UTF-8 without a byte-order mark, one entry
/// per line in sequence order, each line ending in <c>\n</c>. A line is the entry's canonical form
/// with its hash added (<see cref="AuditCanonicalForm.ExportLine"/>):
/// <code>{"action":"member.viewed","actor":"jsmith","details":{},"hash":"…","previousHash":"…","sequence":1,"subject":"L0000001","timestamp":"2026-01-20T17:00:00.0000000Z"}</code>
/// Reading is strict: every line must be a JSON object with exactly the eight members
/// <c>sequence</c> (integer), <c>timestamp</c> (string, <see cref="AuditCanonicalForm.TimestampFormat"/>),
/// <c>actor</c>, <c>action</c>, <c>subject</c> (strings), <c>details</c> (object of strings),
/// <c>previousHash</c> and <c>hash</c> (strings), in any order and spacing; nothing else, and no
/// blank lines. Whether the entries form a valid chain is <see cref="AuditChain.Verify"/>'s job.
/// </summary>
public static class AuditLogFile
{
    // Bytes that are not UTF-8 are a malformed file, not text to patch up with U+FFFD.
    private static readonly System.Text.UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] s_members = ["action", "actor", "details", "hash", "previousHash", "sequence", "subject", "timestamp"];

    /// <summary>Writes <paramref name="entries"/> as JSON Lines.</summary>
    public static void Write(IEnumerable<AuditEntry> entries, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var entry in entries)
        {
            writer.Write(AuditCanonicalForm.ExportLine(entry));
            writer.Write('\n');
        }
    }

    /// <summary>Reads a JSON Lines export; stops at the first malformed line.</summary>
    public static AuditLogReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(Lines(reader));
    }

    /// <summary>Reads a JSON Lines export file; stops at the first malformed line (bytes that are not UTF-8 included).</summary>
    public static AuditLogReadResult Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(Utf8Lines(stream));
    }

    /// <summary>
    /// Reads and verifies an export in one pass, holding one entry at a time, so a log of any size
    /// fits in memory. The file is read to its end even after the chain breaks, so that a malformed
    /// line anywhere is reported as such (the result then holds only <c>Error</c>), exactly as
    /// <see cref="Read(TextReader)"/> followed by <see cref="AuditChain.Verify"/> would.
    /// </summary>
    public static (AuditVerification? Verification, AuditLogError? Error) Verify(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Verify(Lines(reader));
    }

    /// <summary>Reads and verifies an export file in one pass (see <see cref="Verify(TextReader)"/>).</summary>
    public static (AuditVerification? Verification, AuditLogError? Error) Verify(string path)
    {
        using var stream = File.OpenRead(path);
        return Verify(Utf8Lines(stream));
    }

    private static AuditLogReadResult Read(IEnumerable<string?> lines)
    {
        var entries = new List<AuditEntry>();
        long lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var parsed = ParseLine(line, lineNumber);
            if (parsed.Error is { } error)
            {
                return AuditLogReadResult.Fail(error);
            }

            entries.Add(parsed.Entry!);
        }

        return AuditLogReadResult.Ok(entries);
    }

    private static (AuditVerification? Verification, AuditLogError? Error) Verify(IEnumerable<string?> lines)
    {
        long lineNumber = 0;
        AuditLogError? error = null;
        using var source = lines.GetEnumerator();

        IEnumerable<AuditEntry> Entries()
        {
            while (source.MoveNext())
            {
                lineNumber++;
                var parsed = ParseLine(source.Current, lineNumber);
                if (parsed.Error is not null)
                {
                    error = parsed.Error;
                    yield break;
                }

                yield return parsed.Entry!;
            }
        }

        var verification = AuditChain.Verify(Entries());
        while (error is null && source.MoveNext())
        {
            lineNumber++;
            error = ParseLine(source.Current, lineNumber).Error;
        }

        return error is null ? (verification, null) : (null, error);
    }

    private static IEnumerable<string?> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>
    /// The lines of a UTF-8 stream, split on <c>\n</c> (a <c>\r</c> before it dropped, a leading
    /// byte-order mark skipped), each decoded on its own so that bytes that are not UTF-8 are
    /// pinned to their line: such a line comes back as null.
    /// </summary>
    private static IEnumerable<string?> Utf8Lines(Stream stream)
    {
        var chunk = new byte[1 << 16];
        var line = new MemoryStream();
        var first = true;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                if (newline < 0)
                {
                    line.Write(chunk, start, read - start);
                    break;
                }

                line.Write(chunk, start, newline - start);
                yield return Decode(line, first);
                first = false;
                line.SetLength(0);
                start = newline + 1;
            }
        }

        if (line.Length > 0)
        {
            yield return Decode(line, first);
        }
    }

    private static string? Decode(MemoryStream line, bool first)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static (AuditEntry? Entry, AuditLogError? Error) ParseLine(string? line, long lineNumber)
    {
        (AuditEntry?, AuditLogError?) Fail(string message, long? column = null) => (null, new AuditLogError(lineNumber, column, message));

        if (line is null)
        {
            return Fail("not valid UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(line))
        {
            return Fail("empty line (each line must hold one entry)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 4 });
        }
        catch (JsonException ex)
        {
            // The reader's message ends with its own (0-based) position; ours is given in front.
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return Fail("not valid JSON: " + (cut > 0 ? message[..cut] : message), (ex.BytePositionInLine ?? 0) + 1);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail($"expected a JSON object, found {Describe(root.ValueKind)}", 1);
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!s_members.Contains(property.Name, StringComparer.Ordinal))
                {
                    return Fail($"unknown member '{Shorten(property.Name)}' (an entry has exactly: {string.Join(", ", s_members)})");
                }
            }

            foreach (var name in s_members)
            {
                if (!root.TryGetProperty(name, out _))
                {
                    return Fail($"missing member '{name}'");
                }
            }

            var sequence = root.GetProperty("sequence");
            if (sequence.ValueKind != JsonValueKind.Number || !sequence.TryGetInt64(out var number) || sequence.GetRawText().Contains('.', StringComparison.Ordinal) || number < 1)
            {
                return Fail("'sequence' must be a whole number from 1");
            }

            try
            {
                var strings = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var name in new[] { "timestamp", "actor", "action", "subject", "previousHash", "hash" })
                {
                    var value = root.GetProperty(name);
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return Fail($"'{name}' must be a string, found {Describe(value.ValueKind)}");
                    }

                    strings[name] = value.GetString()!;
                }

                if (!DateTimeOffset.TryParseExact(strings["timestamp"], AuditCanonicalForm.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
                {
                    return Fail($"'timestamp' must look like 2026-01-20T17:00:00.0000000Z (UTC, seven fractional digits), found '{Shorten(strings["timestamp"])}'");
                }

                var detailsElement = root.GetProperty("details");
                if (detailsElement.ValueKind != JsonValueKind.Object)
                {
                    return Fail($"'details' must be an object, found {Describe(detailsElement.ValueKind)}");
                }

                var details = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var detail in detailsElement.EnumerateObject())
                {
                    if (detail.Value.ValueKind != JsonValueKind.String)
                    {
                        return Fail($"detail '{Shorten(detail.Name)}' must be a string, found {Describe(detail.Value.ValueKind)}");
                    }

                    details[detail.Name] = detail.Value.GetString()!;
                }

                return (new AuditEntry
                {
                    Sequence = number,
                    Timestamp = timestamp,
                    Actor = strings["actor"],
                    Action = strings["action"],
                    Subject = strings["subject"],
                    Details = details,
                    PreviousHash = strings["previousHash"],
                    Hash = strings["hash"],
                }, null);
            }
            catch (InvalidOperationException)
            {
                // GetString refuses escapes that do not make valid UTF-16 (a lone surrogate).
                return Fail("a string is not valid Unicode text");
            }
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
