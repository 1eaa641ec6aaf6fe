using System.Globalization;
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
/// Opening the box after the close: at least k scrutineers each choose their share file and type
/// their passphrase at this one form; Omov rebuilds the key, opens, shuffles and counts every
/// ballot and keeps the results provisional for the returning officer. Nothing of the result is
/// shown here.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.OpenBallotBox))]
internal sealed class OpenModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    /// <summary>The largest share file accepted (real ones are under 2 KB).</summary>
    public const long MaxShareFileBytes = 64 * 1024;

    public BallotEvent Event { get; private set; } = null!;

    public StoredCeremony? Ceremony { get; private set; }

    public BoxOpened? Opened { get; private set; }

    public bool IsOfficer { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        // Rows are read by name (file-N, passphrase-N) rather than bound, so an empty row is simply absent.
        var shares = new List<ScrutineerShare>();
        for (var i = 1; i <= (Ceremony?.Record.Count ?? 0); i++)
        {
            var row = i.ToString(CultureInfo.InvariantCulture);
            var file = Request.Form.Files.GetFile("file-" + row);
            var passphrase = Request.Form["passphrase-" + row].ToString();
            if ((file is null || file.Length == 0) && passphrase.Length == 0)
            {
                continue;
            }

            if (file is null || file.Length == 0 || file.Length > MaxShareFileBytes)
            {
                ModelState.AddModelError(string.Empty, $"Share file {row}: choose the share file (a small .json file) to go with the passphrase.");
                continue;
            }

            using var reader = new StreamReader(file.OpenReadStream());
            shares.Add(new ScrutineerShare(Path.GetFileName(file.FileName), await reader.ReadToEndAsync(cancellationToken), passphrase));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await new BoxOpeningService(database).OpenAsync(Event.Code, shares, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!result.Success)
        {
            if (result.Failure == ServiceFailure.Refused)
            {
                return Forbid();
            }

            ModelState.AddModelError(string.Empty, Sentence(result.Error));
            return Page();
        }

        Opened = result.Value;
        Event = (await database.BallotEvents.GetAsync(Event.Id, cancellationToken))!;
        return Page();
    }

    private static string Sentence(string error) => char.ToUpperInvariant(error[0]) + error[1..] + (error.EndsWith('.') ? "" : ".");

    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.BallotEvents.GetAsync(code, cancellationToken) is not { } found)
        {
            return false;
        }

        Event = found;
        Ceremony = await database.KeyCeremonies.GetAsync(found.Id, cancellationToken);
        IsOfficer = StaffPermissions.Check(await staff.RequireAsync(cancellationToken), StaffPermission.CertifyResults).Allowed;
        return true;
    }
}
