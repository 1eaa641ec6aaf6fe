using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Elections.Events;
using Omov.Web.Outcomes;

namespace Omov.Web.Pages.Results;

/// <summary>The public list of declared results.</summary>
internal sealed class IndexModel(DeclaredResults declared) : PageModel
{
    public IReadOnlyList<BallotEvent> Events { get; private set; } = [];

    public ResultWords Words { get; private set; } = ResultWords.English;

    public async Task OnGetAsync(string? lang, CancellationToken cancellationToken)
    {
        Words = ResultWords.For(lang == "cy");
        Events = await declared.EventsAsync(cancellationToken);
    }
}
