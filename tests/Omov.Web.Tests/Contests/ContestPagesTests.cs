using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Contests;

/// <summary>Contests in the browser: add from a preset, count, freeze, explain, edit the rulebook, approve.</summary>
[Collection(BrowserTests.Name)]
public abstract class ContestPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Contest_AddCountFreezeExplainAndApprove_ByTheRightPeople()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var admin = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var returningOfficer = await omov.AddStaffAsync("ro", StaffRole.ReturningOfficer);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", admin!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Contests and rolls" }).ClickAsync();
        await page.GetByLabel("Code").FillAsync("general");
        await page.GetByLabel("Title").FillAsync("General vote");
        await page.GetByLabel("Start from the rulebook").SelectOptionAsync("generic-full-members-paid-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the contest" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "General vote", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Count who the rulebook admits now" }).ClickAsync();
        var facts = await page.Locator("dl.facts").InnerTextAsync();
        Assert.Contains("Eligible\n2", facts, StringComparison.Ordinal);
        Assert.Contains("Not eligible\n1", facts, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze the roll now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Roll frozen: 2 voters");
        var digest = (await page.Locator("td.code").First.InnerTextAsync()).Trim();
        Assert.Matches("^[0-9a-f]{64}$", digest);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Membership number").FillAsync("L0000003");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explain" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ineligible")).ToBeVisibleAsync();
        Assert.Contains("Fails:", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the contest" }).ClickAsync();
        await page.GetByLabel("Rulebook (JSON)").FillAsync("{ \"id\": ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the rulebook" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Equal("{ \"id\": ", await page.GetByLabel("Rulebook (JSON)").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        // The administrator may freeze but not approve.
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Approve this roll" }).CountAsync());

        var officer = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(officer, "ro", returningOfficer!);
        await officer.GotoAsync("/Contests/Contest?code=general");
        await officer.GetByLabel("The roll's digest, as you have checked it").FillAsync(new string('0', 64));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Approve this roll" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await officer.GetByLabel("The roll's digest, as you have checked it").FillAsync(digest);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Approve this roll" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("The roll is approved");
        await Accessibility.AssertNoViolationsAsync(officer);

        var entries = await omov.Database.AuditLog.ReadLatestAsync(50);
        Assert.Contains(entries, e => e.Action == AuditActions.ContestCreated && e.Actor == "staff:admin");
        Assert.Contains(entries, e => e.Action == AuditActions.RollFrozen && e.Actor == "staff:admin");
        Assert.Contains(entries, e => e.Action == AuditActions.MemberViewed && e.Subject == "L0000003");
        Assert.Contains(entries, e => e.Action == AuditActions.RollApproved && e.Actor == "staff:ro");
    }

    [Fact]
    public async Task Explain_LocalOfficer_OtherPartyOrNoSuchMember_LooksTheSame()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        await new Omov.Data.Services.ContestService(omov.Database).AddAsync("general", "General vote", Omov.Elections.Rulebooks.Presets.Find("generic-full-members-paid-up")!.Rulebook, "test");
        var secret = await omov.AddStaffAsync("sec", StaffRole.LocalOfficer, localParty: "CLP-001");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "sec", secret!);

        var own = await page.GotoAsync("/Contests/Explain?code=general&member=L0000001");
        Assert.Equal((int)HttpStatusCode.OK, own!.Status);
        var other = await page.GotoAsync("/Contests/Explain?code=general&member=L0000002");
        var otherText = await page.InnerTextAsync("main");
        var missing = await page.GotoAsync("/Contests/Explain?code=general&member=X9999999");

        Assert.Equal((int)HttpStatusCode.Forbidden, other!.Status);
        Assert.Equal((int)HttpStatusCode.Forbidden, missing!.Status);
        Assert.Equal(otherText, await page.InnerTextAsync("main"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}

public sealed class SqliteContestPagesTests(Browser browser) : ContestPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresContestPagesTests(Browser browser) : ContestPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
