using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Delivery.Messages;
using Omov.Elections.Messages;

namespace Omov.Web.Pages.Unsubscribe;

/// <summary>
/// The page an optional message's unsubscribe link opens, for members (no sign-in: the token in
/// the link is the authority). Opening the link changes nothing, since mail scanners follow links;
/// the member confirms with a button. The page never shows who the member is.
/// </summary>
internal sealed class UnsubscribeModel(OmovDatabase database, MessageService messages) : PageModel
{
    public bool Known { get; private set; }

    public bool Unsubscribed { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) => await ShowAsync(token, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string token, bool unsubscribe, CancellationToken cancellationToken)
    {
        await messages.SetSubscriptionAsync(token, unsubscribe, cancellationToken);
        return await ShowAsync(token, unsubscribe
            ? "You are unsubscribed. You will get no more optional messages; statutory notices, such as calls to meetings you may vote at, still come."
            : "You are subscribed again to optional messages.", cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string token, string? done, CancellationToken cancellationToken)
    {
        var found = UnsubscribeToken.IsWellFormed(token) ? await database.Subscriptions.FindAsync(token, cancellationToken) : null;
        Known = found is not null;
        Unsubscribed = found?.Unsubscribed == true;
        Done = done;
        if (!Known)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
