using System.Globalization;
using Omov.Elections.Rulebooks;

namespace Omov.Web.Pages.Meetings;

/// <summary>Meeting times as people read them: in the meeting's zone.</summary>
internal static class MeetingTime
{
    public static string Local(DateTimeOffset instant, string zone, string format = "HH:mm 'on' d MMM yyyy") =>
        ZoneTime.ToLocal(instant, ZoneTime.Find(zone) ?? TimeZoneInfo.Utc).ToString(format, CultureInfo.InvariantCulture);
}
