using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Counting.Methods;
using Omov.Data;
using Omov.Data.Delegates;
using Omov.Elections.Audit;
using Omov.Elections.Delegates;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Delegates;
using Omov.Web.Pages.Contests;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Delegates;

/// <summary>
/// One local party's delegates for a year: the entitlement line by line, and its delegate election —
/// the count from paper ballots (by its local officer or an administrator) or the delegates elected.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class PartyModel(OmovDatabase database, CurrentStaff staff, WebAudit audit) : PageModel
{
    /// <summary>The methods offered for a delegate election.</summary>
    public static readonly string[] Methods = ["block", "ers97", "scottish-stv", "meek", "av"];

    public DelegateEntitlement? Entitlement { get; private set; }

    public DelegateElectionRecord? Election { get; private set; }

    public bool CanCount { get; private set; }

    public bool Refused { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public int Seats { get; set; }

    [BindProperty]
    public string Method { get; set; } = "block";

    [BindProperty]
    public string Candidates { get; set; } = "";

    [BindProperty]
    public string Ballots { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? (Entitlement is null ? NotFound() : Page()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        if (Entitlement is null)
        {
            return NotFound();
        }

        if (!CanCount || Election is not null)
        {
            return Forbid();
        }

        var account = await staff.RequireAsync(cancellationToken);
        var (candidates, error) = CandidateLines.Read(Candidates);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Candidates), error);
            return Page();
        }

        if (!Methods.Contains(Method))
        {
            ModelState.AddModelError(nameof(Method), "Choose a counting method from the list.");
            return Page();
        }

        var result = await new DelegateService(database).CountElectionAsync(Entitlement.Party.Code, Year, candidates, Ballots ?? "", Seats, Method, AuditActors.Staff(account), cancellationToken);
        if (!result.Success)
        {
            ModelState.AddModelError(result.Error.StartsWith("the ballots", StringComparison.Ordinal) ? nameof(Ballots) : nameof(Seats), ContestsModel.Sentence(result.Error));
            return Page();
        }

        return Redirect($"/Delegates/Party?code={Uri.EscapeDataString(Entitlement.Party.Code)}&year={Year.ToString(CultureInfo.InvariantCulture)}");
    }

    public static string MethodName(string name) => CountingMethods.Find(name)?.Description ?? name;

    /// <summary>False when the account may not see this party (the page then says so, with a 403, audited).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!StaffPermissions.Check(account, StaffPermission.ViewMember, Code ?? "").Allowed)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            await audit.RecordAsync(account, AuditActions.AccessRefused, "delegates:" + Code, new Dictionary<string, string> { ["page"] = "/Delegates/Party" }, cancellationToken);
            return false;
        }

        var snapshot = await database.Delegates.GetLatestSnapshotAsync(Year, cancellationToken);
        Entitlement = snapshot?.Parties.FirstOrDefault(p => p.Party.Code == Code);
        Election = await database.Delegates.ListElectionsAsync(Year, Code, cancellationToken) is [var first, ..] ? first : null;
        CanCount = StaffPermissions.Check(account, StaffPermission.RunLocalMeetings, Code ?? "").Allowed
            || StaffPermissions.Check(account, StaffPermission.ManageBallotEvents).Allowed;
        if (Seats == 0 && Entitlement is not null)
        {
            Seats = Entitlement.Total;
        }

        return true;
    }
}
