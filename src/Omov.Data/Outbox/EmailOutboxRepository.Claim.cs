using System.Data.Common;
using Omov.Data.Engines;

namespace Omov.Data.Outbox;

public sealed partial class EmailOutboxRepository
{
    /// <summary>The last response of a message withdrawn because its member voted before it was sent.</summary>
    public const string WithdrawnResponse = "withdrawn: the member voted before it was sent";

    private const string ClaimedColumns = "id, message_id, kind, batch_id, member_number, recipient, language, template, merge_values, subject, text_body, html_body, attempts, lease_until";

    // First messages whose lease has lapsed (their sender stopped mid-batch), then due ones in
    // the order they became due. Each is a separate statement so each uses its partial index.
    private const string ExpiredLeases = "SELECT id FROM email_outbox WHERE status = 'sending' AND lease_until < @now ORDER BY lease_until LIMIT @limit";
    private const string DueMessages = "SELECT id FROM email_outbox WHERE status IN ('queued', 'deferred') AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit";

    /// <summary>
    /// Claims up to <paramref name="limit"/> messages for <paramref name="owner"/> until now +
    /// <paramref name="lease"/>: due queued or deferred ones, and ones whose previous sender's
    /// lease has lapsed. Each claimed message is 'sending' and its attempts count this attempt.
    /// Two claimers never get the same message while its lease holds (PostgreSQL skips rows
    /// another claim has locked; SQLite lets one claim run at a time).
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(string owner, int limit, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        var claimed = new List<ClaimedMessage>(limit);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var skipLocked = _dialect.Engine == DatabaseEngine.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        // Withdrawn reminders leave gaps in the batch: claim again to fill them, so a batch comes
        // back empty only when nothing sendable is due (a sender stops on an empty batch).
        while (claimed.Count < limit)
        {
            var before = claimed.Count;
            foreach (var select in new[] { ExpiredLeases, DueMessages })
            {
                if (claimed.Count == limit)
                {
                    break;
                }

                await using var update = Dialect.Command(connection, transaction,
                    "UPDATE email_outbox SET status = 'sending', attempts = attempts + 1, lease_owner = @owner, lease_until = @until, updated_at = @now "
                    + $"WHERE id IN ({select}{skipLocked}) RETURNING {ClaimedColumns}");
                Dialect.Add(update, "@owner", owner);
                Dialect.Add(update, "@until", _dialect.Instant(now + lease));
                Dialect.Add(update, "@now", _dialect.Instant(now));
                Dialect.Add(update, "@limit", limit - claimed.Count);
                await using var reader = await update.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    claimed.Add(ReadClaimed(reader));
                }
            }

            if (claimed.Count == before)
            {
                break;
            }

            var withdrawn = await WithdrawForVotersAsync(connection, transaction, owner, now, now + lease, cancellationToken).ConfigureAwait(false);
            if (claimed.RemoveAll(m => withdrawn.Contains(m.Id)) == 0)
            {
                break;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
        return claimed;
    }

    /// <summary>
    /// Records what became of claimed messages, in one transaction. Only a message still
    /// 'sending' under <paramref name="owner"/>'s lease is changed: a sender whose lease lapsed
    /// and whose message was taken by another cannot overwrite the other's result. A final
    /// status erases the content (it may hold a voting code). Returns how many were changed.
    /// </summary>
    public async Task<int> MarkAsync(string owner, IReadOnlyList<OutboxOutcome> outcomes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return 0;
        }

        var now = _time.GetUtcNow();
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One outcome is one statement, atomic on its own: no BEGIN and COMMIT, which on
        // PostgreSQL are two more round trips for every message sent.
        await using var transaction = outcomes.Count > 1 ? await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false) : null;
        var changed = 0;
        foreach (var outcome in outcomes)
        {
            ArgumentNullException.ThrowIfNull(outcome);
            if (outcome.Status is OutboxStatus.Queued or OutboxStatus.Sending)
            {
                throw new ArgumentException($"message {outcome.Id}: an outcome is sent, deferred, bounced or failed (use ReleaseAsync to give a message back)", nameof(outcomes));
            }

            if (outcome.Status == OutboxStatus.Deferred && outcome.NextAttemptAt is null)
            {
                throw new ArgumentException($"message {outcome.Id}: a deferred message needs its next attempt time", nameof(outcomes));
            }

            var final = OutboxStatusNames.IsFinal(outcome.Status);
            await using var update = Dialect.Command(connection, transaction,
                "UPDATE email_outbox SET status = @status, last_response = @response, lease_owner = NULL, lease_until = NULL, updated_at = @now, "
                + "next_attempt_at = COALESCE(@next, next_attempt_at), sent_at = @sent"
                + (final ? ", merge_values = NULL, subject = NULL, text_body = NULL, html_body = NULL" : string.Empty)
                + " WHERE id = @id AND status = 'sending' AND lease_owner = @owner");
            Dialect.Add(update, "@status", OutboxStatusNames.Of(outcome.Status));
            Dialect.Add(update, "@response", Truncate(outcome.Response));
            Dialect.Add(update, "@now", _dialect.Instant(now));
            Dialect.Add(update, "@next", _dialect.Instant(outcome.NextAttemptAt));
            Dialect.Add(update, "@sent", _dialect.Instant(outcome.Status == OutboxStatus.Sent ? now : null));
            Dialect.Add(update, "@id", outcome.Id);
            Dialect.Add(update, "@owner", owner);
            changed += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>
    /// Gives back claimed messages that were never tried (the sender is stopping, or lost its
    /// connection before reaching them): they are due again at once and this claim's attempt is
    /// not counted. Only messages still under <paramref name="owner"/>'s lease are changed.
    /// </summary>
    public async Task<int> ReleaseAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        var now = _time.GetUtcNow();
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var id in ids)
        {
            await using var update = Dialect.Command(connection, transaction,
                "UPDATE email_outbox SET status = CASE WHEN attempts <= 1 THEN 'queued' ELSE 'deferred' END, attempts = attempts - 1, "
                + "lease_owner = NULL, lease_until = NULL, updated_at = @now WHERE id = @id AND status = 'sending' AND lease_owner = @owner");
            Dialect.Add(update, "@now", _dialect.Instant(now));
            Dialect.Add(update, "@id", id);
            Dialect.Add(update, "@owner", owner);
            changed += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// Of the messages just claimed (this owner, this lease), withdraws those whose member has
    /// voted in the event named by cancel_if_voted_in (reminders): final status failed with a
    /// "withdrawn" response, content erased, attempt not counted. Read inside the claim, so a
    /// vote recorded before the claim always stops the message; only a vote in the seconds
    /// between this claim and the SMTP hand-over can miss it (docs/reissue.md).
    /// </summary>
    private async Task<HashSet<long>> WithdrawForVotersAsync(DbConnection connection, DbTransaction transaction, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var withdrawn = new HashSet<long>();
        await using var update = Dialect.Command(connection, transaction,
            "UPDATE email_outbox SET status = 'failed', attempts = attempts - 1, last_response = @why, lease_owner = NULL, lease_until = NULL, updated_at = @now, "
            + "merge_values = NULL, subject = NULL, text_body = NULL, html_body = NULL "
            + "WHERE status = 'sending' AND lease_until = @until AND lease_owner = @owner AND cancel_if_voted_in IS NOT NULL "
            + "AND EXISTS (SELECT 1 FROM event_voters v WHERE v.event_id = email_outbox.cancel_if_voted_in "
            + "AND v.membership_number = email_outbox.member_number AND v.voted IS NOT NULL) RETURNING id");
        Dialect.Add(update, "@why", WithdrawnResponse);
        Dialect.Add(update, "@now", _dialect.Instant(now));
        Dialect.Add(update, "@until", _dialect.Instant(until));
        Dialect.Add(update, "@owner", owner);
        await using var reader = await update.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            withdrawn.Add(reader.GetInt64(0));
        }

        return withdrawn;
    }

    // An SMTP reply can be long (some servers append a whole policy text); the code and the
    // first few hundred characters are what an operator needs.
    private static string? Truncate(string? response) =>
        response is { Length: > 500 } ? response[..500] : response;

    private ClaimedMessage ReadClaimed(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        MessageId = reader.GetString(1),
        Kind = reader.GetString(2),
        BatchId = reader.IsDBNull(3) ? null : reader.GetString(3),
        MemberNumber = reader.IsDBNull(4) ? null : reader.GetString(4),
        Recipient = reader.GetString(5),
        Language = reader.GetString(6),
        Template = reader.IsDBNull(7) ? null : reader.GetString(7),
        MergeValues = MergeValuesJson.Read(reader.IsDBNull(8) ? null : reader.GetString(8)),
        Subject = reader.IsDBNull(9) ? null : reader.GetString(9),
        TextBody = reader.IsDBNull(10) ? null : reader.GetString(10),
        HtmlBody = reader.IsDBNull(11) ? null : reader.GetString(11),
        Attempts = reader.GetInt32(12),
        LeaseUntil = _dialect.ReadInstant(reader, 13),
    };
}
