using System.Data.Common;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Elections.Delegates;

namespace Omov.Data.Delegates;

public sealed partial class DelegateRepository
{
    private const string EntitlementColumns = "local_party_code, local_party_name, members, women, young, base_delegates, band_delegates, "
        + "cap_applied, ordinary, women_extra, youth_extra, ordinary_women, last_sole, lines";

    /// <summary>Stores a calculation in one transaction; returns it with its id.</summary>
    public async Task<EntitlementSnapshot> AddSnapshotAsync(EntitlementSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long id;
        await using (var insert = Dialect.Command(connection, transaction, "INSERT INTO delegate_entitlement_runs "
            + "(conference_year, count_date, rules_id, rules_version, rules_json, calculated_at, calculated_by) "
            + "VALUES (@year, @date, @rules_id, @version, @json, @at, @by) RETURNING id"))
        {
            Dialect.Add(insert, "@year", snapshot.Year);
            Dialect.Add(insert, "@date", _dialect.Date(snapshot.CountDate));
            Dialect.Add(insert, "@rules_id", snapshot.RulesId);
            Dialect.Add(insert, "@version", snapshot.RulesVersion);
            Dialect.Add(insert, "@json", snapshot.RulesJson);
            Dialect.Add(insert, "@at", _dialect.Instant(snapshot.CalculatedAt));
            Dialect.Add(insert, "@by", snapshot.CalculatedBy);
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using (var row = Dialect.Command(connection, transaction, $"INSERT INTO delegate_entitlements (run_id, {EntitlementColumns}) VALUES "
            + "(@run, @code, @name, @members, @women, @young, @base, @bands, @capped, @ordinary, @women_extra, @youth_extra, @ordinary_women, @last, @lines)"))
        {
            foreach (var e in snapshot.Parties)
            {
                row.Parameters.Clear();
                Dialect.Add(row, "@run", id);
                Dialect.Add(row, "@code", e.Party.Code);
                Dialect.Add(row, "@name", e.Party.Name);
                Dialect.Add(row, "@members", e.Party.Members);
                Dialect.Add(row, "@women", e.Party.Women);
                Dialect.Add(row, "@young", e.Party.Young);
                Dialect.Add(row, "@base", e.BaseDelegates);
                Dialect.Add(row, "@bands", e.BandDelegates);
                Dialect.Add(row, "@capped", e.CapApplied);
                Dialect.Add(row, "@ordinary", e.Ordinary);
                Dialect.Add(row, "@women_extra", e.WomenExtra);
                Dialect.Add(row, "@youth_extra", e.YouthExtra);
                Dialect.Add(row, "@ordinary_women", e.OrdinaryWomen);
                Dialect.Add(row, "@last", e.LastSole.ToString());
                Dialect.Add(row, "@lines", JsonSerializer.Serialize(e.Lines));
                await row.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return snapshot with { Id = id };
    }

    /// <summary>The latest calculation for <paramref name="year"/>, or null.</summary>
    public async Task<EntitlementSnapshot?> GetLatestSnapshotAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        EntitlementSnapshot snapshot;
        await using (var command = Dialect.Command(connection, null, "SELECT id, conference_year, count_date, rules_id, rules_version, rules_json, calculated_at, calculated_by "
            + "FROM delegate_entitlement_runs WHERE conference_year = @year ORDER BY id DESC LIMIT 1"))
        {
            Dialect.Add(command, "@year", year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            snapshot = new EntitlementSnapshot(Long(reader, 0), Int(reader, 1), _dialect.ReadDate(reader, 2), reader.GetString(3), Int(reader, 4),
                reader.GetString(5), _dialect.ReadInstant(reader, 6), reader.GetString(7), []);
        }

        var parties = new List<DelegateEntitlement>();
        await using (var command = Dialect.Command(connection, null, $"SELECT {EntitlementColumns} FROM delegate_entitlements WHERE run_id = @run ORDER BY local_party_code"))
        {
            Dialect.Add(command, "@run", snapshot.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                parties.Add(ReadEntitlement(reader));
            }
        }

        return snapshot with { Parties = parties };
    }

    private static DelegateEntitlement ReadEntitlement(DbDataReader reader) => new(
        new LocalPartyCount(reader.GetString(0), reader.GetString(1), Long(reader, 2), Long(reader, 3), Long(reader, 4)),
        Int(reader, 5),
        Int(reader, 6),
        reader.GetBoolean(7),
        Int(reader, 8),
        Int(reader, 9),
        Int(reader, 10),
        Int(reader, 11),
        Enum.Parse<LastYearSole>(reader.GetString(12)),
        JsonSerializer.Deserialize<List<EntitlementLine>>(reader.GetString(13)) ?? []);
}
