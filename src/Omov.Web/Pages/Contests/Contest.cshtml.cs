using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Contests;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Rolls;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Contests;

/// <summary>
/// One contest: its rolls, freezing and approving, eligibility counts, explaining a member, and
/// editing its rulebook. Each action is checked and audited by the services it calls.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class ContestModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public Contest Contest { get; private set; } = null!;

    public IReadOnlyList<StoredRoll> Rolls { get; private set; } = [];

    public StoredRoll? Approved => Rolls.FirstOrDefault(r => r.Status == RollStatus.Approved);

    public StoredRoll? AwaitingApproval => Rolls.FirstOrDefault(r => r.Status == RollStatus.Frozen);

    public EligibilityCounts? Counts { get; private set; }

    public string RulebookJson { get; set; } = "";

    public string? Message { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanFreeze { get; private set; }

    public bool CanApprove { get; private set; }

    public static string Channel(StoredRoll roll, DeliveryChannel channel) =>
        (roll?.CountsByChannel.GetValueOrDefault(channel) ?? 0).ToString("N0", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string code, bool counts, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (counts)
        {
            var account = await staff.RequireAsync(cancellationToken);
            var result = await new RollService(database).CountsAsync(Contest.Code, AuditActors.Staff(account), cancellationToken: cancellationToken);
            Counts = result.Value;
            AddError(result.Error);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostFreezeAsync(string code, CancellationToken cancellationToken)
    {
        var result = await new RollService(database).FreezeAsync(code ?? "", await staff.RequireAsync(cancellationToken), cancellationToken: cancellationToken);
        return await ShowAsync(code, result.Error, result.Value is { } frozen
            ? $"Roll frozen: {frozen.Stored.EntryCount:N0} voters, digest {frozen.Stored.Digest}." : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(string code, string digest, CancellationToken cancellationToken)
    {
        var result = await new RollService(database).ApproveAsync(code ?? "", (digest ?? "").Trim(), await staff.RequireAsync(cancellationToken), cancellationToken);
        return await ShowAsync(code, result.Error, result.Success ? "The roll is approved. It can no longer change." : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostRulebookAsync(string code, string rulebookJson, int revision, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!StaffPermissions.Check(account, StaffPermission.EditRulebooks).Allowed)
        {
            return Forbid();
        }

        var contests = new ContestService(database);
        var parsed = await contests.ParseRulebookAsync(rulebookJson ?? "", cancellationToken);
        string? error = parsed.Error;
        if (parsed.Value is { } rulebook)
        {
            error = (await contests.UpdateRulebookAsync(code ?? "", rulebook, AuditActors.Staff(account), revision, cancellationToken)).Error;
        }

        var shown = await ShowAsync(code, error, error is null ? "The rulebook is saved as a new revision." : null, cancellationToken);
        if (error is not null)
        {
            // Keep what the person typed, so they can fix it.
            RulebookJson = rulebookJson ?? "";
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(string? code, string? error, string? message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        AddError(error);
        Message = message;
        return Page();
    }

    private void AddError(string? error)
    {
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, ContestsModel.Sentence(error));
        }
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.Contests.GetAsync(code, cancellationToken) is not { } contest)
        {
            return false;
        }

        var account = await staff.RequireAsync(cancellationToken);
        Contest = contest;
        RulebookJson = contest.RulebookJson;
        Rolls = await database.Rolls.ListAsync(contest.Id, cancellationToken);
        CanEdit = StaffPermissions.Check(account, StaffPermission.EditRulebooks).Allowed;
        CanFreeze = StaffPermissions.Check(account, StaffPermission.FreezeRoll).Allowed;
        CanApprove = StaffPermissions.Check(account, StaffPermission.ApproveRoll).Allowed;
        return true;
    }
}
