using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.SignIn;

/// <summary>Step two: the TOTP code (or a recovery code).</summary>
[EnableRateLimiting(OmovWebApp.SignInRateLimit)]
internal sealed class SecondFactorModel(StaffSignInService signIn) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await PendingSignIn.ReadAsync(HttpContext, "totp") is null ? Redirect("/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PendingSignIn.ReadAsync(HttpContext, "totp") is not { } pending)
        {
            return Redirect("/SignIn");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the code your authenticator app shows.");
            return Page();
        }

        var result = await signIn.CheckSecondFactorAsync(pending.AccountId, Code, cancellationToken);
        if (result.Outcome != SignInOutcome.SignedIn || result.Account is null)
        {
            ModelState.AddModelError(nameof(Code), result.Message ?? StaffSignIn.BadCredentials);
            return Page();
        }

        return Redirect(await PendingSignIn.CompleteAsync(HttpContext, pending.Principal, result.Account));
    }
}
