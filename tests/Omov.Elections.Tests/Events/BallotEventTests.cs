using Omov.Counting;
using Omov.Elections.Events;

namespace Omov.Elections.Tests.Events;

public sealed class BallotEventTests
{
    private static readonly DateTimeOffset s_beforeOpening = new(2020, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private static EventReadiness Ready(bool keys = true, bool counted = false) => new()
    {
        ApprovedRolls = new HashSet<string>(StringComparer.Ordinal) { "labour-leader-deputy-2020" },
        KeyCeremonyProven = keys,
        Counted = counted,
    };

    [Fact]
    public void Leadership2020_Timetable_IsLondonTimeAcrossSummerTime()
    {
        var timetable = EventPresets.Leadership2020().Timetable;

        // 20 Jan is GMT; 2 Apr is BST, so noon in London is 11:00 UTC.
        Assert.Equal(new DateTimeOffset(2020, 1, 20, 17, 0, 0, TimeSpan.Zero), timetable.RollFreeze);
        Assert.Equal(new DateTimeOffset(2020, 4, 2, 11, 0, 0, TimeSpan.Zero), timetable.Close);
        Assert.Equal(new DateTimeOffset(2020, 3, 23, 12, 0, 0, TimeSpan.Zero), timetable.PostalReissueCloses);
        Assert.Empty(timetable.Problems());
    }

    [Fact]
    public void Presets_HaveNoDraftProblems_AndLeadershipIsComplete()
    {
        Assert.All(EventPresets.All, e => Assert.Empty(BallotEventValidator.DraftProblems(e)));
        Assert.Empty(BallotEventValidator.Problems(EventPresets.Leadership2020()));
        var nec = BallotEventValidator.Problems(EventPresets.Nec2020());
        Assert.Equal(["NEC: Constituency Labour Party section: 0 candidates for 9 seats; a contest needs at least as many candidates as seats."], nec);
    }

    [Fact]
    public void Validator_BadContests_NameContestAndProblem()
    {
        var leader = EventPresets.Leadership2020().Contests[0];
        var broken = EventPresets.Leadership2020() with
        {
            Contests =
            [
                leader with { Seats = 2 },
                leader with { Code = "leader", Method = "borda" },
                leader with { Code = "x", Candidates = [leader.Candidates[0] with { Number = 2 }] },
                leader with { Code = "nec", Method = "ers97", Seats = 3, Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 2)] },
            ],
        };

        var problems = BallotEventValidator.Problems(broken);

        Assert.Contains("Leader of the Labour Party: av elects exactly one; use block or an STV method for 2 seats.", problems);
        Assert.Contains("Two contests have the code 'leader'.", problems);
        Assert.Contains(problems, p => p.Contains("'borda' is not known", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("code must be 2 to 64", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("candidate 1 is numbered 2", StringComparison.Ordinal));
        Assert.Contains("Leader of the Labour Party: at least 2 women are needed but only 0 candidates are in that group.", problems);
    }

    [Fact]
    public void Timetable_OutOfOrder_SaysWhichDates()
    {
        var timetable = EventPresets.Leadership2020().Timetable;

        var problems = (timetable with { Close = timetable.BallotOpens.AddDays(-1) }).Problems();

        Assert.Contains("The email reissue deadline must come before the close.", problems);
        Assert.Contains("The ballot opening must come before the close.", problems);
    }

    [Fact]
    public void Lifecycle_EachStepForward_WhenItsConditionsHold()
    {
        var ballot = EventPresets.Leadership2020();
        var timetable = ballot.Timetable;

        var scheduled = BallotEventLifecycle.Move(ballot, BallotEventStatus.Scheduled, Ready(), s_beforeOpening);
        var open = BallotEventLifecycle.Move(scheduled.Event!, BallotEventStatus.Open, Ready(), timetable.BallotOpens);
        var closed = BallotEventLifecycle.Move(open.Event!, BallotEventStatus.Closed, Ready(), timetable.Close);
        var counted = BallotEventLifecycle.Move(closed.Event!, BallotEventStatus.Counted, Ready(counted: true), timetable.Close.AddHours(1));
        var declared = BallotEventLifecycle.Move(counted.Event!, BallotEventStatus.Declared, Ready(counted: true), timetable.Close.AddHours(2));

        Assert.Equal(BallotEventStatus.Declared, declared.Event!.Status);
        Assert.Empty(declared.Refusals);
    }

    [Theory]
    [InlineData(BallotEventStatus.Draft)]
    [InlineData(BallotEventStatus.Open)]
    [InlineData(BallotEventStatus.Declared)]
    public void Lifecycle_BackOrSkipping_IsRefused(BallotEventStatus target)
    {
        var scheduled = EventPresets.Leadership2020() with { Status = BallotEventStatus.Draft };
        if (target == BallotEventStatus.Draft)
        {
            scheduled = scheduled with { Status = BallotEventStatus.Scheduled };
        }

        var change = BallotEventLifecycle.Move(scheduled, target, Ready(), s_beforeOpening);

        Assert.False(change.Moved);
        Assert.Contains("never back or past a step", Assert.Single(change.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_UnapprovedRoll_IsRefused()
    {
        var change = BallotEventLifecycle.Move(EventPresets.Leadership2020(), BallotEventStatus.Scheduled, new EventReadiness(), s_beforeOpening);

        Assert.Equal(["The roll of labour-leader-deputy-2020 has not been approved by the returning officer."], change.Refusals);
    }

    [Fact]
    public void Open_EarlyOrWithoutKeys_IsRefused()
    {
        var scheduled = EventPresets.Leadership2020() with { Status = BallotEventStatus.Scheduled };
        var opens = scheduled.Timetable.BallotOpens;

        var early = BallotEventLifecycle.Move(scheduled, BallotEventStatus.Open, Ready(), opens.AddTicks(-1));
        var noKeys = BallotEventLifecycle.Move(scheduled, BallotEventStatus.Open, Ready(keys: false), opens);

        Assert.Equal(["The ballot opens at 24 Feb 2020 09:00 UTC, not before."], early.Refusals);
        Assert.Contains("key ceremony", Assert.Single(noKeys.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Close_BeforeTheCloseTime_IsRefused_AndCountedNeedsTheCount()
    {
        var open = EventPresets.Leadership2020() with { Status = BallotEventStatus.Open };
        var close = open.Timetable.Close;

        Assert.False(BallotEventLifecycle.Move(open, BallotEventStatus.Closed, Ready(), close.AddSeconds(-1)).Moved);
        Assert.True(BallotEventLifecycle.Move(open, BallotEventStatus.Closed, Ready(), close).Moved);
        Assert.False(BallotEventLifecycle.Move(open with { Status = BallotEventStatus.Closed }, BallotEventStatus.Counted, Ready(), close).Moved);
    }

    [Fact]
    public void BallotFor_MemberOnSomeRolls_GetsThoseContestsInBallotOrder()
    {
        var ballot = EventPresets.Leadership2020() with
        {
            Contests = [.. EventPresets.Leadership2020().Contests, EventPresets.Nec2020().Contests[0]],
        };

        var both = ballot.BallotFor(new HashSet<string>(StringComparer.Ordinal) { "labour-nec-clp-2020", "labour-leader-deputy-2020" });
        var none = ballot.BallotFor(new HashSet<string>(StringComparer.Ordinal) { "other" });

        Assert.Equal(["leader", "deputy", "nec-clp"], both.Select(c => c.Code));
        Assert.Empty(none);
        Assert.True(both[2].IsRanked);
        Assert.Equal(9, both[2].Seats);
    }
}
