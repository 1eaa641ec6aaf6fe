using System.Data.Common;
using Omov.Data.Contests;
using Omov.Data.Engines;

namespace Omov.Data.Repositories;

/// <summary>
/// Contests and their rulebooks. Codes are unique. Every rulebook a contest has had is kept
/// (<see cref="HistoryAsync"/>); a change names the revision it replaces, so two editors cannot
/// overwrite each other unseen.
/// </summary>
public sealed class ContestRepository
{
    private const string Columns = "id, code, title, rulebook_json, rulebook_digest, rulebook_id, rulebook_version, revision, ballot_event_id, created_at, updated_at";

    private readonly Dialect _dialect;

    internal ContestRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>
    /// Adds a contest with its first rulebook (revision 1) and returns it; null when the code is taken.
    /// The caller has checked the rulebook (<c>RulebookJson.Load</c>).
    /// </summary>
    public async Task<Contest?> AddAsync(string code, string title, ContestRulebook rulebook, string changedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long id;
        try
        {
            await using var insert = Dialect.Command(connection, transaction,
                "INSERT INTO contests (code, title, rulebook_json, rulebook_digest, rulebook_id, rulebook_version, revision, created_at, updated_at) "
                + "VALUES (@code, @title, @json, @digest, @rulebook_id, @version, 1, @at, @at) RETURNING id");
            Dialect.Add(insert, "@code", code);
            Dialect.Add(insert, "@title", title);
            BindRulebook(insert, rulebook);
            Dialect.Add(insert, "@at", _dialect.Instant(at));
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return null;
        }

        await AddRevisionAsync(connection, transaction, id, 1, rulebook, changedBy, at, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the rulebook of contest <paramref name="code"/>, if it is still at
    /// <paramref name="expectedRevision"/>; returns the updated contest, or null when there is no such
    /// contest or someone changed it first.
    /// </summary>
    public async Task<Contest?> UpdateRulebookAsync(string code, int expectedRevision, ContestRulebook rulebook, string changedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long id;
        await using (var update = Dialect.Command(connection, transaction,
            "UPDATE contests SET rulebook_json = @json, rulebook_digest = @digest, rulebook_id = @rulebook_id, rulebook_version = @version, "
            + "revision = revision + 1, updated_at = @at WHERE code = @code AND revision = @revision RETURNING id"))
        {
            BindRulebook(update, rulebook);
            Dialect.Add(update, "@at", _dialect.Instant(at));
            Dialect.Add(update, "@code", code);
            Dialect.Add(update, "@revision", expectedRevision);
            var result = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (result is null or DBNull)
            {
                return null;
            }

            id = Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
        }

        await AddRevisionAsync(connection, transaction, id, expectedRevision + 1, rulebook, changedBy, at, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The contest with <paramref name="code"/> (exact), or null.</summary>
    public async Task<Contest?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM contests WHERE code = @code");
        Dialect.Add(select, "@code", code);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>Every contest, by code.</summary>
    public async Task<IReadOnlyList<Contest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM contests ORDER BY code");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var contests = new List<Contest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            contests.Add(Read(reader));
        }

        return contests;
    }

    /// <summary>Every rulebook contest <paramref name="contestId"/> has had, oldest first.</summary>
    public async Task<IReadOnlyList<ContestRulebookRevision>> HistoryAsync(long contestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT revision, rulebook_json, rulebook_digest, changed_at, changed_by FROM contest_rulebooks WHERE contest_id = @id ORDER BY revision");
        Dialect.Add(select, "@id", contestId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var revisions = new List<ContestRulebookRevision>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            revisions.Add(new ContestRulebookRevision(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), _dialect.ReadInstant(reader, 3), reader.GetString(4)));
        }

        return revisions;
    }

    private async Task AddRevisionAsync(DbConnection connection, DbTransaction transaction, long contestId, int revision, ContestRulebook rulebook, string changedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var insert = Dialect.Command(connection, transaction,
            "INSERT INTO contest_rulebooks (contest_id, revision, rulebook_json, rulebook_digest, changed_at, changed_by) VALUES (@id, @revision, @json, @digest, @at, @by)");
        Dialect.Add(insert, "@id", contestId);
        Dialect.Add(insert, "@revision", revision);
        Dialect.Add(insert, "@json", rulebook.Json);
        Dialect.Add(insert, "@digest", rulebook.Digest);
        Dialect.Add(insert, "@at", _dialect.Instant(at));
        Dialect.Add(insert, "@by", changedBy);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void BindRulebook(DbCommand command, ContestRulebook rulebook)
    {
        Dialect.Add(command, "@json", rulebook.Json);
        Dialect.Add(command, "@digest", rulebook.Digest);
        Dialect.Add(command, "@rulebook_id", rulebook.Rulebook.Id);
        Dialect.Add(command, "@version", rulebook.Rulebook.Version);
    }

    private Contest Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Code = reader.GetString(1),
        Title = reader.GetString(2),
        RulebookJson = reader.GetString(3),
        RulebookDigest = reader.GetString(4),
        RulebookId = reader.GetString(5),
        RulebookVersion = reader.GetInt32(6),
        Revision = reader.GetInt32(7),
        BallotEventId = reader.IsDBNull(8) ? null : reader.GetInt64(8),
        CreatedAt = _dialect.ReadInstant(reader, 9),
        UpdatedAt = _dialect.ReadInstant(reader, 10),
    };

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
