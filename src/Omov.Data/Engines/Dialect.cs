using System.Data.Common;
using Omov.Elections.Register;

namespace Omov.Data.Engines;

/// <summary>What differs between the engines: connections, how dates are stored, and the fast bulk path.</summary>
internal abstract class Dialect
{
    public abstract DatabaseEngine Engine { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Runs the migration scripts not yet applied.</summary>
    public abstract void Migrate();

    /// <summary>An instant as a parameter value (UTC).</summary>
    public abstract object Instant(DateTimeOffset? value);

    /// <summary>A calendar date as a parameter value.</summary>
    public abstract object Date(DateOnly? value);

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    /// <summary>Begins a transaction that will write (SQLite: takes the write lock at once).</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A statement run first in an audit append's transaction so that no other connection can
    /// append until it ends; null when beginning the transaction already does that (SQLite's
    /// <c>BEGIN IMMEDIATE</c>).
    /// </summary>
    public virtual string? AuditAppendLock => null;

    /// <summary>
    /// Appended to a SELECT inside a write transaction to lock the rows it reads until the commit
    /// (PostgreSQL: <c>FOR UPDATE</c>); empty where the write transaction already excludes every
    /// other writer (SQLite's <c>BEGIN IMMEDIATE</c>).
    /// </summary>
    public virtual string ForUpdate => string.Empty;

    /// <summary>Writes the voters of an approved roll into <c>roll_voters</c> by the engine's fastest path.</summary>
    public abstract Task InsertRollVotersAsync(DbConnection connection, DbTransaction transaction, long rollId, IEnumerable<Omov.Elections.Rolls.RollEntry> voters, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is a unique or primary key violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Readies a connection for a bulk load, before its transaction begins.</summary>
    public virtual Task BeforeBulkAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Upserts many members inside <paramref name="transaction"/> by the engine's fastest path;
    /// <paramref name="members"/> is enumerated once and never held whole.
    /// </summary>
    public abstract Task<long> BulkUpsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Member> members, CancellationToken cancellationToken);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Every caller passes constant SQL; values always go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
