using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Meetings;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Meetings;

/// <summary>The minutes record: a printable page, or JSON with <c>format=json</c>.</summary>
[Authorize(Policy = nameof(StaffPermission.RunLocalMeetings))]
internal sealed class MinutesModel(CurrentStaff staff, OmovDatabase database) : PageModel
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public MeetingMinutes? Minutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        var minutes = await new MeetingService(database).MinutesAsync(account, id, cancellationToken);
        if (!minutes.Success)
        {
            return MeetingPage.Refusal(this, minutes);
        }

        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Content(JsonSerializer.Serialize(minutes.Value, s_json), "application/json");
        }

        Minutes = minutes.Value;
        return Page();
    }
}
