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
internal sealed partial class ImportJobs(OmovDatabase database, TimeProvider time, WebAudit audit, ILogger<ImportJobs> logger) : IHostedService, IDisposable
{
    /// <summary>How many finished imports are remembered for their pages (the oldest are forgotten).</summary>
    public const int Remembered = 20;

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
    /// Starts importing <paramref name="path"/> (a temp file this holder now owns and deletes);
    /// null, with the file deleted, when another import is running.
    /// </summary>
    public ImportJob? TryStart(RegisterFileKind kind, string path, string fileName, bool dryRun, bool ignoreUnknownColumns, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ImportJob job;
        lock (_lock)
        {
            if (_running is not null)
            {
                File.Delete(path);
                return null;
            }

            job = new ImportJob(Guid.NewGuid(), kind, fileName, new FileInfo(path).Length, dryRun, account.Username, time.GetUtcNow());
            _jobs.Add(job);
            if (_jobs.Count > Remembered)
            {
                _jobs.RemoveAt(_jobs.FindIndex(j => j.IsFinished));
            }

            _running = job;
            var options = new ImportOptions { DryRun = dryRun, IgnoreUnknownColumns = ignoreUnknownColumns, Progress = job };
            _task = Task.Run(() => RunAsync(job, path, options, account, _stopping.Token));
        }

        return job;
    }

    private async Task RunAsync(ImportJob job, string path, ImportOptions options, StaffAccount account, CancellationToken cancellationToken)
    {
        try
        {
            var report = await RegisterImports.RunAsync(database, time, job.Kind, path, options, cancellationToken).ConfigureAwait(false);
            if (!job.DryRun && report.Succeeded)
            {
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
            TryDelete(path);
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left in the temp folder; the operating system clears it in time.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, Guid importId, string exceptionType);
}
