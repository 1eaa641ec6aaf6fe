using Omov.Data;

namespace Omov.Web.Register;

/// <summary>
/// Members per unit, counted at most once a minute: counting reads every member (1.6 s for
/// 600,000 on SQLite), and the organisation pages show the counts on every view. A member
/// import that writes clears them at once.
/// </summary>
internal sealed class UnitCounts(OmovDatabase database, TimeProvider time) : IDisposable
{
    /// <summary>How long a count is shown before it is counted again.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _counting = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>Members directly in each unit, by code, and when they were counted.</summary>
    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } fresh && time.GetUtcNow() - fresh.CountedAt < Fresh)
        {
            return fresh;
        }

        await _counting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_snapshot is { } counted && time.GetUtcNow() - counted.CountedAt < Fresh)
            {
                return counted;
            }

            var snapshot = new Snapshot(await database.Units.CountMembersAsync(cancellationToken).ConfigureAwait(false), time.GetUtcNow());
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _counting.Release();
        }
    }

    public void Dispose() => _counting.Dispose();

    /// <summary>Forgets the counts (the register changed).</summary>
    public void Clear() => _snapshot = null;

    /// <summary>Counts and when they were made.</summary>
    internal sealed record Snapshot(IReadOnlyDictionary<string, long> Counts, DateTimeOffset CountedAt);
}
