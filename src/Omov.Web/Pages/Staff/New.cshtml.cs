using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Staff;

/// <summary>An administrator adds a staff account with one role; the second factor is set up at first sign-in.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageStaff))]
internal sealed class NewStaffModel(OmovDatabase database, CurrentStaff staff, WebAudit audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public string Username { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public StaffRoleForm Roles { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = new StaffAccount
        {
            Id = Guid.NewGuid(),
            Username = Username.Trim(),
            DisplayName = DisplayName.Trim(),
            Email = Email.Trim(),
            Roles = [Roles.Role],
            LocalPartyCode = Roles.LocalPartyCode,
            PasswordHash = "",
            CreatedAt = time.GetUtcNow(),
        };
        var problems = account.Validate().ToList();
        problems.AddRange(PasswordPolicy.Check(Password ?? "", account.Username));
        if (await Roles.CheckAsync(database, cancellationToken) is { } roleProblem)
        {
            problems.Add(roleProblem);
        }

        if (problems.Count == 0)
        {
            account = account with { LocalPartyCode = Roles.LocalPartyCode, PasswordHash = new PasswordHasher().Hash(Password!) };
            if (!await database.StaffAccounts.AddAsync(account, cancellationToken))
            {
                problems.Add($"The username {account.Username} is taken.");
            }
        }

        Password = "";
        if (problems.Count > 0)
        {
            problems.ForEach(p => ModelState.AddModelError(string.Empty, p));
            return Page();
        }

        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["roles"] = Roles.Role.ToString() };
        if (account.LocalPartyCode is { } party)
        {
            details["local_party"] = party;
        }

        await audit.RecordAsync(await staff.RequireAsync(cancellationToken), AuditActions.StaffCreated, account.Username, details, cancellationToken);
        return Redirect("/Staff/Edit?username=" + Uri.EscapeDataString(account.Username) + "&created=true");
    }
}
