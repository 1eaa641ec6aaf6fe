using Omov.Data.Engines;
using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>The affiliates and elected members who may nominate (local parties are the organisation's units).</summary>
public sealed partial class NominationRepository
{
    /// <summary>Adds or replaces an affiliate (its kind and affiliated membership may change between contests).</summary>
    public async Task SetAffiliateAsync(Affiliate affiliate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(affiliate);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var upsert = Dialect.Command(connection, null, "INSERT INTO nominating_affiliates (code, name, kind, affiliated_membership) VALUES (@code, @name, @kind, @membership) "
            + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, affiliated_membership = excluded.affiliated_membership");
        Dialect.Add(upsert, "@code", affiliate.Code);
        Dialect.Add(upsert, "@name", affiliate.Name);
        Dialect.Add(upsert, "@kind", affiliate.Kind.ToString());
        Dialect.Add(upsert, "@membership", affiliate.AffiliatedMembership);
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every affiliate, by code.</summary>
    public async Task<IReadOnlyList<Affiliate>> ListAffiliatesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT code, name, kind, affiliated_membership FROM nominating_affiliates ORDER BY code");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var affiliates = new List<Affiliate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            affiliates.Add(new Affiliate(reader.GetString(0), reader.GetString(1), Enum.Parse<AffiliateKind>(reader.GetString(2)), reader.GetInt64(3)));
        }

        return affiliates;
    }

    /// <summary>Adds or replaces an elected member.</summary>
    public async Task SetElectedMemberAsync(ElectedMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var upsert = Dialect.Command(connection, null, "INSERT INTO nominating_elected_members (code, name, house) VALUES (@code, @name, @house) "
            + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, house = excluded.house");
        Dialect.Add(upsert, "@code", member.Code);
        Dialect.Add(upsert, "@name", member.Name);
        Dialect.Add(upsert, "@house", member.House.ToString());
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every elected member, by code.</summary>
    public async Task<IReadOnlyList<ElectedMember>> ListElectedMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT code, name, house FROM nominating_elected_members ORDER BY code");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var members = new List<ElectedMember>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(new ElectedMember(reader.GetString(0), reader.GetString(1), Enum.Parse<ElectedHouse>(reader.GetString(2))));
        }

        return members;
    }
}
