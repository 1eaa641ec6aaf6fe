namespace Omov.Elections.Rulebooks;

/// <summary>Conversions between the organisation's local time and UTC.</summary>
public static class ZoneTime
{
    /// <summary>
    /// Local to UTC. A local time in a spring-forward gap does not exist; it is moved forward by the
    /// gap so that "midnight" in a zone that skips midnight means the first instant of the day.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        DateTime unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (int minutes = 0; minutes <= 24 * 60 && zone.IsInvalidTime(unspecified); minutes += 15)
        {
            unspecified = unspecified.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>A UTC instant as the local wall-clock time.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);

    /// <summary>Finds a zone by IANA id, or null.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
