using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Services;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Contests;

/// <summary>
/// Why one member can or cannot vote in a contest: every rule with the dates involved. Audited as
/// member.viewed; a local officer asking about another party's member is refused (403, audited)
/// with no hint whether the member exists.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class ExplainModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public MemberExplanation Explanation { get; private set; } = null!;

    public string MembershipNumber { get; private set; } = "";

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string member, CancellationToken cancellationToken)
    {
        MembershipNumber = (member ?? "").Trim();
        var account = await staff.RequireAsync(cancellationToken);
        var result = await new RollService(database).ExplainAsync(code ?? "", MembershipNumber, account, cancellationToken);
        // A local officer is told the same for a member of another party and for no member at all.
        if (result.Failure == ServiceFailure.Refused || (result.Failure == ServiceFailure.NotFound && account.LocalPartyCode is not null && account.Has(StaffRole.LocalOfficer)))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Refused = true;
            return Page();
        }

        if (result.Value is not { } explanation)
        {
            return NotFound();
        }

        Explanation = explanation;
        return Page();
    }
}
