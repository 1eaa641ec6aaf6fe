using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Results;

/// <summary>The ballot box in the browser: the ceremony, share files, the opening, the provisional result, the declaration.</summary>
[Collection(BrowserTests.Name)]
public abstract class BallotBoxPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task CeremonyToDeclaration_InTheBrowser_OnlyTheOfficerSeesTheResultBeforeDeclaring()
    {
        await using var omov = await RunningOmov.StartAsync(Engine, configure: o => o with { ShareFileIterations = 1000 });
        var officerSecret = await omov.AddStaffAsync("ro", StaffRole.ReturningOfficer);
        var firstSecret = await omov.AddStaffAsync("s1", StaffRole.Scrutineer);
        var secondSecret = await omov.AddStaffAsync("s2", StaffRole.Scrutineer);
        var ballotEvent = await BallotBoxSetup.AddEventAsync(omov.Database);
        using var folder = new TempFiles();

        // The returning officer holds a 2-of-2 ceremony; each scrutineer types their own passphrase.
        var officer = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(officer, "ro", officerSecret!);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Ballot box" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(officer);
        await officer.GotoAsync($"/Ceremony/Hold?code={ballotEvent.Code}&Shares=2");
        await officer.GetByLabel("Shares needed to open the box (k)").FillAsync("2");
        await officer.GetByLabel("Account").Nth(0).SelectOptionAsync("s1");
        await officer.GetByLabel("Account").Nth(1).SelectOptionAsync("s2");
        await officer.GetByLabel("Passphrase, typed by scrutineer 1 alone").FillAsync(BallotBoxSetup.Passphrase1);
        await officer.GetByLabel("Passphrase, typed by scrutineer 2 alone").FillAsync(BallotBoxSetup.Passphrase2);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Hold the key ceremony" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("done and proven");
        Assert.Contains("yes: the key ceremony is proven", await officer.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("", await officer.GetByLabel("Passphrase, typed by scrutineer 1 alone").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(officer);

        // Each scrutineer downloads their own file, once.
        var scrutineer = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(scrutineer, "s1", firstSecret!);
        var file1 = await DownloadShareAsync(scrutineer, ballotEvent, folder);
        var second = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(second, "s2", secondSecret!);
        var file2 = await DownloadShareAsync(second, ballotEvent, folder);
        Assert.Contains("No share file of this event is waiting for you", await second.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty((await omov.Database.KeyCeremonies.GetAsync(ballotEvent.Id))!.Uncollected);

        await BallotBoxSetup.CastAndCloseAsync(omov.Database, ballotEvent, 9);

        // At the opening, a wrong passphrase is named by file; then both open the box.
        await scrutineer.GotoAsync($"/Count/Open?code={ballotEvent.Code}");
        await Accessibility.AssertNoViolationsAsync(scrutineer);
        await scrutineer.Locator("#file-1").SetInputFilesAsync(file1);
        await scrutineer.Locator("#passphrase-1").FillAsync(BallotBoxSetup.Passphrase1);
        await scrutineer.Locator("#file-2").SetInputFilesAsync(file2);
        await scrutineer.Locator("#passphrase-2").FillAsync(BallotBoxSetup.Passphrase1);
        await scrutineer.GetByRole(AriaRole.Button, new() { Name = "Open the box and count" }).ClickAsync();
        await scrutineer.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Contains("Share 2 did not unlock", await scrutineer.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(scrutineer);
        await scrutineer.Locator("#file-1").SetInputFilesAsync(file1);
        await scrutineer.Locator("#passphrase-1").FillAsync(BallotBoxSetup.Passphrase1);
        await scrutineer.Locator("#file-2").SetInputFilesAsync(file2);
        await scrutineer.Locator("#passphrase-2").FillAsync(BallotBoxSetup.Passphrase2);
        await scrutineer.GetByRole(AriaRole.Button, new() { Name = "Open the box and count" }).ClickAsync();
        await Assertions.Expect(scrutineer.GetByRole(AriaRole.Status)).ToContainTextAsync("9 ballots (0 rejected)");
        Assert.DoesNotContain("Keir Starmer", await scrutineer.InnerTextAsync("main"), StringComparison.Ordinal);

        // A scrutineer may not see the provisional result; the public sees nothing yet.
        var refused = await scrutineer.GotoAsync($"/Count/Result?code={ballotEvent.Code}");
        Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
        Assert.DoesNotContain("Keir Starmer", await scrutineer.InnerTextAsync("main"), StringComparison.Ordinal);
        var hidden = await scrutineer.GotoAsync($"/Results/Contest?code={ballotEvent.Code}&contest=leader");
        Assert.Equal((int)HttpStatusCode.NotFound, hidden!.Status);

        // The returning officer checks the provisional result and declares it.
        await officer.GotoAsync($"/Count/Result?code={ballotEvent.Code}");
        Assert.Contains("Keir Starmer (elected)", await officer.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Declare these results" }).ClickAsync();
        await officer.WaitForURLAsync("**/Results/Event?code=*");
        await Accessibility.AssertNoViolationsAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Leader of the Labour Party", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Img, new() { Name = "Votes at stage 1" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer);

        // The public page, anonymous, in Welsh, at 320 px.
        var visitor = await browser.NewPageAsync(omov.Address, width: 320);
        await visitor.GotoAsync($"/Results/Contest?code={ballotEvent.Code}&contest=deputy&lang=cy");
        Assert.Contains("Angela Rayner (etholwyd)", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(visitor);

        Assert.Equal(BallotEventStatus.Declared, (await omov.Database.BallotEvents.GetAsync(ballotEvent.Id))!.Status);
        var actions = (await omov.AuditEntriesAsync()).Select(e => (e.Actor, e.Action)).ToList();
        Assert.Contains(("staff:ro", AuditActions.CeremonyHeld), actions);
        Assert.Contains(("staff:s1", AuditActions.ShareCollected), actions);
        Assert.Contains(("staff:s1", AuditActions.BoxOpeningFailed), actions);
        Assert.Contains(("staff:s1", AuditActions.BoxOpened), actions);
        Assert.Contains(("staff:ro", AuditActions.ResultDeclared), actions);
    }

    private static async Task<string> DownloadShareAsync(IPage page, BallotEvent ballotEvent, TempFiles folder)
    {
        await page.GotoAsync($"/Ceremony/Share?code={ballotEvent.Code}");
        await Accessibility.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my share file" }).ClickAsync());
        var path = folder.File(download.SuggestedFilename);
        await download.SaveAsAsync(path);
        await page.GotoAsync($"/Ceremony/Share?code={ballotEvent.Code}");
        return path;
    }
}

public sealed class SqliteBallotBoxPagesTests(Browser browser) : BallotBoxPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresBallotBoxPagesTests(Browser browser) : BallotBoxPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
