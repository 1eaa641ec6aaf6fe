using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Data.Rolls;
using Omov.Elections.Register;
using Omov.Elections.Rolls;

namespace Omov.Data.Repositories;

/// <summary>
/// Frozen rolls. A contest has at most one roll awaiting approval (a new freeze supersedes it)
/// and at most one approved roll, which is final: the database refuses to change it, and no
/// roll is frozen for that contest again. Freezes and approvals of one contest are serialized
/// (SQLite: <c>BEGIN IMMEDIATE</c>; PostgreSQL: the contest's row is locked), so two approvals
/// cannot both win.
/// </summary>
public sealed class RollRepository
{
    private const string Columns = "r.id, r.contest_id, c.code, r.contest_revision, r.status, r.frozen_at, r.frozen_by, r.entry_count, r.digest, r.counts, r.approved_by, r.approved_at, r.superseded_at";
    private const string From = " FROM rolls r JOIN contests c ON c.id = r.contest_id";

    private readonly Dialect _dialect;

    internal RollRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>
    /// Stores <paramref name="roll"/> as contest <paramref name="contestId"/>'s latest freeze,
    /// superseding any roll still awaiting approval. Returns it stored, or null when the contest
    /// already has an approved roll (nothing is written then).
    /// </summary>
    public async Task<StoredRoll?> AddFrozenAsync(long contestId, int contestRevision, Roll roll, string frozenBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentException.ThrowIfNullOrWhiteSpace(frozenBy);
        var listing = RollListingStore.Compress(roll);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await LockContestAsync(connection, transaction, contestId, cancellationToken).ConfigureAwait(false);
        if (await StatusCountAsync(connection, transaction, contestId, RollStatus.Approved, cancellationToken).ConfigureAwait(false) > 0)
        {
            return null;
        }

        await using (var supersede = Dialect.Command(connection, transaction, "UPDATE rolls SET status = @superseded, superseded_at = @at WHERE contest_id = @contest AND status = @frozen"))
        {
            Dialect.Add(supersede, "@superseded", Code(RollStatus.Superseded));
            Dialect.Add(supersede, "@frozen", Code(RollStatus.Frozen));
            Dialect.Add(supersede, "@at", _dialect.Instant(roll.FrozenAt));
            Dialect.Add(supersede, "@contest", contestId);
            await supersede.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var insert = Dialect.Command(connection, transaction,
            "INSERT INTO rolls (contest_id, contest_revision, status, frozen_at, frozen_by, entry_count, digest, counts, listing) "
            + "VALUES (@contest, @revision, @status, @frozen_at, @frozen_by, @count, @digest, @counts, @listing)"))
        {
            Dialect.Add(insert, "@contest", contestId);
            Dialect.Add(insert, "@revision", contestRevision);
            Dialect.Add(insert, "@status", Code(RollStatus.Frozen));
            Dialect.Add(insert, "@frozen_at", _dialect.Instant(roll.FrozenAt));
            Dialect.Add(insert, "@frozen_by", frozenBy);
            Dialect.Add(insert, "@count", roll.Entries.Count);
            Dialect.Add(insert, "@digest", roll.Digest);
            Dialect.Add(insert, "@counts", CountsJson(roll));
            Dialect.Add(insert, "@listing", listing);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await GetByDigestAsync(roll.Digest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Approves roll <paramref name="rollId"/> if it is still its contest's roll awaiting approval
    /// and its digest is <paramref name="digest"/>; writes its voters to the member index in the
    /// same transaction. False when it is not (approved already, superseded, or another digest):
    /// of two approvals at once, exactly one returns true.
    /// </summary>
    public async Task<bool> ApproveAsync(long rollId, string digest, string approvedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long contestId;
        await using (var find = Dialect.Command(connection, transaction, "SELECT contest_id FROM rolls WHERE id = @id"))
        {
            Dialect.Add(find, "@id", rollId);
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not { } found || found is DBNull)
            {
                return false;
            }

            contestId = Convert.ToInt64(found, CultureInfo.InvariantCulture);
        }

        await LockContestAsync(connection, transaction, contestId, cancellationToken).ConfigureAwait(false);
        await using (var approve = Dialect.Command(connection, transaction,
            "UPDATE rolls SET status = @approved, approved_by = @by, approved_at = @at WHERE id = @id AND status = @frozen AND digest = @digest"))
        {
            Dialect.Add(approve, "@approved", Code(RollStatus.Approved));
            Dialect.Add(approve, "@frozen", Code(RollStatus.Frozen));
            Dialect.Add(approve, "@by", approvedBy);
            Dialect.Add(approve, "@at", _dialect.Instant(at));
            Dialect.Add(approve, "@id", rollId);
            Dialect.Add(approve, "@digest", digest);
            if (await approve.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }
        }

        var listing = await ReadListingAsync(connection, transaction, rollId, cancellationToken).ConfigureAwait(false);
        var roll = RollListingReader.Read(listing!, "roll " + rollId.ToString(CultureInfo.InvariantCulture));
        if (!roll.Success || roll.Roll.Digest != digest)
        {
            throw new InvalidOperationException($"The stored listing of roll {rollId} does not match its digest: it has been altered.");
        }

        await _dialect.InsertRollVotersAsync(connection, transaction, rollId, roll.Roll.Entries, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The roll with <paramref name="digest"/> (exact, lower-case hex), or null.</summary>
    public async Task<StoredRoll?> GetByDigestAsync(string digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var found = await QueryAsync(" WHERE r.digest = @value", digest, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The rolls whose digest starts with <paramref name="prefix"/> (hex, any case), at most 10.</summary>
    public async Task<IReadOnlyList<StoredRoll>> FindByDigestPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0 || !prefix.All(Uri.IsHexDigit))
        {
            return [];
        }

        // Hex digits only, so the prefix needs no LIKE escaping.
        return await QueryAsync(" WHERE r.digest LIKE @value ORDER BY r.id LIMIT 10", prefix.ToLowerInvariant() + "%", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The contest's latest roll (whatever its status), or null when none was frozen.</summary>
    public async Task<StoredRoll?> GetLatestAsync(long contestId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(" WHERE r.contest_id = @value ORDER BY r.id DESC LIMIT 1", contestId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The contest's approved roll, or null.</summary>
    public async Task<StoredRoll?> GetApprovedAsync(long contestId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(" WHERE r.contest_id = @value AND r.status = 'approved'", contestId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every roll of the contest, newest first.</summary>
    public Task<IReadOnlyList<StoredRoll>> ListAsync(long contestId, CancellationToken cancellationToken = default) =>
        QueryAsync(" WHERE r.contest_id = @value ORDER BY r.id DESC", contestId, cancellationToken);

    /// <summary>The roll's canonical listing, exactly as frozen (its SHA-256 is the roll's digest), or null.</summary>
    public async Task<string?> GetListingAsync(long rollId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadListingAsync(connection, null, rollId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The codes of the contests on whose approved roll <paramref name="membershipNumber"/> is, with their channel, by code.</summary>
    public async Task<IReadOnlyList<(string ContestCode, DeliveryChannel Channel)>> ApprovedContestsOfAsync(string membershipNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT c.code, v.channel FROM roll_voters v JOIN rolls r ON r.id = v.roll_id JOIN contests c ON c.id = r.contest_id "
            + "WHERE v.membership_number = @number AND r.status = 'approved' ORDER BY c.code");
        Dialect.Add(select, "@number", membershipNumber);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<(string, DeliveryChannel)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((reader.GetString(0), ChannelOf(reader.GetString(1))));
        }

        return found;
    }

    private static string Code(RollStatus status) => status switch
    {
        RollStatus.Frozen => "frozen",
        RollStatus.Approved => "approved",
        RollStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static RollStatus StatusOf(string code) => code switch
    {
        "frozen" => RollStatus.Frozen,
        "approved" => RollStatus.Approved,
        "superseded" => RollStatus.Superseded,
        _ => throw new InvalidOperationException($"Unknown roll status '{code}' in the database."),
    };

    private static DeliveryChannel ChannelOf(string name) =>
        Enum.GetValues<DeliveryChannel>().First(c => RollListing.ChannelName(c) == name);

    private static string CountsJson(Roll roll)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (channel, count) in roll.CountsByChannel)
        {
            counts["channel:" + RollListing.ChannelName(channel)] = count;
        }

        foreach (var (section, count) in roll.CountsBySection)
        {
            counts["section:" + section] = count;
        }

        return JsonSerializer.Serialize(counts);
    }

    private async Task LockContestAsync(DbConnection connection, DbTransaction transaction, long contestId, CancellationToken cancellationToken)
    {
        await using var select = Dialect.Command(connection, transaction, "SELECT id FROM contests WHERE id = @id" + _dialect.ForUpdate);
        Dialect.Add(select, "@id", contestId);
        await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> StatusCountAsync(DbConnection connection, DbTransaction transaction, long contestId, RollStatus status, CancellationToken cancellationToken)
    {
        await using var count = Dialect.Command(connection, transaction, "SELECT COUNT(*) FROM rolls WHERE contest_id = @contest AND status = @status");
        Dialect.Add(count, "@contest", contestId);
        Dialect.Add(count, "@status", Code(status));
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<string?> ReadListingAsync(DbConnection connection, DbTransaction? transaction, long rollId, CancellationToken cancellationToken)
    {
        await using var select = Dialect.Command(connection, transaction, "SELECT listing FROM rolls WHERE id = @id");
        Dialect.Add(select, "@id", rollId);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] blob ? RollListingStore.Decompress(blob) : null;
    }

    private async Task<IReadOnlyList<StoredRoll>> QueryAsync(string where, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT " + Columns + From + where);
        Dialect.Add(select, "@value", value);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rolls = new List<StoredRoll>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rolls.Add(Read(reader));
        }

        return rolls;
    }

    private StoredRoll Read(DbDataReader reader)
    {
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(9)) ?? [];
        return new StoredRoll
        {
            Id = reader.GetInt64(0),
            ContestId = reader.GetInt64(1),
            ContestCode = reader.GetString(2),
            ContestRevision = reader.GetInt32(3),
            Status = StatusOf(reader.GetString(4)),
            FrozenAt = _dialect.ReadInstant(reader, 5),
            FrozenBy = reader.GetString(6),
            EntryCount = reader.GetInt32(7),
            Digest = reader.GetString(8),
            CountsByChannel = Enum.GetValues<DeliveryChannel>().ToDictionary(c => c, c => counts.GetValueOrDefault("channel:" + RollListing.ChannelName(c))),
            CountsBySection = Enum.GetValues<Section>().ToDictionary(s => s, s => counts.GetValueOrDefault("section:" + s)),
            ApprovedBy = reader.IsDBNull(10) ? null : reader.GetString(10),
            ApprovedAt = reader.IsDBNull(11) ? null : _dialect.ReadInstant(reader, 11),
            SupersededAt = reader.IsDBNull(12) ? null : _dialect.ReadInstant(reader, 12),
        };
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
