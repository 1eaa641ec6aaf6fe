namespace Omov.Elections.Nominations;

/// <summary>One body's supporting nomination of one candidate in one contest.</summary>
public sealed record Nomination
{
    /// <summary>The database id.</summary>
    public required long Id { get; init; }

    /// <summary>The contest.</summary>
    public required string ContestCode { get; init; }

    /// <summary>What kind of body nominated.</summary>
    public required NominatingBodyKind BodyKind { get; init; }

    /// <summary>The body's code (a local party's unit code, an affiliate's or an elected member's code).</summary>
    public required string BodyCode { get; init; }

    /// <summary>The candidate's code in the contest.</summary>
    public required string CandidateCode { get; init; }

    /// <summary>The meeting or decision it came from, e.g. "All-member meeting, 11 Feb 2020 (142 present)".</summary>
    public required string Decision { get; init; }

    /// <summary>Who recorded it (an audit actor: <c>staff:</c> and a username, or <c>cli:</c> and a user).</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>When it was withdrawn, if it was.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>Who withdrew it, if anyone.</summary>
    public string? WithdrawnBy { get; init; }

    /// <summary>Whether it still counts.</summary>
    public bool IsStanding => WithdrawnAt is null;
}
