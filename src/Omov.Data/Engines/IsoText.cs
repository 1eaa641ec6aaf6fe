using System.Globalization;

namespace Omov.Data.Engines;

/// <summary>
/// Parses the fixed-width ISO text SQLite columns hold (<c>yyyy-MM-dd</c> and
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>) digit by digit: a freeze reads hundreds of thousands of
/// them, and <see cref="DateTimeOffset.ParseExact(string, string, IFormatProvider, DateTimeStyles)"/>
/// costs ten times as much. Anything not in exactly that form goes to ParseExact, which
/// throws as before.
/// </summary>
internal static class IsoText
{
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly ParseDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(1, year), month) && year >= 1)
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset ParseInstant(string text)
    {
        if (text.Length == 28 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[27] == 'Z'
            && TryDigits(text, 11, 2, out var hour) && TryDigits(text, 14, 2, out var minute) && TryDigits(text, 17, 2, out var second)
            && TryDigits(text, 20, 7, out var fraction) && hour < 24 && minute < 60 && second < 60)
        {
            var date = ParseDate(text[..10]);
            var ticks = date.DayNumber * TimeSpan.TicksPerDay + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction;
            return new DateTimeOffset(ticks, TimeSpan.Zero);
        }

        return DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
