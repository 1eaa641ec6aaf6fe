using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages;

/// <summary>The staff home page: who you are, the register's size, and what you may do.</summary>
internal sealed class IndexModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    public StaffAccount Account { get; private set; } = null!;

    public long MemberCount { get; private set; }

    public long UnitCount { get; private set; }

    public IReadOnlyList<StaffPermission> Permissions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Account = await staff.RequireAsync(cancellationToken);
        MemberCount = await database.Members.CountAsync(cancellationToken);
        UnitCount = (await database.Units.ListAsync(cancellationToken)).Count;
        Permissions = [.. Enum.GetValues<StaffPermission>().Where(p => StaffPermissions.Check(Account, p).Allowed)];
    }
}
