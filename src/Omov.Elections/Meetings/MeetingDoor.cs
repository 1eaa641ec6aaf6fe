using System.Globalization;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Meetings;

/// <summary>
/// The door of a nomination meeting: whether a member may come in, and why. Eligibility is the
/// meeting's attendance rulebook (labour-rules §1.3, §6.1); a member failing only on arrears may
/// pay at the door where the meeting allows it; an arrival after the doors close is refused or
/// admitted and flagged, as the meeting says.
/// </summary>
public static class MeetingDoor
{
    /// <summary>The rule kind whose failure paying at the door can cure.</summary>
    public const string ArrearsRuleKind = "notInArrears";

    /// <summary>
    /// Decides for <paramref name="member"/> arriving at <paramref name="arrivedAt"/>.
    /// <paramref name="paidAtDoor"/> says the door has taken their arrears (it counts only when the
    /// meeting allows paying at the door and arrears are all that stands in the way).
    /// </summary>
    public static CheckInDecision Decide(NominationMeeting meeting, CompiledRulebook attendance, Member member, DateTimeOffset arrivedAt, bool paidAtDoor)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentNullException.ThrowIfNull(member);
        var eligibility = attendance.Evaluate(member);
        // On time up to and including the closing instant itself; late from the next tick.
        var late = arrivedAt > meeting.DoorsCloseAt;
        var paid = false;
        if (!eligibility.IsEligible)
        {
            var failing = eligibility.Rules.Where(r => !r.Passed).ToList();
            var onlyArrears = failing.All(r => r.Kind == ArrearsRuleKind);
            if (!(meeting.PayAtDoor && onlyArrears))
            {
                return new CheckInDecision(CheckInOutcome.Refused, "Not eligible to attend: " + string.Join("; ", failing.Select(r => r.Reason)) + ".", eligibility, late, false);
            }

            if (!paidAtDoor)
            {
                return new CheckInDecision(CheckInOutcome.NeedsPayment, "In arrears: " + string.Join("; ", failing.Select(r => r.Reason)) + ". This meeting allows paying at the door; admit once the payment is taken.", eligibility, late, false);
            }

            paid = true;
        }

        var admitted = paid ? "Eligible on paying arrears at the door" : "Eligible";
        if (!late)
        {
            return new CheckInDecision(CheckInOutcome.Admitted, admitted + ".", eligibility, false, paid);
        }

        var closed = When(meeting.DoorsCloseAt, attendance.TimeZone);
        var arrived = When(arrivedAt, attendance.TimeZone);
        return meeting.LateArrivals == LateArrivalPolicy.Refuse
            ? new CheckInDecision(CheckInOutcome.Refused, $"Arrived at {arrived}, after the doors closed at {closed}: this meeting admits no one late.", eligibility, true, false)
            : new CheckInDecision(CheckInOutcome.AdmittedLate, $"{admitted}, but arrived at {arrived}, after the doors closed at {closed}: admitted and flagged as late.", eligibility, true, paid);
    }

    /// <summary>The attendance rulebook of a CLP nomination meeting: the preset's rules (labour-rules §1.3, §6.1) and membership of the party itself.</summary>
    public static Rulebook ClpAttendance(string localPartyCode, DateOnly meetingDate, DateOnly memberSince)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localPartyCode);
        var preset = Presets.ClpNominationMeeting(meetingDate, memberSince);
        return preset with
        {
            Id = $"{preset.Id}-{localPartyCode.ToLowerInvariant()}",
            Title = $"{preset.Title}, {localPartyCode}",
            Rules = [new WithinUnitRule(localPartyCode), .. preset.Rules],
        };
    }

    private static string When(DateTimeOffset instant, TimeZoneInfo zone) =>
        ZoneTime.ToLocal(instant, zone).ToString("HH:mm:ss 'on' d MMM yyyy", CultureInfo.InvariantCulture);
}
