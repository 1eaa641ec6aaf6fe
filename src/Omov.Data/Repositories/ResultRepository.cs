using System.Data.Common;
using System.Globalization;
using Omov.Data.Engines;
using Omov.Data.Results;

namespace Omov.Data.Repositories;

/// <summary>
/// The opening of each event's box and its results: one opening per event (a second is refused
/// by the key), the contests' results (provisional, then declared), and each contest's anonymised
/// ballots as BLT, written in the same transaction as the results and never before the opening.
/// Who may read what is decided by the services and pages, which show a provisional result to the
/// returning officer only.
/// </summary>
public sealed class ResultRepository
{
    private const string Columns = "contest_code, position, status, method, seats, electorate, ballots_cast, blank, spoilt, report, counted_at, declared_at";

    private readonly Dialect _dialect;

    internal ResultRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Stores the opening and every contest's provisional result and ballots; false when the box was opened already.</summary>
    public async Task<bool> SaveCountAsync(Guid eventId, StoredOpening opening, IReadOnlyList<(StoredContestResult Result, byte[] Blt)> contests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(contests);
        var id = eventId.ToString("D");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var insert = Dialect.Command(connection, transaction,
            "INSERT INTO box_openings (event_id, opened_at, opened_by, shares_used, ballots_in_box, ballots_rejected) VALUES (@event, @at, @by, @shares, @in_box, @rejected)"))
        {
            Dialect.Add(insert, "@event", id);
            Dialect.Add(insert, "@at", _dialect.Instant(opening.OpenedAt));
            Dialect.Add(insert, "@by", opening.OpenedBy);
            Dialect.Add(insert, "@shares", string.Join(",", opening.SharesUsed.Select(s => s.ToString(CultureInfo.InvariantCulture))));
            Dialect.Add(insert, "@in_box", opening.BallotsInBox);
            Dialect.Add(insert, "@rejected", opening.BallotsRejected);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
            {
                return false;
            }
        }

        foreach (var (result, blt) in contests)
        {
            await using (var insert = Dialect.Command(connection, transaction,
                "INSERT INTO contest_results (event_id, " + Columns + ") VALUES (@event, @contest, @position, @status, @method, @seats, @electorate, @cast, @blank, @spoilt, @report, @counted_at, NULL)"))
            {
                Dialect.Add(insert, "@event", id);
                Dialect.Add(insert, "@contest", result.ContestCode);
                Dialect.Add(insert, "@position", result.Position);
                Dialect.Add(insert, "@status", nameof(ResultStatus.Provisional));
                Dialect.Add(insert, "@method", result.Method);
                Dialect.Add(insert, "@seats", result.Seats);
                Dialect.Add(insert, "@electorate", result.Electorate);
                Dialect.Add(insert, "@cast", result.BallotsCast);
                Dialect.Add(insert, "@blank", result.Blank);
                Dialect.Add(insert, "@spoilt", result.Spoilt);
                Dialect.Add(insert, "@report", result.ReportJson);
                Dialect.Add(insert, "@counted_at", _dialect.Instant(result.CountedAt));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var insert = Dialect.Command(connection, transaction, "INSERT INTO opened_ballots (event_id, contest_code, blt) VALUES (@event, @contest, @blt)"))
            {
                Dialect.Add(insert, "@event", id);
                Dialect.Add(insert, "@contest", result.ContestCode);
                Dialect.Add(insert, "@blt", blt);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>How event <paramref name="eventId"/>'s box was opened, or null when it has not been.</summary>
    public async Task<StoredOpening?> GetOpeningAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT opened_at, opened_by, shares_used, ballots_in_box, ballots_rejected FROM box_openings WHERE event_id = @event");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var shares = reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return new StoredOpening(_dialect.ReadInstant(reader, 0), reader.GetString(1), shares, reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <summary>Every contest result of event <paramref name="eventId"/>, in ballot order, whatever its status.</summary>
    public async Task<IReadOnlyList<StoredContestResult>> ListAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT " + Columns + " FROM contest_results WHERE event_id = @event ORDER BY position");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<StoredContestResult>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(new StoredContestResult
            {
                ContestCode = reader.GetString(0),
                Position = reader.GetInt32(1),
                Status = Enum.Parse<ResultStatus>(reader.GetString(2)),
                Method = reader.GetString(3),
                Seats = reader.GetInt32(4),
                Electorate = reader.GetInt64(5),
                BallotsCast = reader.GetInt64(6),
                Blank = reader.GetInt64(7),
                Spoilt = reader.GetInt64(8),
                ReportJson = reader.GetString(9),
                CountedAt = _dialect.ReadInstant(reader, 10),
                DeclaredAt = reader.IsDBNull(11) ? null : _dialect.ReadInstant(reader, 11),
            });
        }

        return results;
    }

    /// <summary>Contest <paramref name="contestCode"/>'s anonymised ballots as BLT, or null.</summary>
    public async Task<byte[]?> GetBltAsync(Guid eventId, string contestCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contestCode);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT blt FROM opened_ballots WHERE event_id = @event AND contest_code = @contest");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        Dialect.Add(select, "@contest", contestCode);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    /// <summary>Declares every provisional result of event <paramref name="eventId"/>; the number declared.</summary>
    public async Task<int> DeclareAsync(Guid eventId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE contest_results SET status = @declared, declared_at = @at WHERE event_id = @event AND status = @provisional");
        Dialect.Add(update, "@event", eventId.ToString("D"));
        Dialect.Add(update, "@declared", nameof(ResultStatus.Declared));
        Dialect.Add(update, "@provisional", nameof(ResultStatus.Provisional));
        Dialect.Add(update, "@at", _dialect.Instant(at));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
