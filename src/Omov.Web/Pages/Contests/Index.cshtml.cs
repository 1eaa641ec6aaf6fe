using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Contests;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Contests;

/// <summary>The contests with their latest rolls; administrators add contests from a preset rulebook.</summary>
[Authorize(Policy = nameof(StaffPermission.ViewMember))]
internal sealed class ContestsModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<(Contest Contest, StoredRoll? Latest)> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Preset { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!StaffPermissions.Check(account, StaffPermission.EditRulebooks).Allowed)
        {
            return Forbid();
        }

        if (Presets.Find(Preset ?? "") is not { } preset)
        {
            ModelState.AddModelError(nameof(Preset), "Choose a rulebook to start from.");
        }
        else
        {
            var added = await new ContestService(database).AddAsync(Code?.Trim() ?? "", Title ?? "", preset.Rulebook, AuditActors.Staff(account), cancellationToken);
            if (added.Success)
            {
                return Redirect("/Contests/Contest?code=" + Uri.EscapeDataString(added.Value!.Code));
            }

            ModelState.AddModelError(nameof(Code), Sentence(added.Error!));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A service message ("the title must be …") as a sentence for a page.</summary>
    public static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : ".");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        CanEdit = StaffPermissions.Check(account, StaffPermission.EditRulebooks).Allowed;
        var rows = new List<(Contest, StoredRoll?)>();
        foreach (var contest in await database.Contests.ListAsync(cancellationToken))
        {
            rows.Add((contest, await database.Rolls.GetLatestAsync(contest.Id, cancellationToken)));
        }

        Rows = rows;
    }
}
