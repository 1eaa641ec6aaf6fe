namespace Omov.Data.Services;

/// <summary>How many members a rule left off the roll (those for whom it is the first rule failed).</summary>
/// <param name="RuleIndex">The rule's position among the rulebook's top-level rules, from 0.</param>
/// <param name="Kind">The rule's JSON type.</param>
/// <param name="Description">What failing it means, e.g. "joined after 17:00 on 20 Jan 2020".</param>
/// <param name="Count">How many.</param>
public sealed record RuleFailureCount(int RuleIndex, string Kind, string Description, long Count);
