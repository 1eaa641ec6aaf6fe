using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Web.Voting;

namespace Omov.Web.Pages.Vote;

/// <summary>The receipt: the ballot's tracking code and the way to the bulletin board.</summary>
internal sealed class VoteReceiptModel(VoteSession session) : PageModel
{
    public VoteText Text { get; private set; } = VoteText.English;

    public VoteReceipt Receipt { get; private set; } = new("", "", "");

    public IActionResult OnGet()
    {
        Text = VoteSession.TextFor(Request);
        ViewData["LanguageReturn"] = "/vote/receipt";
        if (session.ReadReceipt(Request) is not { } receipt)
        {
            return Redirect("/vote");
        }

        Receipt = receipt;
        return Page();
    }
}
