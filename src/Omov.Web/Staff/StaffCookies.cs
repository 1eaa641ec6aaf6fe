using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Omov.Data;

namespace Omov.Web.Staff;

/// <summary>
/// The two cookies of a staff sign-in: <see cref="Pending"/> carries a person who gave the right
/// password to the second-factor page (five minutes, nothing else); <see cref="Session"/> is the
/// signed-in session. Both are encrypted and signed by ASP.NET Core Data Protection.
/// </summary>
internal static class StaffCookies
{
    public const string Session = "omov-staff";
    public const string Pending = "omov-pending";

    public static void ConfigureSession(CookieAuthenticationOptions cookie, OmovWebOptions options)
    {
        cookie.Cookie.Name = Session;
        Harden(cookie, options);
        cookie.LoginPath = "/SignIn";
        cookie.LogoutPath = "/SignOut";
        cookie.AccessDeniedPath = "/Denied";
        cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        cookie.SlidingExpiration = true;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            // A disabled (or deleted) account loses its session at its next request.
            var id = context.Principal?.FindFirst(StaffClaims.AccountId)?.Value;
            var database = context.HttpContext.RequestServices.GetRequiredService<OmovDatabase>();
            var account = Guid.TryParse(id, out var accountId) ? await database.StaffAccounts.GetAsync(accountId, context.HttpContext.RequestAborted).ConfigureAwait(false) : null;
            if (account is not { Enabled: true })
            {
                context.RejectPrincipal();
                return;
            }

            context.HttpContext.RequestServices.GetRequiredService<CurrentStaff>().Remember(account);
        };
    }

    public static void ConfigurePending(CookieAuthenticationOptions cookie, OmovWebOptions options)
    {
        cookie.Cookie.Name = Pending;
        Harden(cookie, options);
        cookie.Cookie.Path = "/SignIn";
        cookie.LoginPath = "/SignIn";
        cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        cookie.SlidingExpiration = false;
    }

    private static void Harden(CookieAuthenticationOptions cookie, OmovWebOptions options)
    {
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = options.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.TimeProvider = options.Time;
    }
}
