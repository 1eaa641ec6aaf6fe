using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Register;

/// <summary>Member search, the member record and export, in a real browser on each engine.</summary>
[Collection(BrowserTests.Name)]
public abstract class MemberPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Members_AdministratorSearchesViewsAndExports_AllAudited()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);

        await page.GotoAsync("/Members");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Name, membership number or postcode").FillAsync("lov");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 members found" })).ToBeVisibleAsync();
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var export = await page.Context.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Export these 2 as CSV" }).GetAttributeAsync("href") ?? "/missing");
        var csv = (await export.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, export.Status);
        Assert.StartsWith("membership_number,first_name,last_name,", csv[0], StringComparison.Ordinal);
        Assert.Equal(["L0000001", "L0000002"], csv.Skip(1).Select(line => line.Split(',')[0]));

        await page.GetByRole(AriaRole.Link, new() { Name = "L0000001" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Lovelace" })).ToBeVisibleAsync();
        var record = await page.InnerTextAsync("main");
        Assert.Contains("England › London › Hackney South › Hoxton East", record, StringComparison.Ordinal);
        Assert.Contains("Women", record, StringComparison.Ordinal);
        Assert.Contains("Not in arrears", record, StringComparison.Ordinal);
        Assert.Contains("E8 1AA", record, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        var entries = await omov.AuditEntriesAsync();
        var searched = Assert.Single(entries, e => e.Action == AuditActions.MembersSearched);
        Assert.Equal("2", searched.Details["results"]);
        var exported = Assert.Single(entries, e => e.Action == AuditActions.MembersExported);
        Assert.Equal("2", exported.Details["rows"]);
        Assert.Equal("L0000001", Assert.Single(entries, e => e.Action == AuditActions.MemberViewed).Subject);
        // The search text is never written down (it is usually part of someone's name).
        Assert.DoesNotContain(entries, e => (e.Subject + string.Join(' ', e.Details.Values)).Contains("lov", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Members_LocalOfficer_SeesOwnPartyOnlyAndIsRefusedOthersMember()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var secret = await omov.AddStaffAsync("local", StaffRole.LocalOfficer, localParty: "CLP-001");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "local", secret!);

        await page.GotoAsync("/Members?q=lov");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 member found" })).ToBeVisibleAsync();
        Assert.Contains("L0000001", await page.InnerTextAsync("tbody"), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Export" }).CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var otherParty = await page.GotoAsync("/Members/L0000002");
        Assert.Equal(403, otherParty!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot see this member" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var otherText = await page.InnerTextAsync("main");
        var missing = await page.GotoAsync("/Members/NOSUCH1");
        Assert.Equal(403, missing!.Status);
        Assert.Equal(otherText, await page.InnerTextAsync("main"));

        var exportStatus = (await page.Context.APIRequest.GetAsync("/Members/Export?q=lov")).Status;
        var importStatus = (await page.GotoAsync("/Register/Import"))!.Status;

        Assert.Equal(403, exportStatus);
        Assert.Equal(403, importStatus);
        var entries = await omov.AuditEntriesAsync();
        Assert.Equal("CLP-001", Assert.Single(entries, e => e.Action == AuditActions.MembersSearched).Subject);
        Assert.Contains(entries, e => e.Action == AuditActions.AccessRefused && e.Subject == "member:L0000002");
        Assert.Contains(entries, e => e.Action == AuditActions.AccessRefused && e.Subject == "member:NOSUCH1");
        Assert.DoesNotContain(entries, e => e.Action == AuditActions.MemberViewed);
    }

    [Fact]
    public async Task Members_NotSignedIn_SentToSignInAndAdminUnknownNumber_NotFound()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = omov.Address };

        foreach (var path in new[] { "/Members", "/Members/L0000001", "/Members/Export?q=a", "/Register/Import", "/Organisation" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Empty(await omov.AuditEntriesAsync());
    }
}

public sealed class SqliteMemberPagesTests(Browser browser) : MemberPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresMemberPagesTests(Browser browser) : MemberPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
