using System.Data.Common;
using Omov.Data.Engines;
using Omov.Elections.Delegates;

namespace Omov.Data.Delegates;

public sealed partial class DelegateRepository
{
    private const string ElectionColumns = "id, local_party_code, conference_year, method, seats, women_needed, young_needed, places, papers, report_json, counted_at, counted_by";

    /// <summary>Stores a delegate election and its elected delegates; null when the party already has one for that year.</summary>
    public async Task<DelegateElectionRecord?> AddElectionAsync(DelegateElectionRecord election, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(election);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long id;
        await using (var insert = Dialect.Command(connection, transaction, "INSERT INTO delegate_elections "
            + "(local_party_code, conference_year, method, seats, women_needed, young_needed, places, papers, report_json, counted_at, counted_by) "
            + "VALUES (@party, @year, @method, @seats, @women, @young, @places, @papers, @report, @at, @by) RETURNING id"))
        {
            Dialect.Add(insert, "@party", election.LocalPartyCode);
            Dialect.Add(insert, "@year", election.Year);
            Dialect.Add(insert, "@method", election.Method);
            Dialect.Add(insert, "@seats", election.Seats);
            Dialect.Add(insert, "@women", election.WomenNeeded);
            Dialect.Add(insert, "@young", election.YoungNeeded);
            Dialect.Add(insert, "@places", election.Places);
            Dialect.Add(insert, "@papers", election.Papers);
            Dialect.Add(insert, "@report", election.ReportJson);
            Dialect.Add(insert, "@at", _dialect.Instant(election.CountedAt));
            Dialect.Add(insert, "@by", election.CountedBy);
            try
            {
                id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
            {
                return null;
            }
        }

        await using (var row = Dialect.Command(connection, transaction, "INSERT INTO elected_delegates (election_id, position, name, membership_number, is_woman, is_young, place) "
            + "VALUES (@election, @position, @name, @number, @woman, @young, @place)"))
        {
            foreach (var elected in election.Elected)
            {
                row.Parameters.Clear();
                Dialect.Add(row, "@election", id);
                Dialect.Add(row, "@position", elected.Order);
                Dialect.Add(row, "@name", elected.Candidate.Name);
                Dialect.Add(row, "@number", elected.Candidate.MembershipNumber);
                Dialect.Add(row, "@woman", elected.Candidate.IsWoman);
                Dialect.Add(row, "@young", elected.Candidate.IsYoung);
                Dialect.Add(row, "@place", elected.Place);
                await row.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return election with { Id = id };
    }

    /// <summary>Every delegate election of <paramref name="year"/> (or only <paramref name="localPartyCode"/>'s), by local party.</summary>
    public async Task<IReadOnlyList<DelegateElectionRecord>> ListElectionsAsync(int year, string? localPartyCode = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var elections = new List<DelegateElectionRecord>();
        await using (var command = Dialect.Command(connection, null, $"SELECT {ElectionColumns} FROM delegate_elections WHERE conference_year = @year"
            + (localPartyCode is null ? string.Empty : " AND local_party_code = @party") + " ORDER BY local_party_code"))
        {
            Dialect.Add(command, "@year", year);
            if (localPartyCode is not null)
            {
                Dialect.Add(command, "@party", localPartyCode);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                elections.Add(new DelegateElectionRecord(Long(reader, 0), reader.GetString(1), Int(reader, 2), reader.GetString(3), Int(reader, 4), Int(reader, 5),
                    Int(reader, 6), reader.GetString(7), Long(reader, 8), reader.GetString(9), _dialect.ReadInstant(reader, 10), reader.GetString(11), []));
            }
        }

        for (int i = 0; i < elections.Count; i++)
        {
            var elected = new List<DelegateCredential>();
            await using var command = Dialect.Command(connection, null, "SELECT position, name, membership_number, is_woman, is_young, place FROM elected_delegates WHERE election_id = @id ORDER BY position");
            Dialect.Add(command, "@id", elections[i].Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                elected.Add(new DelegateCredential(Int(reader, 0), new DelegateCandidate(reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)), reader.GetString(5)));
            }

            elections[i] = elections[i] with { Elected = elected };
        }

        return elections;
    }

    /// <summary>
    /// For each local party that elected exactly one ordinary delegate in <paramref name="year"/>, that
    /// delegate's gender (the single-delegate rule alternates it year by year); parties missing from the
    /// answer are <see cref="LastYearSole.Unknown"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, LastYearSole>> SoleDelegatesAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Dialect.Command(connection, null, "SELECT d.local_party_code, MAX(CASE WHEN e.is_woman THEN 1 ELSE 0 END) FROM delegate_elections d "
            + "JOIN elected_delegates e ON e.election_id = d.id AND e.place = 'ordinary' WHERE d.conference_year = @year "
            + "GROUP BY d.local_party_code HAVING COUNT(*) = 1");
        Dialect.Add(command, "@year", year);
        var sole = new Dictionary<string, LastYearSole>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sole[reader.GetString(0)] = Long(reader, 1) == 1 ? LastYearSole.Woman : LastYearSole.Man;
        }

        return sole;
    }
}
