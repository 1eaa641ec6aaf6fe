using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Omov.Web.Staff;

namespace Omov.Web.Pages.SignIn;

/// <summary>Reads the pending (password accepted) sign-in cookie.</summary>
internal static class PendingSignIn
{
    /// <summary>The pending sign-in at <paramref name="stage"/>, or null (expired, absent, or another stage).</summary>
    public static async Task<(Guid AccountId, ClaimsPrincipal Principal)?> ReadAsync(HttpContext context, string stage)
    {
        var result = await context.AuthenticateAsync(StaffCookies.Pending);
        var principal = result.Principal;
        if (!result.Succeeded || principal is null
            || principal.FindFirst(StaffClaims.Stage)?.Value != stage
            || !Guid.TryParse(principal.FindFirst(StaffClaims.AccountId)?.Value, out var id))
        {
            return null;
        }

        return (id, principal);
    }

    /// <summary>Ends the pending sign-in and starts the session, returning where to go.</summary>
    public static async Task<string> CompleteAsync(HttpContext context, ClaimsPrincipal pending, Omov.Elections.Staff.StaffAccount account)
    {
        await context.SignOutAsync(StaffCookies.Pending);
        await context.SignInAsync(StaffCookies.Session, StaffPrincipals.Session(account));
        return pending.FindFirst(StaffClaims.ReturnUrl)?.Value is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/";
    }
}
