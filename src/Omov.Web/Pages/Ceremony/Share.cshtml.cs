using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Services;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Ceremony;

/// <summary>
/// A scrutineer downloads their own share file, once: the server's copy is deleted as it is sent.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.HoldKeyShare))]
internal sealed class ShareModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public BallotEvent Event { get; private set; } = null!;

    public int? Waiting { get; private set; }

    public string? KeyId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.BallotEvents.GetAsync(code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var account = await staff.RequireAsync(cancellationToken);
        Event = found;
        var ceremony = await database.KeyCeremonies.GetAsync(found.Id, cancellationToken);
        KeyId = ceremony?.Record.PublicKey.KeyId;
        Waiting = ceremony?.Uncollected.Where(u => u.Value == account.Username).Select(u => (int?)u.Key).FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var result = await new KeyCeremonyService(database).CollectAsync(code ?? "", await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!result.Success)
        {
            return result.Failure == ServiceFailure.Refused ? Forbid() : NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"omov-share-{code}-{result.Value.Index}.json");
        return File(Encoding.UTF8.GetBytes(result.Value.ShareFileText), "application/json", name);
    }
}
