using System.Security.Claims;
using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>The principals stored in the two staff cookies.</summary>
internal static class StaffPrincipals
{
    /// <summary>A signed-in session for <paramref name="account"/>: only its id (roles are re-read each request).</summary>
    public static ClaimsPrincipal Session(StaffAccount account) =>
        new(new ClaimsIdentity([new Claim(StaffClaims.AccountId, account.Id.ToString("D")), new Claim(ClaimTypes.Name, account.Username)], StaffCookies.Session, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>A password-accepted, second-factor-pending sign-in.</summary>
    public static ClaimsPrincipal Pending(StaffAccount account, string stage, string? newSecret, string returnUrl)
    {
        var claims = new List<Claim>
        {
            new(StaffClaims.AccountId, account.Id.ToString("D")),
            new(StaffClaims.Stage, stage),
            new(StaffClaims.ReturnUrl, returnUrl),
        };
        if (newSecret is not null)
        {
            claims.Add(new Claim(StaffClaims.NewSecret, newSecret));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffCookies.Pending));
    }
}
