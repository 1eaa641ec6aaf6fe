using Omov.Elections.Register;
using Omov.Elections.Rolls;

namespace Omov.Data.Rolls;

/// <summary>
/// A frozen roll as stored: what it is (digest, counts), where it stands, and who froze and
/// approved it. The voters themselves are in the stored listing (<see cref="Repositories.RollRepository.GetListingAsync"/>).
/// </summary>
public sealed record StoredRoll
{
    /// <summary>The database id.</summary>
    public required long Id { get; init; }

    /// <summary>The contest's database id.</summary>
    public required long ContestId { get; init; }

    /// <summary>The contest's code (as in the listing's header).</summary>
    public required string ContestCode { get; init; }

    /// <summary>Which of the contest's rulebook revisions it was frozen under.</summary>
    public required int ContestRevision { get; init; }

    /// <summary>Where it stands.</summary>
    public required RollStatus Status { get; init; }

    /// <summary>When it was frozen (UTC), as in the listing's header.</summary>
    public required DateTimeOffset FrozenAt { get; init; }

    /// <summary>Who froze it.</summary>
    public required string FrozenBy { get; init; }

    /// <summary>How many voters.</summary>
    public required int EntryCount { get; init; }

    /// <summary>SHA-256 of the canonical listing, lower-case hex.</summary>
    public required string Digest { get; init; }

    /// <summary>How many voters get each channel.</summary>
    public required IReadOnlyDictionary<DeliveryChannel, int> CountsByChannel { get; init; }

    /// <summary>How many voters had declared each section by the freeze.</summary>
    public required IReadOnlyDictionary<Section, int> CountsBySection { get; init; }

    /// <summary>The returning officer who approved it, if approved.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>When it was approved (UTC).</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>When a later freeze superseded it (UTC).</summary>
    public DateTimeOffset? SupersededAt { get; init; }
}
