using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Omov.Data.Engines;
using Omov.Elections.Events;

namespace Omov.Data.Repositories;

/// <summary>
/// Ballot events. The definition (contests, candidates, timetable) may be replaced only while
/// the event is a draft; the status changes only by <see cref="ChangeStatusAsync"/>, a
/// compare-and-set on the old status, so two people moving an event at once cannot both succeed.
/// </summary>
public sealed class BallotEventRepository
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly Dialect _dialect;
    private readonly TimeProvider _time;

    internal BallotEventRepository(Dialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>Adds a new draft event; false when its code (or id) is taken.</summary>
    public async Task<bool> AddAsync(BallotEvent ballotEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Dialect.Command(connection, null, "INSERT INTO ballot_events (id, code, title, status, closes_at, definition, created_at, updated_at) "
            + "VALUES (@id, @code, @title, @status, @closes_at, @definition, @now, @now)");
        Bind(insert, ballotEvent);
        Dialect.Add(insert, "@status", ballotEvent.Status.ToString());
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>Replaces a draft's definition (title, contests, timetable); false when the event is not a draft (or is missing).</summary>
    public async Task<bool> UpdateDraftAsync(BallotEvent ballotEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE ballot_events SET code = @code, title = @title, closes_at = @closes_at, definition = @definition, updated_at = @now "
            + "WHERE id = @id AND status = 'Draft'");
        Bind(update, ballotEvent);
        try
        {
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>Moves the event from <paramref name="from"/> to <paramref name="to"/>; false when its stored status is no longer <paramref name="from"/>.</summary>
    public async Task<bool> ChangeStatusAsync(Guid id, BallotEventStatus from, BallotEventStatus to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE ballot_events SET status = @to, updated_at = @now WHERE id = @id AND status = @from");
        Dialect.Add(update, "@id", id.ToString("D"));
        Dialect.Add(update, "@from", from.ToString());
        Dialect.Add(update, "@to", to.ToString());
        Dialect.Add(update, "@now", _dialect.Instant(_time.GetUtcNow()));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The event with <paramref name="code"/>, or null.</summary>
    public async Task<BallotEvent?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return First(await SelectAsync("WHERE code = @value", code, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The event with <paramref name="id"/>, or null.</summary>
    public async Task<BallotEvent?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        First(await SelectAsync("WHERE id = @value", id.ToString("D"), cancellationToken).ConfigureAwait(false));

    /// <summary>Every event, latest close first.</summary>
    public Task<IReadOnlyList<BallotEvent>> ListAsync(CancellationToken cancellationToken = default) =>
        SelectAsync("ORDER BY closes_at DESC, code", null, cancellationToken);

    private async Task<IReadOnlyList<BallotEvent>> SelectAsync(string where, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT id, code, title, status, definition FROM ballot_events " + where);
        if (value is not null)
        {
            Dialect.Add(select, "@value", value);
        }

        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<BallotEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var definition = JsonSerializer.Deserialize<Definition>(reader.GetString(4), s_json)
                ?? throw new InvalidDataException($"Ballot event {reader.GetString(1)} has an empty definition.");
            events.Add(new BallotEvent
            {
                Id = Guid.ParseExact(reader.GetString(0), "D"),
                Code = reader.GetString(1),
                Title = reader.GetString(2),
                Status = Enum.Parse<BallotEventStatus>(reader.GetString(3)),
                TimeZone = definition.TimeZone,
                Timetable = definition.Timetable,
                Contests = definition.Contests,
            });
        }

        return events;
    }

    private static BallotEvent? First(IReadOnlyList<BallotEvent> events) => events.Count == 0 ? null : events[0];

    private void Bind(DbCommand command, BallotEvent ballotEvent)
    {
        Dialect.Add(command, "@id", ballotEvent.Id.ToString("D"));
        Dialect.Add(command, "@code", ballotEvent.Code);
        Dialect.Add(command, "@title", ballotEvent.Title);
        Dialect.Add(command, "@closes_at", _dialect.Instant(ballotEvent.Timetable.Close));
        Dialect.Add(command, "@definition", JsonSerializer.Serialize(new Definition(ballotEvent.TimeZone, ballotEvent.Timetable, ballotEvent.Contests), s_json));
        Dialect.Add(command, "@now", _dialect.Instant(_time.GetUtcNow()));
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private sealed record Definition(string TimeZone, EventTimetable Timetable, IReadOnlyList<EventContest> Contests);
}
