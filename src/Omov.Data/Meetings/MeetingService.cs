using System.Globalization;
using Omov.Counting.Methods.Exhaustive;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Meetings;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Data.Meetings;

/// <summary>
/// Nomination meetings, checked and audited: set-up, check-in at the door, rounds, results and
/// minutes. Only a local officer of the meeting's own party may act (RunLocalMeetings); every
/// refusal is audited. Audit entries carry the meeting id and membership numbers only.
/// </summary>
public sealed partial class MeetingService
{
    /// <summary>Members a door search shows at most.</summary>
    public const int DoorSearchLimit = 20;

    private readonly OmovDatabase _database;

    public MeetingService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Sets up a meeting; audited as <c>meeting.created</c>.</summary>
    public async Task<ServiceResult<NominationMeeting>> CreateAsync(StaffAccount account, MeetingSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(setup);
        if (await RefuseAsync(account, setup.LocalPartyCode, setup.LocalPartyCode, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return ServiceResult.Fail<NominationMeeting>(ServiceFailure.Refused, refused);
        }

        var zone = ZoneTime.Find(setup.TimeZone);
        if (zone is null)
        {
            return Invalid($"the time zone '{setup.TimeZone}' is not known");
        }

        if (setup.Attendance is null && setup.MemberSince is null)
        {
            return Invalid("give the member-since cut-off date (members who joined on or before it may attend)");
        }

        var starts = new DateTimeOffset(ZoneTime.ToUtc(setup.StartsLocal, zone), TimeSpan.Zero);
        var meeting = new NominationMeeting
        {
            Id = Guid.NewGuid(),
            LocalPartyCode = setup.LocalPartyCode,
            Title = setup.Title?.Trim() ?? string.Empty,
            StartsAt = starts,
            DoorsCloseAt = starts.AddMinutes(setup.DoorsCloseAfterMinutes),
            TimeZone = setup.TimeZone,
            Venue = Blank(setup.Venue),
            OnlineLink = Blank(setup.OnlineLink),
            Contests = [.. setup.Contests.Select(c => c with { Name = c.Name.Trim(), Candidates = [.. c.Candidates.Select(n => n.Trim()).Where(n => n.Length > 0)] })],
            Attendance = setup.Attendance ?? MeetingDoor.ClpAttendance(setup.LocalPartyCode, DateOnly.FromDateTime(setup.StartsLocal), setup.MemberSince!.Value),
            PayAtDoor = setup.PayAtDoor,
            LateArrivals = setup.LateArrivals,
            CreatedBy = AuditActors.Staff(account),
            CreatedAt = _database.Time.GetUtcNow(),
        };
        if (MeetingValidator.Validate(meeting, setup.DoorsCloseAfterMinutes) is { } problem)
        {
            return Invalid(problem);
        }

        var tree = await TreeAsync(cancellationToken).ConfigureAwait(false);
        if (tree.Find(meeting.LocalPartyCode) is not { Kind: Elections.Register.OrganisationUnitKind.LocalParty })
        {
            return Invalid($"'{meeting.LocalPartyCode}' is not a local party in the organisation");
        }

        if (RulebookValidator.Validate(meeting.Attendance, tree) is { Count: > 0 } errors)
        {
            return Invalid($"the attendance rulebook is not valid here: {errors[0]}");
        }

        await _database.Meetings.AddAsync(meeting, cancellationToken).ConfigureAwait(false);
        await AuditAsync(account, AuditActions.MeetingCreated, meeting, new()
        {
            ["localParty"] = meeting.LocalPartyCode,
            ["startsAt"] = meeting.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["doorsCloseAt"] = meeting.DoorsCloseAt.ToString("O", CultureInfo.InvariantCulture),
            ["contests"] = string.Join("; ", meeting.Contests.Select(c => c.Name)),
            ["attendanceRulebook"] = meeting.Attendance.Id,
            ["payAtDoor"] = meeting.PayAtDoor ? "yes" : "no",
            ["lateArrivals"] = meeting.LateArrivals == LateArrivalPolicy.Refuse ? "refuse" : "admit-and-flag",
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(meeting);

        static ServiceResult<NominationMeeting> Invalid(string message) => ServiceResult.Fail<NominationMeeting>(ServiceFailure.Invalid, message);
    }

    /// <summary>The meeting, if the account may run it (a refusal is audited).</summary>
    public async Task<ServiceResult<NominationMeeting>> GetAsync(StaffAccount account, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var meeting = await _database.Meetings.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return ServiceResult.Fail<NominationMeeting>(ServiceFailure.NotFound, "there is no such meeting");
        }

        if (await RefuseAsync(account, meeting.LocalPartyCode, meeting.Id.ToString("D"), cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return ServiceResult.Fail<NominationMeeting>(ServiceFailure.Refused, refused);
        }

        return ServiceResult.Ok(meeting);
    }

    /// <summary>The meetings the account may run (their own party's), latest first.</summary>
    public async Task<IReadOnlyList<NominationMeeting>> ListAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var access = StaffPermissions.Check(account, StaffPermission.RunLocalMeetings);
        return access.Allowed && access.LocalPartyScope is { } party
            ? await _database.Meetings.ListAsync(party, cancellationToken).ConfigureAwait(false)
            : [];
    }

    /// <summary>
    /// The meeting's nominations (contest, nominee, how decided): the hook by which the
    /// nominations record takes a local party's nomination from its meeting. No account: the
    /// caller has its own checks.
    /// </summary>
    public Task<IReadOnlyList<MeetingNomination>> NominationsAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        _database.Meetings.ResultsAsync(meetingId, cancellationToken);

    internal async Task<CompiledRulebook> CompileAsync(NominationMeeting meeting, CancellationToken cancellationToken) =>
        EligibilityEvaluator.Compile(meeting.Attendance, await TreeAsync(cancellationToken).ConfigureAwait(false));

    private async Task<string?> RefuseAsync(StaffAccount account, string localPartyCode, string subject, CancellationToken cancellationToken)
    {
        var access = StaffPermissions.Check(account, StaffPermission.RunLocalMeetings, localPartyCode);
        if (access.Allowed)
        {
            return null;
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.AccessRefused, subject, new Dictionary<string, string>
        {
            ["permission"] = nameof(StaffPermission.RunLocalMeetings),
            ["what"] = "meeting",
        }, cancellationToken).ConfigureAwait(false);
        return access.Reason!.Replace("this member belongs to another local party", "this meeting is another local party's", StringComparison.Ordinal);
    }

    private async Task AuditAsync(StaffAccount account, string action, NominationMeeting meeting, Dictionary<string, string> details, CancellationToken cancellationToken) =>
        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), action, meeting.Id.ToString("D"), details, cancellationToken).ConfigureAwait(false);

    private async Task<OrganisationTree> TreeAsync(CancellationToken cancellationToken) =>
        new(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Figures(MeetingContest contest, ExhaustiveRound round) =>
        string.Join("; ", contest.Candidates.Select((name, c) => string.Create(CultureInfo.InvariantCulture, $"{c + 1}={round.Votes[c]}")))
        + string.Create(CultureInfo.InvariantCulture, $"; blank={round.Blank}");
}
