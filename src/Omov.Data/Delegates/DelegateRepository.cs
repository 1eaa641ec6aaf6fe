using System.Data.Common;
using System.Globalization;
using Omov.Data.Engines;
using Omov.Elections.Delegates;
using Omov.Elections.Register;

namespace Omov.Data.Delegates;

/// <summary>Conference delegates: member counts per local party, entitlement snapshots and delegate election results.</summary>
public sealed partial class DelegateRepository
{
    private readonly Dialect _dialect;

    internal DelegateRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>
    /// Every local party (from the organisation units, and any party code members hold that is not a
    /// unit) with its counted members, women and young members on <paramref name="on"/>, by code:
    /// one grouped query over the members table.
    /// </summary>
    public async Task<IReadOnlyList<LocalPartyCount>> CountByLocalPartyAsync(DelegateRules rules, DateOnly on, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var query = new MemberCountQuery(_dialect, rules, on);
        var counts = new Dictionary<string, (long Members, long Women, long Young)>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = Dialect.Command(connection, null, query.Sql))
        {
            command.CommandTimeout = 0;
            query.AddParameters(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = (Long(reader, 1), Long(reader, 2), rules.Youth is null ? 0 : Long(reader, 3));
            }
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = Dialect.Command(connection, null, "SELECT code, name FROM organisation_units WHERE kind = @kind"))
        {
            Dialect.Add(command, "@kind", RegisterCodes.Of(OrganisationUnitKind.LocalParty));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return [.. names.Keys.Union(counts.Keys).Order(StringComparer.Ordinal).Select(code =>
        {
            var (members, women, young) = counts.GetValueOrDefault(code);
            return new LocalPartyCount(code, names.GetValueOrDefault(code, code), members, women, young);
        })];
    }

    private static long Long(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static int Int(DbDataReader reader, int ordinal) => checked((int)Long(reader, ordinal));

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
