using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Delegates;
using Omov.Elections.Audit;
using Omov.Elections.Delegates;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Pages.Contests;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Delegates;

/// <summary>
/// Conference delegates: the latest entitlement table for a year, every local party's delegates by
/// line (a local officer sees their own party only), CSV downloads; administrators calculate the table.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class DelegatesModel(OmovDatabase database, CurrentStaff staff, WebAudit audit, TimeProvider time) : PageModel
{
    public EntitlementSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<DelegateEntitlement> Rows { get; private set; } = [];

    public bool CanCalculate { get; private set; }

    public int Year { get; private set; }

    [BindProperty]
    public string CountDate { get; set; } = "";

    [BindProperty]
    public int ConferenceYear { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostCalculateAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!StaffPermissions.Check(account, StaffPermission.ManageRegister).Allowed)
        {
            return Forbid();
        }

        if (!DateOnly.TryParseExact(CountDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            ModelState.AddModelError(nameof(CountDate), "Give the count date as YYYY-MM-DD, e.g. 2025-12-31.");
        }
        else
        {
            var result = await new DelegateService(database).CalculateAsync(DelegatePresets.Labour2022(), on, ConferenceYear, AuditActors.Staff(account), cancellationToken);
            if (result.Success)
            {
                return Redirect("/Delegates?year=" + result.Value.Year.ToString(CultureInfo.InvariantCulture));
            }

            ModelState.AddModelError(nameof(ConferenceYear), ContestsModel.Sentence(result.Error));
        }

        await LoadAsync(ConferenceYear, cancellationToken);
        return Page();
    }

    /// <summary>The table (the rows in the account's scope) as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int year, CancellationToken cancellationToken)
    {
        await LoadAsync(year, cancellationToken);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        EntitlementCsv.Write(text, Rows);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"delegate-entitlement-{Year.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>The elected delegates (in the account's scope) as CSV for conference credentials; audited, as it names members.</summary>
    public async Task<IActionResult> OnGetCredentialsAsync(int year, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var scope = StaffPermissions.Check(account, StaffPermission.ViewMember).LocalPartyScope;
        var elections = await database.Delegates.ListElectionsAsync(year, scope, cancellationToken);
        await audit.RecordAsync(account, AuditActions.MembersExported, "delegates:" + year.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string>
        {
            ["rows"] = elections.Sum(e => e.Elected.Count).ToString(CultureInfo.InvariantCulture),
            ["source"] = "delegate credentials",
        }, cancellationToken);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        CredentialsCsv.Write(text, year, elections.Select(e => (e.LocalPartyCode, e.Elected)));
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"delegates-{year.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        CanCalculate = StaffPermissions.Check(account, StaffPermission.ManageRegister).Allowed;
        Year = year is >= 1900 and <= 9999 ? year.Value : time.GetUtcNow().Year;
        ConferenceYear = ConferenceYear == 0 ? Year : ConferenceYear;
        if (CountDate.Length == 0)
        {
            CountDate = new DateOnly(Year - 1, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        Snapshot = await database.Delegates.GetLatestSnapshotAsync(Year, cancellationToken);
        var scope = StaffPermissions.Check(account, StaffPermission.ViewMember).LocalPartyScope;
        Rows = Snapshot is null ? [] : [.. Snapshot.Parties.Where(p => scope is null || string.Equals(p.Party.Code, scope, StringComparison.OrdinalIgnoreCase))];
    }
}
