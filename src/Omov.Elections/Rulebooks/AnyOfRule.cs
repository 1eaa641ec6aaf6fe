namespace Omov.Elections.Rulebooks;

/// <summary>At least one of <paramref name="Rules"/> passes.</summary>
/// <param name="Rules">The alternatives (at least one).</param>
public sealed record AnyOfRule(IReadOnlyList<Rule> Rules) : Rule;
