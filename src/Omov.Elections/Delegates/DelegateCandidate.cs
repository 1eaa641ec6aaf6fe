namespace Omov.Elections.Delegates;

/// <summary>One candidate in a local party's delegate election.</summary>
/// <param name="Name">The name on the ballot paper.</param>
/// <param name="MembershipNumber">The candidate's membership number, for conference credentials (may be empty).</param>
/// <param name="IsWoman">Whether the candidate is a woman (may fill a woman's place).</param>
/// <param name="IsYoung">Whether the candidate is under the youth age limit (may fill the youth place).</param>
public sealed record DelegateCandidate(string Name, string MembershipNumber, bool IsWoman, bool IsYoung);
