using Omov.Elections.Register;

namespace Omov.Elections.Rulebooks;

/// <summary>The member's status is one of <paramref name="Allowed"/> (e.g. Full only, or Full and Provisional).</summary>
/// <param name="Allowed">The statuses that pass.</param>
public sealed record StatusRule(IReadOnlyList<MemberStatus> Allowed) : Rule;
