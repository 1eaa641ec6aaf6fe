using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Nominations;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Nominations;

/// <summary>The contests taking nominations, for staff who record them.</summary>
internal sealed class NominationsIndexModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<NominationPeriod> Periods { get; private set; } = [];

    public bool CanSend { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!NominationStaff.MayRecord(account))
        {
            return Forbid();
        }

        CanSend = NominationStaff.MaySend(account);
        Periods = await database.Nominations.ListPeriodsAsync(cancellationToken);
        return Page();
    }
}
