using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;
using Omov.Web.Voting;

namespace Omov.Web.Tests.Voting;

/// <summary>How the marks on a web ballot are read: what is refused, what is read with a warning.</summary>
public sealed class BallotReaderTests
{
    private static readonly EventContest s_ranked = Contest("leader", "Leader", "av", 1, 3);
    private static readonly EventContest s_block = Contest("delegates", "Delegates", "block", 2, 3);
    private static readonly (int, EventContest)[] s_contests = [(1, s_ranked), (4, s_block)];

    [Fact]
    public void Read_RanksAndTicks_GivesTheChoicesInPreferenceAndBallotOrder()
    {
        var readings = Read(("1_3", "1"), ("1_1", "2"), ("4_3", "x"), ("4_1", "x"));

        Assert.Equal(ContestChoice.Ranking(1, [3, 1]), readings[0].Choice);
        Assert.Equal(ContestChoice.Selection(4, [1, 3]), readings[1].Choice);
        Assert.All(readings, r => Assert.Empty(r.Errors));
        Assert.All(readings, r => Assert.Empty(r.Warnings));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("one")]
    public void Read_RankNotAWholeNumberInRange_IsRefusedNamingTheCandidate(string typed)
    {
        var reading = Read(("1_2", typed))[0];

        Assert.Equal("Leader: the number for Candidate 2 must be a whole number from 1 to 3.", Assert.Single(reading.Errors));
        Assert.Equal(ChoiceKind.Blank, reading.Choice.Kind);
    }

    [Fact]
    public void Read_SkippedNumbers_AreReadInOrderWithAWarning()
    {
        var reading = Read(("1_1", "3"), ("1_2", "1"))[0];

        Assert.Empty(reading.Errors);
        Assert.Equal(ContestChoice.Ranking(1, [2, 1]), reading.Choice);
        Assert.Contains("your numbers skip 2.", Assert.Single(reading.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooManyTicksOrNone_RefusedOrBlankWithAWarning()
    {
        var tooMany = Read(("4_1", "x"), ("4_2", "x"), ("4_3", "x"))[1];
        var none = Read()[1];

        Assert.Equal("Delegates: you may tick up to 2 candidates; you ticked 3.", Assert.Single(tooMany.Errors));
        Assert.Equal(ContestChoice.Blank(4), none.Choice);
        Assert.Equal("Delegates: you have not voted. This contest will be left blank.", Assert.Single(none.Warnings));
    }

    [Fact]
    public void FromForm_KeepsOnlyTheVotersOwnFields()
    {
        var form = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["m1_1"] = " 2 ",
            ["m2_1"] = "1",
            ["m1_9"] = "1",
            ["m4_2"] = "x",
            ["__RequestVerificationToken"] = "t",
            ["m1_3"] = "",
        };

        var marks = BallotReader.FromForm(form, s_contests);

        Assert.Equal(new Dictionary<string, string> { ["1_1"] = "2", ["4_2"] = "x" }, marks);
    }

    [Theory]
    [InlineData("POST", "/vote", true)]
    [InlineData("POST", "/Vote/Index", true)]
    [InlineData("GET", "/vote", false)]
    [InlineData("GET", "/vote/3KQ7M2XD", true)]
    [InlineData("GET", "/vote/ballot", false)]
    [InlineData("POST", "/vote/review", false)]
    [InlineData("GET", "/vote/language/cy", false)]
    [InlineData("GET", "/voter", false)]
    [InlineData("GET", "/board/x", false)]
    public void IsAttempt_OnlyCodeTriesCount(string method, string path, bool attempt)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;

        Assert.Equal(attempt, VoteCodeAttempts.IsAttempt(context.Request));
    }

    private static IReadOnlyList<ContestReading> Read(params (string Key, string Value)[] marks) =>
        BallotReader.Read(s_contests, marks.ToDictionary(m => m.Key, m => m.Value), VoteText.English);

    private static EventContest Contest(string code, string title, string method, int seats, int candidates) => new()
    {
        Code = code,
        Title = title,
        Method = method,
        Seats = seats,
        RollContest = code,
        Candidates = [.. Enumerable.Range(1, candidates).Select(i => new EventCandidate(i, $"Candidate {i}", "", []))],
    };
}
