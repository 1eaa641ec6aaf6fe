using System.Data.Common;
using Omov.Data.Engines;
using Omov.Data.Outbox;
using Omov.Data.Repositories;

namespace Omov.Data;

/// <summary>
/// Omov's database on either engine. <c>OpenAsync</c> brings the schema up to date (creating
/// a SQLite file on first use), so a caller never meets an old schema.
/// </summary>
public sealed class OmovDatabase : IDisposable
{
    private OmovDatabase(Dialect dialect, TimeProvider time)
    {
        Dialect = dialect;
        AuditLog = new AuditLogRepository(dialect, time);
        StaffAccounts = new StaffAccountRepository(dialect);
        Units = new OrganisationUnitRepository(dialect);
        Members = new MemberRepository(dialect);
        ImportRuns = new ImportRunRepository(dialect);
        EmailOutbox = new EmailOutboxRepository(dialect, time);
    }

    /// <summary>Which engine this is.</summary>
    public DatabaseEngine Engine => Dialect.Engine;

    /// <summary>Organisation units.</summary>
    public OrganisationUnitRepository Units { get; }

    /// <summary>Members.</summary>
    public MemberRepository Members { get; }

    /// <summary>The record of imports.</summary>
    public ImportRunRepository ImportRuns { get; }

    /// <summary>The hash-chained audit log.</summary>
    public AuditLogRepository AuditLog { get; }

    /// <summary>Staff accounts.</summary>
    public StaffAccountRepository StaffAccounts { get; }

    /// <summary>The durable email outbox.</summary>
    public EmailOutboxRepository EmailOutbox { get; }

    internal Dialect Dialect { get; }

    /// <summary>
    /// Which engine <paramref name="connection"/> names: PostgreSQL for a connection string with
    /// <c>Host=</c>, otherwise SQLite (a file path or a <c>Data Source=</c> string).
    /// </summary>
    public static DatabaseEngine EngineOf(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;
    }

    /// <summary>Opens the database <paramref name="connection"/> names and runs any migrations it lacks.</summary>
    public static Task<OmovDatabase> OpenAsync(string connection, CancellationToken cancellationToken = default) =>
        OpenAsync(connection, TimeProvider.System, cancellationToken);

    /// <summary>Opens the database, timestamping audit entries by <paramref name="time"/>.</summary>
    public static async Task<OmovDatabase> OpenAsync(string connection, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        Dialect dialect = EngineOf(connection) == DatabaseEngine.Postgres
            ? new PostgresDialect(connection)
            : new SqliteDialect(connection.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? connection : "Data Source=" + connection);
        // DbUp is synchronous; run it off the caller's thread.
        await Task.Run(dialect.Migrate, cancellationToken).ConfigureAwait(false);
        return new OmovDatabase(dialect, time);
    }

    /// <summary>An open connection, for callers composing their own transaction.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public void Dispose() => (Dialect as IDisposable)?.Dispose();
}
