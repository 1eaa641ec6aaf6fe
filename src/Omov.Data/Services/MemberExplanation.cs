using Omov.Data.Contests;
using Omov.Elections.Eligibility;

namespace Omov.Data.Services;

/// <summary>Why one member may or may not vote in one contest.</summary>
/// <param name="Contest">The contest.</param>
/// <param name="MembershipNumber">The member.</param>
/// <param name="LocalPartyCode">The member's local party (for a local officer's scope check).</param>
/// <param name="Decision">The decision, rule by rule.</param>
public sealed record MemberExplanation(Contest Contest, string MembershipNumber, string LocalPartyCode, EligibilityDecision Decision);
