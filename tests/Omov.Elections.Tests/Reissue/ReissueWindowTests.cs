using Omov.Elections.Events;
using Omov.Elections.Reissue;

namespace Omov.Elections.Tests.Reissue;

public sealed class ReissueWindowTests
{
    // Leadership 2020: reissues from 09:00 Mon 2 Mar (GMT, so 09:00 UTC), postal until 12:00 Mon
    // 23 Mar (GMT: 12:00 UTC), email and close at 12:00 Thu 2 Apr — British Summer Time by then
    // (from 29 Mar), so 11:00 UTC.
    private static readonly BallotEvent s_event = EventPresets.Leadership2020() with { Status = BallotEventStatus.Open };
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2020, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForMember_BeforeAndAtOpening_ClosedThenBothOpen()
    {
        Assert.False(ReissueWindow.ForMember(s_event, Utc(3, 2, 9) - s_tick).Any);
        Assert.Equal(new ReissueWindow(true, true), ReissueWindow.ForMember(s_event, Utc(3, 2, 9)));
    }

    [Fact]
    public void ForMember_AtPostalDeadline_EmailOnly()
    {
        Assert.Equal(new ReissueWindow(true, true), ReissueWindow.ForMember(s_event, Utc(3, 23, 12) - s_tick));
        Assert.Equal(new ReissueWindow(true, false), ReissueWindow.ForMember(s_event, Utc(3, 23, 12)));
    }

    [Fact]
    public void ForMember_AtNoonBritishSummerTime_ClosedAtElevenUtc()
    {
        Assert.Equal(new ReissueWindow(true, false), ReissueWindow.ForMember(s_event, Utc(4, 2, 11) - s_tick));
        Assert.False(ReissueWindow.ForMember(s_event, Utc(4, 2, 11)).Any);
        Assert.False(ReissueWindow.ForMember(s_event, Utc(4, 2, 11) + TimeSpan.FromMinutes(30)).Any);
    }

    [Fact]
    public void ForStaff_FromBallotOpening_BeforeMembersMay()
    {
        var firstDay = Utc(2, 24, 9);
        Assert.False(ReissueWindow.ForMember(s_event, firstDay).Any);
        Assert.Equal(new ReissueWindow(true, true), ReissueWindow.ForStaff(s_event, firstDay));
        Assert.False(ReissueWindow.ForStaff(s_event, firstDay - s_tick).Any);
    }

    [Theory]
    [InlineData(BallotEventStatus.Scheduled)]
    [InlineData(BallotEventStatus.Closed)]
    public void ForMember_EventNotOpen_Closed(BallotEventStatus status)
    {
        Assert.False(ReissueWindow.ForMember(s_event with { Status = status }, Utc(3, 10, 12)).Any);
        Assert.False(ReissueWindow.ForStaff(s_event with { Status = status }, Utc(3, 10, 12)).Any);
    }
}
