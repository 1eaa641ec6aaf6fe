using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omov.Data;
using Omov.Elections.Staff;
using Omov.Web.Staff;
using QRCoder;

namespace Omov.Web.Pages.SignIn;

/// <summary>First sign-in: set up the authenticator app, then show the recovery codes once.</summary>
[EnableRateLimiting(OmovWebApp.SignInRateLimit)]
internal sealed class EnrolModel(StaffSignInService signIn, OmovDatabase database) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    public string QrSvg { get; private set; } = "";

    public string SecretGroups { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string ContinueTo { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken) ? Page() : Redirect("/SignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PendingSignIn.ReadAsync(HttpContext, "enrol") is not { } pending || pending.Principal.FindFirst(StaffClaims.NewSecret)?.Value is not { } secret)
        {
            return Redirect("/SignIn");
        }

        var (result, codes) = await signIn.EnrolAsync(pending.AccountId, secret, Code ?? "", cancellationToken);
        if (result.Outcome != SignInOutcome.SignedIn || result.Account is null)
        {
            ModelState.AddModelError(nameof(Code), result.Message ?? StaffSignIn.BadCredentials);
            await ShowAsync(cancellationToken);
            return Page();
        }

        RecoveryCodes = codes;
        ContinueTo = await PendingSignIn.CompleteAsync(HttpContext, pending.Principal, result.Account);
        return Page();
    }

    private async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        if (await PendingSignIn.ReadAsync(HttpContext, "enrol") is not { } pending
            || pending.Principal.FindFirst(StaffClaims.NewSecret)?.Value is not { } secret
            || await database.StaffAccounts.GetAsync(pending.AccountId, cancellationToken) is not { } account)
        {
            return false;
        }

        var uri = TotpAuthenticator.ProvisioningUri(secret, account.Username);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        // Named for screen readers; the key is also given as text beside it.
        QrSvg = svg.Replace("<svg ", "<svg role=\"img\" aria-label=\"QR code for your authenticator app\" ", StringComparison.Ordinal);
        SecretGroups = string.Join(' ', secret.Chunk(4).Select(group => new string(group)));
        return true;
    }
}
