using Omov.Elections.Eligibility;
using Omov.Elections.Meetings;
using Omov.Elections.Register;

namespace Omov.Elections.Tests.Meetings;

public sealed class MeetingDoorTests
{
    private static readonly DateTimeOffset s_doors = new(2020, 2, 11, 20, 20, 0, TimeSpan.Zero);

    private static readonly OrganisationTree s_tree = new(
    [
        new OrganisationUnit("CLP-001", "Walthamstow", OrganisationUnitKind.LocalParty, null),
        new OrganisationUnit("CLP-002", "Leyton", OrganisationUnitKind.LocalParty, null),
    ]);

    private static NominationMeeting Meeting(LateArrivalPolicy late = LateArrivalPolicy.Refuse, bool payAtDoor = true) => new()
    {
        Id = Guid.NewGuid(),
        LocalPartyCode = "CLP-001",
        Title = "Nomination meeting",
        StartsAt = s_doors.AddMinutes(-20),
        DoorsCloseAt = s_doors,
        Venue = "Hall",
        Contests = [new MeetingContest("Leader", ["A", "B"])],
        Attendance = MeetingDoor.ClpAttendance("CLP-001", new DateOnly(2020, 2, 11), new DateOnly(2019, 12, 17)),
        PayAtDoor = payAtDoor,
        LateArrivals = late,
        CreatedBy = "staff:sec",
        CreatedAt = s_doors.AddDays(-10),
    };

    private static Member Member(string party = "CLP-001", DateOnly? paidUpTo = null, DateTimeOffset? joined = null) => new()
    {
        MembershipNumber = "W1",
        FirstName = "A",
        LastName = "B",
        JoinedAt = joined ?? new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ContinuousSince = DateOnly.FromDateTime((joined ?? new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)).UtcDateTime),
        PaidUpTo = paidUpTo ?? new DateOnly(2099, 1, 1),
        Status = MemberStatus.Full,
        LocalPartyCode = party,
    };

    private static CheckInDecision Decide(NominationMeeting meeting, Member member, DateTimeOffset at, bool paid = false) =>
        MeetingDoor.Decide(meeting, EligibilityEvaluator.Compile(meeting.Attendance, s_tree), member, at, paid);

    [Theory]
    [InlineData(0, 0, CheckInOutcome.Admitted)]
    [InlineData(0, 1, CheckInOutcome.Refused)]
    [InlineData(1, 0, CheckInOutcome.Admitted)]
    [InlineData(1, 1, CheckInOutcome.AdmittedLate)]
    public void Decide_AroundTheClosingSecond_LateOnlyAfterIt(int flag, int secondsAfter, CheckInOutcome expected)
    {
        var meeting = Meeting(flag == 1 ? LateArrivalPolicy.AdmitAndFlag : LateArrivalPolicy.Refuse);

        var decision = Decide(meeting, Member(), s_doors.AddSeconds(secondsAfter));

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(secondsAfter > 0, decision.Late);
    }

    [Fact]
    public void Decide_OneTickAfterTheClose_IsLate()
    {
        Assert.True(Decide(Meeting(), Member(), s_doors.AddTicks(1)).Late);
    }

    [Fact]
    public void Decide_MemberOfAnotherParty_IsRefusedByTheRulebook()
    {
        var decision = Decide(Meeting(), Member("CLP-002"), s_doors);

        Assert.Equal(CheckInOutcome.Refused, decision.Outcome);
        Assert.False(decision.Eligibility.Rules[0].Passed);
    }

    [Fact]
    public void Decide_InArrearsAndJoinedLate_PayingCannotHelp()
    {
        var decision = Decide(Meeting(), Member(paidUpTo: new DateOnly(2019, 1, 1), joined: new DateTimeOffset(2020, 1, 5, 0, 0, 0, TimeSpan.Zero)), s_doors, paid: true);

        Assert.Equal(CheckInOutcome.Refused, decision.Outcome);
        Assert.False(decision.PaidAtDoor);
    }

    [Fact]
    public void Decide_InArrearsOnly_NeedsPaymentThenAdmitted()
    {
        var owing = Member(paidUpTo: new DateOnly(2020, 1, 31));

        Assert.Equal(CheckInOutcome.NeedsPayment, Decide(Meeting(), owing, s_doors).Outcome);
        var paid = Decide(Meeting(), owing, s_doors, paid: true);
        Assert.Equal(CheckInOutcome.Admitted, paid.Outcome);
        Assert.True(paid.PaidAtDoor);
        Assert.Equal(CheckInOutcome.Refused, Decide(Meeting(payAtDoor: false), owing, s_doors, paid: true).Outcome);
    }
}
