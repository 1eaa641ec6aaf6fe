using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.SignIn;

/// <summary>Step one of a staff sign-in: username and password.</summary>
[EnableRateLimiting(OmovWebApp.SignInRateLimit)]
internal sealed class SignInModel(StaffSignInService signIn) : PageModel
{
    [BindProperty]
    public string Username { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Username), "Enter your username and password.");
            return Page();
        }

        var result = await signIn.CheckPasswordAsync(Username, Password, cancellationToken);
        Password = "";
        if (result.Account is null || result.Outcome is not (SignInOutcome.SecondFactorNeeded or SignInOutcome.SecondFactorSetupNeeded))
        {
            ModelState.AddModelError(nameof(Username), result.Message ?? StaffSignIn.BadCredentials);
            return Page();
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        var enrol = result.Outcome == SignInOutcome.SecondFactorSetupNeeded;
        var pending = StaffPrincipals.Pending(result.Account, enrol ? "enrol" : "totp", enrol ? TotpAuthenticator.NewSecret() : null, returnUrl);
        await HttpContext.SignInAsync(StaffCookies.Pending, pending);
        return Redirect(enrol ? "/SignIn/Enrol" : "/SignIn/SecondFactor");
    }
}
