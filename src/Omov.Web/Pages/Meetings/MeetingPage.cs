using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data.Services;

namespace Omov.Web.Pages.Meetings;

/// <summary>How the meeting pages answer a service's refusal: 403 with the reason (already audited), or 404.</summary>
internal static class MeetingPage
{
    public static IActionResult Refusal<T>(PageModel page, ServiceResult<T> result)
        where T : class
    {
        if (result.Failure == ServiceFailure.Refused)
        {
            page.ViewData["Refusal"] = result.Error;
            var refused = new PageResult { StatusCode = StatusCodes.Status403Forbidden };
            return refused;
        }

        return page.NotFound();
    }
}
