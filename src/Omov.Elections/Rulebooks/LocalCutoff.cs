using System.Globalization;
using System.Text.Json.Serialization;

namespace Omov.Elections.Rulebooks;

/// <summary>
/// A cut-off in the organisation's local time: either a moment ("17:00 on 20 Jan 2020", written
/// <c>2020-01-20T17:00</c>, inclusive to the tick) or a whole day ("24 Aug 2020", written
/// <c>2020-08-24</c>, meaning anything before the next local midnight).
/// </summary>
[JsonConverter(typeof(LocalCutoffJsonConverter))]
public readonly record struct LocalCutoff
{
    private LocalCutoff(DateTime local, bool wholeDay)
    {
        Local = local;
        IsWholeDay = wholeDay;
    }

    /// <summary>The local date and time (midnight at the start of the day for a whole day).</summary>
    public DateTime Local { get; }

    /// <summary>Whether the whole day counts (the cut-off is the end of <see cref="Date"/>).</summary>
    public bool IsWholeDay { get; }

    /// <summary>The local date.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Local);

    /// <summary>The end of a local day.</summary>
    public static LocalCutoff EndOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), true);

    /// <summary>A local moment, to the minute.</summary>
    public static LocalCutoff At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time, DateTimeKind.Unspecified), false);

    /// <summary>Reads <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm</c> (optionally <c>:ss</c>); no offset, no zone.</summary>
    public static bool TryParse(string? text, out LocalCutoff cutoff)
    {
        cutoff = default;
        if (text is null)
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            cutoff = EndOfDay(day);
            return true;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime moment))
        {
            cutoff = new LocalCutoff(DateTime.SpecifyKind(moment, DateTimeKind.Unspecified), false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first UTC tick that is past the cut-off. A local midnight that falls in a daylight-saving gap
    /// moves to the first valid local time after it; an ambiguous local time (clocks going back) is read
    /// as standard time, the later of the two instants, which admits rather than excludes.
    /// </summary>
    public long ExclusiveUtcTicks(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsWholeDay)
        {
            return ZoneTime.ToUtc(Local.AddDays(1), zone).Ticks;
        }

        return ZoneTime.ToUtc(Local, zone).Ticks + 1;
    }

    /// <summary>The JSON form.</summary>
    public override string ToString() => IsWholeDay
        ? Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Local.ToString(Local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
