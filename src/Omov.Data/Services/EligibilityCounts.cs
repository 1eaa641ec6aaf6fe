using Omov.Data.Contests;

namespace Omov.Data.Services;

/// <summary>
/// How a contest's rulebook divides the register now: members in all, eligible, eligible by
/// section, and for the rest how many each rule left off (the first rule each member fails, in
/// rulebook order, so the rows add up to the ineligible total).
/// </summary>
/// <param name="Contest">The contest.</param>
/// <param name="Members">Members in the register.</param>
/// <param name="Eligible">Members the rulebook admits.</param>
/// <param name="EligibleBySection">Eligible members by section ("women", "BAME", "disabled", "LGBT+" as self-identified at any time; "youth": under 27 today in the organisation's zone).</param>
/// <param name="IneligibleByRule">For each top-level rule that is the first one failed by some member: its words and the count, in rulebook order.</param>
public sealed record EligibilityCounts(
    Contest Contest,
    long Members,
    long Eligible,
    IReadOnlyList<SectionCount> EligibleBySection,
    IReadOnlyList<RuleFailureCount> IneligibleByRule)
{
    /// <summary>Members left off.</summary>
    public long Ineligible => Members - Eligible;
}
