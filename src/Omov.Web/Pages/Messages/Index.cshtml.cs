using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Delivery.Messages;
using Omov.Elections.Messages;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Messages;

/// <summary>The notices and messages this member of staff may see (a local officer: their own party's), latest first.</summary>
[Authorize(Policy = nameof(StaffPermission.MessageMembers))]
internal sealed class MessagesModel(MessageService messages, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<BulkMessage> Messages { get; private set; } = [];

    public string LocalTime(DateTimeOffset instant) => messages.Local(instant);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await messages.ListAsync(await staff.RequireAsync(cancellationToken), cancellationToken);
}
