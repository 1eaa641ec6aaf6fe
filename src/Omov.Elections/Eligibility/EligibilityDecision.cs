namespace Omov.Elections.Eligibility;

/// <summary>Whether a member is eligible under a rulebook, with a summary sentence and every top-level rule's outcome.</summary>
/// <param name="IsEligible">The decision.</param>
/// <param name="Summary">One sentence, e.g. "not eligible: joined 3 Sep 2020, after the freeze date 24 Aug 2020".</param>
/// <param name="Rules">Each top-level rule's outcome, in rulebook order.</param>
public sealed record EligibilityDecision(bool IsEligible, string Summary, IReadOnlyList<RuleOutcome> Rules);
