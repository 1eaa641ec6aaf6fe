using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Audit;

/// <summary>
/// The canonical text of an audit entry, and its hash. This is the contract a third party
/// re-implements to verify a published log, so it is kept small and exact:
/// <list type="number">
/// <item>Take the JSON object with exactly these members: <c>action</c>, <c>actor</c>,
/// <c>details</c> (an object of string values), <c>previousHash</c>, <c>sequence</c> (an
/// integer), <c>subject</c>, <c>timestamp</c> — everything but <c>hash</c>.</item>
/// <item>Serialise it as RFC 8785 (JSON Canonicalization Scheme) does: no whitespace; member names
/// sorted by their UTF-16 code units, at both levels; strings with only <c>"</c>, <c>\</c> and
/// control characters below U+0020 escaped (<c>\b \t \n \f \r</c> for those five, <c>\u00xx</c>
/// with lowercase hex for the rest), every other character written as itself; the sequence as
/// plain decimal digits.</item>
/// <item>The timestamp is the string <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> in UTC, always with
/// seven fractional digits.</item>
/// <item>Hash the UTF-8 bytes of that text with SHA-256 and write the digest as 64 lowercase
/// hexadecimal digits. Because <c>previousHash</c> is inside the hashed text, each hash covers
/// the whole chain before it.</item>
/// </list>
/// An exported line is the same serialisation with <c>hash</c> added (it sorts between
/// <c>details</c> and <c>previousHash</c>).
/// </summary>
public static class AuditCanonicalForm
{
    /// <summary>The timestamp format: UTC, to the tick, always seven fractional digits.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The canonical text of <paramref name="entry"/> without its own hash: what <see cref="ComputeHash"/> hashes.</summary>
    public static string Of(AuditEntry entry) => Write(entry, includeHash: false);

    /// <summary>One line of the JSON Lines export: the canonical text with <c>hash</c> included (no newline).</summary>
    public static string ExportLine(AuditEntry entry) => Write(entry, includeHash: true);

    /// <summary>SHA-256 of the UTF-8 canonical text, as 64 lowercase hexadecimal digits.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(entry))));
    }

    /// <summary>The timestamp as the canonical form writes it.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static string Write(AuditEntry entry, bool includeHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(256);
        text.Append("{\"action\":");
        WriteString(text, entry.Action);
        text.Append(",\"actor\":");
        WriteString(text, entry.Actor);
        text.Append(",\"details\":{");
        var first = true;
        foreach (var key in entry.Details.Keys.Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            WriteString(text, key);
            text.Append(':');
            WriteString(text, entry.Details[key]);
        }

        text.Append('}');
        if (includeHash)
        {
            text.Append(",\"hash\":");
            WriteString(text, entry.Hash);
        }

        text.Append(",\"previousHash\":");
        WriteString(text, entry.PreviousHash);
        text.Append(",\"sequence\":");
        text.Append(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        text.Append(",\"subject\":");
        WriteString(text, entry.Subject);
        text.Append(",\"timestamp\":");
        WriteString(text, FormatTimestamp(entry.Timestamp));
        text.Append('}');
        return text.ToString();
    }

    // RFC 8785 section 3.2.2.2: the ECMAScript JSON.stringify escaping, nothing more.
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case < ' ':
                    text.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
