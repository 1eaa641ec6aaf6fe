using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Register;

/// <summary>The organisation tree and its editing, in a real browser on each engine.</summary>
[Collection(BrowserTests.Name)]
public abstract class OrganisationPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Organisation_AddRenameMove_AuditedAndACycleOrWrongKindRefused()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);

        await page.GotoAsync("/Organisation");
        var tree = await page.InnerTextAsync("ul.tree");
        Assert.Contains("England", tree, StringComparison.Ordinal);
        Assert.Contains("London region, R-LON (2 members)", tree, StringComparison.Ordinal);
        Assert.Contains("Hoxton East branch, BR-001-1 (1 member)", tree, StringComparison.Ordinal);
        Assert.Contains("England nation, EN (3 members)", tree, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a unit" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("BR-001-2");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Hoxton West");
        await page.GetByLabel("Kind").SelectOptionAsync("Branch");
        await page.GetByLabel("Parent's code").FillAsync("CLP-001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the unit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hoxton West" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("New name").FillAsync("Hoxton West and Haggerston");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hoxton West and Haggerston" })).ToBeVisibleAsync();

        await page.GotoAsync("/Organisation/CLP-001");
        await page.GetByLabel("New parent's code").FillAsync("BR-001-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        Assert.Contains("cannot contain itself", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("New parent's code").FillAsync("EN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        Assert.Contains("A local_party goes under a region, and EN is a nation", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("R-LON", (await omov.Database.Units.GetAsync("CLP-001"))!.ParentCode);

        await page.GetByLabel("New parent's code").FillAsync("R-NW");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "North West" })).ToBeVisibleAsync();

        Assert.Equal(new OrganisationUnit("BR-001-2", "Hoxton West and Haggerston", OrganisationUnitKind.Branch, "CLP-001"), await omov.Database.Units.GetAsync("BR-001-2"));
        Assert.Equal("R-NW", (await omov.Database.Units.GetAsync("CLP-001"))!.ParentCode);
        var changes = (await omov.AuditEntriesAsync()).Where(e => e.Action == AuditActions.UnitsChanged).ToList();
        Assert.Equal(["BR-001-2:added", "BR-001-2:renamed", "CLP-001:moved"], changes.Select(e => e.Subject + ":" + e.Details["change"]));
        Assert.Equal("R-NW", changes[2].Details["to"]);
    }

    [Fact]
    public async Task Organisation_LocalOfficer_ReadsTheTreeButCannotEdit()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var secret = await omov.AddStaffAsync("local", StaffRole.LocalOfficer, localParty: "CLP-002");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "local", secret!);

        await page.GotoAsync("/Organisation/CLP-001");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hackney South", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("form button:has-text('Rename')").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        var add = await page.GotoAsync("/Organisation/Add");

        Assert.Equal(403, add!.Status);
        Assert.Contains(await omov.AuditEntriesAsync(), e => e.Action == AuditActions.AccessRefused && e.Subject == "/Organisation/Add");
    }
}

public sealed class SqliteOrganisationPagesTests(Browser browser) : OrganisationPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresOrganisationPagesTests(Browser browser) : OrganisationPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
