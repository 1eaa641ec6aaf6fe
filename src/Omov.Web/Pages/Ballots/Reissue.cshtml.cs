using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Delivery.Issuing;
using Omov.Delivery.Reissue;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Ballots;

/// <summary>
/// Staff reissue for a member on the phone (reason required, channel among the details on file,
/// refused once voted), the bounced ballot emails to offer a postal reissue, and the reminder
/// button (docs/reissue.md).
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ReissueCredentials))]
internal sealed class ReissueModel(OmovDatabase database, StaffReissue reissue, Omov.Delivery.Reissue.Reminders reminders, CurrentStaff staff, WebAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "event")]
    public string? EventCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string MembershipNumber { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Channel { get; set; } = "email";

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<BallotEvent> Events { get; private set; } = [];

    public BallotEvent? Event { get; private set; }

    public IReadOnlyList<BouncedMessage> Bounced { get; private set; } = [];

    public string? Done { get; private set; }

    public bool CanRemind { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Event is null)
        {
            ModelState.AddModelError(nameof(EventCode), "Choose the ballot.");
            return Page();
        }

        var account = await staff.RequireAsync(cancellationToken);
        var number = MembershipNumber.Trim();
        if (StaffPermissions.Check(account, StaffPermission.ReissueCredentials).LocalPartyScope is not null)
        {
            var member = await database.Members.GetAsync(number, cancellationToken);
            if (member is null || !StaffPermissions.Check(account, StaffPermission.ReissueCredentials, member).Allowed)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
                await audit.RecordAsync(account, AuditActions.AccessRefused, "member:" + number, new Dictionary<string, string> { ["page"] = "/Ballots/Reissue" }, cancellationToken);
                ModelState.AddModelError(nameof(MembershipNumber), "You can reissue only for members of your own local party.");
                return Page();
            }
        }

        var result = await reissue.ReissueAsync(Event, number, Channel == "post" ? ReissueChannel.Post : ReissueChannel.Email, Reason, WebAudit.Actor(account), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Outcome == StaffReissueOutcome.ReasonMissing ? nameof(Reason) : nameof(MembershipNumber), result.Message);
            return Page();
        }

        Done = result.Message;
        MembershipNumber = "";
        Reason = null;
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Event is null || !CanRemind)
        {
            return Forbid();
        }

        var account = await staff.RequireAsync(cancellationToken);
        var result = await reminders.RemindNowAsync(Event, WebAudit.Actor(account), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(EventCode), result.Refused!);
            return Page();
        }

        Done = FormattableString.Invariant($"Reminder round {result.Round}: {result.Queued} reminders queued to members who have not voted.");
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        Events = await database.BallotEvents.ListAsync(cancellationToken);
        Event = EventCode is null ? Events.FirstOrDefault(e => e.Status == BallotEventStatus.Open) : Events.FirstOrDefault(e => e.Code == EventCode);
        EventCode = Event?.Code;
        // Reminders and the bounce list reach the whole event: not for a local officer's scope.
        CanRemind = StaffPermissions.Check(account, StaffPermission.ReissueCredentials).LocalPartyScope is null;
        if (Event is not null && CanRemind)
        {
            var bounced = new List<BouncedMessage>();
            await foreach (var message in database.EmailOutbox.ListBouncedAsync(BallotMessages.BatchId(Event.Id), cancellationToken))
            {
                bounced.Add(message);
            }

            Bounced = bounced;
        }
    }
}
