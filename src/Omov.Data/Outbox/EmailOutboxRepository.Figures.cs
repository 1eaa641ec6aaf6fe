using System.Data.Common;
using System.Runtime.CompilerServices;
using Omov.Data.Engines;

namespace Omov.Data.Outbox;

public sealed partial class EmailOutboxRepository
{
    /// <summary>How many messages are in each status, in the whole outbox or one batch.</summary>
    public async Task<OutboxCounts> CountAsync(string? batchId = null, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<OutboxStatus, long>();
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT status, COUNT(*) FROM email_outbox" + (batchId is null ? string.Empty : " WHERE batch_id = @batch") + " GROUP BY status");
        Dialect.Add(select, "@batch", batchId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[OutboxStatusNames.Parse(reader.GetString(0))] = reader.GetInt64(1);
        }

        long Of(OutboxStatus status) => counts.GetValueOrDefault(status);
        return new OutboxCounts(Of(OutboxStatus.Queued), Of(OutboxStatus.Sending), Of(OutboxStatus.Sent), Of(OutboxStatus.Deferred), Of(OutboxStatus.Bounced), Of(OutboxStatus.Failed));
    }

    /// <summary>The delivery state of the message with <paramref name="idempotencyKey"/>, or null.</summary>
    public async Task<OutboxEntry?> GetAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT idempotency_key, message_id, kind, batch_id, member_number, status, attempts, next_attempt_at, last_response, sent_at, "
            + "CASE WHEN merge_values IS NULL AND subject IS NULL AND text_body IS NULL AND html_body IS NULL THEN 0 ELSE 1 END "
            + "FROM email_outbox WHERE idempotency_key = @key");
        Dialect.Add(select, "@key", idempotencyKey);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new OutboxEntry
        {
            IdempotencyKey = reader.GetString(0),
            MessageId = reader.GetString(1),
            Kind = reader.GetString(2),
            BatchId = NullableString(reader, 3),
            MemberNumber = NullableString(reader, 4),
            Status = OutboxStatusNames.Parse(reader.GetString(5)),
            Attempts = reader.GetInt32(6),
            NextAttemptAt = _dialect.ReadInstant(reader, 7),
            LastResponse = NullableString(reader, 8),
            SentAt = reader.IsDBNull(9) ? null : _dialect.ReadInstant(reader, 9),
            HasContent = reader.GetInt32(10) == 1,
        };
    }

    /// <summary>Messages refused for good, oldest first, in the whole outbox or one batch: the members to offer a postal reissue.</summary>
    public async IAsyncEnumerable<BouncedMessage> ListBouncedAsync(string? batchId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT member_number, kind, batch_id, idempotency_key, last_response, updated_at FROM email_outbox WHERE status = 'bounced'"
            + (batchId is null ? string.Empty : " AND batch_id = @batch") + " ORDER BY updated_at, id");
        Dialect.Add(select, "@batch", batchId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new BouncedMessage(NullableString(reader, 0), reader.GetString(1), NullableString(reader, 2), reader.GetString(3), NullableString(reader, 4), _dialect.ReadInstant(reader, 5));
        }
    }

    /// <summary>
    /// When the next message becomes claimable (a deferred message's next attempt, or a lapsed
    /// lease), or null when none is waiting. A time in the past means one is due now.
    /// </summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        DateTimeOffset? next = null;
        foreach (var sql in new[]
        {
            "SELECT next_attempt_at FROM email_outbox WHERE status IN ('queued', 'deferred') ORDER BY next_attempt_at LIMIT 1",
            "SELECT lease_until FROM email_outbox WHERE status = 'sending' ORDER BY lease_until LIMIT 1",
        })
        {
            await using var select = Dialect.Command(connection, null, sql);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var at = _dialect.ReadInstant(reader, 0);
                next = next is null || at < next ? at : next;
            }
        }

        return next;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
