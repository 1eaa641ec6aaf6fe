using System.Data.Common;
using Omov.Data.Engines;
using Omov.Data.Results;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Data.Repositories;

/// <summary>
/// Key ceremonies: each event's public ceremony record, and the share files waiting for their
/// scrutineers. The server never holds a share in the clear or the private key; a share file
/// (locked by its holder's passphrase) stays only until its holder downloads it, once.
/// </summary>
public sealed class KeyCeremonyRepository
{
    private readonly Dialect _dialect;

    internal KeyCeremonyRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Stores event <paramref name="eventId"/>'s ceremony, replacing an earlier one and its uncollected files.</summary>
    public async Task SaveAsync(Guid eventId, KeyCeremonyRecord record, IReadOnlyList<ShareHandover> handovers, string heldBy, DateTimeOffset heldAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(handovers);
        ArgumentException.ThrowIfNullOrWhiteSpace(heldBy);
        var id = eventId.ToString("D");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var sql in new[] { "DELETE FROM key_share_handovers WHERE event_id = @event", "DELETE FROM key_ceremonies WHERE event_id = @event" })
        {
            await using var delete = Dialect.Command(connection, transaction, sql);
            Dialect.Add(delete, "@event", id);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var insert = Dialect.Command(connection, transaction,
            "INSERT INTO key_ceremonies (event_id, key_id, shares, threshold, record, held_by, held_at) VALUES (@event, @key, @shares, @threshold, @record, @by, @at)"))
        {
            Dialect.Add(insert, "@event", id);
            Dialect.Add(insert, "@key", record.PublicKey.KeyId);
            Dialect.Add(insert, "@shares", record.Count);
            Dialect.Add(insert, "@threshold", record.Threshold);
            Dialect.Add(insert, "@record", KeyCeremonyRecordJson.Write(record));
            Dialect.Add(insert, "@by", heldBy);
            Dialect.Add(insert, "@at", _dialect.Instant(heldAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var handover in handovers)
        {
            await using var insert = Dialect.Command(connection, transaction,
                "INSERT INTO key_share_handovers (event_id, share_index, holder_username, share_file) VALUES (@event, @index, @holder, @file)");
            Dialect.Add(insert, "@event", id);
            Dialect.Add(insert, "@index", handover.Index);
            Dialect.Add(insert, "@holder", handover.HolderUsername);
            Dialect.Add(insert, "@file", handover.ShareFileText);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Event <paramref name="eventId"/>'s ceremony, or null when none has been held.</summary>
    public async Task<StoredCeremony?> GetAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var id = eventId.ToString("D");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        KeyCeremonyRecord record;
        string heldBy;
        DateTimeOffset heldAt;
        await using (var select = Dialect.Command(connection, null, "SELECT record, held_by, held_at FROM key_ceremonies WHERE event_id = @event"))
        {
            Dialect.Add(select, "@event", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var read = KeyCeremonyRecordJson.Read(reader.GetString(0));
            record = read.Record ?? throw new InvalidDataException($"The stored key ceremony of event {id} does not read: {read.Error}");
            heldBy = reader.GetString(1);
            heldAt = _dialect.ReadInstant(reader, 2);
        }

        var uncollected = new Dictionary<int, string>();
        await using (var select = Dialect.Command(connection, null, "SELECT share_index, holder_username FROM key_share_handovers WHERE event_id = @event ORDER BY share_index"))
        {
            Dialect.Add(select, "@event", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                uncollected[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        return new StoredCeremony { Record = record, HeldBy = heldBy, HeldAt = heldAt, Uncollected = uncollected };
    }

    /// <summary>The events whose share files wait for <paramref name="username"/>, with the share numbers.</summary>
    public async Task<IReadOnlyList<(Guid EventId, int Index)>> UncollectedForAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(username);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT event_id, share_index FROM key_share_handovers WHERE holder_username = @holder ORDER BY event_id, share_index");
        Dialect.Add(select, "@holder", username);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<(Guid, int)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((Guid.ParseExact(reader.GetString(0), "D"), reader.GetInt32(1)));
        }

        return found;
    }

    /// <summary>
    /// Hands share <paramref name="index"/> of event <paramref name="eventId"/> to <paramref name="username"/>
    /// and deletes the server's copy in the same statement; null when it is not theirs or was collected already.
    /// </summary>
    public async Task<ShareHandover?> TakeAsync(Guid eventId, int index, string username, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(username);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = Dialect.Command(connection, null,
            "DELETE FROM key_share_handovers WHERE event_id = @event AND share_index = @index AND holder_username = @holder RETURNING share_file");
        Dialect.Add(delete, "@event", eventId.ToString("D"));
        Dialect.Add(delete, "@index", index);
        Dialect.Add(delete, "@holder", username);
        return await delete.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text ? new ShareHandover(index, username, text) : null;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
