using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Omov.Data.Engines;
using Omov.Elections.Register;

namespace Omov.Data.Repositories;

/// <summary>The members of the register.</summary>
public sealed partial class MemberRepository
{
    /// <summary>Sorts after any text that starts with a given prefix (U+10FFFF): the top of a prefix's index range.</summary>
    private const string HighestText = "\U0010FFFF";

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
    /// Members whose membership number is <paramref name="text"/>, whose surname starts with it,
    /// whose first name and surname are its words (the last one a prefix: "ada lov"), or whose
    /// postcode starts with it (spaces ignored), without regard to case; ordered by name. Every
    /// branch of the search is an index range, so it stays fast on a register of 600,000.
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

    /// <summary>Every member of one local party, ordered by name, read one at a time (a meeting's sign-in sheet; the party index keeps it to that party's rows).</summary>
    public async IAsyncEnumerable<Member> StreamInLocalPartyAsync(string localPartyCode, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localPartyCode);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, Select + " WHERE local_party_code = @party ORDER BY last_name, first_name, membership_number");
        Dialect.Add(command, "@party", localPartyCode);
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

    private DbCommand SearchCommand(DbConnection connection, string select, string text, string? localPartyCode, string tail)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        // Each way of matching is its own index range; their union is the set of matches.
        var sqlite = _dialect.Engine == DatabaseEngine.Sqlite;
        var lastName = sqlite ? "last_name COLLATE NOCASE" : "lower(last_name)";
        var postcodeColumn = sqlite ? "address_postcode COLLATE NOCASE" : "lower(address_postcode)";
        var branches = new List<string> { "SELECT membership_number FROM members WHERE membership_number = @exact" };
        var values = new List<(string Name, object Value)> { ("@exact", trimmed) };

        void Prefix(string column, string exactFilter, string prefix, string? extra = null, string? like = null)
        {
            var n = values.Count;
            branches.Add($"SELECT membership_number FROM members WHERE {column} >= @lo{n} AND {column} < @hi{n} AND {exactFilter} LIKE @like{n} ESCAPE '\\'" + (extra is null ? string.Empty : $" AND lower(first_name) = @first{n}"));
            values.Add(("@lo" + n, prefix));
            values.Add(("@hi" + n, prefix + HighestText));
            values.Add(("@like" + n, Escape(like ?? prefix) + "%"));
            if (extra is not null)
            {
                values.Add(("@first" + n, extra));
            }
        }

        if (lower.Length > 0)
        {
            Prefix(lastName, "lower(last_name)", lower);
            // "first last": the first name whole, the surname as a prefix (at each space: first names may have several words).
            for (int space = lower.IndexOf(' ', StringComparison.Ordinal), tries = 0; space > 0 && space < lower.Length - 1 && tries < 3; space = lower.IndexOf(' ', space + 1), tries++)
            {
                Prefix(lastName, "lower(last_name)", lower[(space + 1)..].TrimStart(), lower[..space]);
            }

            // Postcodes are stored with one space between the outward code (2 to 4 characters) and
            // the inward code; "m155" may be the start of "M15 5AB", "M1 55.." or "M155 ..".
            var compact = lower.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (compact.Length >= 2 && compact.Any(char.IsAsciiDigit) && compact.Length <= 8)
            {
                Prefix(postcodeColumn, "lower(replace(address_postcode, ' ', ''))", compact);
                for (var outward = 2; outward <= 4 && outward < compact.Length; outward++)
                {
                    Prefix(postcodeColumn, "lower(replace(address_postcode, ' ', ''))", compact[..outward] + " " + compact[outward..], like: compact);
                }
            }
        }

        var scope = localPartyCode is null ? string.Empty : " AND local_party_code = @party";
        var command = Dialect.Command(connection, null, select + " WHERE membership_number IN (" + string.Join(" UNION ", branches) + ")" + scope + tail);
        foreach (var (name, value) in values)
        {
            Dialect.Add(command, name, value);
        }

        if (localPartyCode is not null)
        {
            Dialect.Add(command, "@party", localPartyCode);
        }

        return command;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
