using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Count;

/// <summary>
/// The returning officer's view of the provisional result, with every stage, and the declaration
/// that publishes it. Nobody else may see a result before it is declared.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.CertifyResults))]
internal sealed class ResultModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public BallotEvent Event { get; private set; } = null!;

    public StoredOpening Opening { get; private set; } = null!;

    public IReadOnlyList<StoredContestResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeclareAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var declared = await new DeclarationService(database).DeclareAsync(Event.Code, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!declared.Success)
        {
            ModelState.AddModelError(string.Empty, declared.Error);
            return Page();
        }

        return RedirectToPage("/Results/Event", new { code = Event.Code });
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.BallotEvents.GetAsync(code, cancellationToken) is not { Status: >= BallotEventStatus.Counted } found
            || await database.Results.GetOpeningAsync(found.Id, cancellationToken) is not { } opening)
        {
            return false;
        }

        Event = found;
        Opening = opening;
        Results = await database.Results.ListAsync(found.Id, cancellationToken);
        return true;
    }
}
