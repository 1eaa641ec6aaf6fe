namespace Omov.Data.Meetings;

/// <summary>A late arrival in the minutes: membership number and time only.</summary>
public sealed record MinutesArrival(string MembershipNumber, DateTimeOffset ArrivedAt, bool PaidAtDoor);
