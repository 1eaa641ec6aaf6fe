using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Staff;

/// <summary>
/// An administrator changes an account's role, disables or enables it, or resets its second
/// factor; each audited. Nobody can disable themselves or take away their own administrator
/// role, so an organisation cannot lock out its last administrator by accident.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ManageStaff))]
internal sealed class EditStaffModel(OmovDatabase database, CurrentStaff staff, WebAudit audit) : PageModel
{
    public StaffAccount Account { get; private set; } = null!;

    public StaffRoleForm Roles { get; private set; } = new();

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string username, bool created, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(username, cancellationToken))
        {
            return NotFound();
        }

        Message = created ? "The account was added. Its holder sets up their authenticator app at first sign-in." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string username, StaffRoleForm roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!await LoadAsync(username, cancellationToken))
        {
            return NotFound();
        }

        var me = await staff.RequireAsync(cancellationToken);
        Roles = roles;
        if (await roles.CheckAsync(database, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
            return Page();
        }

        if (me.Id == Account.Id && roles.Role != StaffRole.Administrator)
        {
            ModelState.AddModelError(string.Empty, "You cannot take away your own administrator role; ask another administrator.");
            return Page();
        }

        return await SaveAsync(me, Account with { Roles = [roles.Role], LocalPartyCode = roles.LocalPartyCode }, AuditActions.StaffChanged, "role", roles.Role.ToString(), "The role was saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostEnabledAsync(string username, bool enable, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(username, cancellationToken))
        {
            return NotFound();
        }

        var me = await staff.RequireAsync(cancellationToken);
        if (me.Id == Account.Id && !enable)
        {
            ModelState.AddModelError(string.Empty, "You cannot disable your own account.");
            return Page();
        }

        return await SaveAsync(me, Account with { Enabled = enable }, AuditActions.StaffChanged, "enabled", enable ? "true" : "false", enable ? "The account was enabled." : "The account was disabled; its sessions end at their next request.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetSecondFactorAsync(string username, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(username, cancellationToken))
        {
            return NotFound();
        }

        var me = await staff.RequireAsync(cancellationToken);
        var reset = Account with { TotpSecret = null, TotpLastUsedStep = null, RecoveryCodeHashes = [] };
        return await SaveAsync(me, reset, AuditActions.StaffSecondFactorReset, null, null, "The second factor was reset.", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(StaffAccount me, StaffAccount changed, string action, string? field, string? value, string message, CancellationToken cancellationToken)
    {
        await database.StaffAccounts.UpdateAsync(changed, cancellationToken);
        var details = field is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { [field] = value! };
        await audit.RecordAsync(me, action, changed.Username, details, cancellationToken);
        Account = changed;
        Roles = new StaffRoleForm { Role = changed.Roles[0], LocalPartyCode = changed.LocalPartyCode };
        Message = message;
        return Page();
    }

    private async Task<bool> LoadAsync(string username, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(username) || await database.StaffAccounts.GetAsync(username, cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        Roles = new StaffRoleForm { Role = account.Roles[0], LocalPartyCode = account.LocalPartyCode };
        return true;
    }
}
