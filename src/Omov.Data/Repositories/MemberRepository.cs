using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Omov.Data.Engines;
using Omov.Elections.Register;

namespace Omov.Data.Repositories;

/// <summary>The members of the register.</summary>
public sealed class MemberRepository
{
    private const string SearchWhere =
        " WHERE (membership_number = @exact"
        + " OR lower(last_name) LIKE @prefix ESCAPE '\\'"
        + " OR lower(first_name || ' ' || last_name) LIKE @prefix ESCAPE '\\'"
        + " OR lower(replace(address_postcode, ' ', '')) LIKE @postcode ESCAPE '\\')";

    private readonly Dialect _dialect;

    internal MemberRepository(Dialect dialect) => _dialect = dialect;

    private static string Select => $"SELECT {MemberColumns.List} FROM members";

    /// <summary>The member with <paramref name="membershipNumber"/>, or null.</summary>
    public async Task<Member?> GetAsync(string membershipNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, Select + " WHERE membership_number = @number");
        Dialect.Add(command, "@number", membershipNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? MemberColumns.Read(_dialect, reader) : null;
    }

    /// <summary>How many members the register holds.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM members", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>How many members declared <paramref name="section"/>, at or before <paramref name="declaredBy"/> if given.</summary>
    public async Task<long> CountInSectionAsync(Section section, DateTimeOffset? declaredBy = null, CancellationToken cancellationToken = default)
    {
        var column = section switch
        {
            Section.Women => "women_declared_at",
            Section.Bame => "bame_declared_at",
            Section.Disabled => "disabled_declared_at",
            Section.LgbtPlus => "lgbt_plus_declared_at",
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, declaredBy is null
            ? $"SELECT COUNT(*) FROM members WHERE {column} IS NOT NULL"
            : $"SELECT COUNT(*) FROM members WHERE {column} <= @by");
        if (declaredBy is not null)
        {
            Dialect.Add(command, "@by", _dialect.Instant(declaredBy));
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Members whose membership number is <paramref name="text"/>, or whose surname, full name or
    /// postcode (spaces ignored) starts with it, without regard to case; ordered by name.
    /// </summary>
    public Task<MemberPage> SearchAsync(string text, int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        SearchAsync(text, localPartyCode: null, offset, limit, cancellationToken);

    /// <summary>
    /// As <see cref="SearchAsync(string, int, int, CancellationToken)"/>, within the local party
    /// <paramref name="localPartyCode"/> only when it is given (a local officer's scope): the
    /// filter is part of the query, so members of other parties are never read.
    /// </summary>
    public async Task<MemberPage> SearchAsync(string text, string? localPartyCode, int offset = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        long total;
        using (var count = SearchCommand(connection, "SELECT COUNT(*) FROM members", text, localPartyCode, string.Empty))
        {
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var command = SearchCommand(connection, Select, text, localPartyCode, " ORDER BY last_name, first_name, membership_number LIMIT @limit OFFSET @offset");
        Dialect.Add(command, "@limit", limit);
        Dialect.Add(command, "@offset", offset);
        var members = new List<Member>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(MemberColumns.Read(_dialect, reader));
        }

        return new MemberPage(members, total);
    }

    /// <summary>Every member a search finds (see <see cref="SearchAsync(string, string, int, int, CancellationToken)"/>), in the same order, read one at a time (for export).</summary>
    public async IAsyncEnumerable<Member> StreamSearchAsync(string text, string? localPartyCode, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = SearchCommand(connection, Select, text, localPartyCode, " ORDER BY last_name, first_name, membership_number");
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return MemberColumns.Read(_dialect, reader);
        }
    }

    /// <summary>Every member, ordered by membership number, read one at a time (for eligibility and export).</summary>
    public async IAsyncEnumerable<Member> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, Select + " ORDER BY membership_number");
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return MemberColumns.Read(_dialect, reader);
        }
    }

    /// <summary>Adds or replaces one member, by membership number.</summary>
    public async Task UpsertAsync(Member member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, MemberColumns.Upsert);
        var values = new object?[MemberColumns.Names.Length];
        MemberColumns.Values(_dialect, member, values);
        for (var i = 0; i < values.Length; i++)
        {
            Dialect.Add(command, "@" + MemberColumns.Names[i], values[i]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds or replaces many members, by membership number, in one transaction by the engine's fast
    /// path; <paramref name="members"/> is read once as a stream. Membership numbers must be unique
    /// within <paramref name="members"/>. Returns how many were written.
    /// </summary>
    public Task<long> BulkUpsertAsync(IEnumerable<Member> members, CancellationToken cancellationToken = default) =>
        BulkUpsertAsync(members, static () => true, cancellationToken);

    /// <summary>
    /// As <see cref="BulkUpsertAsync(IEnumerable{Member}, CancellationToken)"/>, but commits only if
    /// <paramref name="commit"/> says so once every member has been read: an import that finds a
    /// problem on its last row still writes nothing.
    /// </summary>
    public async Task<long> BulkUpsertAsync(IEnumerable<Member> members, Func<bool> commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(commit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.BeforeBulkAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = await _dialect.BulkUpsertAsync(connection, transaction, members, cancellationToken).ConfigureAwait(false);
        if (!commit())
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static DbCommand SearchCommand(DbConnection connection, string select, string text, string? localPartyCode, string tail)
    {
        var trimmed = text.Trim();
        var scope = localPartyCode is null ? string.Empty : " AND local_party_code = @party";
        var command = Dialect.Command(connection, null, select + SearchWhere + scope + tail);
        Dialect.Add(command, "@exact", trimmed);
        Dialect.Add(command, "@prefix", Escape(trimmed.ToLowerInvariant()) + "%");
        Dialect.Add(command, "@postcode", Escape(trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()) + "%");
        if (localPartyCode is not null)
        {
            Dialect.Add(command, "@party", localPartyCode);
        }

        return command;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
