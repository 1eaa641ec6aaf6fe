namespace Omov.Elections.Rulebooks;

/// <summary>
/// The member's local party is <paramref name="UnitCode"/> or lies under it in the organisation tree
/// (a local party, a region, a nation).
/// </summary>
/// <param name="UnitCode">The code of the unit.</param>
public sealed record WithinUnitRule(string UnitCode) : Rule;
