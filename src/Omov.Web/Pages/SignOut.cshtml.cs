using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Elections.Audit;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages;

/// <summary>Ends the staff session (a POST, so no link or image can sign anyone out).</summary>
internal sealed class SignOutModel(CurrentStaff staff, WebAudit audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await staff.GetAsync(cancellationToken) is { } account)
        {
            await audit.RecordAsync(account, AuditActions.StaffSignedOut, account.Username, null, cancellationToken);
        }

        await HttpContext.SignOutAsync(StaffCookies.Session);
        return Redirect("/SignIn");
    }
}
