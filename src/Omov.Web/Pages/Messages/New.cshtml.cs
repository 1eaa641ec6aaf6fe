using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Contests;
using Omov.Data.Services;
using Omov.Delivery.Messages;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Pages.Contests;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Messages;

/// <summary>Compose a notice or message: the words, the kind, the segment; preview who it reaches, then save it as a draft to send or schedule.</summary>
[Authorize(Policy = nameof(StaffPermission.MessageMembers))]
internal sealed class NewModel(OmovDatabase database, MessageService messages, CurrentStaff staff) : PageModel
{
    [BindProperty]
    public string Subject { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "Dear {{first_name}},\n\n";

    [BindProperty]
    public MessageKind Kind { get; set; } = MessageKind.Statutory;

    [BindProperty]
    public SegmentForm Segment { get; set; } = new();

    /// <summary>For a local officer: the only local party they may message.</summary>
    public string? Scope { get; private set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<Contest> Contests { get; private set; } = [];

    public MessagePreview? Preview { get; private set; }

    public string? Description { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Segment.Statuses = [.. SegmentRules.DefaultStatuses];
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(cancellationToken);
        if (resolved?.Success == true)
        {
            Preview = await messages.PreviewAsync(resolved.Value, cancellationToken);
            Description = resolved.Value.Description;
        }

        return await PageOrForbidAsync(resolved, cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (!ModelState.IsValid || Draft() is not { } draft)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var created = await messages.ComposeAsync(draft, account, cancellationToken);
        return created.Success ? Redirect("/Messages/Message?id=" + created.Value.Id.ToString("D")) : await PageOrForbidAsync(created, cancellationToken);
    }

    private async Task<ServiceResult<BulkMessage>?> ResolveAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        return ModelState.IsValid && Draft() is { } draft ? await messages.ResolveAsync(draft, account, cancellationToken) : null;
    }

    private MessageDraft? Draft()
    {
        var (segment, field, error) = Segment.ToSegment();
        if (segment is null)
        {
            ModelState.AddModelError("Segment." + field, error!);
            return null;
        }

        return new MessageDraft(Subject ?? "", Body ?? "", Kind, segment);
    }

    private async Task<IActionResult> PageOrForbidAsync(ServiceResult<BulkMessage>? result, CancellationToken cancellationToken)
    {
        if (result is { Success: false })
        {
            if (result.Failure == ServiceFailure.Refused)
            {
                return Forbid();
            }

            ModelState.AddModelError(nameof(Body), ContestsModel.Sentence(result.Error));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        Scope = StaffPermissions.Check(account, StaffPermission.MessageMembers).LocalPartyScope;
        Units = [.. (await database.Units.ListAsync(cancellationToken))
            .Where(u => u.Kind is OrganisationUnitKind.Nation or OrganisationUnitKind.Region or OrganisationUnitKind.LocalParty)
            .OrderBy(u => u.Kind switch { OrganisationUnitKind.Nation => 0, OrganisationUnitKind.Region => 1, _ => 2 })
            .ThenBy(u => u.Name, StringComparer.OrdinalIgnoreCase)];
        Contests = await database.Contests.ListAsync(cancellationToken);
    }
}
