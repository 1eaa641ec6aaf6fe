using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Data.Register;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Auditing;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Members;

/// <summary>
/// A search's members as Omov's members CSV (what <c>omov members import</c> reads), streamed.
/// Audited as <c>members.exported</c> with the count before the first byte leaves.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ExportMembers))]
internal sealed class ExportModel(CurrentStaff staff, OmovDatabase database, WebAudit audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(q) || q.Length > MembersModel.MaxQueryLength)
        {
            return RedirectToPage("/Members/Index");
        }

        var scope = StaffPermissions.Check(account, StaffPermission.ExportMembers).LocalPartyScope;
        var total = (await database.Members.SearchAsync(q, scope, 0, 1, cancellationToken)).Total;
        await audit.RecordAsync(account, AuditActions.MembersExported, scope ?? "register", new Dictionary<string, string>
        {
            ["rows"] = total.ToString(CultureInfo.InvariantCulture),
            ["source"] = "search",
        }, cancellationToken);

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"members.csv\"";
        // CsvHelper writes synchronously; this one response may block a thread while it streams.
        HttpContext.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        await using (var csv = RegisterCsvWriter.ForMembers(writer))
        {
            await foreach (var member in database.Members.StreamSearchAsync(q, scope, cancellationToken))
            {
                csv.Write(member);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return new EmptyResult();
    }
}
