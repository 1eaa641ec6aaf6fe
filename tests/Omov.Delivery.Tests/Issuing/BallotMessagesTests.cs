using Omov.Delivery.Email.Templates;
using Omov.Delivery.Issuing;
using Omov.Delivery.Post;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Register;

namespace Omov.Delivery.Tests.Issuing;

public sealed class BallotMessagesTests
{
    private static readonly Uri s_votingPage = new("https://vote.example.org/vote");

    private static BallotEvent Leadership() => EventPresets.Leadership2020() with { Id = Guid.Parse("3f2a1e5c-0000-4000-8000-000000000001") };

    private static Member Ann(string? email = "ann@example.org") => new()
    {
        MembershipNumber = "L0001",
        FirstName = "Ann",
        LastName = "Jones",
        Email = email,
        Address = new PostalAddress("1 High Street", null, "Walthamstow", "London", "E17 4AA"),
        JoinedAt = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2015, 1, 1),
        Status = MemberStatus.Full,
        LocalPartyCode = "walthamstow",
    };

    [Fact]
    public void Email_Rendered_NamesContestsCloseLinkCodeAndHelp()
    {
        var ballotEvent = Leadership();
        var code = VotingCode.Generate();

        var message = BallotMessages.Email(ballotEvent, Ann(), code, ballotEvent.Contests, s_votingPage, "ballot-help@example.org");
        var rendered = TemplateSet.BuiltIn.Render(message.Template!, message.Language, message.MergeValues!);

        Assert.True(rendered.Succeeded, rendered.Error?.ToString());
        Assert.Equal("Your ballot: Election of Labour Leader and Deputy Leader 2020", rendered.Email.Subject);
        foreach (var expected in new[]
        {
            "Dear Ann,", "Leader of the Labour Party", "Deputy Leader of the Labour Party", "12 noon on Thursday 2 April 2020",
            VotingLink.For(s_votingPage, code).AbsoluteUri, code.ToDisplayText(), "ballot-help@example.org",
        })
        {
            Assert.Contains(expected, rendered.Email.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Email_KeyAndBatch_OnePerEventMemberAndGeneration()
    {
        var ballotEvent = Leadership();

        var first = BallotMessages.Email(ballotEvent, Ann(), VotingCode.Generate(), ballotEvent.Contests, s_votingPage);
        var again = BallotMessages.Email(ballotEvent, Ann(), VotingCode.Generate(), ballotEvent.Contests, s_votingPage);
        var reissue = BallotMessages.Email(ballotEvent, Ann(), VotingCode.Generate(), ballotEvent.Contests, s_votingPage, generation: 2, kind: "reissue");

        Assert.Equal("ballot:3f2a1e5c-0000-4000-8000-000000000001:L0001:1", first.IdempotencyKey);
        Assert.Equal(first.IdempotencyKey, again.IdempotencyKey);
        Assert.Equal("reissue:3f2a1e5c-0000-4000-8000-000000000001:L0001:2", reissue.IdempotencyKey);
        Assert.Equal("reissue", reissue.Kind);
        Assert.Equal("ballot", first.Kind);
        Assert.Equal(first.BatchId, reissue.BatchId);
        Assert.Equal("ann@example.org", first.Recipient);
        Assert.Equal("L0001", first.MemberNumber);
    }

    [Fact]
    public void Email_OnlyTheMembersContests_Listed()
    {
        var ballotEvent = Leadership();

        var message = BallotMessages.Email(ballotEvent, Ann(), VotingCode.Generate(), [ballotEvent.Contests[1]], s_votingPage);

        Assert.Equal(["Deputy Leader of the Labour Party"], message.MergeValues!["contests"].Items!);
    }

    [Fact]
    public void Email_Welsh_WritesTheCloseInWelsh()
    {
        var ballotEvent = Leadership();

        var message = BallotMessages.Email(ballotEvent, Ann(), VotingCode.Generate(), ballotEvent.Contests, s_votingPage, language: "cy");

        Assert.Equal("cy", message.Language);
        Assert.Equal("hanner dydd ddydd Iau 2 Ebrill 2020", message.MergeValues!["close_time"].Text);
    }

    [Fact]
    public void Email_MemberWithoutEmail_Throws()
    {
        var ballotEvent = Leadership();

        Assert.Throws<ArgumentException>(() => BallotMessages.Email(ballotEvent, Ann(email: null), VotingCode.Generate(), ballotEvent.Contests, s_votingPage));
    }

    [Fact]
    public void PostalPack_OneContestOfTwo_PrintsThatPaperWithCodeAndAddress()
    {
        var ballotEvent = Leadership();
        var code = VotingCode.Generate();
        var ballot = BallotMessages.PostalBallot(ballotEvent, ["Freepost OMOV BALLOT"]);

        var pack = BallotMessages.PostalPack(ballotEvent, Ann(), code, [ballotEvent.Contests[1]], s_votingPage, ballot);

        Assert.Empty(PackCheck.Problems(pack));
        Assert.Equal("Ann Jones", pack.AddresseeName);
        Assert.Equal(["1 High Street", "Walthamstow", "London"], pack.AddressLines);
        Assert.Equal("E17 4AA", pack.Postcode);
        Assert.Equal(code.ToDisplayText(), pack.VotingCode);
        Assert.Equal(VotingLink.For(s_votingPage, code).AbsoluteUri, pack.VotingUrl);
        Assert.Equal(["Deputy Leader of the Labour Party"], pack.Contests.Select(c => c.Title));
        Assert.Equal("12 noon on Thursday 2 April 2020", ballot.CloseText);
        Assert.All(ballot.Contests, c => Assert.Equal(MarkingRule.Rank, c.Marking));
    }

    [Fact]
    public void PostalBallot_StvWithWomenMinimum_NotesTheLimit()
    {
        var nec = EventPresets.Nec2020();

        var paper = BallotMessages.PostalBallot(nec, ["Freepost"]).Contests.Single();

        Assert.Equal(MarkingRule.Rank, paper.Marking);
        Assert.Equal("At least 4 of those elected will be women", paper.Note);
    }

    [Fact]
    public void CloseTimes_AfternoonAndMinutes_WrittenOut()
    {
        Assert.Equal("5pm on Friday 6 November 2020", CloseTimes.Text(new DateTime(2020, 11, 6, 17, 0, 0), welsh: false));
        Assert.Equal("9:30am on Monday 2 March 2020", CloseTimes.Text(new DateTime(2020, 3, 2, 9, 30, 0), welsh: false));
        Assert.Equal("17:00 ddydd Gwener 6 Tachwedd 2020", CloseTimes.Text(new DateTime(2020, 11, 6, 17, 0, 0), welsh: true));
    }
}
