using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omov.Data;
using Omov.Delivery.Issuing;
using Omov.Delivery.Reissue;
using Omov.Elections.Events;
using Omov.Elections.Reissue;

namespace Omov.Web.Pages.Reissue;

/// <summary>
/// The public self-service reissue page (docs/reissue.md). After a well-formed request the page is
/// the same, byte for byte, whoever asked and whatever happened: it never echoes what was typed
/// and never says whether the details matched, the member has a ballot, or has voted.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(OmovWebApp.ReissueRateLimit)]
internal sealed class ReissueModel(OmovDatabase database, SelfServiceReissue reissue) : PageModel
{
    [BindProperty]
    public string MembershipNumber { get; set; } = "";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? DateOfBirth { get; set; }

    public BallotEvent? Event { get; private set; }

    public IReadOnlyList<BallotEvent> OpenEvents { get; private set; } = [];

    public bool Closed { get; private set; }

    public bool Submitted { get; private set; }

    public string CloseText => Event is null ? "" : CloseTimes.Text(Event);

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        await FindAsync(code, cancellationToken);
        return code is not null && Event is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        await FindAsync(code, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }

        if (Closed)
        {
            return Page();
        }

        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            if (DateOnly.TryParseExact(DateOfBirth.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                born = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(DateOfBirth), "Enter your date of birth as a date, for example 1990-02-28.");
            }
        }

        if (string.IsNullOrWhiteSpace(MembershipNumber))
        {
            ModelState.AddModelError(nameof(MembershipNumber), "Enter your membership number.");
        }

        var hasEmail = !string.IsNullOrWhiteSpace(Email);
        var hasPostal = !string.IsNullOrWhiteSpace(Postcode) && born is not null;
        if (!hasEmail && !hasPostal && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Email), "Enter the email address we hold for you, or your postcode and date of birth.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await reissue.RequestAsync(Event, new SelfServiceRequest(MembershipNumber, Email, Postcode, born), cancellationToken);
        Closed = result.WindowClosed;
        Submitted = !result.WindowClosed;
        // Nothing typed is shown again.
        MembershipNumber = "";
        Email = Postcode = DateOfBirth = null;
        return Page();
    }

    private async Task FindAsync(string? code, CancellationToken cancellationToken)
    {
        var now = database.Time.GetUtcNow();
        if (code is null)
        {
            OpenEvents = [.. (await database.BallotEvents.ListAsync(cancellationToken)).Where(e => ReissueWindow.ForMember(e, now).Any)];
            if (OpenEvents.Count != 1)
            {
                return;
            }

            Event = OpenEvents[0];
        }
        else
        {
            Event = await database.BallotEvents.GetAsync(code, cancellationToken);
        }

        Closed = Event is not null && !ReissueWindow.ForMember(Event, now).Any;
    }
}
