using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Staff;

/// <summary>Administrators manage staff accounts; everyone else is refused and the refusal audited.</summary>
[Collection(BrowserTests.Name)]
public abstract class StaffAdminTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task NewAccount_LocalOfficer_IsStoredAuditedAndCanEnrol()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await omov.Database.Units.UpsertAsync([new OrganisationUnit("LP1", "Anytown CLP", OrganisationUnitKind.LocalParty, null)]);
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a staff account" }).ClickAsync();
        await page.GetByLabel("Username").FillAsync("sec.lp1");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Local Secretary");
        await page.GetByLabel("Email address").FillAsync("sec@example.org");
        await page.GetByLabel("local officer").CheckAsync();
        await page.GetByLabel("Local party code").FillAsync("LP9");
        await page.GetByLabel("First password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the account" }).ClickAsync();
        Assert.Contains("There is no local party with the code LP9", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Local party code").FillAsync("LP1");
        await page.GetByLabel("First password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the account" }).ClickAsync();
        Assert.True(page.Url.Contains("created=true", StringComparison.Ordinal), await page.InnerTextAsync("main"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The account was added");
        await Accessibility.AssertNoViolationsAsync(page);

        var stored = await omov.Database.StaffAccounts.GetAsync("sec.lp1");
        Assert.Equal([StaffRole.LocalOfficer], stored!.Roles);
        Assert.Equal("LP1", stored.LocalPartyCode);
        Assert.False(stored.HasSecondFactor);
        var entry = (await omov.Database.AuditLog.ReadLatestAsync(10)).First(e => e.Action == AuditActions.StaffCreated);
        Assert.Equal("staff:admin", entry.Actor);
        Assert.Equal("LP1", entry.Details["local_party"]);
        Assert.DoesNotContain(RunningOmov.Password, string.Join(' ', entry.Details.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_DisableAndResetSecondFactor_AreAuditedAndSelfDisableRefused()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        await omov.AddStaffAsync("ro", StaffRole.ReturningOfficer);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);

        await page.GotoAsync("/Staff/Edit?username=ro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset the second factor" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("reset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable the account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("disabled");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/Staff/Edit?username=admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable the account" }).ClickAsync();

        Assert.Contains("You cannot disable your own account", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        var ro = await omov.Database.StaffAccounts.GetAsync("ro");
        Assert.False(ro!.Enabled);
        Assert.False(ro.HasSecondFactor);
        Assert.True((await omov.Database.StaffAccounts.GetAsync("admin"))!.Enabled);
        var actions = (await omov.Database.AuditLog.ReadLatestAsync(20)).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.StaffSecondFactorReset, actions);
        Assert.Contains(AuditActions.StaffChanged, actions);
    }

    [Fact]
    public async Task StaffPages_Scrutineer_RefusedWith403AndAudited()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("scrut", StaffRole.Scrutineer);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "scrut", secret!);

        var response = await page.GotoAsync("/Staff/New");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot see this page" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var refused = (await omov.Database.AuditLog.ReadLatestAsync(5)).First(e => e.Action == AuditActions.AccessRefused);
        Assert.Equal("staff:scrut", refused.Actor);
        Assert.Equal("/Staff/New", refused.Subject);
    }

    [Fact]
    public async Task AuditPage_VerifiesAndExportsAChainTheCliVerifierAccepts()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("ro", StaffRole.ReturningOfficer);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "ro", secret!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = AuditActions.StaffSignedIn })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the whole chain" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The chain verifies");
        await Accessibility.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the log (JSON Lines)" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), "omov-audit-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await download.SaveAsAsync(file);
        try
        {
            var (verification, error) = AuditLogFile.Verify(file);
            Assert.Null(error);
            Assert.True(verification!.IsValid);
            Assert.Equal(await omov.Database.AuditLog.CountAsync(), verification.VerifiedCount);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class SqliteStaffAdminTests(Browser browser) : StaffAdminTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresStaffAdminTests(Browser browser) : StaffAdminTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
