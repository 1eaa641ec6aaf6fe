using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Nominations;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Nominations;

/// <summary>Nominations in the browser: a local officer records their party's, the public tracker shows who qualified, staff send them to a draft ballot.</summary>
[Collection(BrowserTests.Name)]
public abstract class NominationPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Nominations_RecordTrackAndSend_ByTheRightPeople()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        await SetUpAsync(omov.Database);
        var secretary = await omov.AddStaffAsync("sec", StaffRole.LocalOfficer, localParty: "CLP-001");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "sec", secretary!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nominations", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a nomination in nec" }).ClickAsync();
        Assert.Equal(1, await page.Locator("#body option").CountAsync());
        await page.GetByLabel("Candidate").SelectOptionAsync("ada");
        await page.GetByLabel("The meeting or decision it came from").FillAsync("All-member meeting, 11 Feb, 142 present");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the nomination" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("recorded");
        await Accessibility.AssertNoViolationsAsync(page);

        // A form altered to name another party is refused, with a 403.
        await page.GetByLabel("Candidate").SelectOptionAsync("ben");
        await page.Locator("#body option").First.EvaluateAsync("o => o.value = 'LocalParty|CLP-002'");
        await page.GetByLabel("The meeting or decision it came from").FillAsync("Not ours");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Record the nomination" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal((int)HttpStatusCode.Forbidden, refused.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("may record the nominations of CLP-001 only");
        await Accessibility.AssertNoViolationsAsync(page);

        // A second party's nomination (recorded by national staff) qualifies Ada: the public sees it without signing in.
        var second = await new NominationService(omov.Database).RecordAsync(new NominationRequest("nec", NominatingBodyKind.LocalParty, "CLP-002", "ada", "GC meeting"), "cli:test");
        Assert.True(second.Success, second.Error);
        var visitor = await browser.NewPageAsync(omov.Address);
        await visitor.GotoAsync("/Tracker");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "NEC CLP section" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("p.notice")).ToHaveTextAsync("Nominations from at least 2 local parties.");
        var adaRow = visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ada Lovelace" });
        await Assertions.Expect(adaRow).ToContainTextAsync("Qualified");
        await Assertions.Expect(adaRow).ToContainTextAsync("2 (66.7%)");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ben Lovell" })).ToContainTextAsync("Not yet");
        await Accessibility.AssertNoViolationsAsync(visitor);

        var admin = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var staffPage = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(staffPage, "admin", admin!);
        await staffPage.GotoAsync("/Nominations");
        await staffPage.GetByRole(AriaRole.Link, new() { Name = "Send qualified candidates of nec to a ballot" }).ClickAsync();
        await staffPage.GetByLabel("Ballot event contest").SelectOptionAsync("labour-nec-2020|nec-clp");
        await staffPage.GetByRole(AriaRole.Button, new() { Name = "Send the qualified candidates" }).ClickAsync();
        await Assertions.Expect(staffPage.GetByRole(AriaRole.Status)).ToContainTextAsync("1 qualified candidate sent");
        await Accessibility.AssertNoViolationsAsync(staffPage);

        var stored = await omov.Database.BallotEvents.GetAsync("labour-nec-2020");
        var candidate = Assert.Single(stored!.Contest("nec-clp")!.Candidates);
        Assert.Equal(("Ada Lovelace", "Ada's statement"), (candidate.Name, candidate.Statement));
        Assert.Equal(["women"], candidate.Groups);
        var entries = await omov.Database.AuditLog.ReadLatestAsync(50);
        Assert.Contains(entries, e => e.Action == AuditActions.NominationRecorded && e.Actor == "staff:sec");
        Assert.Contains(entries, e => e.Action == AuditActions.NominationRefused && e.Actor == "staff:sec" && e.Details["reason"] == nameof(NominationRefusalKind.OtherLocalParty));
        Assert.Contains(entries, e => e.Action == AuditActions.AccessRefused && e.Actor == "staff:sec");
        Assert.Contains(entries, e => e.Action == AuditActions.NominationsSentToEvent && e.Actor == "staff:admin");
    }

    [Fact]
    public async Task Tracker_NoSuchContest_NotFoundWithoutSignIn()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        using var client = new HttpClient { BaseAddress = omov.Address };

        var list = await client.GetAsync(new Uri("/Tracker", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/Tracker/Contest?code=nothing", UriKind.Relative));
        var staffOnly = await client.GetAsync(new Uri("/Nominations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/SignIn", staffOnly.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task SetUpAsync(OmovDatabase database)
    {
        var contest = await new ContestService(database).AddAsync("nec", "NEC CLP section", Presets.NecClpSection2020(), "cli:test");
        Assert.True(contest.Success, contest.Error);
        var service = new NominationService(database);
        var thresholds = ThresholdPresets.NecClp2020() with { Requirement = new LocalPartiesRequirement(Count: 2) };
        var period = await service.SetPeriodAsync("nec", new DateTime(2020, 1, 1, 0, 0, 0), new DateTime(2099, 1, 1, 0, 0, 0), "Europe/London", thresholds, "cli:test");
        Assert.True(period.Success, period.Error);
        await service.AddCandidateAsync("nec", new NominationCandidate("ada", "Ada Lovelace", "L0000001", "Ada's statement", ["women"]), "cli:test");
        await service.AddCandidateAsync("nec", new NominationCandidate("ben", "Ben Lovell", "L0000002", "", []), "cli:test");
        Assert.True(await database.BallotEvents.AddAsync(EventPresets.Nec2020() with { Id = Guid.NewGuid() }));
    }
}

public sealed class SqliteNominationPagesTests(Browser browser) : NominationPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresNominationPagesTests(Browser browser) : NominationPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
