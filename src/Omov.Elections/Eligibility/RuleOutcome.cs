namespace Omov.Elections.Eligibility;

/// <summary>How one rule went for one member, in plain English, with the outcomes of any nested rules.</summary>
/// <param name="Kind">The rule's JSON type (e.g. <c>joinedBy</c>).</param>
/// <param name="Passed">Whether the member passed it.</param>
/// <param name="Reason">Why, naming the dates in the organisation's time zone.</param>
/// <param name="Children">The outcomes of the rules inside a combinator; empty otherwise.</param>
public sealed record RuleOutcome(string Kind, bool Passed, string Reason, IReadOnlyList<RuleOutcome> Children);
