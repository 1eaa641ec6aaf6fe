using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>
/// Grants a <see cref="StaffPermissionRequirement"/> when the account, as stored now, holds the
/// permission (a local officer holds it for their own party; pages check the party). Refusals are
/// audited by the Denied page.
/// </summary>
internal sealed class StaffPermissionHandler : AuthorizationHandler<StaffPermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffPermissionRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            return;
        }

        var staff = http.RequestServices.GetRequiredService<CurrentStaff>();
        var account = await staff.GetAsync(http.RequestAborted).ConfigureAwait(false);
        if (account is not null && StaffPermissions.Check(account, requirement.Permission).Allowed)
        {
            context.Succeed(requirement);
        }
    }
}
