using System.Globalization;

namespace Omov.Elections.Rolls;

/// <summary>
/// Reads a roll back from its canonical listing (see <see cref="RollListing"/>), so a published or
/// archived roll can be checked against its digest and compared with another. The listing holds
/// no section counts, so a roll read back has none.
/// </summary>
public static class RollListingReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="fileName"/> names the source in errors.</summary>
    public static RollReadResult Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return RollReadResult.Fail($"{fileName}:1: the file is empty: expected a header line starting '{RollListing.FormatTag}'");
        }

        if (!text.EndsWith('\n'))
        {
            return RollReadResult.Fail($"{fileName}: the last line has no newline: a roll listing ends every line with \\n");
        }

        var lines = text[..^1].Split('\n');
        var header = lines[0].Split('\t');
        if (header.Length != 5 || header[0] != RollListing.FormatTag)
        {
            return RollReadResult.Fail($"{fileName}:1: expected the header '{RollListing.FormatTag}<TAB>contest<TAB>rulebook<TAB>version<TAB>frozen-at'");
        }

        if (!int.TryParse(header[3], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return RollReadResult.Fail($"{fileName}:1: the rulebook version '{header[3]}' is not a whole number");
        }

        if (!DateTimeOffset.TryParseExact(header[4], "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var frozenAt))
        {
            return RollReadResult.Fail($"{fileName}:1: the freeze time '{header[4]}' is not in the form yyyy-MM-ddTHH:mm:ss.fffffffZ");
        }

        var entries = new List<RollEntry>(lines.Length - 1);
        string? previous = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            var line = i + 1;
            if (fields.Length != 2 || fields[0].Length == 0)
            {
                return RollReadResult.Fail($"{fileName}:{line}: expected 'membership-number<TAB>channel'");
            }

            if (ChannelOf(fields[1]) is not { } channel)
            {
                return RollReadResult.Fail($"{fileName}:{line}: unknown channel '{fields[1]}' (email, post or no-contact)");
            }

            if (previous is not null && string.CompareOrdinal(previous, fields[0]) >= 0)
            {
                return RollReadResult.Fail($"{fileName}:{line}: membership numbers must be unique and in ordinal order; this one is not after the line before");
            }

            previous = fields[0];
            entries.Add(new RollEntry(fields[0], channel));
        }

        var roll = Roll.Restore(header[1], header[2], version, frozenAt, entries, new Dictionary<Register.Section, int>());
        return RollReadResult.Ok(roll);
    }

    private static DeliveryChannel? ChannelOf(string name) =>
        Enum.GetValues<DeliveryChannel>().Cast<DeliveryChannel?>().FirstOrDefault(c => RollListing.ChannelName(c!.Value) == name);
}
