using System.Data.Common;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>
/// Nomination periods, candidates and nominations (migration 0011). A nomination is stored inside a
/// write transaction that first locks its contest's period row, so the per-body limit is checked
/// against what is really there even when two officers record at once.
/// </summary>
public sealed partial class NominationRepository
{
    private const string NominationColumns = "id, contest_code, body_kind, body_code, candidate_code, decision, recorded_by, recorded_at, withdrawn_at, withdrawn_by";

    private readonly Dialect _dialect;

    internal NominationRepository(Dialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>Sets (or replaces) a contest's nomination period and thresholds.</summary>
    public async Task SetPeriodAsync(NominationPeriod period, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var upsert = Dialect.Command(connection, null, "INSERT INTO nomination_periods (contest_code, opens_at, closes_at, time_zone, thresholds_json, thresholds_id, thresholds_version, updated_at) "
            + "VALUES (@contest, @opens, @closes, @zone, @json, @id, @version, @now) ON CONFLICT (contest_code) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, "
            + "time_zone = excluded.time_zone, thresholds_json = excluded.thresholds_json, thresholds_id = excluded.thresholds_id, thresholds_version = excluded.thresholds_version, updated_at = excluded.updated_at");
        Dialect.Add(upsert, "@contest", period.ContestCode);
        Dialect.Add(upsert, "@opens", _dialect.Instant(period.OpensAt));
        Dialect.Add(upsert, "@closes", _dialect.Instant(period.ClosesAt));
        Dialect.Add(upsert, "@zone", period.TimeZone);
        Dialect.Add(upsert, "@json", NominationThresholdsJson.Serialize(period.Thresholds));
        Dialect.Add(upsert, "@id", period.Thresholds.Id);
        Dialect.Add(upsert, "@version", period.Thresholds.Version);
        Dialect.Add(upsert, "@now", _dialect.Instant(now));
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The period of <paramref name="contestCode"/>, or null.</summary>
    public async Task<NominationPeriod?> GetPeriodAsync(string contestCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contestCode);
        var periods = await SelectPeriodsAsync("WHERE contest_code = @contest", contestCode, cancellationToken).ConfigureAwait(false);
        return periods.Count == 0 ? null : periods[0];
    }

    /// <summary>Every period, latest close first.</summary>
    public Task<IReadOnlyList<NominationPeriod>> ListPeriodsAsync(CancellationToken cancellationToken = default) =>
        SelectPeriodsAsync("ORDER BY closes_at DESC, contest_code", null, cancellationToken);

    /// <summary>Adds a candidate at the end of the contest's list; false when the code is taken.</summary>
    public async Task<bool> AddCandidateAsync(string contestCode, NominationCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Dialect.Command(connection, null, "INSERT INTO nomination_candidates (contest_code, code, position, name, membership_number, statement, groups_json) "
            + "SELECT @contest, @code, COALESCE(MAX(position), 0) + 1, @name, @number, @statement, @groups FROM nomination_candidates WHERE contest_code = @contest");
        Dialect.Add(insert, "@contest", contestCode);
        Dialect.Add(insert, "@code", candidate.Code);
        Dialect.Add(insert, "@name", candidate.Name);
        Dialect.Add(insert, "@number", candidate.MembershipNumber);
        Dialect.Add(insert, "@statement", candidate.Statement);
        Dialect.Add(insert, "@groups", JsonSerializer.Serialize(candidate.Groups));
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

    /// <summary>The contest's candidates, in the order they were added.</summary>
    public async Task<IReadOnlyList<NominationCandidate>> ListCandidatesAsync(string contestCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT code, name, membership_number, statement, groups_json FROM nomination_candidates WHERE contest_code = @contest ORDER BY position");
        Dialect.Add(select, "@contest", contestCode);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<NominationCandidate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates.Add(new NominationCandidate(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? []));
        }

        return candidates;
    }

    /// <summary>
    /// Stores <paramref name="nomination"/> (its id is ignored) unless <paramref name="check"/>, given the
    /// body's standing nominations in the contest (read under the period's lock), refuses it.
    /// </summary>
    public async Task<NominationRecordResult> RecordAsync(Nomination nomination, Func<IReadOnlyList<Nomination>, NominationRefusal?> check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        ArgumentNullException.ThrowIfNull(check);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var lockPeriod = Dialect.Command(connection, transaction, "SELECT contest_code FROM nomination_periods WHERE contest_code = @contest" + _dialect.ForUpdate))
        {
            Dialect.Add(lockPeriod, "@contest", nomination.ContestCode);
            await lockPeriod.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        var standing = await SelectNominationsAsync(connection, transaction, "WHERE contest_code = @contest AND body_kind = @kind AND body_code = @body AND withdrawn_at IS NULL ORDER BY id",
            nomination.ContestCode, nomination.BodyKind, nomination.BodyCode, cancellationToken).ConfigureAwait(false);
        if (check(standing) is { } refusal)
        {
            return new NominationRecordResult(null, refusal);
        }

        await using var insert = Dialect.Command(connection, transaction, "INSERT INTO nominations (contest_code, body_kind, body_code, candidate_code, decision, recorded_by, recorded_at) "
            + "VALUES (@contest, @kind, @body, @candidate, @decision, @by, @at) RETURNING id");
        Dialect.Add(insert, "@contest", nomination.ContestCode);
        Dialect.Add(insert, "@kind", nomination.BodyKind.ToString());
        Dialect.Add(insert, "@body", nomination.BodyCode);
        Dialect.Add(insert, "@candidate", nomination.CandidateCode);
        Dialect.Add(insert, "@decision", nomination.Decision);
        Dialect.Add(insert, "@by", nomination.RecordedBy);
        Dialect.Add(insert, "@at", _dialect.Instant(nomination.RecordedAt));
        long id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new NominationRecordResult(nomination with { Id = id }, null);
    }

    /// <summary>Withdraws a standing nomination; the withdrawn nomination, or null when it is missing or already withdrawn.</summary>
    public async Task<Nomination?> WithdrawAsync(long id, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, $"UPDATE nominations SET withdrawn_at = @at, withdrawn_by = @by WHERE id = @id AND withdrawn_at IS NULL RETURNING {NominationColumns}");
        Dialect.Add(update, "@id", id);
        Dialect.Add(update, "@at", _dialect.Instant(at));
        Dialect.Add(update, "@by", actor);
        await using var reader = await update.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadNomination(reader) : null;
    }

