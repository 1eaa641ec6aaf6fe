using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Omov.Data.Engines;

namespace Omov.Data.Voting;

public sealed partial class VotingRepository
{
    /// <summary>
    /// Like <see cref="AddVotersAsync(DbConnection, DbTransaction, Guid, IEnumerable{NewVoter}, DateTimeOffset, CancellationToken)"/>
    /// inside the caller's transaction, but says WHICH members were added: a member who already
    /// held a ballot (another issue run got there first) is left out, and the caller must not send
    /// them the code it made. On PostgreSQL the whole batch is two statements over arrays.
    /// </summary>
    public async Task<IReadOnlySet<string>> AddVotersReturningAsync(DbConnection connection, DbTransaction transaction, Guid eventId, IReadOnlyList<NewVoter> voters, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(voters);
        if (voters.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        if (_dialect.Engine != DatabaseEngine.Postgres)
        {
            return await AddEachAsync(connection, transaction, eventId, voters, issuedAt, cancellationToken).ConfigureAwait(false);
        }

        var added = new HashSet<string>(StringComparer.Ordinal);
        await using (var insertVoters = new NpgsqlCommand(
            "INSERT INTO event_voters (event_id, membership_number, contests, channel) "
            + "SELECT @event, m, c, ch FROM unnest(@members, @contests, @channels) AS t(m, c, ch) "
            + "ON CONFLICT DO NOTHING RETURNING membership_number",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction))
        {
            insertVoters.Parameters.AddWithValue("event", EventText(eventId));
            insertVoters.Parameters.Add(new NpgsqlParameter("members", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = voters.Select(v => v.MembershipNumber).ToArray() });
            insertVoters.Parameters.Add(new NpgsqlParameter("contests", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = voters.Select(v => ContestsText(v.Contests)).ToArray() });
            insertVoters.Parameters.Add(new NpgsqlParameter("channels", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = voters.Select(v => ChannelText(v.Channel)).ToArray() });
            await using var reader = await insertVoters.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                added.Add(reader.GetString(0));
            }
        }

        var fresh = voters.Where(v => added.Contains(v.MembershipNumber)).ToList();
        if (fresh.Count == 0)
        {
            return added;
        }

        await using var insertCodes = new NpgsqlCommand(
            "INSERT INTO voting_credentials (code_hash, event_id, membership_number, issued_at) "
            + "SELECT h, @event, m, @at FROM unnest(@hashes, @members) AS t(h, m)",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        insertCodes.Parameters.AddWithValue("event", EventText(eventId));
        insertCodes.Parameters.AddWithValue("at", issuedAt.ToUniversalTime());
        insertCodes.Parameters.Add(new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = fresh.Select(v => v.CodeHash).ToArray() });
        insertCodes.Parameters.Add(new NpgsqlParameter("members", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = fresh.Select(v => v.MembershipNumber).ToArray() });
        await insertCodes.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    // SQLite: prepared statements run per row, synchronously (in-process, nothing to wait for).
    private Task<IReadOnlySet<string>> AddEachAsync(DbConnection connection, DbTransaction transaction, Guid eventId, IReadOnlyList<NewVoter> voters, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        using var insertVoter = Dialect.Command(connection, transaction,
            "INSERT INTO event_voters (event_id, membership_number, contests, channel) VALUES (@event, @member, @contests, @channel) ON CONFLICT DO NOTHING");
        using var insertCode = Dialect.Command(connection, transaction,
            "INSERT INTO voting_credentials (code_hash, event_id, membership_number, issued_at) VALUES (@hash, @event, @member, @at)");
        var eventText = EventText(eventId);
        Dialect.Add(insertVoter, "@event", eventText);
        Dialect.Add(insertVoter, "@member", "");
        Dialect.Add(insertVoter, "@contests", "");
        Dialect.Add(insertVoter, "@channel", "");
        Dialect.Add(insertCode, "@hash", Array.Empty<byte>());
        Dialect.Add(insertCode, "@event", eventText);
        Dialect.Add(insertCode, "@member", "");
        Dialect.Add(insertCode, "@at", _dialect.Instant(issuedAt));
        insertVoter.Prepare();
        insertCode.Prepare();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var voter in voters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insertVoter.Parameters["@member"].Value = voter.MembershipNumber;
            insertVoter.Parameters["@contests"].Value = ContestsText(voter.Contests);
            insertVoter.Parameters["@channel"].Value = ChannelText(voter.Channel);
            if (insertVoter.ExecuteNonQuery() == 0)
            {
                continue;
            }

            insertCode.Parameters["@hash"].Value = voter.CodeHash;
            insertCode.Parameters["@member"].Value = voter.MembershipNumber;
            insertCode.ExecuteNonQuery();
            added.Add(voter.MembershipNumber);
        }

        return Task.FromResult<IReadOnlySet<string>>(added);
    }
}
