using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Repositories;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Members;

/// <summary>
/// Search the register by name, membership number or postcode. A local officer's search runs
/// within their own local party (in the query itself). Each search is audited with its count
/// and scope, never its text: the text is often a person's name.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class MembersModel(CurrentStaff staff, OmovDatabase database, WebAudit audit, OmovWebOptions options) : PageModel
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxQueryLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public MemberPage? Results { get; private set; }

    /// <summary>The local party the account's searches are limited to, or null for the whole register.</summary>
    public string? Scope { get; private set; }

    public bool CanExport { get; private set; }

    public int PageCount => Results is null ? 0 : (int)Math.Max(1, (Results.Total + options.MembersPerPage - 1) / options.MembersPerPage);

    public int FirstShown => (PageNumber - 1) * options.MembersPerPage + 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        Scope = StaffPermissions.Check(account, StaffPermission.ViewMember).LocalPartyScope;
        CanExport = StaffPermissions.Check(account, StaffPermission.ExportMembers).Allowed;
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        if (Query.Length > MaxQueryLength)
        {
            ModelState.AddModelError(nameof(Query), $"Search for at most {MaxQueryLength} characters: a name, a membership number or a postcode.");
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        Results = await database.Members.SearchAsync(Query, Scope, (PageNumber - 1) * options.MembersPerPage, options.MembersPerPage, cancellationToken);
        await audit.RecordAsync(account, AuditActions.MembersSearched, Scope ?? "register", new Dictionary<string, string>
        {
            ["results"] = Results.Total.ToString(CultureInfo.InvariantCulture),
            ["page"] = PageNumber.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
    }

    public string PageLink(int page) => Url.Page("/Members/Index", new { q = Query, p = page })!;
}
