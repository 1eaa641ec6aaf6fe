namespace Omov.Delivery.Post;

/// <summary>
/// One member's postal pack: the window address, the covering letter with the voting code and
/// QR link, one ballot paper per contest, and the return statement.
/// </summary>
public sealed record PostalPack
{
    /// <summary>The membership number (printed on the return statement, never on a ballot paper).</summary>
    public required string MembershipNumber { get; init; }

    /// <summary>The addressee as printed in the window ("Ms Ffion Ŵyn-Jones").</summary>
    public required string AddresseeName { get; init; }

    /// <summary>The address lines above the postcode (street, locality, town), empty lines left out.</summary>
    public required IReadOnlyList<string> AddressLines { get; init; }

    /// <summary>The postcode, printed on its own line; packs are sorted by it.</summary>
    public required string Postcode { get; init; }

    /// <summary>The language of the fixed wording.</summary>
    public PostalLanguage Language { get; init; } = PostalLanguage.English;

    /// <summary>The member's voting code, already formatted in groups ("K7QM-3XPT-…").</summary>
    public required string VotingCode { get; init; }

    /// <summary>The link that opens the member's ballot online (also printed as a QR code).</summary>
    public required string VotingUrl { get; init; }

    /// <summary>The event (shared by every pack of the event in this language).</summary>
    public required PostalBallot Ballot { get; init; }

    /// <summary>Indexes into <see cref="PostalBallot.Contests"/> of the contests this member may vote in; null means all.</summary>
    public IReadOnlyList<int>? ContestIndexes { get; init; }

    /// <summary>The contests printed in this pack, in event order.</summary>
    public IEnumerable<PostalContest> Contests =>
        ContestIndexes is null ? Ballot.Contests : ContestIndexes.Select(i => Ballot.Contests[i]);
}
