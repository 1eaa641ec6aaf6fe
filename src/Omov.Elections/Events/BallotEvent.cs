namespace Omov.Elections.Events;

/// <summary>
/// A ballot event: several contests voted on together (e.g. Leader, Deputy and NEC places), one
/// timetable, and a status that only moves forward. Each member gets ONE ballot with every
/// contest whose approved roll lists them (<see cref="BallotFor"/>).
/// </summary>
public sealed record BallotEvent
{
    /// <summary>A stable random id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Short code, unique (e.g. "leadership-2020").</summary>
    public required string Code { get; init; }

    /// <summary>The title on ballots and emails.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation's time zone id (IANA), in which the timetable was set.</summary>
    public string TimeZone { get; init; } = "Europe/London";

    /// <summary>The dates.</summary>
    public required EventTimetable Timetable { get; init; }

    /// <summary>The contests, in ballot order.</summary>
    public IReadOnlyList<EventContest> Contests { get; init; } = [];

    /// <summary>Where the event is in its life.</summary>
    public BallotEventStatus Status { get; init; } = BallotEventStatus.Draft;

    /// <summary>The contest with <paramref name="code"/>, or null.</summary>
    public EventContest? Contest(string code) => Contests.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// The contests on the ballot of a member whose roll contests (the stored contests whose
    /// approved rolls list them) are <paramref name="rollContests"/>, in ballot order; empty when
    /// the member votes in none.
    /// </summary>
    public IReadOnlyList<EventContest> BallotFor(IReadOnlySet<string> rollContests)
    {
        ArgumentNullException.ThrowIfNull(rollContests);
        return [.. Contests.Where(c => rollContests.Contains(c.RollContest))];
    }
}
