using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Omov.Counting.Methods.Exhaustive;
using Omov.Data.Engines;
using Omov.Elections.Meetings;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Meetings;

/// <summary>
/// Nomination meetings, their attendance, rounds and results. Every row is written once:
/// a member checked in twice, a round number taken twice or a result declared twice comes back
/// false rather than overwriting (the primary keys decide, on both engines).
/// </summary>
public sealed class MeetingRepository
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Dialect _dialect;

    internal MeetingRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Adds a meeting; false when its id is taken.</summary>
    public async Task<bool> AddAsync(NominationMeeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var definition = new Definition(meeting.TimeZone, meeting.Venue, meeting.OnlineLink, meeting.Contests, RulebookJson.Serialize(meeting.Attendance), meeting.PayAtDoor, meeting.LateArrivals);
        return await ExecuteOnceAsync(
            "INSERT INTO meetings (id, local_party_code, title, starts_at, doors_close_at, definition, created_by, created_at) "
            + "VALUES (@id, @party, @title, @starts, @doors, @definition, @by, @at)",
            command =>
            {
                Dialect.Add(command, "@id", meeting.Id.ToString("D"));
                Dialect.Add(command, "@party", meeting.LocalPartyCode);
                Dialect.Add(command, "@title", meeting.Title);
                Dialect.Add(command, "@starts", _dialect.Instant(meeting.StartsAt));
                Dialect.Add(command, "@doors", _dialect.Instant(meeting.DoorsCloseAt));
                Dialect.Add(command, "@definition", JsonSerializer.Serialize(definition, s_json));
                Dialect.Add(command, "@by", meeting.CreatedBy);
                Dialect.Add(command, "@at", _dialect.Instant(meeting.CreatedAt));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The meeting, or null.</summary>
    public async Task<NominationMeeting?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await SelectAsync("WHERE id = @value", id.ToString("D"), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The meetings of one local party (or every party's, for null), latest first.</summary>
    public Task<IReadOnlyList<NominationMeeting>> ListAsync(string? localPartyCode, CancellationToken cancellationToken = default) =>
        localPartyCode is null
            ? SelectAsync("ORDER BY starts_at DESC, id", null, cancellationToken)
            : SelectAsync("WHERE local_party_code = @value ORDER BY starts_at DESC, id", localPartyCode, cancellationToken);

    /// <summary>Records an arrival; false when the member is already checked in.</summary>
    public Task<bool> AddAttendeeAsync(Guid meetingId, MeetingAttendee attendee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        return ExecuteOnceAsync(
            "INSERT INTO meeting_attendance (meeting_id, membership_number, arrived_at, late, paid_at_door, checked_in_by) VALUES (@id, @number, @at, @late, @paid, @by)",
            command =>
            {
                Dialect.Add(command, "@id", meetingId.ToString("D"));
                Dialect.Add(command, "@number", attendee.MembershipNumber);
                Dialect.Add(command, "@at", _dialect.Instant(attendee.ArrivedAt));
                Dialect.Add(command, "@late", attendee.Late);
                Dialect.Add(command, "@paid", attendee.PaidAtDoor);
                Dialect.Add(command, "@by", attendee.CheckedInBy);
            },
            cancellationToken);
    }

    /// <summary>Everyone checked in, in order of arrival.</summary>
    public async Task<IReadOnlyList<MeetingAttendee>> AttendeesAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT membership_number, arrived_at, late, paid_at_door, checked_in_by FROM meeting_attendance WHERE meeting_id = @id ORDER BY arrived_at, membership_number");
        Dialect.Add(select, "@id", meetingId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var attendees = new List<MeetingAttendee>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            attendees.Add(new MeetingAttendee(reader.GetString(0), _dialect.ReadInstant(reader, 1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetString(4)));
        }

        return attendees;
    }

    /// <summary>Stores a round under its number; false when that number is taken (someone entered it first).</summary>
    public Task<bool> AddRoundAsync(Guid meetingId, StoredRound round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        return ExecuteOnceAsync(
            "INSERT INTO meeting_rounds (meeting_id, contest_index, round_number, figures, entered_by, entered_at) VALUES (@id, @contest, @number, @figures, @by, @at)",
            command =>
            {
                Dialect.Add(command, "@id", meetingId.ToString("D"));
                Dialect.Add(command, "@contest", round.ContestIndex);
                Dialect.Add(command, "@number", round.Number);
                Dialect.Add(command, "@figures", JsonSerializer.Serialize(new Figures(round.Round, round.Papers), s_json));
                Dialect.Add(command, "@by", round.EnteredBy);
                Dialect.Add(command, "@at", _dialect.Instant(round.EnteredAt));
            },
            cancellationToken);
    }

    /// <summary>
    /// Records the lot on a round that has none yet; false when the round is missing or already has
    /// one (a lot, once drawn, is not redrawn).
    /// </summary>
    public async Task<bool> RecordLotAsync(Guid meetingId, int contestIndex, int roundNumber, int excluded, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, transaction,
            "SELECT figures FROM meeting_rounds WHERE meeting_id = @id AND contest_index = @contest AND round_number = @number" + _dialect.ForUpdate);
        BindRound(select, meetingId, contestIndex, roundNumber);
        if (await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json
            || JsonSerializer.Deserialize<Figures>(json, s_json)?.Round is not { LotExcluded: null } round)
        {
            return false;
        }

        await using var update = Dialect.Command(connection, transaction,
            "UPDATE meeting_rounds SET figures = @figures WHERE meeting_id = @id AND contest_index = @contest AND round_number = @number");
        BindRound(update, meetingId, contestIndex, roundNumber);
        Dialect.Add(update, "@figures", JsonSerializer.Serialize(new Figures(round with { LotExcluded = excluded }, null), s_json));
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The rounds of every contest of the meeting, by contest then number.</summary>
    public async Task<IReadOnlyList<StoredRound>> RoundsAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT contest_index, round_number, figures, entered_by, entered_at FROM meeting_rounds WHERE meeting_id = @id ORDER BY contest_index, round_number");
        Dialect.Add(select, "@id", meetingId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rounds = new List<StoredRound>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var figures = JsonSerializer.Deserialize<Figures>(reader.GetString(2), s_json)
                ?? throw new InvalidDataException($"Meeting {meetingId} has an empty round.");
            rounds.Add(new StoredRound(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), figures.Round, figures.Papers, reader.GetString(3), _dialect.ReadInstant(reader, 4)));
        }

        return rounds;
    }

    /// <summary>Records a contest's nomination; false when that contest already has one.</summary>
    public Task<bool> AddResultAsync(MeetingNomination nomination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        return ExecuteOnceAsync(
            "INSERT INTO meeting_results (meeting_id, contest_index, contest, nominee, decision, declared_by, declared_at) VALUES (@id, @contest_index, @contest, @nominee, @decision, @by, @at)",
            command =>
            {
                Dialect.Add(command, "@id", nomination.MeetingId.ToString("D"));
                Dialect.Add(command, "@contest_index", nomination.ContestIndex);
                Dialect.Add(command, "@contest", nomination.Contest);
                Dialect.Add(command, "@nominee", nomination.Nominee);
                Dialect.Add(command, "@decision", nomination.Decision);
                Dialect.Add(command, "@by", nomination.DeclaredBy);
                Dialect.Add(command, "@at", _dialect.Instant(nomination.DeclaredAt));
            },
            cancellationToken);
    }

    /// <summary>The meeting's nominations, by contest.</summary>
    public async Task<IReadOnlyList<MeetingNomination>> ResultsAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT r.contest_index, r.contest, r.nominee, r.decision, r.declared_by, r.declared_at, m.local_party_code FROM meeting_results r "
            + "JOIN meetings m ON m.id = r.meeting_id WHERE r.meeting_id = @id ORDER BY r.contest_index");
        Dialect.Add(select, "@id", meetingId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<MeetingNomination>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(new MeetingNomination(meetingId, reader.GetString(6), Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), _dialect.ReadInstant(reader, 5)));
        }

        return results;
    }

    private async Task<IReadOnlyList<NominationMeeting>> SelectAsync(string where, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT id, local_party_code, title, starts_at, doors_close_at, definition, created_by, created_at FROM meetings " + where);
        if (value is not null)
        {
            Dialect.Add(select, "@value", value);
        }

        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var meetings = new List<NominationMeeting>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            var definition = JsonSerializer.Deserialize<Definition>(reader.GetString(5), s_json)
                ?? throw new InvalidDataException($"Meeting {id} has an empty definition.");
            var attendance = RulebookJson.Load(definition.Attendance);
            if (!attendance.Success)
            {
                throw new InvalidDataException($"Meeting {id} has an attendance rulebook that no longer loads: {attendance.Errors[0]}");
            }

            meetings.Add(new NominationMeeting
            {
                Id = Guid.ParseExact(id, "D"),
                LocalPartyCode = reader.GetString(1),
                Title = reader.GetString(2),
                StartsAt = _dialect.ReadInstant(reader, 3),
                DoorsCloseAt = _dialect.ReadInstant(reader, 4),
                TimeZone = definition.TimeZone,
                Venue = definition.Venue,
                OnlineLink = definition.OnlineLink,
                Contests = definition.Contests,
                Attendance = attendance.Rulebook,
                PayAtDoor = definition.PayAtDoor,
                LateArrivals = definition.LateArrivals,
                CreatedBy = reader.GetString(6),
                CreatedAt = _dialect.ReadInstant(reader, 7),
            });
        }

        return meetings;
    }

    private async Task<bool> ExecuteOnceAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Dialect.Command(connection, null, sql);
        bind(command);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    private static void BindRound(DbCommand command, Guid meetingId, int contestIndex, int roundNumber)
    {
        Dialect.Add(command, "@id", meetingId.ToString("D"));
        Dialect.Add(command, "@contest", contestIndex);
        Dialect.Add(command, "@number", roundNumber);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private sealed record Definition(string TimeZone, string? Venue, string? OnlineLink, IReadOnlyList<MeetingContest> Contests, string Attendance, bool PayAtDoor, LateArrivalPolicy LateArrivals);

    private sealed record Figures(ExhaustiveRound? Round, string? Papers);
}
