namespace Omov.Elections.Meetings;

/// <summary>A member admitted at the door: when, whether late, and whether admitted on paying arrears at the door.</summary>
/// <param name="MembershipNumber">The member.</param>
/// <param name="ArrivedAt">When they were checked in (UTC).</param>
/// <param name="Late">Whether they arrived after the doors closed (admitted under <see cref="LateArrivalPolicy.AdmitAndFlag"/>).</param>
/// <param name="PaidAtDoor">Whether they were admitted on paying their arrears at the door.</param>
/// <param name="CheckedInBy">The audit actor who checked them in.</param>
public sealed record MeetingAttendee(string MembershipNumber, DateTimeOffset ArrivedAt, bool Late, bool PaidAtDoor, string CheckedInBy);
