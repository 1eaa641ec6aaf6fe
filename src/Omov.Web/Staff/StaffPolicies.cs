using Microsoft.AspNetCore.Authorization;
using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>
/// One authorization policy per <see cref="StaffPermission"/>, named after it, so a page says
/// <c>[Authorize(Policy = nameof(StaffPermission.ViewMember))]</c>. The default policy (every
/// page not marked anonymous) needs a signed-in staff session.
/// </summary>
internal static class StaffPolicies
{
    public static void Add(AuthorizationOptions options)
    {
        options.DefaultPolicy = new AuthorizationPolicyBuilder(StaffCookies.Session).RequireAuthenticatedUser().RequireClaim(StaffClaims.AccountId).Build();
        foreach (var permission in Enum.GetValues<StaffPermission>())
        {
            options.AddPolicy(permission.ToString(), policy => policy
                .AddAuthenticationSchemes(StaffCookies.Session)
                .RequireAuthenticatedUser()
                .AddRequirements(new StaffPermissionRequirement(permission)));
        }
    }
}
