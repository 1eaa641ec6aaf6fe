namespace Omov.Delivery.Post.Batches;

/// <summary>A pack as written to a sort run on disk: the member's fields, and its ballot as an index into the run's ballots.</summary>
internal sealed record SpooledPack(
    string MembershipNumber,
    string AddresseeName,
    string[] AddressLines,
    string Postcode,
    PostalLanguage Language,
    string VotingCode,
    string VotingUrl,
    int Ballot,
    int[]? ContestIndexes);
