using Omov.Delivery.Issuing;

namespace Omov.Web.Events;

/// <summary>
/// One credential issue the web app runs in the background: which event, how far it has got, and
/// (once done) its summary. Read by the progress page on every refresh, written by the run's thread.
/// </summary>
internal sealed class IssueJob(Guid id, string eventCode, string startedBy, DateTimeOffset startedAt) : IProgress<IssueProgress>
{
    private IssueProgress _progress = new(0, 0);
    private volatile IssueSummary? _outcome;
    private volatile string? _failure;
    private long _finishedTicks;

    public Guid Id { get; } = id;

    public string EventCode { get; } = eventCode;

    /// <summary>The username of the account that started it.</summary>
    public string StartedBy { get; } = startedBy;

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The latest progress reported.</summary>
    public IssueProgress Progress => Volatile.Read(ref _progress);

    /// <summary>The summary, once finished; null while it runs or if it failed.</summary>
    public IssueSummary? Outcome => _outcome;

    /// <summary>Why it stopped without a summary; null otherwise.</summary>
    public string? Failure => _failure;

    public bool IsFinished => Interlocked.Read(ref _finishedTicks) != 0;

    public DateTimeOffset? FinishedAt => IsFinished ? new DateTimeOffset(Interlocked.Read(ref _finishedTicks), TimeSpan.Zero) : null;

    public void Report(IssueProgress value) => Volatile.Write(ref _progress, value);

    public void Finish(IssueSummary summary, DateTimeOffset at)
    {
        _outcome = summary;
        Interlocked.Exchange(ref _finishedTicks, at.UtcTicks);
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        _failure = reason;
        Interlocked.Exchange(ref _finishedTicks, at.UtcTicks);
    }
}
