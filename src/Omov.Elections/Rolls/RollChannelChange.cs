namespace Omov.Elections.Rolls;

/// <summary>A voter on both rolls whose delivery channel differs.</summary>
/// <param name="MembershipNumber">The member's number.</param>
/// <param name="From">The channel on the earlier roll.</param>
/// <param name="To">The channel on the later roll.</param>
public sealed record RollChannelChange(string MembershipNumber, DeliveryChannel From, DeliveryChannel To);
