using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Elections.Audit;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages;

/// <summary>Where a signed-in account is sent when it lacks a permission; every refusal is audited.</summary>
internal sealed class DeniedModel(CurrentStaff staff, WebAudit audit) : PageModel
{
    public async Task OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        Response.StatusCode = 403;
        if (await staff.GetAsync(cancellationToken) is { } account)
        {
            var page = Url.IsLocalUrl(returnUrl) ? returnUrl!.Split('?')[0] : "unknown";
            await audit.RecordAsync(account, AuditActions.AccessRefused, page, null, cancellationToken);
        }
    }
}
