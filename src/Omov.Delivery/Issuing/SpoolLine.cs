namespace Omov.Delivery.Issuing;

/// <summary>
/// One postal pack waiting to be printed, as written to the spool before its code's hash is
/// committed (docs/issuing-ballots.md). It holds the plain code: the spool is as secret as the print files.
/// </summary>
internal sealed record SpoolLine(
    string MembershipNumber,
    string AddresseeName,
    string[] AddressLines,
    string Postcode,
    string VotingCode,
    string VotingUrl,
    int[]? ContestIndexes);
