using System.Data.Common;
using System.Globalization;
using Omov.Data.Engines;

namespace Omov.Data.Reissue;

/// <summary>
/// The self-service reissue requests (for the per-membership-number limit) and the queue of
/// postal reissues waiting to be printed (migration 0015, docs/reissue.md).
/// </summary>
public sealed class ReissueRepository
{
    private readonly Dialect _dialect;

    internal ReissueRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>
    /// Records a self-service request for <paramref name="membershipNumber"/> (as typed) and
    /// returns its id and how many requests for that number in the event, this one included, fall
    /// within <paramref name="window"/> before <paramref name="at"/>. Concurrent requests for one number
    /// are counted one after the other (SQLite's write lock; a PostgreSQL advisory lock on the
    /// number), so a burst cannot all see a count under the limit.
    /// </summary>
    public async Task<RecordedRequest> RecordRequestAsync(Guid eventId, string membershipNumber, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (_dialect.Engine == DatabaseEngine.Postgres)
        {
            await using var lockNumber = Dialect.Command(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@key, 15))");
            Dialect.Add(lockNumber, "@key", eventId.ToString("D") + "/" + membershipNumber);
            await lockNumber.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long id;
        await using (var insert = Dialect.Command(connection, transaction,
            "INSERT INTO reissue_requests (event_id, membership_number, requested_at) VALUES (@event, @member, @at) RETURNING id"))
        {
            Dialect.Add(insert, "@event", eventId.ToString("D"));
            Dialect.Add(insert, "@member", membershipNumber);
            Dialect.Add(insert, "@at", _dialect.Instant(at));
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        int count;
        await using (var select = Dialect.Command(connection, transaction,
            "SELECT COUNT(*) FROM reissue_requests WHERE event_id = @event AND membership_number = @member AND requested_at > @since AND requested_at <= @at"))
        {
            Dialect.Add(select, "@event", eventId.ToString("D"));
            Dialect.Add(select, "@member", membershipNumber);
            Dialect.Add(select, "@since", _dialect.Instant(at - window));
            Dialect.Add(select, "@at", _dialect.Instant(at));
            count = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RecordedRequest(id, count);
    }

    /// <summary>Records what came of request <paramref name="id"/>: <c>email</c>, <c>post</c> or <c>none</c>.</summary>
    public async Task SetOutcomeAsync(long id, string outcome, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE reissue_requests SET outcome = @outcome WHERE id = @id");
        Dialect.Add(update, "@outcome", outcome);
        Dialect.Add(update, "@id", id);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The outcomes of the self-service requests for <paramref name="membershipNumber"/> in the event, oldest first (for staff).</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, string? Outcome)>> ListRequestsAsync(Guid eventId, string membershipNumber, CancellationToken cancellationToken = default)
    {
        var list = new List<(DateTimeOffset, string?)>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT requested_at, outcome FROM reissue_requests WHERE event_id = @event AND membership_number = @member ORDER BY requested_at, id");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        Dialect.Add(select, "@member", membershipNumber);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add((_dialect.ReadInstant(reader, 0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return list;
    }

    /// <summary>
    /// Queues a postal replacement for the member inside the caller's transaction (the one that
    /// made the new code current). The code is held only until <see cref="MarkPrintedAsync"/>.
    /// </summary>
    public async Task QueuePostalAsync(DbConnection connection, DbTransaction transaction, Guid eventId, string membershipNumber, string votingCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(votingCode);
        await using var insert = Dialect.Command(connection, transaction,
            "INSERT INTO postal_reissues (event_id, membership_number, voting_code, requested_at) VALUES (@event, @member, @code, @at)");
        Dialect.Add(insert, "@event", eventId.ToString("D"));
        Dialect.Add(insert, "@member", membershipNumber);
        Dialect.Add(insert, "@code", votingCode);
        Dialect.Add(insert, "@at", _dialect.Instant(at));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The postal replacements of the event not yet printed, oldest first.</summary>
    public async Task<IReadOnlyList<PendingPostalReissue>> ListPendingPostalAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var pending = new List<PendingPostalReissue>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT id, membership_number, voting_code, requested_at FROM postal_reissues WHERE event_id = @event AND printed_at IS NULL ORDER BY id");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pending.Add(new PendingPostalReissue(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), _dialect.ReadInstant(reader, 3)));
        }

        return pending;
    }

    /// <summary>Marks postal replacements as printed and erases their codes. Returns how many changed.</summary>
    public async Task<int> MarkPrintedAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var id in ids)
        {
            await using var update = Dialect.Command(connection, transaction,
                "UPDATE postal_reissues SET printed_at = @at, voting_code = NULL WHERE id = @id AND printed_at IS NULL");
            Dialect.Add(update, "@at", _dialect.Instant(at));
            Dialect.Add(update, "@id", id);
            changed += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
