using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omov.Data;
using Omov.Delivery.Issuing;
using Omov.Elections.Staff;
using Omov.Web.Auditing;

namespace Omov.Web.Events;

/// <summary>
/// Runs credential issues in the background, one at a time, each under its own id so its progress
/// page can be reloaded while it runs. Stopping the app cancels a run between batches; every batch
/// already committed stays issued, and issuing again finishes the rest (docs/issuing-ballots.md).
/// </summary>
internal sealed partial class IssueJobs(OmovDatabase database, OmovWebOptions options, TimeProvider time, ILogger<IssueJobs> logger) : IHostedService, IDisposable
{
    /// <summary>How many finished runs are remembered for their pages.</summary>
    public const int Remembered = 20;

    private readonly Lock _lock = new();
    private readonly List<IssueJob> _jobs = [];
    private readonly CancellationTokenSource _stopping = new();
    private IssueJob? _running;
    private Task? _task;

    /// <summary>The run going now, if any.</summary>
    public IssueJob? Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>The run with <paramref name="id"/>, going or remembered; null if unknown.</summary>
    public IssueJob? Get(Guid id)
    {
        lock (_lock)
        {
            return _jobs.Find(j => j.Id == id);
        }
    }

    /// <summary>Starts issuing event <paramref name="eventCode"/>'s credentials; null when another run is going.</summary>
    public IssueJob? TryStart(string eventCode, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_lock)
        {
            if (_running is not null)
            {
                return null;
            }

            var job = new IssueJob(Guid.NewGuid(), eventCode, account.Username, time.GetUtcNow());
            _jobs.Add(job);
            if (_jobs.Count > Remembered)
            {
                _jobs.RemoveAt(_jobs.FindIndex(j => j.IsFinished));
            }

            _running = job;
            _task = Task.Run(() => RunAsync(job, account, _stopping.Token));
            return job;
        }
    }

    private async Task RunAsync(IssueJob job, StaffAccount account, CancellationToken cancellationToken)
    {
        try
        {
            var issue = new IssueOptions { VotingPage = options.VotingPage, PostFolder = options.PostFolder };
            var result = await new CredentialIssuer(database).IssueAsync(job.EventCode, issue, WebAudit.Actor(account), job, cancellationToken).ConfigureAwait(false);
            if (result.Success)
            {
                job.Finish(result.Value, time.GetUtcNow());
            }
            else
            {
                job.Fail(result.Error, time.GetUtcNow());
            }
        }
        catch (OperationCanceledException)
        {
            job.Fail("Issuing stopped because Omov was shutting down. Batches already done stay issued; issue again to finish.", time.GetUtcNow());
        }
#pragma warning disable CA1031 // Whatever went wrong, the page must say the run ended; the log has the details.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, job.Id, exception.GetType().FullName ?? "unknown");
            job.Fail("Issuing failed on the server (the log says why). Batches already done stay issued; issue again to finish.", time.GetUtcNow());
        }
        finally
        {
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Credential issue {IssueId} failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, Guid issueId, string exceptionType);
}
