using System.Globalization;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;

namespace Omov.Delivery.Issuing;

/// <summary>
/// The close written out for members in the organisation's time zone: "12 noon on Thursday 2 April
/// 2026", "5pm on …", "hanner dydd ddydd Iau 2 Ebrill 2026". Written here rather than with a .NET
/// culture so the wording is the same on every machine.
/// </summary>
public static class CloseTimes
{
    private static readonly string[] s_englishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] s_welshDays = ["Sul", "Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn"];
    private static readonly string[] s_englishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_welshMonths =
        ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"];

    /// <summary>The event's close in its own time zone, in English or Welsh.</summary>
    public static string Text(BallotEvent ballotEvent, bool welsh = false)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        var zone = ZoneTime.Find(ballotEvent.TimeZone)
            ?? throw new ArgumentException($"event {ballotEvent.Code} has an unknown time zone", nameof(ballotEvent));
        return Text(ZoneTime.ToLocal(ballotEvent.Timetable.Close, zone), welsh);
    }

    /// <summary>A local date and time written out.</summary>
    public static string Text(DateTime local, bool welsh)
    {
        var day = (int)local.DayOfWeek;
        var date = string.Create(CultureInfo.InvariantCulture, $"{local.Day} {(welsh ? s_welshMonths : s_englishMonths)[local.Month - 1]} {local.Year}");
        return welsh
            ? $"{WelshTime(local)} ddydd {s_welshDays[day]} {date}"
            : $"{EnglishTime(local)} on {s_englishDays[day]} {date}";
    }

    private static string EnglishTime(DateTime local)
    {
        if (local is { Hour: 12, Minute: 0 })
        {
            return "12 noon";
        }

        if (local is { Hour: 0, Minute: 0 })
        {
            return "midnight";
        }

        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var suffix = local.Hour < 12 ? "am" : "pm";
        return local.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{local.Minute:D2}{suffix}");
    }

    private static string WelshTime(DateTime local) => local is { Hour: 12, Minute: 0 }
        ? "hanner dydd"
        : local is { Hour: 0, Minute: 0 }
            ? "hanner nos"
            : string.Create(CultureInfo.InvariantCulture, $"{local.Hour:D2}:{local.Minute:D2}");
}
