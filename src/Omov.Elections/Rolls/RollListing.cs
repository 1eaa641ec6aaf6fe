using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Rolls;

/// <summary>
/// The canonical text of a roll, and its SHA-256 digest. Anyone holding the roll can recompute it:
/// <list type="bullet">
/// <item>UTF-8, no byte-order mark, every line ending in a single <c>\n</c> (LF), fields separated by one <c>\t</c> (TAB).</item>
/// <item>Line 1, the header: <c>omov-roll/1\t{contestId}\t{rulebookId}\t{rulebookVersion}\t{frozenAt}\n</c>, where
/// <c>rulebookVersion</c> is a decimal integer and <c>frozenAt</c> is the freeze instant in UTC as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> (seven fractional digits, e.g. <c>2020-01-20T17:00:00.0000000Z</c>).</item>
/// <item>Then one line per voter, <c>{membershipNumber}\t{channel}\n</c>, where channel is <c>email</c>, <c>post</c> or
/// <c>no-contact</c>, sorted by membership number in ordinal (UTF-16 code unit) order — for ASCII numbers,
/// plain byte order (<c>LC_ALL=C sort</c>).</item>
/// <item>The digest is SHA-256 over those bytes, written as 64 lower-case hex digits
/// (<c>sha256sum</c> of the listing file).</item>
/// </list>
/// </summary>
public static class RollListing
{
    /// <summary>The first field of the header, naming the format and its version.</summary>
    public const string FormatTag = "omov-roll/1";

    /// <summary>The channel as written in the listing.</summary>
    public static string ChannelName(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "email",
        DeliveryChannel.Post => "post",
        DeliveryChannel.NoContact => "no-contact",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>The header line, with its newline.</summary>
    public static string Header(string contestId, string rulebookId, int rulebookVersion, DateTimeOffset frozenAt) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{FormatTag}\t{contestId}\t{rulebookId}\t{rulebookVersion}\t{frozenAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}\n");

    /// <summary>The whole listing as text (entries must already be in canonical order).</summary>
    public static string Write(string header, IReadOnlyList<RollEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder(header, header.Length + (entries.Count * 24));
        foreach (RollEntry entry in entries)
        {
            text.Append(entry.MembershipNumber).Append('\t').Append(ChannelName(entry.Channel)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>SHA-256 of the listing, as lower-case hex, computed without building the whole text.</summary>
    public static string Digest(string header, IReadOnlyList<RollEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(header));
        byte[][] channels = [.. Enum.GetValues<DeliveryChannel>().Select(c => Encoding.UTF8.GetBytes("\t" + ChannelName(c) + "\n"))];
        byte[] buffer = new byte[256];
        foreach (RollEntry entry in entries)
        {
            // The same bytes as Write produces for this line, without building a string per voter.
            byte[] tail = channels[(int)entry.Channel];
            int needed = Encoding.UTF8.GetMaxByteCount(entry.MembershipNumber.Length) + tail.Length;
            if (buffer.Length < needed)
            {
                buffer = new byte[needed];
            }

            int count = Encoding.UTF8.GetBytes(entry.MembershipNumber, buffer);
            tail.CopyTo(buffer, count);
            hash.AppendData(buffer, 0, count + tail.Length);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
