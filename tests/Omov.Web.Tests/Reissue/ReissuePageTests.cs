using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Delivery.Tests.Reissue;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Reissue;

/// <summary>The public reissue page over plain HTTP, on each engine: the same answer for everyone, and a per-address limit.</summary>
public abstract partial class ReissuePageTests
{
    protected abstract DatabaseEngine Engine { get; }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private async Task<(RunningOmov Omov, ReissueScene Scene, FakeTimeProvider Time)> StartAsync(int perMinute = 1000)
    {
        var time = new FakeTimeProvider(ReissueScene.Midway);
        var omov = await RunningOmov.StartAsync(Engine, time, o => o with { ReissueRequestsPerMinute = perMinute });
        return (omov, await ReissueScene.CreateAsync(omov.Database), time);
    }

    /// <summary>A fresh client (its own cookies) that fetches the form and posts <paramref name="fields"/>; returns the response's status and body.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> AskAsync(RunningOmov omov, Dictionary<string, string> fields, string path = "/Reissue/lead-2020")
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = omov.Address };
        var form = await http.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value;
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> ByEmail(string number, string email) => new() { ["MembershipNumber"] = number, ["Email"] = email };

    [Fact]
    public async Task Post_MatchedVotedNonMemberOrWrongDetails_ByteIdenticalAnswers()
    {
        var (omov, scene, _) = await StartAsync();
        await using var _ = omov;

        var answers = new[]
        {
            await AskAsync(omov, ByEmail(ReissueScene.EmailVoter, "ann@example.org")), // a new code goes out
            await AskAsync(omov, ByEmail(ReissueScene.Voted, "bea@example.org")), // has voted
            await AskAsync(omov, ByEmail(ReissueScene.NotAVoter, "dee@example.org")), // member without a ballot
            await AskAsync(omov, ByEmail("L9999999", "ann@example.org")), // not a member
            await AskAsync(omov, ByEmail(ReissueScene.EmailVoter, "attacker@example.org")), // wrong details
            await AskAsync(omov, new() { ["MembershipNumber"] = ReissueScene.PostVoter, ["Postcode"] = "CF10 1AA", ["DateOfBirth"] = "1990-02-28" }), // by post
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Contains("If the details you gave match", answers[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", answers[0].Body, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        Assert.Equal(1, (await omov.Database.EmailOutbox.CountAsync()).Queued);
        Assert.Single(await omov.Database.Reissues.ListPendingPostalAsync(scene.Event.Id));
    }

    [Fact]
    public async Task Post_FormFetchedBeforeTheCloseSentAfter_SaysReissueIsClosed()
    {
        var (omov, scene, time) = await StartAsync();
        await using var _ = omov;
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = omov.Address };
        var form = await http.GetStringAsync("/Reissue/lead-2020");
        time.SetUtcNow(scene.Event.Timetable.Close);
        var fields = ByEmail(ReissueScene.EmailVoter, "ann@example.org");
        fields["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value;

        using var response = await http.PostAsync("/Reissue/lead-2020", new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        var get = await http.GetStringAsync("/Reissue/lead-2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("are closed", body, StringComparison.Ordinal);
        Assert.Contains("are closed", get, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", get.Replace("/SignOut", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, (await omov.Database.EmailOutbox.CountAsync()).Queued);
    }

    [Fact]
    public async Task Requests_OverThePerAddressLimit_Get429()
    {
        var (omov, _, _) = await StartAsync(perMinute: 3);
        await using var __ = omov;
        using var http = new HttpClient { BaseAddress = omov.Address };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync("/Reissue/lead-2020");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Get_NoCode_OneEventOpen_ShowsItsForm_UnknownCode404()
    {
        var (omov, _, _) = await StartAsync();
        await using var __ = omov;
        using var http = new HttpClient { BaseAddress = omov.Address };

        var page = await http.GetStringAsync("/Reissue");
        using var unknown = await http.GetAsync("/Reissue/no-such-event");

        Assert.Contains("Election of Labour Leader and Deputy Leader 2020", page, StringComparison.Ordinal);
        Assert.Contains("Membership number", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class SqliteReissuePageTests : ReissuePageTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresReissuePageTests : ReissuePageTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
