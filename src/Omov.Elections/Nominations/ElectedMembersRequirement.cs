namespace Omov.Elections.Nominations;

/// <summary>
/// Nominations from elected members (MPs and MEPs): either <see cref="Percent"/> of them or a fixed
/// <see cref="Count"/>. The percentage is of <see cref="Of"/> when given (the PLP+EPLP size on the
/// rules' date), otherwise of the elected members listed as nominating bodies.
/// </summary>
/// <param name="Percent">A percentage of the elected members, e.g. 10.</param>
/// <param name="Count">A fixed number instead of a percentage.</param>
/// <param name="Of">The number the percentage is of, when fixed by the rules rather than by the list.</param>
public sealed record ElectedMembersRequirement(decimal? Percent = null, int? Count = null, int? Of = null) : Requirement;
