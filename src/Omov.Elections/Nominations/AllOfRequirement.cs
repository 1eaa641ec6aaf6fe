namespace Omov.Elections.Nominations;

/// <summary>Every one of <see cref="Of"/> must be met ("10% of MPs, and then …").</summary>
/// <param name="Of">The requirements.</param>
public sealed record AllOfRequirement(IReadOnlyList<Requirement> Of) : Requirement;
