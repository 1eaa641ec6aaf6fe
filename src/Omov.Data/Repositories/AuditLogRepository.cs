using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Elections.Audit;

namespace Omov.Data.Repositories;

/// <summary>
/// The stored audit log (see <c>docs/audit-log.md</c>): entries are only ever appended, each one
/// chained to the last stored entry inside one transaction that keeps every other appender out
/// (PostgreSQL: a table lock; SQLite: <c>BEGIN IMMEDIATE</c>), so that two processes can never
/// both write the same sequence number. The table refuses updates and deletes.
/// </summary>
public sealed class AuditLogRepository
{
    private const string Columns = "sequence, timestamp, actor, action, subject, details, previous_hash, hash";

    private readonly Dialect _dialect;
    private readonly TimeProvider _time;

    internal AuditLogRepository(Dialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>
    /// Appends the next entry, timestamped now, after the last stored one, and returns it.
    /// Safe to call from many tasks and processes at once: each append waits its turn.
    /// </summary>
    /// <exception cref="ArgumentException">An empty actor or action, or a detail key that names a secret (see <see cref="AuditChain.Append"/>).</exception>
    public async Task<AuditEntry> AppendAsync(string actor, string action, string subject, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (_dialect.AuditAppendLock is { } lockSql)
        {
            await using var lockTable = Dialect.Command(connection, transaction, lockSql);
            await lockTable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        AuditEntry? last = null;
        await using (var select = Dialect.Command(connection, transaction, $"SELECT {Columns} FROM audit_entries ORDER BY sequence DESC LIMIT 1"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                last = Read(reader);
            }
        }

        var entry = new AuditChain(_time, last).Append(actor, action, subject, details);
        await using (var insert = Dialect.Command(connection, transaction, $"INSERT INTO audit_entries ({Columns}) VALUES (@sequence, @timestamp, @actor, @action, @subject, @details, @previous, @hash)"))
        {
            Dialect.Add(insert, "@sequence", entry.Sequence);
            Dialect.Add(insert, "@timestamp", AuditCanonicalForm.FormatTimestamp(entry.Timestamp));
            Dialect.Add(insert, "@actor", entry.Actor);
            Dialect.Add(insert, "@action", entry.Action);
            Dialect.Add(insert, "@subject", entry.Subject);
            Dialect.Add(insert, "@details", JsonSerializer.Serialize(entry.Details));
            Dialect.Add(insert, "@previous", entry.PreviousHash);
            Dialect.Add(insert, "@hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>Every entry in sequence order, read as it streams from the database (never held whole).</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM audit_entries ORDER BY sequence");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Read(reader);
        }
    }

    /// <summary>Up to <paramref name="count"/> entries before sequence <paramref name="before"/> (all when null), newest first: a page of the log.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadLatestAsync(int count, long? before = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM audit_entries WHERE sequence < @before ORDER BY sequence DESC LIMIT @count");
        Dialect.Add(select, "@before", before ?? long.MaxValue);
        Dialect.Add(select, "@count", count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>(Math.Min(count, 1_000));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    /// <summary>How many entries are stored.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = Dialect.Command(connection, null, "SELECT COUNT(*) FROM audit_entries");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes the whole log as the published JSON Lines export (<see cref="AuditLogFile"/>: one
    /// canonical line per entry, each ending in <c>\n</c>), streaming; returns how many entries.
    /// </summary>
    public async Task<long> ExportAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        long count = 0;
        await foreach (var entry in ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(AuditCanonicalForm.ExportLine(entry).AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static AuditEntry Read(DbDataReader reader) => new()
    {
        Sequence = reader.GetInt64(0),
        Timestamp = DateTimeOffset.ParseExact(reader.GetString(1), AuditCanonicalForm.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        Actor = reader.GetString(2),
        Action = reader.GetString(3),
        Subject = reader.GetString(4),
        Details = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
        PreviousHash = reader.GetString(6),
        Hash = reader.GetString(7),
    };
}
