using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Register;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Organisation;

/// <summary>The organisation as a tree (nations › regions › local parties › branches) and its affiliates, with member counts.</summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class OrganisationModel(CurrentStaff staff, OmovDatabase database, UnitCounts counts) : PageModel
{
    public OrganisationTree Tree { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        CanEdit = StaffPermissions.Check(account, StaffPermission.ManageRegister).Allowed;
        Tree = new OrganisationTree(await database.Units.ListAsync(cancellationToken), (await counts.GetAsync(cancellationToken)).Counts);
    }

    public static string KindName(OrganisationUnitKind kind) => kind switch
    {
        OrganisationUnitKind.Nation => "nation",
        OrganisationUnitKind.Region => "region",
        OrganisationUnitKind.LocalParty => "local party",
        OrganisationUnitKind.Branch => "branch",
        OrganisationUnitKind.Affiliate => "affiliate",
        _ => kind.ToString(),
    };
}
