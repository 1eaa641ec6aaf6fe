using System.Data.Common;
using Omov.Data.Engines;
using Omov.Elections.Register;

namespace Omov.Data.Repositories;

/// <summary>The organisation's structure: nations, regions, local parties, branches, affiliates.</summary>
public sealed class OrganisationUnitRepository
{
    private const string UpsertSql =
        "INSERT INTO organisation_units (code, name, kind, parent_code) VALUES (@code, @name, @kind, @parent) "
        + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code";

    private const string SelectSql = "SELECT code, name, kind, parent_code FROM organisation_units";

    private readonly Dialect _dialect;

    internal OrganisationUnitRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>Adds or replaces units, by code, in one transaction; returns how many.</summary>
    public async Task<int> UpsertAsync(IEnumerable<OrganisationUnit> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = await UpsertAsync(connection, transaction, units, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    internal static async Task<int> UpsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<OrganisationUnit> units, CancellationToken cancellationToken)
    {
        using var command = Dialect.Command(connection, transaction, UpsertSql);
        var code = Parameter(command, "@code");
        var name = Parameter(command, "@name");
        var kind = Parameter(command, "@kind");
        var parent = Parameter(command, "@parent");
        var count = 0;
        foreach (var unit in units)
        {
            code.Value = unit.Code;
            name.Value = unit.Name;
            kind.Value = RegisterCodes.Of(unit.Kind);
            parent.Value = (object?)unit.ParentCode ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>Every unit, ordered by code.</summary>
    public async Task<IReadOnlyList<OrganisationUnit>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, SelectSql + " ORDER BY code");
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unit with <paramref name="code"/>, or null.</summary>
    public async Task<OrganisationUnit?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, SelectSql + " WHERE code = @code");
        Dialect.Add(command, "@code", code);
        var found = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<IReadOnlyList<OrganisationUnit>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var units = new List<OrganisationUnit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            units.Add(new OrganisationUnit(
                reader.GetString(0),
                reader.GetString(1),
                RegisterCodes.ParseKind(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return units;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
