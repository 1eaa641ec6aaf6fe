namespace Omov.Elections.Rulebooks;

/// <summary><paramref name="Rule"/> does not pass.</summary>
/// <param name="Rule">The condition that must fail.</param>
public sealed record NotRule(Rule Rule) : Rule;
