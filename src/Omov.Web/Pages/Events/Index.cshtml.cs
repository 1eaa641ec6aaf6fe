using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Events;

/// <summary>The ballot events, latest close first; a new draft event from a preset.</summary>
[Authorize(Policy = nameof(StaffPermission.ManageBallotEvents))]
internal sealed class EventsModel(OmovDatabase database, CurrentStaff staff, WebAudit audit) : PageModel
{
    public IReadOnlyList<BallotEvent> Events { get; private set; } = [];

    [BindProperty]
    public string Preset { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await database.BallotEvents.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (EventPresets.Find(Preset ?? "") is not { } template)
        {
            ModelState.AddModelError(nameof(Preset), "Choose a preset to start from.");
        }
        else
        {
            var ballotEvent = template with
            {
                Id = Guid.NewGuid(),
                Code = string.IsNullOrWhiteSpace(Code) ? template.Code : Code.Trim(),
                Title = string.IsNullOrWhiteSpace(Title) ? template.Title : Title.Trim(),
            };
            if (BallotEventValidator.DraftProblems(ballotEvent) is [var problem, ..])
            {
                ModelState.AddModelError(nameof(Code), problem);
            }
            else if (!await database.BallotEvents.AddAsync(ballotEvent, cancellationToken))
            {
                ModelState.AddModelError(nameof(Code), $"An event with the code {ballotEvent.Code} already exists; choose another code.");
            }
            else
            {
                await audit.RecordAsync(account, AuditActions.EventCreated, ballotEvent.Code, new Dictionary<string, string> { ["preset"] = template.Code }, cancellationToken);
                return Redirect("/Events/Event?code=" + Uri.EscapeDataString(ballotEvent.Code));
            }
        }

        Events = await database.BallotEvents.ListAsync(cancellationToken);
        return Page();
    }
}
