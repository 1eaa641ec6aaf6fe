using System.Globalization;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;

namespace Omov.Data.Meetings;

public sealed partial class MeetingService
{
    /// <summary>
    /// Members of the meeting's party whose name or membership number matches <paramref name="text"/>,
    /// each with what the door would decide now; audited as <c>members.searched</c> with the count only.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<DoorCandidate>>> SearchAtDoorAsync(StaffAccount account, Guid meetingId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<IReadOnlyList<DoorCandidate>>(found.Failure.Value, found.Error);
        }

        var meeting = found.Value;
        var page = await _database.Members.SearchAsync(text.Trim(), meeting.LocalPartyCode, 0, DoorSearchLimit, cancellationToken).ConfigureAwait(false);
        var rules = await CompileAsync(meeting, cancellationToken).ConfigureAwait(false);
        var arrived = (await _database.Meetings.AttendeesAsync(meetingId, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.MembershipNumber, StringComparer.Ordinal);
        var now = _database.Time.GetUtcNow();
        IReadOnlyList<DoorCandidate> candidates = [.. page.Members.Select(m => new DoorCandidate(m, MeetingDoor.Decide(meeting, rules, m, now, paidAtDoor: false), arrived.GetValueOrDefault(m.MembershipNumber)))];
        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.MembersSearched, meeting.Id.ToString("D"), new Dictionary<string, string>
        {
            ["results"] = page.Total.ToString(CultureInfo.InvariantCulture),
            ["scope"] = meeting.LocalPartyCode,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(candidates);
    }

    /// <summary>
    /// Checks a member in now. Admitted: recorded and audited as <c>member.checked-in</c>. Refused
    /// (not eligible, in arrears without payment, late at a meeting that admits no one late, or not a
    /// member of the party): audited as <c>checkin.refused</c> and returned with the reason, nothing
    /// recorded. A member of another party reads as no member at all, as elsewhere for local officers.
    /// </summary>
    public async Task<ServiceResult<CheckInResult>> CheckInAsync(StaffAccount account, Guid meetingId, string membershipNumber, bool paidAtDoor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<CheckInResult>(found.Failure.Value, found.Error);
        }

        var meeting = found.Value;
        var number = membershipNumber.Trim();
        var member = await _database.Members.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (member is null || !string.Equals(member.LocalPartyCode, meeting.LocalPartyCode, StringComparison.OrdinalIgnoreCase))
        {
            await RefusedAsync(account, meeting, number, "not-a-member-of-the-party", cancellationToken).ConfigureAwait(false);
            return ServiceResult.Fail<CheckInResult>(ServiceFailure.NotFound, $"no member of {meeting.LocalPartyCode} has the membership number '{number}'");
        }

        var now = _database.Time.GetUtcNow();
        var decision = MeetingDoor.Decide(meeting, await CompileAsync(meeting, cancellationToken).ConfigureAwait(false), member, now, paidAtDoor);
        if (!decision.IsAdmitted)
        {
            await RefusedAsync(account, meeting, number, decision.Outcome == CheckInOutcome.NeedsPayment ? "in-arrears" : decision.Late && decision.Eligibility.IsEligible ? "late" : "not-eligible", cancellationToken).ConfigureAwait(false);
            return ServiceResult.Ok(new CheckInResult(member, decision, null, false));
        }

        var attendee = new MeetingAttendee(number, now, decision.Late, decision.PaidAtDoor, AuditActors.Staff(account));
        if (!await _database.Meetings.AddAttendeeAsync(meeting.Id, attendee, cancellationToken).ConfigureAwait(false))
        {
            var first = (await _database.Meetings.AttendeesAsync(meeting.Id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.MembershipNumber == number);
            return ServiceResult.Ok(new CheckInResult(member, decision, first, true));
        }

        await AuditAsync(account, AuditActions.MemberCheckedIn, meeting, new()
        {
            ["member"] = number,
            ["late"] = decision.Late ? "yes" : "no",
            ["paidAtDoor"] = decision.PaidAtDoor ? "yes" : "no",
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(new CheckInResult(member, decision, attendee, false));
    }

    /// <summary>Everyone checked in, in order of arrival.</summary>
    public async Task<ServiceResult<IReadOnlyList<MeetingAttendee>>> AttendeesAsync(StaffAccount account, Guid meetingId, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        return found.Success
            ? ServiceResult.Ok(await _database.Meetings.AttendeesAsync(meetingId, cancellationToken).ConfigureAwait(false))
            : ServiceResult.Fail<IReadOnlyList<MeetingAttendee>>(found.Failure.Value, found.Error);
    }

    /// <summary>
    /// The members of the meeting's party the attendance rulebook admits (or would admit on paying
    /// arrears at the door), by name: the printable sign-in sheet. Audited as <c>members.exported</c>.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<DoorCandidate>>> SignInSheetAsync(StaffAccount account, Guid meetingId, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<IReadOnlyList<DoorCandidate>>(found.Failure.Value, found.Error);
        }

        var meeting = found.Value;
        var rules = await CompileAsync(meeting, cancellationToken).ConfigureAwait(false);
        var sheet = new List<DoorCandidate>();
        await foreach (var member in _database.Members.StreamInLocalPartyAsync(meeting.LocalPartyCode, cancellationToken).ConfigureAwait(false))
        {
            var decision = MeetingDoor.Decide(meeting, rules, member, meeting.StartsAt, paidAtDoor: false);
            if (decision.Outcome is CheckInOutcome.Admitted or CheckInOutcome.NeedsPayment)
            {
                sheet.Add(new DoorCandidate(member, decision, null));
            }
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.MembersExported, meeting.Id.ToString("D"), new Dictionary<string, string>
        {
            ["what"] = "sign-in sheet",
            ["members"] = sheet.Count.ToString(CultureInfo.InvariantCulture),
            ["scope"] = meeting.LocalPartyCode,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok<IReadOnlyList<DoorCandidate>>(sheet);
    }

    private Task RefusedAsync(StaffAccount account, NominationMeeting meeting, string number, string reason, CancellationToken cancellationToken) =>
        AuditAsync(account, AuditActions.CheckInRefused, meeting, new() { ["member"] = number, ["reason"] = reason }, cancellationToken);
}
