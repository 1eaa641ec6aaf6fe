using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data.Register;
using Omov.Elections.Staff;
using Omov.Web.Register;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Register;

/// <summary>
/// Upload a members or organisation-unit CSV to check (dry run) or import. The file is streamed
/// to a temporary file (ASP.NET Core spools big uploads to disk, and this page copies it to the
/// import's own file), then the import runs in the background and the browser is sent to its
/// progress page. One import at a time.
/// </summary>
[Authorize(Policy = nameof(StaffPermission.ManageRegister))]
internal sealed class ImportModel(CurrentStaff staff, ImportJobs jobs, OmovWebOptions options) : PageModel
{
    [BindProperty]
    public RegisterFileKind Kind { get; set; } = RegisterFileKind.Members;

    [BindProperty]
    public bool DryRun { get; set; } = true;

    [BindProperty]
    public bool IgnoreUnknownColumns { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportJob? Running { get; private set; }

    public string Limit => Size(options.MaxUploadBytes);

    public void OnGet() => Running = jobs.Running;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        Running = jobs.Running;
        if (Running is not null)
        {
            ModelState.AddModelError(string.Empty, "Another import is running. Wait for it to finish, then try again.");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Choose what the file holds and whether to check it only or import it.");
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Choose a CSV file to upload." : $"{Upload.FileName} is empty: a CSV file with a header line is needed.");
            return Page();
        }

        if (Upload.Length > options.MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} is {Size(Upload.Length)}; the largest file this server accepts is {Limit}.");
            return Page();
        }

        if (!LooksLikeCsv(Upload))
        {
            ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} is not a CSV file: save the register as CSV (comma-separated values, UTF-8) and upload that.");
            return Page();
        }

        var path = ImportJobs.NewUploadPath(Upload.FileName);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await Upload.CopyToAsync(target, cancellationToken);
        }

        var job = jobs.TryStart(Kind, path, DryRun, IgnoreUnknownColumns, account);
        if (job is null)
        {
            Running = jobs.Running;
            ModelState.AddModelError(string.Empty, "Another import started a moment ago. Wait for it to finish, then try again.");
            return Page();
        }

        return RedirectToPage("/Register/ImportStatus", new { id = job.Id });
    }

    /// <summary>A CSV by its name and first bytes: not a spreadsheet, archive or other binary file (they hold NUL bytes early on).</summary>
    private static bool LooksLikeCsv(IFormFile file)
    {
        var extension = Path.GetExtension(file.FileName);
        if (!extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var stream = file.OpenReadStream();
        Span<byte> head = stackalloc byte[4096];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return !head[..read].Contains((byte)0);
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
