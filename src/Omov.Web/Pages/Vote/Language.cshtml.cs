using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>The language switch on the voter's pages: remembers the choice in a cookie and goes back.</summary>
internal sealed class VoteLanguageModel(VoteSession session) : PageModel
{
    public IActionResult OnGet(string code, [FromQuery(Name = "return")] string? returnPath)
    {
        session.SetLanguage(Response, code);
        var back = returnPath is not null && Url.IsLocalUrl(returnPath)
            && (returnPath.StartsWith("/vote/", StringComparison.OrdinalIgnoreCase) || returnPath.StartsWith("/board/", StringComparison.OrdinalIgnoreCase))
            ? returnPath : "/vote";
        return LocalRedirect(back);
    }
}
