using System.Data.Common;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Elections.Messages;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Messages;

/// <summary>
/// Bulk messages (docs/messages.md). A status changes only by compare-and-set on the old status,
/// so two people (or two web nodes' due checks) acting on one message at once cannot both succeed.
/// </summary>
public sealed class MessageRepository
{
    private const string Columns = "id, subject, body, kind, segment, rules, description, local_party_code, status, created_by, created_at, send_at, queued_at, selected, queued, no_email, unsubscribed";

    private readonly Dialect _dialect;
    private readonly TimeProvider _time;

    internal MessageRepository(Dialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>Stores a new message (a draft, or scheduled when it has a send time).</summary>
    public async Task AddAsync(BulkMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Dialect.Command(connection, null, $"INSERT INTO messages ({Columns}) VALUES "
            + "(@id, @subject, @body, @kind, @segment, @rules, @description, @local_party_code, @status, @created_by, @created_at, @send_at, NULL, NULL, NULL, NULL, NULL)");
        Dialect.Add(insert, "@id", message.Id.ToString("D"));
        Dialect.Add(insert, "@subject", message.Subject);
        Dialect.Add(insert, "@body", message.Body);
        Dialect.Add(insert, "@kind", Name(message.Kind));
        Dialect.Add(insert, "@segment", JsonSerializer.Serialize(message.Segment, RulebookJson.Options));
        Dialect.Add(insert, "@rules", RulebookJson.Serialize(message.Rules));
        Dialect.Add(insert, "@description", message.Description);
        Dialect.Add(insert, "@local_party_code", message.LocalPartyCode);
        Dialect.Add(insert, "@status", Name(message.Status));
        Dialect.Add(insert, "@created_by", message.CreatedBy);
        Dialect.Add(insert, "@created_at", _dialect.Instant(message.CreatedAt));
        Dialect.Add(insert, "@send_at", _dialect.Instant(message.SendAt));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The message with <paramref name="id"/>, or null.</summary>
    public async Task<BulkMessage?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await SelectAsync("WHERE id = @id", id.ToString("D"), 1, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The latest messages first, at most <paramref name="limit"/>; only those of one local party when <paramref name="localPartyCode"/> is given.</summary>
    public Task<IReadOnlyList<BulkMessage>> ListAsync(string? localPartyCode = null, int limit = 200, CancellationToken cancellationToken = default) =>
        SelectAsync(localPartyCode is null ? "ORDER BY created_at DESC, id" : "WHERE local_party_code = @id ORDER BY created_at DESC, id", localPartyCode, limit, cancellationToken);

    /// <summary>Schedules a draft (or moves a scheduled message) to <paramref name="sendAt"/>; false when it is no longer a draft or scheduled.</summary>
    public async Task<bool> ScheduleAsync(Guid id, DateTimeOffset sendAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE messages SET status = 'scheduled', send_at = @send_at WHERE id = @id AND status IN ('draft', 'scheduled')");
        Dialect.Add(update, "@id", id.ToString("D"));
        Dialect.Add(update, "@send_at", _dialect.Instant(sendAt));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Cancels a draft or scheduled message; false once it is sending or queued.</summary>
    public async Task<bool> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE messages SET status = 'cancelled' WHERE id = @id AND status IN ('draft', 'scheduled')");
        Dialect.Add(update, "@id", id.ToString("D"));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Claims a message for queueing until <paramref name="leaseUntil"/>: a draft or scheduled
    /// message (sent now), or one whose earlier claim lapsed (its sender stopped). False when
    /// someone else holds it or it is queued or cancelled.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid id, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE messages SET status = 'sending', lease_until = @lease, send_at = COALESCE(send_at, @now) "
            + "WHERE id = @id AND (status IN ('draft', 'scheduled') OR (status = 'sending' AND lease_until < @now))");
        Dialect.Add(update, "@id", id.ToString("D"));
        Dialect.Add(update, "@lease", _dialect.Instant(leaseUntil));
        Dialect.Add(update, "@now", _dialect.Instant(_time.GetUtcNow()));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The messages due now: scheduled at or before now, or sending under a lapsed claim; oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> ListDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT id FROM messages WHERE (status = 'scheduled' AND send_at <= @now) "
            + "OR (status = 'sending' AND lease_until < @now) ORDER BY send_at, id");
        Dialect.Add(select, "@now", _dialect.Instant(_time.GetUtcNow()));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(Guid.ParseExact(reader.GetString(0), "D"));
        }

        return ids;
    }

    /// <summary>Marks a claimed message queued with its figures; false when it was not sending.</summary>
    public async Task<bool> MarkQueuedAsync(Guid id, MessageFigures figures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE messages SET status = 'queued', lease_until = NULL, queued_at = @now, "
            + "selected = @selected, queued = @queued, no_email = @no_email, unsubscribed = @unsubscribed WHERE id = @id AND status = 'sending'");
        Dialect.Add(update, "@id", id.ToString("D"));
        Dialect.Add(update, "@now", _dialect.Instant(_time.GetUtcNow()));
        Dialect.Add(update, "@selected", figures.Selected);
        Dialect.Add(update, "@queued", figures.Queued);
        Dialect.Add(update, "@no_email", figures.NoEmail);
        Dialect.Add(update, "@unsubscribed", figures.Unsubscribed);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public static string Name(MessageKind kind) => kind == MessageKind.Statutory ? "statutory" : "optional";

    public static string Name(MessageStatus status) => status.ToString().ToLowerInvariant();

    private async Task<IReadOnlyList<BulkMessage>> SelectAsync(string where, string? value, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM messages {where} LIMIT @limit");
        if (value is not null)
        {
            Dialect.Add(select, "@id", value);
        }

        Dialect.Add(select, "@limit", limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<BulkMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(Read(reader));
        }

        return messages;
    }

    private BulkMessage Read(DbDataReader reader)
    {
        var id = reader.GetString(0);
        var rules = RulebookJson.Load(reader.GetString(5));
        return new BulkMessage
        {
            Id = Guid.ParseExact(id, "D"),
            Subject = reader.GetString(1),
            Body = reader.GetString(2),
            Kind = reader.GetString(3) == "statutory" ? MessageKind.Statutory : MessageKind.Optional,
            Segment = JsonSerializer.Deserialize<Segment>(reader.GetString(4), RulebookJson.Options) ?? throw new InvalidDataException($"Message {id} has no segment."),
            Rules = rules.Rulebook ?? throw new InvalidDataException($"The stored rules of message {id} no longer load: {rules.Errors[0]}"),
            Description = reader.GetString(6),
            LocalPartyCode = reader.IsDBNull(7) ? null : reader.GetString(7),
            Status = Enum.Parse<MessageStatus>(reader.GetString(8), ignoreCase: true),
            CreatedBy = reader.GetString(9),
            CreatedAt = _dialect.ReadInstant(reader, 10),
            SendAt = reader.IsDBNull(11) ? null : _dialect.ReadInstant(reader, 11),
            QueuedAt = reader.IsDBNull(12) ? null : _dialect.ReadInstant(reader, 12),
            Figures = reader.IsDBNull(13) ? null : new MessageFigures(reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16)),
        };
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
