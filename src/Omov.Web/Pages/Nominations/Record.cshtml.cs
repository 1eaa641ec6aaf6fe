using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Nominations;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Nominations;

/// <summary>
/// Recording a body's nomination, and withdrawing one. A local officer sees and records only their own
/// party's; a refusal for another party is a 403, audited as <c>access.refused</c> as well as <c>nomination.refused</c>.
/// </summary>
internal sealed class RecordModel(OmovDatabase database, CurrentStaff staff, WebAudit audit) : PageModel
{
    public NominationPeriod Period { get; private set; } = null!;

    public IReadOnlyList<NominationCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<BodyChoice> Bodies { get; private set; } = [];

    public IReadOnlyList<Nomination> Standing { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Contest { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "";

    [BindProperty]
    public string Candidate { get; set; } = "";

    [BindProperty]
    public string Decision { get; set; } = "";

    [BindProperty]
    public long NominationId { get; set; }

    [BindProperty]
    public string Reason { get; set; } = "";

    public string BodyName(Nomination nomination) =>
        Bodies.FirstOrDefault(b => b.Kind == nomination.BodyKind && b.Code == nomination.BodyCode)?.Name ?? nomination.BodyCode;

    public string CandidateName(string code) => Candidates.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(long? recorded, long? withdrawn, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!NominationStaff.MayRecord(account))
        {
            return Forbid();
        }

        if (!await LoadAsync(account, cancellationToken))
        {
            return NotFound();
        }

        Message = recorded is { } id ? $"Nomination {id.ToString(CultureInfo.InvariantCulture)} recorded." : withdrawn is { } gone ? $"Nomination {gone.ToString(CultureInfo.InvariantCulture)} withdrawn." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!NominationStaff.MayRecord(account))
        {
            return Forbid();
        }

        if (!await LoadAsync(account, cancellationToken))
        {
            return NotFound();
        }

        if (!BodyChoice.TryParse(Body, out var kind, out var code))
        {
            ModelState.AddModelError(nameof(Body), "Choose the body that made the nomination.");
            return Page();
        }

        var request = new NominationRequest(Period.ContestCode, kind, code, Candidate ?? "", Decision ?? "");
        var result = await new NominationService(database).RecordAsync(request, WebAudit.Actor(account), account, cancellationToken);
        if (result.Success)
        {
            return Redirect($"/Nominations/Record?contest={Uri.EscapeDataString(Period.ContestCode)}&recorded={result.Value.Id.ToString(CultureInfo.InvariantCulture)}");
        }

        return await RefusedAsync(account, result.Failure.Value, result.Error, code, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!NominationStaff.MayRecord(account))
        {
            return Forbid();
        }

        if (!await LoadAsync(account, cancellationToken))
        {
            return NotFound();
        }

        var result = await new NominationService(database).WithdrawAsync(NominationId, Reason ?? "", WebAudit.Actor(account), account, cancellationToken);
        if (result.Success)
        {
            return Redirect($"/Nominations/Record?contest={Uri.EscapeDataString(Period.ContestCode)}&withdrawn={NominationId.ToString(CultureInfo.InvariantCulture)}");
        }

        return await RefusedAsync(account, result.Failure.Value, result.Error, "nomination:" + NominationId.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync(StaffAccount account, ServiceFailure failure, string error, string subject, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, error);
        if (failure == ServiceFailure.Refused)
        {
            await audit.RecordAsync(account, AuditActions.AccessRefused, subject, new Dictionary<string, string> { ["page"] = "/Nominations/Record" }, cancellationToken);
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(StaffAccount account, CancellationToken cancellationToken)
    {
        var period = await database.Nominations.GetPeriodAsync(Contest ?? "", cancellationToken);
        if (period is null)
        {
            return false;
        }

        Period = period;
        Candidates = await database.Nominations.ListCandidatesAsync(period.ContestCode, cancellationToken);
        var nominations = await database.Nominations.ListAsync(period.ContestCode, cancellationToken: cancellationToken);
        var units = await database.Units.ListAsync(cancellationToken);
        var parties = units.Where(u => u.Kind == OrganisationUnitKind.LocalParty).OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new BodyChoice(NominatingBodyKind.LocalParty, u.Code, u.Name));
        if (NominationStaff.MaySend(account))
        {
            var affiliates = (await database.Nominations.ListAffiliatesAsync(cancellationToken)).Select(a => new BodyChoice(NominatingBodyKind.Affiliate, a.Code, a.Name));
            var elected = (await database.Nominations.ListElectedMembersAsync(cancellationToken)).Select(m => new BodyChoice(NominatingBodyKind.ElectedMember, m.Code, m.Name));
            Bodies = [.. parties, .. affiliates, .. elected];
            Standing = nominations;
        }
        else
        {
            // A local officer: their own party only, in the list and in what they see recorded.
            Bodies = [.. parties.Where(b => string.Equals(b.Code, account.LocalPartyCode, StringComparison.OrdinalIgnoreCase))];
            Standing = [.. nominations.Where(n => n.BodyKind == NominatingBodyKind.LocalParty && string.Equals(n.BodyCode, account.LocalPartyCode, StringComparison.OrdinalIgnoreCase))];
        }

        return true;
    }
}
