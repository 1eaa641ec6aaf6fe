using Microsoft.Playwright;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>Browser steps many tests share.</summary>
internal static class StaffBrowser
{
    private const int Attempts = 3;

    /// <summary>
    /// Signs <paramref name="username"/> in through the two sign-in pages, ending on the home page.
    /// A code typed as its 30-second step ends is refused, and a machine under load can stall a
    /// page past Playwright's timeout; either way the whole sign-in starts again with the next
    /// step's code, up to three times, and then fails with where it was and what the page said.
    /// </summary>
    public static async Task SignInAsync(IPage page, string username, string totpSecret)
    {
        var why = new List<string>();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                if (await TrySignInAsync(page, username, totpSecret))
                {
                    return;
                }

                why.Add($"attempt {attempt}: refused at {page.Url}: {await page.InnerTextAsync("main")}");
            }
            catch (TimeoutException ex)
            {
                why.Add($"attempt {attempt}: timed out at {page.Url}: {ex.Message.Split('\n')[0]}");
            }

            if (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(31 - (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % 30)));
            }
        }

        Assert.Fail($"sign-in of {username} failed {Attempts} times:\n" + string.Join('\n', why));
    }

    private static async Task<bool> TrySignInAsync(IPage page, string username, string totpSecret)
    {
        await page.GotoAsync("/SignIn");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(RunningOmov.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/SignIn/SecondFactor");
        await page.GetByLabel("Code from your authenticator app").FillAsync(RunningOmov.CodeFor(totpSecret, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return !page.Url.Contains("/SignIn", StringComparison.Ordinal);
    }
}
