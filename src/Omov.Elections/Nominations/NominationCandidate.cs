namespace Omov.Elections.Nominations;

/// <summary>Someone seeking nominations in one contest, with what goes on the ballot if they qualify.</summary>
/// <param name="Code">A short code, unique in the contest (e.g. "starmer").</param>
/// <param name="Name">The name as it will be printed.</param>
/// <param name="MembershipNumber">The candidate's membership number: their own eligibility is read from that member record.</param>
/// <param name="Statement">The candidate's statement, carried to the ballot; may be empty.</param>
/// <param name="Groups">Groups for the count's constraints, e.g. "women".</param>
public sealed record NominationCandidate(string Code, string Name, string MembershipNumber, string Statement, IReadOnlyList<string> Groups);
