namespace Omov.Data.Meetings;

/// <summary>
/// The minutes record of a nomination meeting: what the secretary signs and the party receives.
/// Attendance is counted, late arrivals are listed by membership number only, and every round
/// is given with its figures.
/// </summary>
public sealed record MeetingMinutes
{
    public required Guid MeetingId { get; init; }

    public required string LocalPartyCode { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset DoorsCloseAt { get; init; }

    public required string TimeZone { get; init; }

    public string? Venue { get; init; }

    public string? OnlineLink { get; init; }

    /// <summary>The attendance rulebook's id and title.</summary>
    public required string AttendanceRule { get; init; }

    public required bool PayAtDoor { get; init; }

    /// <summary><c>refuse</c> or <c>admit-and-flag</c>.</summary>
    public required string LateArrivalPolicy { get; init; }

    /// <summary>Members admitted (on time and late).</summary>
    public required int Attended { get; init; }

    /// <summary>Members admitted on paying arrears at the door.</summary>
    public required int PaidAtDoor { get; init; }

    /// <summary>Members admitted after the doors closed.</summary>
    public required IReadOnlyList<MinutesArrival> LateArrivals { get; init; }

    public required IReadOnlyList<MinutesContest> Contests { get; init; }

    /// <summary>The nominations the meeting made (the nominations record takes these).</summary>
    public required IReadOnlyList<MeetingNomination> Nominations { get; init; }
}
