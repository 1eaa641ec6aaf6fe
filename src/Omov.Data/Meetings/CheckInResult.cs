using Omov.Elections.Meetings;
using Omov.Elections.Register;

namespace Omov.Data.Meetings;

/// <summary>What the door decided for one member, and the arrival recorded if admitted.</summary>
/// <param name="Member">The member (shown to the officer at the door; never written to the audit log beyond the number).</param>
/// <param name="Decision">The decision with its reason and the rulebook's explanation.</param>
/// <param name="Attendee">The arrival recorded (null when not admitted).</param>
/// <param name="AlreadyCheckedIn">The member was already in; their first arrival stands.</param>
public sealed record CheckInResult(Member Member, CheckInDecision Decision, MeetingAttendee? Attendee, bool AlreadyCheckedIn);
