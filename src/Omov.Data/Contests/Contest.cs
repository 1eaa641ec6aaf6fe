namespace Omov.Data.Contests;

/// <summary>
/// A contest (one election within a ballot event: "NEC CLP section 2026") and the rulebook that
/// decides who may vote in it, kept as the exact JSON text it was given.
/// </summary>
public sealed record Contest
{
    /// <summary>The database id.</summary>
    public required long Id { get; init; }

    /// <summary>The unique short code (e.g. <c>nec-clp-2026</c>), written into the roll's header.</summary>
    public required string Code { get; init; }

    /// <summary>A title for people.</summary>
    public required string Title { get; init; }

    /// <summary>The rulebook as JSON (see <c>RulebookJson</c>).</summary>
    public required string RulebookJson { get; init; }

    /// <summary>SHA-256 of <see cref="RulebookJson"/>'s UTF-8 bytes, lower-case hex.</summary>
    public required string RulebookDigest { get; init; }

    /// <summary>The rulebook's own id.</summary>
    public required string RulebookId { get; init; }

    /// <summary>The rulebook's own version.</summary>
    public required int RulebookVersion { get; init; }

    /// <summary>How many times the contest's rulebook has been set: 1 when created, one more per change.</summary>
    public required int Revision { get; init; }

    /// <summary>The ballot event the contest belongs to, once ballot events exist.</summary>
    public long? BallotEventId { get; init; }

    /// <summary>When the contest was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
