namespace Omov.Delivery.Post.Batches;

/// <summary>
/// One pack in the mailing house's manifest: enough to find its pages and match it to an
/// envelope, and no more personal data than that (no name, no address, no voting code).
/// </summary>
public sealed record ManifestRow
{
    /// <summary>The pack's place in the whole run, from 1 (the order to insert and post them).</summary>
    public required int Sequence { get; init; }

    /// <summary>The print file holding it.</summary>
    public required string BatchFile { get; init; }

    /// <summary>Its first page in that file (1-based).</summary>
    public required int FirstPage { get; init; }

    /// <summary>Its last page in that file.</summary>
    public required int LastPage { get; init; }

    /// <summary>How many pages (sheets, printed one side).</summary>
    public required int PageCount { get; init; }

    /// <summary>The membership number, to match returns and queries.</summary>
    public required string MembershipNumber { get; init; }

    /// <summary>The postcode, for the postal sort (Mailsort) discount.</summary>
    public required string Postcode { get; init; }
}
