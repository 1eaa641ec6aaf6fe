using Omov.Elections.Rulebooks;

namespace Omov.Elections.Meetings;

/// <summary>
/// A local party's nomination meeting (labour-rules §6): when and where, what it nominates for, who
/// may attend (a rulebook, which a notice to eligible members can reuse as its segment), and the
/// door's rules. Moments are UTC; pages show them in <see cref="TimeZone"/>.
/// </summary>
public sealed record NominationMeeting
{
    /// <summary>The meeting's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The local party holding it; only its officers run it and only its members attend.</summary>
    public required string LocalPartyCode { get; init; }

    /// <summary>A title, e.g. "Leadership nomination meeting".</summary>
    public required string Title { get; init; }

    /// <summary>When the meeting starts (UTC).</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When the doors close to admissions (UTC): an arrival at this instant is on time, one after it is late.</summary>
    public required DateTimeOffset DoorsCloseAt { get; init; }

    /// <summary>The organisation's zone, in which times are entered and shown.</summary>
    public string TimeZone { get; init; } = Rulebook.DefaultTimeZone;

    /// <summary>The venue, if the meeting is in a room.</summary>
    public string? Venue { get; init; }

    /// <summary>The link, if the meeting is online (https).</summary>
    public string? OnlineLink { get; init; }

    /// <summary>What the meeting nominates for, in the order of business.</summary>
    public required IReadOnlyList<MeetingContest> Contests { get; init; }

    /// <summary>Who may attend and vote; includes the party itself (a <see cref="WithinUnitRule"/>).</summary>
    public required Rulebook Attendance { get; init; }

    /// <summary>
    /// Whether a member whose only failing rule is being in arrears may pay at the door and be admitted
    /// (labour-rules §1.3, §6.1 [S38]); the payment is recorded with the arrival.
    /// </summary>
    public bool PayAtDoor { get; init; }

    /// <summary>What the door does after the doors close.</summary>
    public LateArrivalPolicy LateArrivals { get; init; } = LateArrivalPolicy.Refuse;

    /// <summary>Who set the meeting up (the audit actor).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was set up.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
