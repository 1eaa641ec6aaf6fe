using System.Net;
using Omov.Data;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Voting;

/// <summary>What a member is told about the code they typed or the link they opened, over plain HTTP, on each engine.</summary>
public abstract class VotingCodeTests
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task TypedCode_WithSpacesAndLowerCase_GoesToTheBallot()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001");
        using var voter = new VoterHttp(election.Omov.Address);

        var typed = await voter.TypeCodeAsync(code.ToDisplayText().Replace('-', ' ').ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal("/vote/ballot", typed.Headers.Location?.OriginalString);
        var ballot = await (await voter.GetAsync("/vote/ballot")).Content.ReadAsStringAsync();
        Assert.Contains("NEC (CLP section)", ballot, StringComparison.Ordinal);
        Assert.Contains("we recommend at least 2", ballot, StringComparison.Ordinal);
        Assert.Contains("Ann Archer will stand up for members.", ballot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedCode_Mistyped_SaysWhichCheckFailed()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = (await election.AddVoterAsync("L0000001")).ToLinkToken();
        using var voter = new VoterHttp(election.Omov.Address);
        var swapped = code[..5] + code[6] + code[5] + code[7..];
        Assert.NotEqual(code, swapped);

        var checkFailed = await (await voter.TypeCodeAsync(swapped)).Content.ReadAsStringAsync();
        var tooShort = await (await voter.TypeCodeAsync(code[..20])).Content.ReadAsStringAsync();
        var badCharacter = await (await voter.TypeCodeAsync("U" + code[1..])).Content.ReadAsStringAsync();

        Assert.Contains("This voting code has a mistake in it: a character is wrong, or two are the wrong way round.", checkFailed, StringComparison.Ordinal);
        Assert.Contains("A voting code has 28 letters and digits; you entered 20.", tooShort, StringComparison.Ordinal);
        Assert.Contains("Character 1 of the code is not used in voting codes", badCharacter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedCode_UnknownRevokedClosedOrUsed_SaysSoInPlainWords()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var revoked = await election.AddVoterAsync("L0000001");
        Assert.Equal(Data.Voting.ReissueOutcome.Reissued, await election.Database.Votes.ReissueAsync(election.Event.Id, "L0000001",
            VotingCodeHash.Compute(election.Event.Id.ToString("D"), VotingCode.Generate()), TimeProvider.System.GetUtcNow()));
        var used = await election.AddVoterAsync("L0000002");
        Assert.Equal(Data.Voting.CastOutcome.Cast, await election.Database.Votes.CastAsync(election.Event.Id,
            VotingCodeHash.Compute(election.Event.Id.ToString("D"), used), SealBlank(election)));
        var closedEvent = await election.AddEventAsync("closed-2025", BallotEventStatus.Closed);
        var closed = await election.AddVoterAsync("L0000003", ballotEvent: closedEvent);
        using var voter = new VoterHttp(election.Omov.Address);

        Assert.Contains("We do not recognise this voting code.", await BodyAsync(voter.TypeCodeAsync(VotingCode.Generate().ToDisplayText())), StringComparison.Ordinal);
        Assert.Contains("This voting code has been replaced by a newer one. Use the code in your latest email or letter.", await BodyAsync(voter.TypeCodeAsync(revoked.ToDisplayText())), StringComparison.Ordinal);
        Assert.Contains("You have already voted in this ballot. Your vote cannot be changed.", await BodyAsync(voter.TypeCodeAsync(used.ToDisplayText())), StringComparison.Ordinal);
        Assert.Contains("Voting in Party elections 2026 has closed. Votes can no longer be cast.", await BodyAsync(voter.TypeCodeAsync(closed.ToDisplayText())), StringComparison.Ordinal);

        // The same words for the link in the email, which never sets a ticket for an unusable code.
        Assert.Contains("replaced by a newer one", await BodyAsync(voter.GetAsync("/vote/" + revoked.ToLinkToken())), StringComparison.Ordinal);
        Assert.Contains("has closed", await BodyAsync(voter.GetAsync("/vote/" + closed.ToLinkToken())), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await voter.GetAsync("/vote/ballot")).StatusCode);
    }

    [Fact]
    public async Task Link_SendsNoReferrerAndIsNotCached_ThenLeavesTheAddressBar()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001");
        using var voter = new VoterHttp(election.Omov.Address);

        var link = await voter.GetAsync("/vote/" + code.ToLinkToken());

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/vote/ballot", link.Headers.Location?.OriginalString);
        Assert.Equal("no-referrer", Assert.Single(link.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("no-store", link.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var cookies = string.Join(";", link.Headers.GetValues("Set-Cookie"));
        Assert.DoesNotContain(code.ToLinkToken(), cookies, StringComparison.OrdinalIgnoreCase);
        // A bad link and a failed form post (no anti-forgery token) leave no code in the log either.
        var bad = code.ToLinkToken()[..27] + (code.ToLinkToken()[27] == 'Z' ? "Y" : "Z");
        Assert.Equal(HttpStatusCode.OK, (await voter.GetAsync("/vote/" + bad)).StatusCode);
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = code.ToDisplayText() });
        using var client = new HttpClient { BaseAddress = election.Omov.Address };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/vote", UriKind.Relative), noToken)).StatusCode);
        Assert.DoesNotContain(election.Logs.Messages, m => m.Contains(code.ToLinkToken()[..20], StringComparison.OrdinalIgnoreCase)
            || m.Contains(code.ToDisplayText()[..20], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TypedCode_TooManyTriesFromOneAddress_Gets429InPlainWords()
    {
        await using var election = await TestElection.StartAsync(Engine, voteCodeAttemptsPerMinute: 3);
        using var voter = new VoterHttp(election.Omov.Address);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await voter.TypeCodeAsync(VotingCode.Generate().ToDisplayText())).StatusCode);
        }

        var refused = await voter.TypeCodeAsync(VotingCode.Generate().ToDisplayText());
        var link = await voter.GetAsync("/vote/" + VotingCode.Generate().ToLinkToken());

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many voting codes have been tried from your internet connection. Wait a minute", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, link.StatusCode);
        // The form itself and the bulletin board are not tries.
        Assert.Equal(HttpStatusCode.OK, (await voter.GetAsync("/vote")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await voter.GetAsync("/board/" + election.Event.Code)).StatusCode);
    }

    [Fact]
    public async Task Language_Welsh_IsRememberedAndMarkedUp()
    {
        await using var election = await TestElection.StartAsync(Engine);
        using var voter = new VoterHttp(election.Omov.Address);

        var set = await voter.GetAsync("/vote/language/cy?return=%2Fboard%2F" + election.Event.Code);
        var page = await BodyAsync(voter.GetAsync("/vote"));
        var mistyped = await BodyAsync(voter.TypeCodeAsync("0000"));

        Assert.Equal("/board/" + election.Event.Code, set.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"cy\">", page, StringComparison.Ordinal);
        Assert.Contains("Bwrw eich pleidlais", page, StringComparison.Ordinal);
        Assert.Contains("rydych chi wedi rhoi 4", mistyped, StringComparison.Ordinal);
    }

    private static SealedBallot SealBlank(TestElection election) => BallotSealer.Seal(election.Ceremony.Record!.PublicKey, election.Event.Id.ToString("D"),
        new BallotPlaintext([ContestChoice.Blank(1)]), BallotEventLayout.For(election.Event));

    private static async Task<string> BodyAsync(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync();
}

public sealed class SqliteVotingCodeTests : VotingCodeTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresVotingCodeTests : VotingCodeTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
