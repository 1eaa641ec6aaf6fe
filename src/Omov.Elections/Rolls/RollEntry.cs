namespace Omov.Elections.Rolls;

/// <summary>One voter on a frozen roll: membership number only (the roll carries no other personal data).</summary>
/// <param name="MembershipNumber">The member's number.</param>
/// <param name="Channel">How their ballot goes out.</param>
public sealed record RollEntry(string MembershipNumber, DeliveryChannel Channel);
