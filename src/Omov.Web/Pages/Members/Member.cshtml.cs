using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Members;

/// <summary>
/// One member's record, audited as <c>member.viewed</c>. A local officer asking for a member of
/// another party, or for a number that does not exist, gets the same refusal (403, audited), so
/// the page never tells them whether such a member exists.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class MemberModel(CurrentStaff staff, OmovDatabase database, WebAudit audit, TimeProvider time) : PageModel
{
    // Paid-up dates are calendar dates in the organisation's time zone (as the importer reads them).
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public Member? Member { get; private set; }

    /// <summary>The member's units from the widest down: nation, region, local party, branch.</summary>
    public IReadOnlyList<OrganisationUnit> UnitPath { get; private set; } = [];

    public OrganisationUnit? Affiliate { get; private set; }

    /// <summary>Whether the member's subscriptions are unpaid today (no paid-up date, or one in the past).</summary>
    public bool InArrears { get; private set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var member = await database.Members.GetAsync(number, cancellationToken);
        var scope = StaffPermissions.Check(account, StaffPermission.ViewMember).LocalPartyScope;
        if (scope is not null && (member is null || !StaffPermissions.Check(account, StaffPermission.ViewMember, member).Allowed))
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            await audit.RecordAsync(account, AuditActions.AccessRefused, "member:" + number, new Dictionary<string, string> { ["page"] = "/Members" }, cancellationToken);
            return Page();
        }

        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        await audit.RecordAsync(account, AuditActions.MemberViewed, member.MembershipNumber, null, cancellationToken);
        UnitPath = await PathAsync(member.BranchCode ?? member.LocalPartyCode, cancellationToken);
        Affiliate = member.AffiliateCode is { } affiliate ? await database.Units.GetAsync(affiliate, cancellationToken) : null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
        InArrears = member.PaidUpTo is not { } paid || paid < today;
        return Page();
    }

    private async Task<IReadOnlyList<OrganisationUnit>> PathAsync(string code, CancellationToken cancellationToken)
    {
        var path = new List<OrganisationUnit>();
        for (string? at = code; at is not null && path.Count < 8;)
        {
            var unit = await database.Units.GetAsync(at, cancellationToken);
            if (unit is null)
            {
                break;
            }

            path.Insert(0, unit);
            at = unit.ParentCode;
        }

        return path;
    }
}
