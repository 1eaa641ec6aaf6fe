using System.Data.Common;
using Omov.Data.Engines;
using Omov.Elections.Rolls;

namespace Omov.Data.Voting;

/// <summary>
/// An event's voters, their voting codes (as hashes) and the sealed ballot box
/// (migration 0008_voting, docs/secret-ballot.md). The box and the voter rows are written together
/// only in <see cref="CastAsync"/>, and nothing stored links one to the other.
/// </summary>
public sealed partial class VotingRepository
{
    private readonly Dialect _dialect;

    internal VotingRepository(Dialect dialect) => _dialect = dialect;

    /// <summary>
    /// Adds members to an event's voters, each with their first voting code's hash, in one
    /// transaction; a member who already holds a ballot in the event is skipped (their codes stay
    /// as they are). Returns how many were added.
    /// </summary>
    public async Task<int> AddVotersAsync(Guid eventId, IEnumerable<NewVoter> voters, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(voters);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var added = await AddVotersAsync(connection, transaction, eventId, voters, issuedAt, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// <see cref="AddVotersAsync(Guid, IEnumerable{NewVoter}, DateTimeOffset, CancellationToken)"/>
    /// inside the caller's transaction, so the codes and the messages that carry them commit together.
    /// </summary>
    public async Task<int> AddVotersAsync(DbConnection connection, DbTransaction transaction, Guid eventId, IEnumerable<NewVoter> voters, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(voters);
        var insertVoter = Dialect.Command(connection, transaction,
            "INSERT INTO event_voters (event_id, membership_number, contests, channel) VALUES (@event, @member, @contests, @channel) ON CONFLICT DO NOTHING");
        var insertCode = Dialect.Command(connection, transaction,
            "INSERT INTO voting_credentials (code_hash, event_id, membership_number, issued_at) VALUES (@hash, @event, @member, @at)");
        await using (insertVoter.ConfigureAwait(false))
        await using (insertCode.ConfigureAwait(false))
        {
            var eventText = EventText(eventId);
            var at = _dialect.Instant(issuedAt);
            Dialect.Add(insertVoter, "@event", eventText);
            Dialect.Add(insertVoter, "@member", "");
            Dialect.Add(insertVoter, "@contests", "");
            Dialect.Add(insertVoter, "@channel", "");
            Dialect.Add(insertCode, "@hash", Array.Empty<byte>());
            Dialect.Add(insertCode, "@event", eventText);
            Dialect.Add(insertCode, "@member", "");
            Dialect.Add(insertCode, "@at", at);
            var added = 0;
            foreach (var voter in voters)
            {
                insertVoter.Parameters["@member"].Value = voter.MembershipNumber;
                insertVoter.Parameters["@contests"].Value = ContestsText(voter.Contests);
                insertVoter.Parameters["@channel"].Value = ChannelText(voter.Channel);
                if (await insertVoter.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    continue;
                }

                insertCode.Parameters["@hash"].Value = voter.CodeHash;
                insertCode.Parameters["@member"].Value = voter.MembershipNumber;
                await insertCode.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                added++;
            }

            return added;
        }
    }

    /// <summary>The member's ballot in the event, or null when they have none.</summary>
    public async Task<EventVoter?> GetVoterAsync(Guid eventId, string membershipNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT event_id, membership_number, contests, channel, voted FROM event_voters WHERE event_id = @event AND membership_number = @member");
        Dialect.Add(select, "@event", EventText(eventId));
        Dialect.Add(select, "@member", membershipNumber);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadVoter(reader, 0) : null;
    }

    /// <summary>
    /// The code with <paramref name="codeHash"/> and its voter, or null when no code hashes so.
    /// The hash already binds the event (<c>VotingCodeHash</c>), so a code never matches in another.
    /// </summary>
    public async Task<FoundCredential?> FindCredentialAsync(byte[] codeHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codeHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT v.event_id, v.membership_number, v.contests, v.channel, v.voted, c.revoked_reason, c.issued_at "
            + "FROM voting_credentials c JOIN event_voters v ON v.event_id = c.event_id AND v.membership_number = c.membership_number "
            + "WHERE c.code_hash = @hash");
        Dialect.Add(select, "@hash", codeHash);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var status = reader.IsDBNull(5) ? CredentialStatus.Current : StatusOf(reader.GetString(5));
        return new FoundCredential(ReadVoter(reader, 0), status, _dialect.ReadInstant(reader, 6));
    }

    private static EventVoter ReadVoter(DbDataReader reader, int first) => new(
        Guid.Parse(reader.GetString(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        reader.GetString(first + 3) == "post" ? DeliveryChannel.Post : DeliveryChannel.Email,
        reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4) == "post" ? VoteChannel.Post : VoteChannel.Web);

    private static string ContestsText(IReadOnlyList<string> contests)
    {
        if (contests.Count == 0 || contests.Any(c => string.IsNullOrWhiteSpace(c) || c.Contains(' ', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A voter needs at least one contest, and contest codes have no spaces.", nameof(contests));
        }

        return string.Join(' ', contests);
    }

    private static string ChannelText(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "email",
        DeliveryChannel.Post => "post",
        _ => throw new ArgumentException("A voter's credential goes by email or by post; a member with no contact details must be given an address first.", nameof(channel)),
    };

    private static CredentialStatus StatusOf(string reason) => reason switch
    {
        "reissued" => CredentialStatus.Reissued,
        "voted-by-post" => CredentialStatus.VotedByPost,
        _ => CredentialStatus.Withdrawn,
    };

    private static string EventText(Guid eventId) => eventId.ToString("D");

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
