namespace Omov.Elections.Nominations;

/// <summary>
/// Nominations from affiliates: at least <see cref="Minimum"/> of them, of which at least
/// <see cref="MinimumUnions"/> are trade unions, together holding at least
/// <see cref="MembershipPercent"/> of all affiliated membership (Leader 2020: 3, 2 and 5%).
/// </summary>
/// <param name="Minimum">How many affiliates at least.</param>
/// <param name="MinimumUnions">How many of them at least must be trade unions.</param>
/// <param name="MembershipPercent">The share of affiliated membership the nominating affiliates must hold together; 0 for none.</param>
/// <param name="MembershipOf">The total affiliated membership the share is of, when fixed by the rules; otherwise the sum of the listed affiliates.</param>
public sealed record AffiliatesRequirement(int Minimum, int MinimumUnions = 0, decimal MembershipPercent = 0, long? MembershipOf = null) : Requirement;
