namespace Omov.Elections.Nominations;

/// <summary>Whether one requirement is met, in words, with the outcomes of its parts (for allOf and anyOf).</summary>
/// <param name="Met">Whether it is met.</param>
/// <param name="Text">What it asks and what the candidate has, e.g. "at least 22 MPs/MEPs (10% of 212, rounded up): has 25".</param>
/// <param name="Parts">The parts' outcomes, in order; empty for a single requirement.</param>
public sealed record RequirementOutcome(bool Met, string Text, IReadOnlyList<RequirementOutcome> Parts);
