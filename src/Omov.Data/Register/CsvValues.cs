using System.Globalization;

namespace Omov.Data.Register;

/// <summary>
/// Parses the values of a register CSV. Each parser returns a reason on failure that names what
/// was expected and never repeats the value (it may be personal data).
/// </summary>
internal static class CsvValues
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private static readonly string[] s_offsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    private static readonly string[] s_localFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
    ];

    public const string DateExpected = "not a real date (expected YYYY-MM-DD or DD/MM/YYYY)";
    public const string InstantExpected = "not a real date and time (expected e.g. 2020-01-20T17:00:00Z, or a date)";

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A moment: ISO 8601 with Z or an offset; without one, or a bare date (its start), it is the organisation's local time.</summary>
    public static bool TryInstant(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        if (DateTimeOffset.TryParseExact(text, s_offsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            instant = instant.ToUniversalTime();
            return true;
        }

        DateTime local;
        if (!DateTime.TryParseExact(text, s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            if (!TryDate(text, out var date))
            {
                return false;
            }

            local = date.ToDateTime(TimeOnly.MinValue);
        }

        // A local time skipped by a clock change (01:30 on the last Sunday in March) is read as the moment after the gap.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        instant = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "" or "false" or "no" or "n" or "0": value = false; return true;
            case "true" or "yes" or "y" or "1": value = true; return true;
            default: value = false; return false;
        }
    }

    /// <summary>A UK postcode shape: outward code (A9, A99, A9A, AA9, AA99, AA9A), a space optional, inward code 9AA.</summary>
    public static bool IsPostcode(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 5 or > 7)
        {
            return false;
        }

        var inward = compact[^3..];
        var outward = compact[..^3];
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]))
        {
            return false;
        }

        return char.IsAsciiLetter(outward[0])
            && outward.Skip(1).All(char.IsAsciiLetterOrDigit)
            && outward.Any(char.IsAsciiDigit);
    }

    public static TimeZoneInfo London()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
