using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Data.Register;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Register;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Register;

/// <summary>Uploading register files, the background import, its progress page and problem report, on each engine.</summary>
[Collection(BrowserTests.Name)]
public abstract class ImportPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Import_BadRowThenGoodFile_DryRunAndRejectedImportWriteNothingAndGoodFileImportsAll()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov, members: false);
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);
        var good = RegisterData.MembersCsv(5);
        var lines = good.Split('\n');
        var fields = lines[3].Split(',');
        fields[13] = "sometimes";
        lines[3] = string.Join(',', fields);
        var bad = string.Join('\n', lines);

        await page.GotoAsync("/Register/Import");
        await Accessibility.AssertNoViolationsAsync(page);
        await UploadAsync(page, "members.csv", bad, dryRun: true);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 problem found" })).ToBeVisibleAsync();
        var row = await page.InnerTextAsync("tbody tr");
        Assert.Contains("4", row, StringComparison.Ordinal);
        Assert.Contains("status", row, StringComparison.Ordinal);
        Assert.DoesNotContain("sometimes", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        var problems = await page.Context.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Download the problems as CSV" }).GetAttributeAsync("href") ?? "/missing");
        var problemLines = (await problems.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("line,column,reason", problemLines[0]);
        Assert.StartsWith("4,status,", problemLines[1], StringComparison.Ordinal);
        Assert.Equal(2, problemLines.Length);
        Assert.Equal(0, await omov.Database.Members.CountAsync());

        await page.GotoAsync("/Register/Import");
        await UploadAsync(page, "members.csv", bad, dryRun: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 problem found" })).ToBeVisibleAsync();
        Assert.Contains("Nothing was written", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await omov.Database.Members.CountAsync());

        await page.GotoAsync("/Register/Import");
        await UploadAsync(page, "members.csv", good, dryRun: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import complete" })).ToBeVisibleAsync();
        Assert.Contains("Imported 5 members from members.csv", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        Assert.Equal(5, await omov.Database.Members.CountAsync());
        var imported = Assert.Single(await omov.AuditEntriesAsync(), e => e.Action == AuditActions.MembersImported);
        Assert.Equal("members.csv", imported.Subject);
        Assert.Equal("5", imported.Details["rows"]);
    }

    [Fact]
    public async Task Import_Running_ProgressPageRefreshesItselfWithoutJavaScriptAndRefusesASecondImport()
    {
        await using var omov = await RunningOmov.StartAsync(Engine, configure: o => o with { MaxUploadBytes = 1000 });
        var secret = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", secret!);
        var jobs = omov.Services.GetRequiredService<ImportJobs>();
        var account = (await omov.Database.StaffAccounts.GetAsync("admin"))!;
        var path = ImportJobs.NewUploadPath("big.csv");
        await File.WriteAllTextAsync(path, "code,name,kind,parent\n");
        var release = new TaskCompletionSource<ImportReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = jobs.TryStart(RegisterFileKind.Units, path, dryRun: true, account, async (progress, cancellationToken) =>
        {
            progress.Report(new ImportProgress(500, 1000, 4_242));
            return await release.Task.WaitAsync(cancellationToken);
        })!;
        var noScript = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = omov.Address.ToString(),
            JavaScriptEnabled = false,
            StorageState = await page.Context.StorageStateAsync(),
        });
        var watcher = await noScript.NewPageAsync();

        await watcher.GotoAsync($"/Register/Import/{job.Id}");
        Assert.Equal("2", await watcher.Locator("meta[http-equiv=refresh]").GetAttributeAsync("content"));
        Assert.Equal("500", await watcher.Locator("progress").GetAttributeAsync("value"));
        Assert.Equal("1000", await watcher.Locator("progress").GetAttributeAsync("max"));
        Assert.Contains("4,242", await watcher.InnerTextAsync("main"), StringComparison.Ordinal);
        // axe runs as a script, so in the page with JavaScript; with the refresh turned off, as an
        // operator may (axe's meta-refresh rule, WCAG 2.2.1, flags any page that reloads itself).
        await watcher.GetByRole(AriaRole.Link, new() { Name = "Stop refreshing automatically" }).ClickAsync();
        Assert.Equal(0, await watcher.Locator("meta[http-equiv=refresh]").CountAsync());
        await page.GotoAsync(watcher.Url);
        Assert.Contains("4,242", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await watcher.GotoAsync($"/Register/Import/{job.Id}");

        await page.GotoAsync("/Register/Import");
        Assert.Contains("is running", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await UploadAsync(page, "units.csv", "code,name,kind,parent\nEN,England,nation,\n", dryRun: true);
        Assert.Contains("Another import is running", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);

        release.SetResult(new ImportReport(4_242, 0, [], 0, DryRun: true));
        await Assertions.Expect(watcher.GetByRole(AriaRole.Heading, new() { Name = "No problems found" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await watcher.Locator("meta[http-equiv=refresh]").CountAsync());
        Assert.False(File.Exists(path));

        await page.GotoAsync("/Register/Import");
        await UploadAsync(page, "register.xlsx", "PK\u0003\u0004\0\0binary", dryRun: true);
        Assert.Contains("register.xlsx is not a CSV file", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await UploadAsync(page, "empty.csv", string.Empty, dryRun: true);
        Assert.Contains("empty.csv is empty", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await UploadAsync(page, "large.csv", "code,name,kind,parent\n" + new string('x', 2000), dryRun: true);
        Assert.Contains("the largest file this server accepts is 1000 bytes", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await UploadAsync(page, "huge.csv", "code,name,kind,parent\n" + new string('x', 100_000), dryRun: true);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "That file is too large" })).ToBeVisibleAsync();
        Assert.Contains("The largest file this server accepts is 1000 bytes", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await noScript.CloseAsync();
    }

    private static async Task UploadAsync(IPage page, string name, string content, bool dryRun)
    {
        var kind = name.StartsWith("units", StringComparison.Ordinal) ? "Organisation units" : "Members";
        await page.GetByLabel(kind, new() { Exact = false }).First.CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) });
        await page.GetByLabel(dryRun ? "Check only" : "Import: write", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}

public sealed class SqliteImportPagesTests(Browser browser) : ImportPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresImportPagesTests(Browser browser) : ImportPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
