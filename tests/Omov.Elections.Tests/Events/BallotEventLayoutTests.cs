using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Tests.Events;

public sealed class BallotEventLayoutTests
{
    private static readonly BallotEvent s_event = new()
    {
        Id = Guid.NewGuid(),
        Code = "e",
        Title = "E",
        Timetable = new EventTimetable
        {
            RollFreeze = DateTimeOffset.UnixEpoch,
            BallotOpens = DateTimeOffset.UnixEpoch.AddDays(1),
            ReissueOpens = DateTimeOffset.UnixEpoch.AddDays(1),
            PostalReissueCloses = DateTimeOffset.UnixEpoch.AddDays(2),
            EmailReissueCloses = DateTimeOffset.UnixEpoch.AddDays(2),
            Close = DateTimeOffset.UnixEpoch.AddDays(3),
        },
        Contests =
        [
            Contest("leader", "av", 1, 3),
            Contest("delegates", "block", 2, 4),
            Contest("rep", "fptp", 1, 2),
            Contest("tiny-block", "block", 5, 3),
        ],
    };

    [Fact]
    public void For_NumbersContestsInBallotOrder_RankedTakeAllMarkedTakeTheSeats()
    {
        var layout = BallotEventLayout.For(s_event);

        Assert.Equal(
            [ContestLayout.Ranked(1, 3), ContestLayout.Marked(2, 4, 2), ContestLayout.Marked(3, 2, 1), ContestLayout.Marked(4, 3, 3)],
            layout.Contests);
        Assert.Equal(2, BallotEventLayout.NumberOf(s_event, "delegates"));
        Assert.Equal(0, BallotEventLayout.NumberOf(s_event, "missing"));
    }

    private static EventContest Contest(string code, string method, int seats, int candidates) => new()
    {
        Code = code,
        Title = code,
        Method = method,
        Seats = seats,
        RollContest = code,
        Candidates = [.. Enumerable.Range(1, candidates).Select(i => new EventCandidate(i, "C" + i, "", []))],
    };
}
