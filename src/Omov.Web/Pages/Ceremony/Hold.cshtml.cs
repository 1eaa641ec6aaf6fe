using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Ceremony;

/// <summary>
/// The returning officer's key ceremony: choose n scrutineer accounts and k; each scrutineer
/// steps up and types their passphrase; Omov makes and proves the key and shows the proof. The
/// share files then wait for each scrutineer to download their own, signed in as themselves.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.CertifyResults))]
internal sealed class HoldModel(OmovDatabase database, CurrentStaff staff, OmovWebOptions options) : PageModel
{
    public const int DefaultScrutineers = 3;

    public BallotEvent Event { get; private set; } = null!;

    public StoredCeremony? Ceremony { get; private set; }

    public IReadOnlyList<StaffAccount> Candidates { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int Shares { get; set; } = DefaultScrutineers;

    [BindProperty]
    public int Threshold { get; set; } = 2;

    [BindProperty]
    public List<string> Holders { get; set; } = [];

    /// <summary>Bound on post only; never written back into the page.</summary>
    [BindProperty]
    public List<string> Passphrases { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var chosen = Holders.Take(Shares).Select((h, i) => new ScrutineerChoice(h ?? "", i < Passphrases.Count ? Passphrases[i] ?? "" : "")).ToList();
        var result = await new KeyCeremonyService(database) { Iterations = options.ShareFileIterations }.HoldAsync(Event.Code, Threshold, chosen, await staff.RequireAsync(cancellationToken), cancellationToken);
        Passphrases = [];
        if (!result.Success)
        {
            ModelState.AddModelError(string.Empty, result.Error);
            return Page();
        }

        Ceremony = result.Value;
        Message = "The key ceremony is done and proven. Each scrutineer now signs in as themselves and downloads their share file, once.";
        return Page();
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.BallotEvents.GetAsync(code, cancellationToken) is not { } found)
        {
            return false;
        }

        Event = found;
        Shares = Math.Clamp(Shares, 1, KeyCeremonyRequest.MaxScrutineers);
        Threshold = Math.Clamp(Threshold, 1, Shares);
        Ceremony = await database.KeyCeremonies.GetAsync(found.Id, cancellationToken);
        Candidates = [.. (await database.StaffAccounts.ListAsync(cancellationToken))
            .Where(a => StaffPermissions.Check(a, StaffPermission.HoldKeyShare).Allowed)
            .OrderBy(a => a.Username, StringComparer.Ordinal)];
        return true;
    }
}
