using System.Net;
using Omov.Data;
using Omov.Data.Services;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Results;

/// <summary>Public results over plain HTTP: nothing before the declaration, everything after.</summary>
public abstract class ResultVisibilityTests
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task PublicPages_BeforeAndAfterDeclaration_NotFoundThenPublished()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await omov.AddStaffAsync("ro", StaffRole.ReturningOfficer);
        await omov.AddStaffAsync("s1", StaffRole.Scrutineer);
        await omov.AddStaffAsync("s2", StaffRole.Scrutineer);
        var ballotEvent = await BallotBoxSetup.CountedAsync(new RunningOmovHandle(omov.Database, "ro", "s1", "s2"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = omov.Address };
        string[] pages =
        [
            $"/Results/Event?code={ballotEvent.Code}",
            $"/Results/Contest?code={ballotEvent.Code}&contest=leader",
            $"/Results/Download?code={ballotEvent.Code}&contest=leader&format=json",
            $"/Results/Download?code={ballotEvent.Code}&contest=leader&format=csv",
            $"/Results/Download?code={ballotEvent.Code}&contest=leader&format=blt",
        ];

        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(page)).StatusCode);
        }

        var index = await http.GetStringAsync("/Results");
        Assert.DoesNotContain(ballotEvent.Title, index, StringComparison.Ordinal);
        // The returning officer's page needs a returning officer's session.
        Assert.True(RunningOmov.IsRedirect((await http.GetAsync($"/Count/Result?code={ballotEvent.Code}")).StatusCode));

        var officer = (await omov.Database.StaffAccounts.GetAsync("ro"))!;
        Assert.True((await new DeclarationService(omov.Database).DeclareAsync(ballotEvent.Code, officer)).Success);

        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(page)).StatusCode);
        }

        Assert.Contains(ballotEvent.Title, await http.GetStringAsync("/Results"), StringComparison.Ordinal);
        var contest = await http.GetStringAsync($"/Results/Contest?code={ballotEvent.Code}&contest=leader");
        Assert.Contains("Keir Starmer (elected)", contest, StringComparison.Ordinal);
        var welsh = await http.GetStringAsync($"/Results/Contest?code={ballotEvent.Code}&contest=leader&lang=cy");
        Assert.Contains("Y cyfrif fesul cam", welsh, StringComparison.Ordinal);
        var blt = await http.GetStringAsync($"/Results/Download?code={ballotEvent.Code}&contest=leader&format=blt");
        Assert.StartsWith("3 1\n", blt, StringComparison.Ordinal);
        var csv = await http.GetStringAsync($"/Results/Download?code={ballotEvent.Code}&contest=leader&format=csv");
        Assert.Contains("Keir Starmer", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/Results/Download?code={ballotEvent.Code}&contest=leader&format=exe")).StatusCode);
    }
}

public sealed class SqliteResultVisibilityTests : ResultVisibilityTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresResultVisibilityTests : ResultVisibilityTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
