using Omov.Elections.Meetings;
using Omov.Elections.Register;

namespace Omov.Data.Meetings;

/// <summary>A member found at the door, with what the door would decide now and any arrival already recorded.</summary>
public sealed record DoorCandidate(Member Member, CheckInDecision Decision, MeetingAttendee? Arrived);
