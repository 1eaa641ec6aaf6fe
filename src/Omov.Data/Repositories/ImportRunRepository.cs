using Dapper;
using Omov.Data.Engines;

namespace Omov.Data.Repositories;

/// <summary>The record of imports.</summary>
public sealed class ImportRunRepository
{
    private readonly Dialect _dialect;

    internal ImportRunRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Records one import.</summary>
    public async Task AddAsync(ImportRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO import_runs (kind, source, started_at, finished_at, rows_read, rows_written, problems, outcome) "
            + "VALUES (@kind, @source, @started, @finished, @read, @written, @problems, @outcome)",
            new
            {
                kind = run.Kind,
                source = run.Source,
                started = _dialect.Instant(run.StartedAt),
                finished = _dialect.Instant(run.FinishedAt),
                read = run.RowsRead,
                written = run.RowsWritten,
                problems = run.Problems,
                outcome = run.Outcome,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>How many imports are recorded with <paramref name="outcome"/>.</summary>
    public async Task<long> CountAsync(string outcome, CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM import_runs WHERE outcome = @outcome", new { outcome }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