    /// <summary>The nomination with <paramref name="id"/>, or null.</summary>
    public async Task<Nomination?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {NominationColumns} FROM nominations WHERE id = @id");
        Dialect.Add(select, "@id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadNomination(reader) : null;
    }

    /// <summary>The contest's nominations in the order recorded, withdrawn ones included when asked.</summary>
    public async Task<IReadOnlyList<Nomination>> ListAsync(string contestCode, bool includeWithdrawn = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        string where = "WHERE contest_code = @contest" + (includeWithdrawn ? "" : " AND withdrawn_at IS NULL") + " ORDER BY id";
        return await SelectNominationsAsync(connection, null, where, contestCode, null, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Nomination>> SelectNominationsAsync(DbConnection connection, DbTransaction? transaction, string where, string contest, NominatingBodyKind? kind, string? body, CancellationToken cancellationToken)
    {
        await using var select = Dialect.Command(connection, transaction, $"SELECT {NominationColumns} FROM nominations " + where);
        Dialect.Add(select, "@contest", contest);
        if (kind is { } bodyKind)
        {
            Dialect.Add(select, "@kind", bodyKind.ToString());
            Dialect.Add(select, "@body", body);
        }

        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var nominations = new List<Nomination>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nominations.Add(ReadNomination(reader));
        }

        return nominations;
    }

    private Nomination ReadNomination(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ContestCode = reader.GetString(1),
        BodyKind = Enum.Parse<NominatingBodyKind>(reader.GetString(2)),
        BodyCode = reader.GetString(3),
        CandidateCode = reader.GetString(4),
        Decision = reader.GetString(5),
        RecordedBy = reader.GetString(6),
        RecordedAt = _dialect.ReadInstant(reader, 7),
        WithdrawnAt = reader.IsDBNull(8) ? null : _dialect.ReadInstant(reader, 8),
        WithdrawnBy = reader.IsDBNull(9) ? null : reader.GetString(9),
    };

    private async Task<IReadOnlyList<NominationPeriod>> SelectPeriodsAsync(string where, string? contest, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT contest_code, opens_at, closes_at, time_zone, thresholds_json FROM nomination_periods " + where);
        if (contest is not null)
        {
            Dialect.Add(select, "@contest", contest);
        }

        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var periods = new List<NominationPeriod>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var loaded = NominationThresholdsJson.Load(reader.GetString(4));
            periods.Add(new NominationPeriod
            {
                ContestCode = reader.GetString(0),
                OpensAt = _dialect.ReadInstant(reader, 1),
                ClosesAt = _dialect.ReadInstant(reader, 2),
                TimeZone = reader.GetString(3),
                Thresholds = loaded.Thresholds ?? throw new InvalidDataException($"The stored thresholds of {reader.GetString(0)} no longer load: {loaded.Errors[0]}"),
            });
        }

        return periods;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
