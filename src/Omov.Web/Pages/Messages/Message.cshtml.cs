using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Services;
using Omov.Delivery.Messages;
using Omov.Elections.Audit;
using Omov.Elections.Messages;
using Omov.Elections.Staff;
using Omov.Web.Pages.Contests;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Messages;

/// <summary>One message: what it says and who it reaches; send it now, schedule it or cancel it; once sent, the outbox's figures.</summary>
[Authorize(Policy = nameof(StaffPermission.MessageMembers))]
internal sealed class MessageModel(OmovDatabase database, MessageService messages, CurrentStaff staff) : PageModel
{
    public BulkMessage Message { get; private set; } = null!;

    public MessagePreview? Preview { get; private set; }

    public OutboxCounts? Outbox { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    public string LocalTime(DateTimeOffset instant) => messages.Local(instant);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (message, account) => messages.SendNowAsync(message.Id, AuditActors.Staff(account), cancellationToken), "Queued: the messages are in the outbox and go out as the sender works through it.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (message, account) => messages.CancelAsync(message, AuditActors.Staff(account), cancellationToken), "Cancelled: it will not be sent.", cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError(nameof(Date), "Enter the date to send on, like 2020-02-04.");
        }

        if (!TimeOnly.TryParseExact(Time?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            ModelState.AddModelError(nameof(Time), "Enter the time to send at on the 24-hour clock, like 18:00.");
        }

        return ModelState.IsValid
            ? ActAsync(id, (message, account) => messages.ScheduleAsync(message, messages.ToUtc(date, time), AuditActors.Staff(account), cancellationToken), "Scheduled.", cancellationToken)
            : ShowAsync(id, null, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<BulkMessage, StaffAccount, Task<ServiceResult<BulkMessage>>> action, string done, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var found = await messages.GetAsync(id, account, cancellationToken);
        if (!found.Success)
        {
            return found.Failure == ServiceFailure.Refused ? Forbid() : NotFound();
        }

        var result = await action(found.Value, account);
        if (!result.Success)
        {
            ModelState.AddModelError(string.Empty, ContestsModel.Sentence(result.Error));
        }

        return await ShowAsync(id, result.Success ? done : null, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var found = await messages.GetAsync(id, account, cancellationToken);
        if (!found.Success)
        {
            return found.Failure == ServiceFailure.Refused ? Forbid() : NotFound();
        }

        Message = found.Value;
        Done = done;
        if (Message.Status is MessageStatus.Draft or MessageStatus.Scheduled)
        {
            Preview = await messages.PreviewAsync(Message, cancellationToken);
        }
        else
        {
            Outbox = await database.EmailOutbox.CountAsync(Message.BatchId, cancellationToken);
        }

        return Page();
    }
}
