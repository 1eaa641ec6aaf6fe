using Microsoft.Playwright;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>Browser steps many tests share.</summary>
internal static class StaffBrowser
{
    /// <summary>
    /// Signs <paramref name="username"/> in through the two sign-in pages, ending on the home page.
    /// If the code page refuses (a code typed as its 30-second step ended), it tries once more
    /// with the next step's code; a second refusal fails with what the page said.
    /// </summary>
    public static async Task SignInAsync(IPage page, string username, string totpSecret)
    {
        await page.GotoAsync("/SignIn");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/SignIn/SecondFactor");
        for (var attempt = 0; ; attempt++)
        {
            await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(totpSecret, TimeProvider.System.GetUtcNow()));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (!page.Url.Contains("/SignIn", StringComparison.Ordinal))
            {
                return;
            }

            var said = await page.InnerTextAsync("main");
            Assert.True(attempt == 0, $"sign-in of {username} refused twice: {said}");
            await Task.Delay(TimeSpan.FromSeconds(31 - (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % 30)));
        }
    }
}
