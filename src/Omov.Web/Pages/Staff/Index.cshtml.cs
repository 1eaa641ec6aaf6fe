using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Staff;

namespace Omov.Web.Pages.Staff;

/// <summary>Every staff account, for administrators.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageStaff))]
internal sealed class StaffListModel(OmovDatabase database) : PageModel
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await database.StaffAccounts.ListAsync(cancellationToken);
}
