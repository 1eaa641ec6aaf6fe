using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Delivery.Tests.Reissue;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Reissue;

/// <summary>The reissue pages in a real browser, checked with axe, on each engine.</summary>
[Collection(BrowserTests.Name)]
public abstract class ReissueBrowserTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task SelfService_FillAndSend_ThankYouPageIsAccessible()
    {
        await using var omov = await RunningOmov.StartAsync(Engine, new FakeTimeProvider(ReissueScene.Midway));
        await ReissueScene.CreateAsync(omov.Database);
        var page = await browser.NewPageAsync(omov.Address);

        await page.GotoAsync("/Reissue/lead-2020");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Membership number").FillAsync(ReissueScene.EmailVoter);
        await page.GetByLabel("Email address we hold for you").FillAsync("ann@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a new code" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(1, (await omov.Database.EmailOutbox.CountAsync()).Queued);
    }

    [Fact]
    public async Task Staff_ReissueByPostWithReason_DoneAndAudited_VotedMemberRefused()
    {
        // Real time for the TOTP sign-in; the event's dates are moved to around now.
        await using var omov = await RunningOmov.StartAsync(Engine);
        var scene = await ReissueScene.CreateAsync(omov.Database, shiftToNow: true);
        var secret = await omov.AddStaffAsync("rita", StaffRole.ReturningOfficer);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "rita", secret!);

        await page.GotoAsync("/Ballots/Reissue");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Membership number").FillAsync(ReissueScene.EmailVoter);
        await page.GetByLabel("Post, to the address on file").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("ballot email not received; identity checked by phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reissue", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("on its way by post");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Membership number").FillAsync(ReissueScene.Voted);
        await page.GetByLabel("Reason").FillAsync("lost code");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reissue", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("has already voted");

        Assert.Single(await omov.Database.Reissues.ListPendingPostalAsync(scene.Event.Id));
        var entries = await omov.AuditEntriesAsync();
        var reissued = Assert.Single(entries, e => e.Action == AuditActions.BallotReissued);
        Assert.Equal((ReissueScene.EmailVoter, "post"), (reissued.Subject, reissued.Details["channel"]));
    }
}

public sealed class SqliteReissueBrowserTests(Browser browser) : ReissueBrowserTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresReissueBrowserTests(Browser browser) : ReissueBrowserTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
