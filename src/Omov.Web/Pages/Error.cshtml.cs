using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Omov.Web.Pages;

/// <summary>The page for errors and bare status codes: plain words, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(OmovWebOptions options) : PageModel
{
    public string Heading { get; private set; } = "Sorry, something went wrong";

    public string Explanation { get; private set; } = "The problem has been recorded. Try again, and if it happens again tell an administrator.";

    /// <summary>Whether the failed request was a voter's (or the bulletin board's): they get the voters' layout and language.</summary>
    public bool ForVoter { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "Check the address, or go back to the home page."),
            400 => ("That request was not understood", "If you were filling in a form, go back, reload the page and try again."),
            429 => ("Too many attempts", "Wait a minute and try again."),
            413 => ("That file is too large", $"The largest file this server accepts is {Register.ImportModel.Size(options.MaxUploadBytes)}. Nothing was imported."),
            _ => (Heading, Explanation),
        };
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        ForVoter = original.StartsWith("/vote", StringComparison.OrdinalIgnoreCase) || original.StartsWith("/board", StringComparison.OrdinalIgnoreCase);
        if (ForVoter)
        {
            var text = Voting.VoteSession.TextFor(Request);
            if (status == 429)
            {
                (Heading, Explanation) = (text.TooManyTitle, text.TooMany);
            }
        }

        if (status is >= 400 and < 600)
        {
            Response.StatusCode = status.Value;
        }
    }
}
