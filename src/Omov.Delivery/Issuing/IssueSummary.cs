using Omov.Delivery.Post.Batches;

namespace Omov.Delivery.Issuing;

/// <summary>What an issue run did.</summary>
public sealed record IssueSummary
{
    /// <summary>Members given a ballot whose email was queued.</summary>
    public long Emailed { get; init; }

    /// <summary>Members given a ballot whose pack was written for print.</summary>
    public long Posted { get; init; }

    /// <summary>Members left for later: their ballot goes by post and no post folder was given.</summary>
    public long PostLeft { get; init; }

    /// <summary>Membership numbers of voters with neither a usable email nor an address: staff must reach them.</summary>
    public IReadOnlyList<string> NoContact { get; init; } = [];

    /// <summary>Members another run issued first (skipped here).</summary>
    public long AlreadyIssued { get; init; }

    /// <summary>The print files, when packs were written.</summary>
    public PostalBatchSummary? Print { get; init; }
}
