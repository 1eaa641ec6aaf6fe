using Omov.Elections.Meetings;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Meetings;

/// <summary>What a local officer fills in to set up a nomination meeting; times are local (Europe/London unless <see cref="TimeZone"/> says otherwise).</summary>
public sealed record MeetingSetup
{
    public required string LocalPartyCode { get; init; }

    public required string Title { get; init; }

    /// <summary>The local date and time the meeting starts.</summary>
    public required DateTime StartsLocal { get; init; }

    /// <summary>Minutes after the start at which the doors close (the Walthamstow notice: about 20).</summary>
    public required int DoorsCloseAfterMinutes { get; init; }

    public string TimeZone { get; init; } = Rulebook.DefaultTimeZone;

    public string? Venue { get; init; }

    public string? OnlineLink { get; init; }

    public required IReadOnlyList<MeetingContest> Contests { get; init; }

    /// <summary>The member-since cut-off for the CLP attendance preset (ignored when <see cref="Attendance"/> is given).</summary>
    public DateOnly? MemberSince { get; init; }

    /// <summary>A whole attendance rulebook instead of the preset; it should include the party itself.</summary>
    public Rulebook? Attendance { get; init; }

    public bool PayAtDoor { get; init; }

    public LateArrivalPolicy LateArrivals { get; init; } = LateArrivalPolicy.Refuse;
}
