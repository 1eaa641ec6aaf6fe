using Omov.Data.Register;

namespace Omov.Web.Register;

/// <summary>
/// One import the web app runs in the background: what it is, how far it has got, and (once
/// done) its report. Read by the progress page on every refresh, written by the import's thread.
/// </summary>
internal sealed class ImportJob : IProgress<ImportProgress>
{
    private ImportProgress _progress;
    private volatile ImportReport? _outcome;
    private volatile string? _failure;
    private long _finishedTicks;

    public ImportJob(Guid id, RegisterFileKind kind, string fileName, long fileBytes, bool dryRun, string startedBy, DateTimeOffset startedAt)
    {
        Id = id;
        Kind = kind;
        FileName = fileName;
        DryRun = dryRun;
        StartedBy = startedBy;
        StartedAt = startedAt;
        _progress = new ImportProgress(0, fileBytes, 0);
    }

    public Guid Id { get; }

    public RegisterFileKind Kind { get; }

    /// <summary>The uploaded file's name (as the browser sent it, for display and the audit subject).</summary>
    public string FileName { get; }

    public bool DryRun { get; }

    /// <summary>The username of the account that started it.</summary>
    public string StartedBy { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The latest progress reported.</summary>
    public ImportProgress Progress => Volatile.Read(ref _progress);

    /// <summary>The report, once the import has finished; null while it runs or if it failed.</summary>
    public ImportReport? Outcome => _outcome;

    /// <summary>Why the import stopped without a report (the database failed, the app stopped); null otherwise.</summary>
    public string? Failure => _failure;

    public bool IsFinished => Interlocked.Read(ref _finishedTicks) != 0;

    /// <summary>When it finished, or null while it runs.</summary>
    public DateTimeOffset? FinishedAt => IsFinished ? new DateTimeOffset(Interlocked.Read(ref _finishedTicks), TimeSpan.Zero) : null;

    public void Report(ImportProgress value) => Volatile.Write(ref _progress, value);

    public void Finish(ImportReport report, DateTimeOffset at)
    {
        _outcome = report;
        Interlocked.Exchange(ref _finishedTicks, at.UtcTicks);
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        _failure = reason;
        Interlocked.Exchange(ref _finishedTicks, at.UtcTicks);
    }
}
