using Microsoft.Extensions.Time.Testing;
using Omov.Counting.Methods.Exhaustive;
using Omov.Data.Meetings;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;
using Omov.Elections.Meetings;
using Omov.Elections.Register;
using Omov.Elections.Staff;

namespace Omov.Data.Tests.Meetings;

/// <summary>
/// A Walthamstow-like nomination meeting through the service and storage: starts 20:00 on
/// 11 Feb 2020 (GMT, so UTC), doors close 20 minutes in, members since 17 Dec 2019.
/// </summary>
public abstract class MeetingServiceTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly DateTimeOffset s_doors = new(2020, 2, 11, 20, 20, 0, TimeSpan.Zero);
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 2, 11, 19, 30, 0, TimeSpan.Zero));

    private static StaffAccount Officer(string username, string party) => new()
    {
        Id = Guid.NewGuid(),
        Username = username,
        DisplayName = username,
        Email = username + "@example.org",
        Roles = [StaffRole.LocalOfficer],
        LocalPartyCode = party,
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==",
        RecoveryCodeHashes = [],
        Enabled = true,
        CreatedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly StaffAccount s_secretary = Officer("sec", "CLP-001");

    private static Member Make(string number, string party, DateTimeOffset joined, DateOnly? paidUpTo) => new()
    {
        MembershipNumber = number,
        FirstName = "First" + number,
        LastName = "Last" + number,
        JoinedAt = joined,
        ContinuousSince = DateOnly.FromDateTime(joined.UtcDateTime),
        PaidUpTo = paidUpTo,
        Status = MemberStatus.Full,
        LocalPartyCode = party,
    };

    private async Task<(OmovDatabase Db, MeetingService Service)> OpenAsync(TestDatabase test)
    {
        var db = await OmovDatabase.OpenAsync(test.Connection, _time);
        await db.Units.UpsertAsync(
        [
            new OrganisationUnit("EN", "England", OrganisationUnitKind.Nation, null),
            new OrganisationUnit("CLP-001", "Walthamstow", OrganisationUnitKind.LocalParty, "EN"),
            new OrganisationUnit("CLP-002", "Leyton", OrganisationUnitKind.LocalParty, "EN"),
        ]);
        var old = new DateTimeOffset(2015, 1, 1, 9, 0, 0, TimeSpan.Zero);
        await db.Members.BulkUpsertAsync(
        [
            Make("W001", "CLP-001", old, new DateOnly(2099, 1, 1)),
            Make("W002", "CLP-001", old, new DateOnly(2099, 1, 1)),
            Make("W003", "CLP-001", old, new DateOnly(2099, 1, 1)),
            Make("W004", "CLP-001", new DateTimeOffset(2020, 1, 10, 12, 0, 0, TimeSpan.Zero), new DateOnly(2099, 1, 1)),
            Make("W005", "CLP-001", old, new DateOnly(2019, 12, 31)),
            Make("L001", "CLP-002", old, new DateOnly(2099, 1, 1)),
        ]);
        return (db, new MeetingService(db));
    }

    private static MeetingSetup Setup(LateArrivalPolicy late = LateArrivalPolicy.Refuse, MeetingVotingMethod method = MeetingVotingMethod.Exhaustive) => new()
    {
        LocalPartyCode = "CLP-001",
        Title = "Leadership nomination meeting",
        StartsLocal = new DateTime(2020, 2, 11, 20, 0, 0),
        DoorsCloseAfterMinutes = 20,
        Venue = "Walthamstow Assembly Hall",
        Contests = [new MeetingContest("Leader", ["Long-Bailey", "Nandy", "Starmer"], method), new MeetingContest("Deputy Leader", ["Allin-Khan", "Rayner"])],
        MemberSince = new DateOnly(2019, 12, 17),
        PayAtDoor = true,
        LateArrivals = late,
    };

    private static async Task<List<AuditEntry>> AuditAsync(OmovDatabase db) => await db.AuditLog.ReadAllAsync().ToListAsync();

    [Fact]
    public async Task Create_StoresEveryFieldAndAudits()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);

        var created = await service.CreateAsync(s_secretary, Setup());
        var stored = await db.Meetings.GetAsync(created.Value!.Id);

        Assert.True(created.Success, created.Error);
        Assert.NotNull(stored);
        Assert.Equal(new DateTimeOffset(2020, 2, 11, 20, 0, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal(s_doors, stored.DoorsCloseAt);
        Assert.Equal(["Long-Bailey", "Nandy", "Starmer"], stored.Contests[0].Candidates);
        Assert.Equal(created.Value.Attendance, stored.Attendance with { Rules = created.Value.Attendance.Rules });
        Assert.Equal(created.Value.Attendance.Rules.Count, stored.Attendance.Rules.Count);
        Assert.True(stored.PayAtDoor);
        Assert.Equal("staff:sec", stored.CreatedBy);
        var entry = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.MeetingCreated);
        Assert.Equal(stored.Id.ToString("D"), entry.Subject);
    }

    [Fact]
    public async Task Create_InSummer_StoresTheStartInUtc()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);

        var created = await service.CreateAsync(s_secretary, Setup() with { StartsLocal = new DateTime(2020, 7, 1, 19, 0, 0) });

        Assert.Equal(new DateTimeOffset(2020, 7, 1, 18, 0, 0, TimeSpan.Zero), (await db.Meetings.GetAsync(created.Value!.Id))!.StartsAt);
    }

    [Fact]
    public async Task Create_OfficerOfAnotherParty_IsRefusedAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);

        var result = await service.CreateAsync(Officer("leyton", "CLP-002"), Setup());

        Assert.Equal(ServiceFailure.Refused, result.Failure);
        Assert.Equal("A local officer for CLP-002 may run the meetings of CLP-002 only; this meeting is another local party's.", result.Error);
        Assert.Contains(await AuditAsync(db), e => e.Action == AuditActions.AccessRefused && e.Actor == "staff:leyton");
        Assert.Empty(await db.Meetings.ListAsync(null));
    }

    [Theory]
    [InlineData(-1, "the doors must close between 0 and 240 minutes after the start (not -1)")]
    [InlineData(20, null)]
    public async Task Create_DoorsMinutes_AreChecked(int minutes, string? problem)
    {
        await using var test = await _provider.CreateAsync();
        var (_, service) = await OpenAsync(test);

        var result = await service.CreateAsync(s_secretary, Setup() with { DoorsCloseAfterMinutes = minutes });

        Assert.Equal(problem, result.Error);
    }

    [Fact]
    public async Task Create_NoVenueNorLink_IsInvalid()
    {
        await using var test = await _provider.CreateAsync();
        var (_, service) = await OpenAsync(test);

        var result = await service.CreateAsync(s_secretary, Setup() with { Venue = " " });

        Assert.Equal("give a venue, an online link, or both", result.Error);
    }

    [Fact]
    public async Task CheckIn_AnotherPartysOfficer_IsRefusedAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;

        var result = await service.CheckInAsync(Officer("leyton", "CLP-002"), meeting.Id, "W001", false);

        Assert.Equal(ServiceFailure.Refused, result.Failure);
        Assert.Empty(await db.Meetings.AttendeesAsync(meeting.Id));
        Assert.Contains(await AuditAsync(db), e => e.Action == AuditActions.AccessRefused && e.Subject == meeting.Id.ToString("D"));
    }

    [Theory]
    [InlineData(0, CheckInOutcome.Admitted)]
    [InlineData(1, CheckInOutcome.Refused)]
    public async Task CheckIn_AtTheClosingSecond_OnTimeAndOneSecondLaterRefused(int secondsAfterClose, CheckInOutcome expected)
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;
        _time.SetUtcNow(s_doors.AddSeconds(secondsAfterClose));

        var result = await service.CheckInAsync(s_secretary, meeting.Id, "W001", false);

        Assert.Equal(expected, result.Value!.Decision.Outcome);
        Assert.Equal(expected == CheckInOutcome.Admitted ? 1 : 0, (await db.Meetings.AttendeesAsync(meeting.Id)).Count);
        if (expected == CheckInOutcome.Refused)
        {
            Assert.Equal("Arrived at 20:20:01 on 11 Feb 2020, after the doors closed at 20:20:00 on 11 Feb 2020: this meeting admits no one late.", result.Value.Decision.Reason);
            Assert.Contains(await AuditAsync(db), e => e.Action == AuditActions.CheckInRefused && e.Details["reason"] == "late" && e.Details["member"] == "W001");
        }
    }

    [Fact]
    public async Task CheckIn_LateUnderAdmitAndFlag_IsAdmittedAndFlagged()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup(LateArrivalPolicy.AdmitAndFlag))).Value!;
        _time.SetUtcNow(s_doors.AddSeconds(1));

        var result = await service.CheckInAsync(s_secretary, meeting.Id, "W001", false);
        var minutes = (await service.MinutesAsync(s_secretary, meeting.Id)).Value!;

        Assert.Equal(CheckInOutcome.AdmittedLate, result.Value!.Decision.Outcome);
        var late = Assert.Single(minutes.LateArrivals);
        Assert.Equal("W001", late.MembershipNumber);
        Assert.Equal(s_doors.AddSeconds(1), late.ArrivedAt);
    }

    [Fact]
    public async Task CheckIn_JoinedAfterTheCutOff_IsRefusedWithTheRulebooksReason()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;

        var result = await service.CheckInAsync(s_secretary, meeting.Id, "W004", false);

        Assert.Equal(CheckInOutcome.Refused, result.Value!.Decision.Outcome);
        Assert.StartsWith("Not eligible to attend: joined ", result.Value.Decision.Reason, StringComparison.Ordinal);
        Assert.Contains("17 Dec 2019", result.Value.Decision.Reason, StringComparison.Ordinal);
        Assert.Empty(await db.Meetings.AttendeesAsync(meeting.Id));
        Assert.Contains(await AuditAsync(db), e => e.Action == AuditActions.CheckInRefused && e.Details["reason"] == "not-eligible" && e.Details["member"] == "W004");
    }

    [Fact]
    public async Task CheckIn_InArrears_NeedsPaymentThenIsAdmittedWithThePaymentRecorded()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;

        var unpaid = await service.CheckInAsync(s_secretary, meeting.Id, "W005", false);
        var paid = await service.CheckInAsync(s_secretary, meeting.Id, "W005", true);

        Assert.Equal(CheckInOutcome.NeedsPayment, unpaid.Value!.Decision.Outcome);
        Assert.Equal(CheckInOutcome.Admitted, paid.Value!.Decision.Outcome);
        Assert.True(Assert.Single(await db.Meetings.AttendeesAsync(meeting.Id)).PaidAtDoor);
        Assert.Contains(await AuditAsync(db), e => e.Action == AuditActions.MemberCheckedIn && e.Details["paidAtDoor"] == "yes");
    }

    [Fact]
    public async Task CheckIn_InArrearsWherePayingAtTheDoorIsNotAllowed_IsRefused()
    {
        await using var test = await _provider.CreateAsync();
        var (_, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup() with { PayAtDoor = false })).Value!;

        var result = await service.CheckInAsync(s_secretary, meeting.Id, "W005", true);

        Assert.Equal(CheckInOutcome.Refused, result.Value!.Decision.Outcome);
        Assert.Contains("in arrears", result.Value.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_MemberOfAnotherParty_ReadsAsNoMemberAndIsAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;

        var other = await service.CheckInAsync(s_secretary, meeting.Id, "L001", false);
        var none = await service.CheckInAsync(s_secretary, meeting.Id, "X999", false);

        Assert.Equal("no member of CLP-001 has the membership number 'L001'", other.Error);
        Assert.Equal(ServiceFailure.NotFound, none.Failure);
        Assert.Equal(2, (await AuditAsync(db)).Count(e => e.Action == AuditActions.CheckInRefused && e.Details["reason"] == "not-a-member-of-the-party"));
    }

    [Fact]
    public async Task CheckIn_Twice_KeepsTheFirstArrival()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;
        await service.CheckInAsync(s_secretary, meeting.Id, "W001", false);
        _time.Advance(TimeSpan.FromMinutes(5));

        var again = await service.CheckInAsync(s_secretary, meeting.Id, "W001", false);

        Assert.True(again.Value!.AlreadyCheckedIn);
        Assert.Equal(new DateTimeOffset(2020, 2, 11, 19, 30, 0, TimeSpan.Zero), Assert.Single(await db.Meetings.AttendeesAsync(meeting.Id)).ArrivedAt);
    }

    [Fact]
    public async Task Rounds_ToANomination_RecordMinutesAndTheResult()
    {
        await using var test = await _provider.CreateAsync();
        var (db, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup())).Value!;
        foreach (var number in new[] { "W001", "W002", "W003" })
        {
            await service.CheckInAsync(s_secretary, meeting.Id, number, false);
        }

        var tooMany = await service.RecordRoundAsync(s_secretary, meeting.Id, 0, new ExhaustiveRound([2, 1, 1]));
        var first = await service.RecordRoundAsync(s_secretary, meeting.Id, 0, new ExhaustiveRound([1, 1, 1]));
        var lot = await service.RecordLotAsync(s_secretary, meeting.Id, 0, 1);
        var excludedVote = await service.RecordRoundAsync(s_secretary, meeting.Id, 0, new ExhaustiveRound([1, 1, 1]));
        var second = await service.RecordRoundAsync(s_secretary, meeting.Id, 0, new ExhaustiveRound([1, 0, 2]));
        var after = await service.RecordRoundAsync(s_secretary, meeting.Id, 0, new ExhaustiveRound([1, 0, 2]));

        Assert.Equal("Round 1 has 4 votes and blanks, more than the 3 voters admitted.", tooMany.Error);
        Assert.Equal("awaiting-lot", first.Value!.State);
        Assert.Equal(["Long-Bailey", "Nandy", "Starmer"], first.Value.TiedForLot);
        Assert.Equal("awaiting-round", lot.Value!.State);
        Assert.Equal(["Long-Bailey", "Starmer"], lot.Value.Continuing);
        Assert.Equal("Round 2 gives 1 votes to Nandy, who was excluded in an earlier round.", excludedVote.Error);
        Assert.Equal("decided", second.Value!.State);
        Assert.Equal("Starmer", second.Value.Nominee);
        Assert.Equal(ServiceFailure.Conflict, after.Failure);

        var nomination = Assert.Single(await service.NominationsAsync(meeting.Id));
        Assert.Equal(("Leader", "Starmer", "majority", "CLP-001"), (nomination.Contest, nomination.Nominee, nomination.Decision, nomination.LocalPartyCode));
        var minutes = (await service.MinutesAsync(s_secretary, meeting.Id)).Value!;
        Assert.Equal(3, minutes.Attended);
        var leader = minutes.Contests[0];
        Assert.Equal(2, leader.Rounds.Count);
        Assert.Equal("tied for lowest; excluded by lot", leader.Rounds[0].ExcludedBecause);
        Assert.Equal("Nandy", leader.Rounds[0].Excluded);
        Assert.Null(leader.Rounds[1].Figures[1].Votes);
        Assert.Equal(2, leader.Rounds[1].Figures[2].Votes);
        Assert.Equal("awaiting-round", minutes.Contests[1].State);
        var audit = await AuditAsync(db);
        Assert.Equal(2, audit.Count(e => e.Action == AuditActions.MeetingRoundRecorded && e.Details.ContainsKey("figures")));
        var result = Assert.Single(audit, e => e.Action == AuditActions.MeetingResult);
        Assert.Equal("3", result.Details["nominee"]);
        Assert.True(AuditChain.Verify(audit).IsValid);
    }

    [Fact]
    public async Task Papers_CountedByAv_MakeTheNomination()
    {
        await using var test = await _provider.CreateAsync();
        var (_, service) = await OpenAsync(test);
        var meeting = (await service.CreateAsync(s_secretary, Setup(method: MeetingVotingMethod.Alternative))).Value!;
        foreach (var number in new[] { "W001", "W002", "W003" })
        {
            await service.CheckInAsync(s_secretary, meeting.Id, number, false);
        }

        var bad = await service.RecordPapersAsync(s_secretary, meeting.Id, 0, "1: 1 4");
        // Two of three first preferences: decided without a tie (three different first preferences would tie three ways).
        var counted = await service.RecordPapersAsync(s_secretary, meeting.Id, 0, "1: 1 3\n1: 1\n1: 2 1");

        Assert.Equal("Line 1: '4' is not a candidate number (1 to 3, in statement order).", bad.Error);
        Assert.Equal("decided", counted.Value!.State);
        Assert.Equal("Long-Bailey", counted.Value.Nominee);
        Assert.Equal("av", Assert.Single(await service.NominationsAsync(meeting.Id)).Decision);
    }
}

public sealed class SqliteMeetingServiceTests : MeetingServiceTests<SqliteProvider>;

public sealed class PostgresMeetingServiceTests : MeetingServiceTests<PostgresProvider>;
