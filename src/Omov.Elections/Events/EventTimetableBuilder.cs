using Omov.Elections.Rulebooks;

namespace Omov.Elections.Events;

/// <summary>
/// Builds an <see cref="EventTimetable"/> from wall-clock times in the organisation's zone, so
/// "12 noon on 2 April" means noon in London whether or not summer time has begun.
/// </summary>
public static class EventTimetableBuilder
{
    /// <summary>The instant of <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = ZoneTime.ToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary>A timetable from six local date-times.</summary>
    public static EventTimetable FromLocal(
        TimeZoneInfo zone,
        (DateOnly Date, TimeOnly Time) rollFreeze,
        (DateOnly Date, TimeOnly Time) ballotOpens,
        (DateOnly Date, TimeOnly Time) reissueOpens,
        (DateOnly Date, TimeOnly Time) postalReissueCloses,
        (DateOnly Date, TimeOnly Time) emailReissueCloses,
        (DateOnly Date, TimeOnly Time) close) => new()
        {
            RollFreeze = At(rollFreeze.Date, rollFreeze.Time, zone),
            BallotOpens = At(ballotOpens.Date, ballotOpens.Time, zone),
            ReissueOpens = At(reissueOpens.Date, reissueOpens.Time, zone),
            PostalReissueCloses = At(postalReissueCloses.Date, postalReissueCloses.Time, zone),
            EmailReissueCloses = At(emailReissueCloses.Date, emailReissueCloses.Time, zone),
            Close = At(close.Date, close.Time, zone),
        };
}
