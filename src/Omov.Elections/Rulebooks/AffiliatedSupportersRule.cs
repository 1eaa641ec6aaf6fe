namespace Omov.Elections.Rulebooks;

/// <summary>Affiliated supporters are included, excluded, or the only people who pass.</summary>
/// <param name="Policy">The policy.</param>
public sealed record AffiliatedSupportersRule(AffiliatedSupporterPolicy Policy) : Rule;
