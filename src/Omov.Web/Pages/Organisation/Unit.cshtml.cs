using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Register;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Register;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Organisation;

/// <summary>
/// One unit: where it sits, what it holds; with the register permission, rename it or move it
/// under another parent (refusing a move into itself or under the wrong kind). Audited as <c>units.changed</c>.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class UnitModel(CurrentStaff staff, OmovDatabase database, UnitCounts counts, WebAudit audit) : PageModel
{
    public OrganisationUnit Unit { get; private set; } = null!;

    public OrganisationTree Tree { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Path { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewParent { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRenameAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadForEditAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        if (UnitForm.CheckName(NewName) is { } badName)
        {
            ModelState.AddModelError(nameof(NewName), badName);
            return Page();
        }

        var name = NewName!.Trim();
        await database.Units.RenameAsync(Unit.Code, name, cancellationToken);
        await RecordAsync("renamed", new Dictionary<string, string> { ["change"] = "renamed" }, cancellationToken);
        return RedirectToPage("/Organisation/Unit", new { code = Unit.Code });
    }

    public async Task<IActionResult> OnPostMoveAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadForEditAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var parent = string.IsNullOrWhiteSpace(NewParent) ? null : NewParent.Trim();
        var units = (await database.Units.ListAsync(cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        if (UnitPlacement.Check(Unit, parent, units) is { } badPlace)
        {
            ModelState.AddModelError(nameof(NewParent), AddUnitModel.Capitalised(badPlace) + ".");
            return Page();
        }

        await database.Units.MoveAsync(Unit.Code, parent, cancellationToken);
        await RecordAsync("moved", new Dictionary<string, string>
        {
            ["change"] = "moved",
            ["from"] = Unit.ParentCode ?? string.Empty,
            ["to"] = parent ?? string.Empty,
        }, cancellationToken);
        return RedirectToPage("/Organisation/Unit", new { code = Unit.Code });
    }

    private async Task RecordAsync(string change, Dictionary<string, string> details, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        details["change"] = change;
        await audit.RecordAsync(account, AuditActions.UnitsChanged, Unit.Code, details, cancellationToken);
    }

    /// <summary>Loads the unit for a change: not found, or refused (to the Denied page, which audits) without the register permission.</summary>
    private async Task<IActionResult?> LoadForEditAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        return CanEdit ? null : Forbid();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        CanEdit = StaffPermissions.Check(account, StaffPermission.ManageRegister).Allowed;
        var units = await database.Units.ListAsync(cancellationToken);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        if (!byCode.TryGetValue(code, out var unit))
        {
            return false;
        }

        Unit = unit;
        Tree = new OrganisationTree(units, (await counts.GetAsync(cancellationToken)).Counts);
        var path = new List<OrganisationUnit>();
        for (var at = unit.ParentCode; at is not null && byCode.TryGetValue(at, out var parent) && path.Count < 8; at = parent.ParentCode)
        {
            path.Insert(0, parent);
        }

        Path = path;
        NewName ??= unit.Name;
        NewParent ??= unit.ParentCode;
        return true;
    }
}
