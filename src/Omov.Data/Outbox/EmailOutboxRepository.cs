using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Omov.Data.Engines;

namespace Omov.Data.Outbox;

/// <summary>
/// The durable email outbox (see <c>docs/email-delivery.md</c>). Messages are queued in bulk,
/// claimed in batches under a lease by any number of senders (PostgreSQL: <c>FOR UPDATE SKIP
/// LOCKED</c>; SQLite: one claimer at a time under <c>BEGIN IMMEDIATE</c>), and marked with their
/// outcome only by the sender that holds the lease.
/// </summary>
public sealed partial class EmailOutboxRepository
{
    private const string InsertColumns = "idempotency_key, message_id, kind, batch_id, member_number, recipient, language, template, merge_values, "
        + "subject, text_body, html_body, status, attempts, next_attempt_at, created_at, updated_at, cancel_if_voted_in";

    private static readonly NpgsqlDbType[] s_copyTypes =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text,
    ];

    private readonly Dialect _dialect;
    private readonly TimeProvider _time;

    internal EmailOutboxRepository(Dialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>Queues one message; see <see cref="EnqueueAsync(IEnumerable{OutboxMessage}, CancellationToken)"/>.</summary>
    public Task<EnqueueResult> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        EnqueueAsync([message], cancellationToken);

    /// <summary>
    /// Queues <paramref name="messages"/> in one transaction, due now, each with a new
    /// Message-ID. A message whose idempotency key is already in the outbox (in any status) is
    /// skipped, so a repeated or resumed enqueue never queues a member's message twice.
    /// <paramref name="messages"/> is enumerated once and never held whole.
    /// </summary>
    /// <exception cref="ArgumentException">A message without a key, recipient or content.</exception>
    public async Task<EnqueueResult> EnqueueAsync(IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.BeforeBulkAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var (total, added) = _dialect.Engine == DatabaseEngine.Postgres
            ? await CopyAsync((NpgsqlConnection)connection, transaction, messages, now, cancellationToken).ConfigureAwait(false)
            : InsertEach(connection, transaction, messages, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new EnqueueResult(added, total - added);
    }

    /// <summary>
    /// Queues <paramref name="messages"/> inside the caller's transaction (same rules as
    /// <see cref="EnqueueAsync(IEnumerable{OutboxMessage}, CancellationToken)"/>), so a message
    /// carrying a voting code commits together with the code's hash or not at all. May be called
    /// more than once in one transaction.
    /// </summary>
    public async Task<EnqueueResult> EnqueueAsync(DbConnection connection, DbTransaction transaction, IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(messages);
        var now = _time.GetUtcNow();
        var (total, added) = _dialect.Engine == DatabaseEngine.Postgres
            ? await CopyAsync((NpgsqlConnection)connection, transaction, messages, now, cancellationToken).ConfigureAwait(false)
            : InsertEach(connection, transaction, messages, now, cancellationToken);
        return new EnqueueResult(added, total - added);
    }

    private void Fill(OutboxMessage message, DateTimeOffset now, object?[] values)
    {
        message.Validate();
        values[0] = message.IdempotencyKey;
        // Version 7: time-ordered (so the unique index grows at its end) with 74 random bits.
        values[1] = Guid.CreateVersion7().ToString("N");
        values[2] = message.Kind;
        values[3] = message.BatchId;
        values[4] = message.MemberNumber;
        values[5] = message.Recipient;
        values[6] = message.Language;
        values[7] = message.Template;
        values[8] = MergeValuesJson.Write(message.MergeValues);
        values[9] = message.Subject;
        values[10] = message.TextBody;
        values[11] = message.HtmlBody;
        values[12] = OutboxStatusNames.Of(OutboxStatus.Queued);
        values[13] = 0;
        values[14] = _dialect.Instant(now);
        values[15] = _dialect.Instant(now);
        values[16] = _dialect.Instant(now);
        values[17] = message.CancelIfVotedIn?.ToString("D");
    }

    // SQLite: one prepared statement run per row, synchronously (no asynchronous I/O to gain).
    private (long Total, long Added) InsertEach(DbConnection connection, DbTransaction transaction, IEnumerable<OutboxMessage> messages, DateTimeOffset now, CancellationToken cancellationToken, bool prepare = true)
    {
        var names = InsertColumns.Split(", ");
        using var insert = Dialect.Command(connection, transaction,
            $"INSERT INTO email_outbox ({InsertColumns}) VALUES ({string.Join(", ", names.Select(n => "@" + n))}) ON CONFLICT (idempotency_key) DO NOTHING");
        var parameters = new DbParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = insert.CreateParameter();
            parameters[i].ParameterName = "@" + names[i];
            insert.Parameters.Add(parameters[i]);
        }

        // Npgsql cannot prepare before the parameters have values; a few messages gain nothing from it.
        if (prepare)
        {
            insert.Prepare();
        }

        var values = new object?[names.Length];
        long total = 0, added = 0;
        foreach (var message in messages)
        {
            Fill(message, now, values);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            added += insert.ExecuteNonQuery();
            total++;
            if ((total & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return (total, added);
    }

    // PostgreSQL: a binary COPY into a temporary table, then one INSERT … ON CONFLICT DO NOTHING.
    // The table is dropped first in case an earlier enqueue in the same transaction made it.
    private async Task<(long Total, long Added)> CopyAsync(NpgsqlConnection connection, DbTransaction transaction, IEnumerable<OutboxMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var create = Dialect.Command(connection, transaction, $"DROP TABLE IF EXISTS pg_temp.outbox_load; CREATE TEMP TABLE outbox_load ON COMMIT DROP AS SELECT {InsertColumns} FROM email_outbox WITH NO DATA"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long total = 0;
        var values = new object?[s_copyTypes.Length];
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY outbox_load ({InsertColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var message in messages)
            {
                Fill(message, now, values);
                // Synchronous writes only fill a buffer; a Task per field costs more than the I/O.
                writer.StartRow();
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is null or DBNull)
                    {
                        writer.WriteNull();
                    }
                    else
                    {
                        writer.Write(values[i], s_copyTypes[i]);
                    }
                }

                total++;
                if ((total & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = Dialect.Command(connection, transaction,
            $"INSERT INTO email_outbox ({InsertColumns}) SELECT {InsertColumns} FROM outbox_load ON CONFLICT (idempotency_key) DO NOTHING");
        insert.CommandTimeout = 0;
        long added = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return (total, added);
    }
}
