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
        var entries = new List<AuditEntry>();
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
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

    /// <summary>Reads a JSON Lines export from a file.</summary>
    public static AuditLogReadResult Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
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
        long lineNumber = 0;
        AuditLogError? error = null;

        IEnumerable<AuditEntry> Entries()
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                var parsed = ParseLine(line, lineNumber);
                if (parsed.Error is not null)
                {
                    error = parsed.Error;
                    yield break;
                }

                yield return parsed.Entry!;
            }
        }

        var verification = AuditChain.Verify(Entries());
        while (error is null && reader.ReadLine() is { } rest)
        {
            lineNumber++;
            error = ParseLine(rest, lineNumber).Error;
        }

        return error is null ? (verification, null) : (null, error);
    }

    /// <summary>Reads and verifies an export file in one pass (see <see cref="Verify(TextReader)"/>).</summary>
    public static (AuditVerification? Verification, AuditLogError? Error) Verify(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Verify(reader);
    }

    private static (AuditEntry? Entry, AuditLogError? Error) ParseLine(string line, long lineNumber)
    {
        (AuditEntry?, AuditLogError?) Fail(string message, long? column = null) => (null, new AuditLogError(lineNumber, column, message));

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
