using Microsoft.Playwright;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>Browser steps many tests share.</summary>
internal static class StaffBrowser
{
    /// <summary>Signs <paramref name="username"/> in through the two sign-in pages, ending on the home page.</summary>
    public static async Task SignInAsync(IPage page, string username, string totpSecret)
    {
        await page.GotoAsync("/SignIn");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(totpSecret, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/SignIn", StringComparison.Ordinal));
    }
}
