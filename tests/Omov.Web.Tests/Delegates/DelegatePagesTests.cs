using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Delegates;

/// <summary>Conference delegates in the browser: the table, one party's explanation and its delegate election; a local officer's scope.</summary>
[Collection(BrowserTests.Name)]
public abstract class DelegatePagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    /// <summary>Hackney South (CLP-001) gets 800 more members: 120 women, 30 under 27.</summary>
    private static async Task SeedAsync(RunningOmov omov)
    {
        await RegisterData.SeedAsync(omov);
        var template = RegisterData.Members[1];
        await omov.Database.Members.BulkUpsertAsync(Enumerable.Range(0, 800).Select(i => template with
        {
            MembershipNumber = "D" + i.ToString("D7", CultureInfo.InvariantCulture),
            LocalPartyCode = "CLP-001",
            Sections = i < 120 ? [new SectionDeclaration(Section.Women, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero))] : [],
            DateOfBirth = i >= 770 ? new DateOnly(2005, 6, 1) : template.DateOfBirth,
        }));
    }

    [Fact]
    public async Task Delegates_CalculateExplainAndCountAnElection_ByAnAdministrator()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await SeedAsync(omov);
        var admin = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", admin!);

        await page.GotoAsync("/Delegates?year=2026");
        await page.GetByLabel("Count members on").FillAsync("2025-12-31");
        await page.GetByLabel("Conference year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hackney South" });
        // 801 members (Ada too): 2 ordinary, the women's extra and the youth extra.
        Assert.Equal("Hackney South CLP-001\t801\t121\t30\t1\t1\tno\t1\t1\t4\t2", (await row.InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hackney South" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.explanation")).ToContainTextAsync("801 members: 1 for the first 749 and 1 for the next 250 or part = 2");
        await Assertions.Expect(page.Locator("ol.explanation")).ToContainTextAsync("121 women members (at least 100): 1 delegate extra, a woman");
        await page.GetByLabel("Counting method").SelectOptionAsync("block");
        await page.GetByLabel("Candidates, in ballot-paper order").FillAsync("Adam Ash, D0000200\nBea Birch, D0000001, woman\nCal Cole, D0000790, young\nDee Dunn, D0000002, woman\nEd Eng, D0000300");
        await page.GetByLabel("Ballot papers").FillAsync("30: 1 5 3 2\n20: 5 1 2 4\n5: 3 2 4\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Count the election" }).ClickAsync();
        var elected = page.GetByRole(AriaRole.Table, new() { Name = "Delegates elected" });
        await Assertions.Expect(elected).ToBeVisibleAsync();
        var text = await elected.InnerTextAsync();
        Assert.Contains("Cal Cole", text, StringComparison.Ordinal);
        Assert.Contains("youth", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ed Eng", text, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        var entries = await omov.Database.AuditLog.ReadLatestAsync(20);
        Assert.Contains(entries, e => e.Action == AuditActions.DelegatesEntitlementCalculated && e.Actor == "staff:admin");
        var audit = Assert.Single(entries, e => e.Action == AuditActions.DelegatesElected);
        Assert.DoesNotContain("Cal", audit.Details["elected"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delegates_LocalOfficer_SeesOwnPartyOnly()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await SeedAsync(omov);
        await new Omov.Data.Delegates.DelegateService(omov.Database).CalculateAsync(Omov.Elections.Delegates.DelegatePresets.Labour2022(), new DateOnly(2025, 12, 31), 2026, "test");
        var secret = await omov.AddStaffAsync("sec", StaffRole.LocalOfficer, localParty: "CLP-002");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "sec", secret!);

        await page.GotoAsync("/Delegates?year=2026");
        Assert.Equal(1, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Camden North" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hackney South" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var own = await page.GotoAsync("/Delegates/Party?code=CLP-002&year=2026");
        Assert.Equal((int)HttpStatusCode.OK, own!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Count the election" })).ToBeVisibleAsync();
        var other = await page.GotoAsync("/Delegates/Party?code=CLP-001&year=2026");
        Assert.Equal((int)HttpStatusCode.Forbidden, other!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Contains(await omov.Database.AuditLog.ReadLatestAsync(5), e => e.Action == AuditActions.AccessRefused && e.Subject == "delegates:CLP-001");
    }
}

public sealed class SqliteDelegatePagesTests(Browser browser) : DelegatePagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresDelegatePagesTests(Browser browser) : DelegatePagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
