using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Register;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Organisation;

/// <summary>Adds one unit under a parent of the right kind; audited as <c>units.changed</c>.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageRegister))]
internal sealed class AddUnitModel(CurrentStaff staff, OmovDatabase database, WebAudit audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public OrganisationUnitKind Kind { get; set; } = OrganisationUnitKind.Branch;

    [BindProperty]
    public string? Parent { get; set; }

    public void OnGet(string? parent) => Parent = parent;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        ModelState.Clear();
        Code = Code?.Trim();
        Parent = string.IsNullOrWhiteSpace(Parent) ? null : Parent.Trim();
        if (UnitForm.CheckCode(Code) is { } badCode)
        {
            ModelState.AddModelError(nameof(Code), badCode);
        }

        if (UnitForm.CheckName(Name) is { } badName)
        {
            ModelState.AddModelError(nameof(Name), badName);
        }

        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), "Choose the kind of unit.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unit = new OrganisationUnit(Code!, Name!.Trim(), Kind, Parent);
        var units = (await database.Units.ListAsync(cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        if (units.ContainsKey(unit.Code))
        {
            ModelState.AddModelError(nameof(Code), $"There is already a unit with the code {unit.Code}.");
            return Page();
        }

        if (UnitPlacement.Check(unit, Parent, units) is { } badPlace)
        {
            ModelState.AddModelError(nameof(Parent), Capitalised(badPlace) + ".");
            return Page();
        }

        if (!await database.Units.AddAsync(unit, cancellationToken))
        {
            ModelState.AddModelError(nameof(Code), $"There is already a unit with the code {unit.Code}.");
            return Page();
        }

        await audit.RecordAsync(account, AuditActions.UnitsChanged, unit.Code, new Dictionary<string, string>
        {
            ["change"] = "added",
            ["kind"] = RegisterCodes.Of(unit.Kind),
            ["parent"] = unit.ParentCode ?? string.Empty,
        }, cancellationToken);
        return RedirectToPage("/Organisation/Unit", new { code = unit.Code });
    }

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
