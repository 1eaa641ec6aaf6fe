using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Web.Pages.Audit;

/// <summary>The audit log: latest entries, a full verification, and the JSON Lines export.</summary>
[Authorize(Policy = nameof(StaffPermission.ViewAuditLog))]
internal sealed class AuditLogModel(OmovDatabase database) : PageModel
{
    public const int PageSize = 100;

    public long Count { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(long? before, CancellationToken cancellationToken) => await LoadAsync(before, cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        // Streams the chain; the verifier holds one entry at a time.
        Verification = await Task.Run(() => AuditChain.Verify(database.AuditLog.ReadAllAsync(cancellationToken).ToBlockingEnumerable(cancellationToken)), cancellationToken);
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "application/jsonl; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"omov-audit.jsonl\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        await database.AuditLog.ExportAsync(writer, cancellationToken);
        return new EmptyResult();
    }

    private async Task LoadAsync(long? before, CancellationToken cancellationToken)
    {
        Count = await database.AuditLog.CountAsync(cancellationToken);
        Entries = await database.AuditLog.ReadLatestAsync(PageSize, before, cancellationToken);
    }
}
