namespace Omov.Elections.Rulebooks;

/// <summary>Every one of <paramref name="Rules"/> passes.</summary>
/// <param name="Rules">The conditions (at least one).</param>
public sealed record AllOfRule(IReadOnlyList<Rule> Rules) : Rule;
