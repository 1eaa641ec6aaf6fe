namespace Omov.Elections.Nominations;

/// <summary>
/// When a contest takes nominations, and the thresholds a candidate must reach. The times are set
/// in the organisation's zone and stored as UTC instants; a nomination is taken from
/// <see cref="OpensAt"/> (inclusive) until <see cref="ClosesAt"/> (exclusive).
/// </summary>
public sealed record NominationPeriod
{
    /// <summary>The stored contest's code.</summary>
    public required string ContestCode { get; init; }

    /// <summary>When nominations open (UTC).</summary>
    public required DateTimeOffset OpensAt { get; init; }

    /// <summary>When nominations close (UTC); a nomination at this instant or later is late.</summary>
    public required DateTimeOffset ClosesAt { get; init; }

    /// <summary>The organisation's zone (IANA id), in which the times were given and are shown.</summary>
    public string TimeZone { get; init; } = "Europe/London";

    /// <summary>The thresholds and limits.</summary>
    public required NominationThresholds Thresholds { get; init; }

    /// <summary>Whether a nomination recorded at <paramref name="instant"/> is inside the period.</summary>
    public bool IsOpenAt(DateTimeOffset instant) => instant >= OpensAt && instant < ClosesAt;

    /// <summary>The close as a local calendar date (the date "12 months by the close of nominations" is counted to).</summary>
    public DateOnly CloseDate()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        // The last instant in the period is just before the close: a close at local midnight ends the day before.
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(ClosesAt.UtcDateTime.AddTicks(-1), zone));
    }
}
