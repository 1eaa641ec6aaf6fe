using System.Data.Common;
using System.Security.Cryptography;
using Omov.Data.Engines;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Data.Voting;

public sealed partial class VotingRepository
{
    /// <summary>
    /// Puts a web ballot in the box for the holder of the code hashing to <paramref name="codeHash"/>
    /// and marks them as having voted, in one transaction; or stores nothing and says why. Of any
    /// number of racing casts for one member (tabs, browsers, servers), exactly one returns
    /// <see cref="CastOutcome.Cast"/>.
    /// </summary>
    public async Task<CastOutcome> CastAsync(Guid eventId, byte[] codeHash, SealedBallot ballot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codeHash);
        ArgumentNullException.ThrowIfNull(ballot);
        var found = await FindCredentialAsync(codeHash, cancellationToken).ConfigureAwait(false);
        if (found is null || found.Voter.EventId != eventId)
        {
            return CastOutcome.NotAVoter;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var member = found.Voter.MembershipNumber;
        if (await LockVoterAsync(connection, transaction, eventId, member, cancellationToken).ConfigureAwait(false) is not { } voted)
        {
            return CastOutcome.NotAVoter;
        }

        if (voted)
        {
            return CastOutcome.AlreadyVoted;
        }

        // Read after the voter's lock is held: a reissue that committed first is seen here.
        await using (var code = Dialect.Command(connection, transaction, "SELECT revoked_reason FROM voting_credentials WHERE code_hash = @hash"))
        {
            Dialect.Add(code, "@hash", codeHash);
            if (await code.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string)
            {
                return CastOutcome.CodeRevoked;
            }
        }

        if (!await MarkVotedAsync(connection, transaction, eventId, member, VoteChannel.Web, cancellationToken).ConfigureAwait(false))
        {
            return CastOutcome.AlreadyVoted;
        }

        await InsertBallotAsync(connection, transaction, eventId, ballot, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CastOutcome.Cast;
    }

    /// <summary>
    /// Puts a postal ballot in the box for <paramref name="membershipNumber"/>, marks them as
    /// having voted by post and cancels their voting codes, in one transaction. A member who has
    /// already voted (on the web, or by an earlier paper) gets <see cref="CastOutcome.AlreadyVoted"/>
    /// and the paper is not stored.
    /// </summary>
    public async Task<CastOutcome> CastPostalAsync(Guid eventId, string membershipNumber, SealedBallot ballot, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        switch (await LockVoterAsync(connection, transaction, eventId, membershipNumber, cancellationToken).ConfigureAwait(false))
        {
            case null:
                return CastOutcome.NotAVoter;
            case true:
                return CastOutcome.AlreadyVoted;
        }

        if (!await MarkVotedAsync(connection, transaction, eventId, membershipNumber, VoteChannel.Post, cancellationToken).ConfigureAwait(false))
        {
            return CastOutcome.AlreadyVoted;
        }

        await RevokeCodesAsync(connection, transaction, eventId, membershipNumber, "voted-by-post", at, cancellationToken).ConfigureAwait(false);
        await InsertBallotAsync(connection, transaction, eventId, ballot, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CastOutcome.Cast;
    }

    /// <summary>
    /// Locks the voter row until the transaction ends (PostgreSQL FOR UPDATE; SQLite's write
    /// transaction already excludes every other writer). Null when there is no such voter,
    /// otherwise whether they have voted. Casts, postal entries and reissues all lock here first,
    /// so they queue in one order and never deadlock.
    /// </summary>
    private async Task<bool?> LockVoterAsync(DbConnection connection, DbTransaction transaction, Guid eventId, string membershipNumber, CancellationToken cancellationToken)
    {
        await using var select = Dialect.Command(connection, transaction,
            "SELECT voted FROM event_voters WHERE event_id = @event AND membership_number = @member" + _dialect.ForUpdate);
        Dialect.Add(select, "@event", EventText(eventId));
        Dialect.Add(select, "@member", membershipNumber);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? !reader.IsDBNull(0) : null;
    }

    private static async Task<bool> MarkVotedAsync(DbConnection connection, DbTransaction transaction, Guid eventId, string membershipNumber, VoteChannel channel, CancellationToken cancellationToken)
    {
        await using var update = Dialect.Command(connection, transaction,
            "UPDATE event_voters SET voted = @voted WHERE event_id = @event AND membership_number = @member AND voted IS NULL");
        Dialect.Add(update, "@voted", channel == VoteChannel.Post ? "post" : "web");
        Dialect.Add(update, "@event", EventText(eventId));
        Dialect.Add(update, "@member", membershipNumber);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task RevokeCodesAsync(DbConnection connection, DbTransaction transaction, Guid eventId, string membershipNumber, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var revoke = Dialect.Command(connection, transaction,
            "UPDATE voting_credentials SET revoked_at = @at, revoked_reason = @reason WHERE event_id = @event AND membership_number = @member AND revoked_at IS NULL");
        Dialect.Add(revoke, "@at", _dialect.Instant(at));
        Dialect.Add(revoke, "@reason", reason);
        Dialect.Add(revoke, "@event", EventText(eventId));
        Dialect.Add(revoke, "@member", membershipNumber);
        await revoke.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertBallotAsync(DbConnection connection, DbTransaction transaction, Guid eventId, SealedBallot ballot, CancellationToken cancellationToken)
    {
        // A random id: the box's key says nothing about when, or in what order, ballots arrived.
        await using var insert = Dialect.Command(connection, transaction,
            "INSERT INTO ballot_box (id, event_id, sealed, tracking_code) VALUES (@id, @event, @sealed, @tracking)");
        Dialect.Add(insert, "@id", RandomNumberGenerator.GetBytes(16));
        Dialect.Add(insert, "@event", EventText(eventId));
        Dialect.Add(insert, "@sealed", ballot.ToBytes());
        Dialect.Add(insert, "@tracking", ballot.TrackingCode.Text);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
