namespace Omov.Elections.Nominations;

/// <summary>At least one of <see cref="Of"/> must be met ("either 5% of CLPs or 3 affiliates …").</summary>
/// <param name="Of">The alternatives.</param>
public sealed record AnyOfRequirement(IReadOnlyList<Requirement> Of) : Requirement;
