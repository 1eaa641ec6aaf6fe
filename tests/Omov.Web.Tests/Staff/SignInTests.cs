using System.Net;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Staff;

/// <summary>Staff sign-in in a real browser against a real server, on each engine.</summary>
[Collection(BrowserTests.Name)]
public abstract class SignInTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task SignIn_PasswordThenCode_ShowsHomeWithRole()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("alice", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);

        await page.GotoAsync("/");
        Assert.Contains("/SignIn", page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Username").FillAsync("alice");
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/SignIn/SecondFactor");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(secret!, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Test alice" })).ToBeVisibleAsync();
        Assert.Contains("administrator", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        var actions = await AuditActionsAsync(omov);
        Assert.Contains(AuditActions.StaffPasswordAccepted, actions);
        Assert.Contains(AuditActions.StaffSignedIn, actions);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_SameMessageAndAudited()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await omov.AddStaffAsync("bob", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);

        var messages = new List<string>();
        foreach (var (user, password) in new[] { ("bob", "not-the-password-at-all"), ("nobody", RunningOmov.Password) })
        {
            await page.GotoAsync("/SignIn");
            await page.GetByLabel("Username").FillAsync(user);
            await page.GetByLabel("Password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            messages.Add(await page.GetByRole(AriaRole.Alert).InnerTextAsync());
            await Accessibility.AssertNoViolationsAsync(page);
        }

        Assert.All(messages, m => Assert.Contains(StaffSignIn.BadCredentials, m, StringComparison.Ordinal));
        Assert.Equal(messages[0], messages[1]);
        var entries = await AuditEntriesAsync(omov);
        Assert.Equal(2, entries.Count(e => e.Action == AuditActions.StaffSignInFailed));
        // The unknown username is not written down (it might be a password typed in the wrong box).
        Assert.DoesNotContain(entries, e => e.Subject.Contains("nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_FirstTime_EnrolsAuthenticatorAndShowsRecoveryCodesOnce()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await omov.AddStaffAsync("carol", StaffRole.ReturningOfficer, enrolled: false);
        var page = await browser.NewPageAsync(omov.Address, width: 320);

        await page.GotoAsync("/SignIn");
        await page.GetByLabel("Username").FillAsync("carol");
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/SignIn/Enrol");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var key = (await page.Locator("figcaption .code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);

        await page.GetByLabel("Code from your authenticator app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(key, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keep your recovery codes" })).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator("ul.code li").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        var stored = await omov.Database.StaffAccounts.GetAsync("carol");
        Assert.Equal(key, stored!.TotpSecret);
        Assert.Equal(10, stored.RecoveryCodeHashes.Count);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Test carol" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LocksTheAccountEvenWithTheRightCode()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("dave", StaffRole.Scrutineer);
        var page = await browser.NewPageAsync(omov.Address);
        await page.GotoAsync("/SignIn");
        await page.GetByLabel("Username").FillAsync("dave");
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        for (var i = 0; i < 5; i++)
        {
            await page.GetByLabel("Code from your authenticator app").FillAsync("12345" + i);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        }

        await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(secret!, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("/SignIn/SecondFactor", page.Url, StringComparison.Ordinal);
        Assert.Contains("Too many failed", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(AuditActions.StaffLockedOut, await AuditActionsAsync(omov));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("erin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "erin", secret!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out Test erin" }).ClickAsync();
        await page.WaitForURLAsync("**/SignIn");
        await page.GotoAsync("/");

        Assert.Contains("/SignIn", page.Url, StringComparison.Ordinal);
        Assert.Contains(AuditActions.StaffSignedOut, await AuditActionsAsync(omov));
    }

    [Fact]
    public async Task Session_AccountDisabled_IsSignedOutAtNextRequest()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        var secret = await omov.AddStaffAsync("fran", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "fran", secret!);

        var account = await omov.Database.StaffAccounts.GetAsync("fran");
        await omov.Database.StaffAccounts.UpdateAsync(account! with { Enabled = false });
        await page.GotoAsync("/");

        Assert.Contains("/SignIn", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeadersAndStrictCookies()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = omov.Address };

        using var home = await http.GetAsync("/");
        using var signIn = await http.GetAsync("/SignIn");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/SignIn", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", signIn.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", signIn.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", signIn.Headers.CacheControl!.ToString());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("omov-af", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await omov.AddStaffAsync("gina", StaffRole.Administrator);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = omov.Address };

        using var response = await http.PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["Username"] = "gina", ["Password"] = RunningOmov.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(AuditActions.StaffPasswordAccepted, await AuditActionsAsync(omov));
    }

    private static async Task<List<AuditEntry>> AuditEntriesAsync(RunningOmov omov)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in omov.Database.AuditLog.ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static async Task<List<string>> AuditActionsAsync(RunningOmov omov) =>
        [.. (await AuditEntriesAsync(omov)).Select(e => e.Action)];
}

public sealed class SqliteSignInTests(Browser browser) : SignInTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresSignInTests(Browser browser) : SignInTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
