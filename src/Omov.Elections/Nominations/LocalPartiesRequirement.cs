namespace Omov.Elections.Nominations;

/// <summary>
/// Nominations from local parties (CLPs): either <see cref="Percent"/> of them (of <see cref="Of"/>,
/// or of the local parties in the organisation) or a fixed <see cref="Count"/> (NEC: 5).
/// </summary>
/// <param name="Percent">A percentage of the local parties, e.g. 5.</param>
/// <param name="Count">A fixed number instead of a percentage.</param>
/// <param name="Of">The number the percentage is of, when fixed by the rules.</param>
public sealed record LocalPartiesRequirement(decimal? Percent = null, int? Count = null, int? Of = null) : Requirement;
