using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omov.Data;
using Omov.Data.Register;
using Omov.Elections.Staff;
using Omov.Web.Auditing;

namespace Omov.Web.Register;

/// <summary>
/// Runs register imports in the background, one at a time, each under its own id so that its
/// progress page can be reloaded (or reopened) while it runs and its report read afterwards.
/// The uploaded file is deleted when its import ends. Stopping the app cancels a running import,
/// which then writes nothing (the importers write in one transaction).
/// </summary>
internal sealed partial class ImportJobs(OmovDatabase database, TimeProvider time, WebAudit audit, UnitCounts counts, ILogger<ImportJobs> logger) : IHostedService, IDisposable
{
    /// <summary>How many finished imports are remembered for their pages (the oldest are forgotten).</summary>
    public const int Remembered = 20;

    private const string UploadFolderPrefix = "omov-import-";

    private readonly Lock _lock = new();
    private readonly List<ImportJob> _jobs = [];
    private readonly CancellationTokenSource _stopping = new();
    private ImportJob? _running;
    private Task? _task;

    /// <summary>The import running now, if any.</summary>
    public ImportJob? Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>The import with <paramref name="id"/>, running or remembered; null if unknown.</summary>
    public ImportJob? Get(Guid id)
    {
        lock (_lock)
        {
            return _jobs.Find(j => j.Id == id);
        }
    }

    /// <summary>
    /// A new path for an upload named <paramref name="fileName"/>: a file of that name in a new
    /// temporary folder, so that the import's messages name the file the operator chose.
    /// </summary>
    public static string NewUploadPath(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Length > 100)
        {
            name = "upload.csv";
        }

        return Path.Combine(Directory.CreateTempSubdirectory(UploadFolderPrefix).FullName, name);
    }

    /// <summary>
    /// Starts importing <paramref name="path"/> (from <see cref="NewUploadPath"/>; this holder now
    /// owns it and deletes it); null, with the file deleted, when another import is running.
    /// </summary>
    public ImportJob? TryStart(RegisterFileKind kind, string path, bool dryRun, bool ignoreUnknownColumns, StaffAccount account) =>
        TryStart(kind, path, dryRun, account, (progress, cancellationToken) => RegisterImports.RunAsync(database, time, kind, path, new ImportOptions
        {
            DryRun = dryRun,
            IgnoreUnknownColumns = ignoreUnknownColumns,
            Progress = progress,
        }, cancellationToken));

    /// <summary>As the public overload, with the import itself given (tests hold one open to see it running).</summary>
    internal ImportJob? TryStart(RegisterFileKind kind, string path, bool dryRun, StaffAccount account, Func<IProgress<ImportProgress>, CancellationToken, Task<ImportReport>> import)
    {
        ArgumentNullException.ThrowIfNull(account);
        ImportJob job;
        lock (_lock)
        {
            if (_running is not null)
            {
                Delete(path);
                return null;
            }

            job = new ImportJob(Guid.NewGuid(), kind, Path.GetFileName(path), new FileInfo(path).Length, dryRun, account.Username, time.GetUtcNow());
            _jobs.Add(job);
            if (_jobs.Count > Remembered)
            {
                _jobs.RemoveAt(_jobs.FindIndex(j => j.IsFinished));
            }

            _running = job;
            _task = Task.Run(() => RunAsync(job, path, account, import, _stopping.Token));
        }

        return job;
    }

    private async Task RunAsync(ImportJob job, string path, StaffAccount account, Func<IProgress<ImportProgress>, CancellationToken, Task<ImportReport>> import, CancellationToken cancellationToken)
    {
        try
        {
            var report = await import(job, cancellationToken).ConfigureAwait(false);
            if (!job.DryRun && report.Succeeded)
            {
                counts.Clear();
                await audit.RecordAsync(account, RegisterImports.AuditAction(job.Kind), job.FileName, RegisterImports.AuditDetails(report), CancellationToken.None).ConfigureAwait(false);
            }

            job.Finish(report, time.GetUtcNow());
        }
        catch (OperationCanceledException)
        {
            job.Fail("The import was stopped because Omov was shutting down. Nothing was written.", time.GetUtcNow());
        }
#pragma warning disable CA1031 // Whatever went wrong, the page must say the import ended; the log has the details.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The exception's type only: messages from a database driver can quote values.
            LogFailed(logger, job.Id, exception.GetType().FullName ?? "unknown");
            job.Fail("The import failed on the server (the log says why). Nothing was written.", time.GetUtcNow());
        }
        finally
        {
            Delete(path);
            lock (_lock)
            {
                _running = null;
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task? running;
        lock (_lock)
        {
            running = _task;
        }

        if (running is not null)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>Deletes an upload, and its folder when <see cref="NewUploadPath"/> made it.</summary>
    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
            var folder = Path.GetDirectoryName(path);
            if (folder is not null && Path.GetFileName(folder).StartsWith(UploadFolderPrefix, StringComparison.Ordinal))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left in the temp folder; the operating system clears it in time.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, Guid importId, string exceptionType);
}
