using System.Data.Common;
using System.Globalization;
using Omov.Data.Engines;

namespace Omov.Data.Reissue;

/// <summary>
/// Reminder rounds (migration 0015, docs/reissue.md): scheduled with a due time, queued once.
/// Queuing itself is idempotent through the emails' keys (<c>reminder:EVENT:MEMBER:ROUND</c>), so
/// two schedulers racing on one round, or a run resumed after a crash, never remind anyone twice.
/// </summary>
public sealed class ReminderRoundRepository
{
    private readonly Dialect _dialect;

    internal ReminderRoundRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Adds the event's next round, due at <paramref name="dueAt"/>, and returns it.</summary>
    public async Task<ReminderRound> ScheduleAsync(Guid eventId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (_dialect.Engine == DatabaseEngine.Postgres)
        {
            // Two staff scheduling at once would otherwise both pick the same next number.
            await using var lockEvent = Dialect.Command(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@key, 15))");
            Dialect.Add(lockEvent, "@key", "reminders/" + eventId.ToString("D"));
            await lockEvent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int round;
        await using (var next = Dialect.Command(connection, transaction, "SELECT COALESCE(MAX(round), 0) + 1 FROM reminder_rounds WHERE event_id = @event"))
        {
            Dialect.Add(next, "@event", eventId.ToString("D"));
            round = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using (var insert = Dialect.Command(connection, transaction, "INSERT INTO reminder_rounds (event_id, round, due_at) VALUES (@event, @round, @due)"))
        {
            Dialect.Add(insert, "@event", eventId.ToString("D"));
            Dialect.Add(insert, "@round", round);
            Dialect.Add(insert, "@due", _dialect.Instant(dueAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ReminderRound(eventId, round, dueAt, null, null);
    }

    /// <summary>The event's rounds in order.</summary>
    public Task<IReadOnlyList<ReminderRound>> ListAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE event_id = @event ORDER BY round", command => Dialect.Add(command, "@event", eventId.ToString("D")), cancellationToken);

    /// <summary>Rounds of any event due at or before <paramref name="now"/> and not yet queued, oldest first.</summary>
    public Task<IReadOnlyList<ReminderRound>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE queued_at IS NULL AND due_at <= @now ORDER BY due_at, event_id, round", command => Dialect.Add(command, "@now", _dialect.Instant(now)), cancellationToken);

    /// <summary>Records that the round was queued, to <paramref name="queued"/> members. Only the first record counts.</summary>
    public async Task<bool> MarkQueuedAsync(Guid eventId, int round, DateTimeOffset at, long queued, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null,
            "UPDATE reminder_rounds SET queued_at = @at, queued = @queued WHERE event_id = @event AND round = @round AND queued_at IS NULL");
        Dialect.Add(update, "@at", _dialect.Instant(at));
        Dialect.Add(update, "@queued", queued);
        Dialect.Add(update, "@event", eventId.ToString("D"));
        Dialect.Add(update, "@round", round);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<ReminderRound>> ReadAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        var rounds = new List<ReminderRound>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT event_id, round, due_at, queued_at, queued FROM reminder_rounds " + where);
        bind(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rounds.Add(new ReminderRound(
                Guid.Parse(reader.GetString(0)),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                _dialect.ReadInstant(reader, 2),
                reader.IsDBNull(3) ? null : _dialect.ReadInstant(reader, 3),
                reader.IsDBNull(4) ? null : Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return rounds;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
